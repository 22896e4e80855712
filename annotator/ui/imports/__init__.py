"""File → Import Articles…: preview, column mapping for tables, the import, its summary."""
