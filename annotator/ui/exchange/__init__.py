"""Whole projects to and from other programs in the app: REFI-QDA .qdpx export and import."""
