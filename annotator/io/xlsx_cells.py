"""Spreadsheet cells that stay data: text never turns into a formula, sheets look cared for.

Every workbook Annotator writes (codebooks, codings, comparisons) goes through these helpers, so a
quote such as "=HYPERLINK(...)", "-5% says minister" or "#N/A" is stored as a text cell in every
sheet, headers look the same everywhere and files are written atomically. openpyxl is imported
lazily.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_TRIGGERS = ("=", "+", "-", "@")
# Text openpyxl would store as an error value rather than text (its cell.ERROR_CODES).
ERROR_VALUES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
HEADER_FILL = "DDE4EE"
MAX_COLUMN_WIDTH = 60


def save_workbook(workbook: Any, target: Any) -> None:
    """Save a workbook (write-only or not), as `workbook.save` does, but fail cleanly.

    When saving fails (a read-only folder, a full disk) openpyxl leaves its zip archive and the
    write-only sheets it did not reach half-open; collected later, they print tracebacks to stderr
    after the one-line error. Here they are closed at once, their own errors swallowed.
    """
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if not workbook.worksheets:
        workbook.create_sheet()
    archive = None
    try:
        archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
        ExcelWriter(workbook, archive).save()
    except BaseException:
        for sheet in workbook.worksheets:
            with suppress(Exception):
                if getattr(sheet, "closed", True) is False:  # write-only sheets only
                    sheet.close()
        if archive is not None:
            with suppress(Exception):
                archive.close()
        raise


def clean_text(value: str) -> str:
    """Remove the control characters Excel cannot store (they never occur in real text)."""
    return _illegal_characters().sub("", value)


@cache
def _illegal_characters() -> re.Pattern[str]:
    """openpyxl's own pattern of what Excel refuses: characters below 0x20 but tab, LF and CR."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE


def text_cell(sheet: Worksheet, value: str, **style: Any) -> WriteOnlyCell:
    """A cell that is always text, even when it starts with =, +, - or @."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=clean_text(value))
    cell.data_type = "s"
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def data_row(sheet: Worksheet, values: Sequence[Any]) -> list[Any]:
    """Values ready for `sheet.append` (write-only or normal): every string made formula-safe."""
    row: list[Any] = []
    for value in values:
        if isinstance(value, str):
            typed = value.startswith(FORMULA_TRIGGERS) or value in ERROR_VALUES
            row.append(text_cell(sheet, value) if typed else clean_text(value))
        else:
            row.append(value)
    return row


def header_row(sheet: Worksheet, titles: Sequence[str]) -> list[Any]:
    """Bold header cells on a light fill."""
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    return [
        text_cell(sheet, title, font=Font(bold=True), fill=fill,
                  alignment=Alignment(vertical="top", wrap_text=True))
        for title in titles
    ]  # fmt: skip


def column_widths(rows: Iterable[Sequence[Any]], minimum: int = 8) -> list[int]:
    """Readable widths from the first rows' contents (pass a sample, not a million rows)."""
    widths: list[int] = []
    for row in rows:
        for index, value in enumerate(row):
            if isinstance(value, datetime | date):
                length = 19 if isinstance(value, datetime) else 10
            else:
                text = "" if value is None else str(value)
                length = max((len(line) for line in text.split("\n")), default=0)
            if index >= len(widths):
                widths.append(minimum)
            widths[index] = min(MAX_COLUMN_WIDTH, max(widths[index], length + 2))
    return widths


def apply_layout(sheet: Worksheet, widths: Sequence[int], rows: int, columns: int) -> None:
    """Freeze the header row, turn on the autofilter and set column widths.

    Call before writing rows for write-only sheets (openpyxl needs the layout first).
    """
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(rows, 1)}"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
