"""The documents of a project: reading them, correcting metadata, removing and restoring."""
