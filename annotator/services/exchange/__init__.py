"""Whole projects to and from other programs (REFI-QDA .qdpx)."""
