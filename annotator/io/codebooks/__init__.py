"""Codebook files: the workbook, REFI-QDA .qdc, printable HTML, chosen by file suffix."""
