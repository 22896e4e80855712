"""Exported data: the codings workbook and CSV, and the comparison workbook."""
