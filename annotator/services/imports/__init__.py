"""Bringing work into a project: article files, and codings made elsewhere."""
