"""The lead's team tools in the window: assigning documents, team progress."""
