"""Machine coders in the app: Analysis ▸ Machine Coding… and the suggestions' View toggle."""
