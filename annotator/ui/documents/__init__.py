"""The document list, its context menu, and the metadata and removal workflows it starts."""
