"""Fast rows for the big sheets of the comparison workbook, spliced into openpyxl's output.

openpyxl spends about 15 µs on every cell it writes (a cell object, value checks, an lxml
element), which for the Units and Disagreements sheets of a large study -- a million cells --
is most of the export.  Here those sheets' rows are rendered straight to SpreadsheetML, in the
form openpyxl's write-only mode itself produces (``<c r="B2" s="3" t="inlineStr"><is><t>...``),
at about a microsecond per cell:

* openpyxl still creates every sheet and writes its layout (column widths, frozen header,
  filter), the other sheets and the style sheet; :meth:`SheetRows.style` registers a cell style
  with the workbook and returns its index for the ``s`` attribute;
* after ``workbook.save`` :func:`splice_rows` copies the file and inserts each sheet's rows
  into its ``<sheetData>``.

Cells are ``None`` or ``""`` (empty), ``int``, ``float``, ``str``, or ``(value, style)`` for a
styled cell.  Text is always written as an inline string -- never a formula, whatever it starts
with (the guarantee :mod:`annotator.io.xlsx_cells` gives the other exports) -- with the control
characters Excel refuses removed, as :func:`annotator.io.xlsx_cells.clean_text` does; numbers
are formatted as openpyxl formats them (``%.16g``).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Control characters Excel cannot store go (openpyxl's ILLEGAL_CHARACTERS_RE, which
# xlsx_cells.clean_text applies; here one translate also escapes, and tests/test_io_xlsx_cells.py
# checks both remove the same set); XML's specials are escaped; a carriage return is kept as a
# reference, as lxml writes it for openpyxl.
_TEXT = {code: None for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)}
_TEXT.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", 0x0D: "&#13;"})
_SPECIAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f&<>\r]")
_CHUNK_ROWS = 2000


def column_letters(count: int) -> list[str]:
    """Spreadsheet column names A, B, ..., Z, AA, ... for the first ``count`` columns."""
    letters: list[str] = []
    for number in range(1, count + 1):
        name = ""
        while number:
            number, remainder = divmod(number - 1, 26)
            name = chr(65 + remainder) + name
        letters.append(name)
    return letters


def text_xml(value: str) -> str:
    """The ``<is>`` element of an inline string cell holding ``value``."""
    if _SPECIAL.search(value) is None:  # the common case: nothing to remove or escape
        text = value
        preserve = value[:1].isspace() or value[-1:].isspace()
    else:
        text = value.translate(_TEXT)
        preserve = (
            text[:1].isspace()
            or text[-1:].isspace()
            or text.startswith("&#13;")
            or text.endswith("&#13;")
        )
    # Leading or trailing white space is kept only when marked (openpyxl marks it too).
    if preserve:
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


class SheetRows:
    """The rows of one write-only sheet, rendered to XML as they are appended."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self.rows: list[str] = []
        self._letters: list[str] = []

    def style(self, **attributes: Any) -> int:
        """Register a cell style (``fill=``, ``font=``, ``number_format=``...); its index."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet)
        for name, setting in attributes.items():
            setattr(cell, name, setting)
        return int(cell.style_id)

    def append(self, cells: Sequence[Any]) -> None:
        """Add a row (see the module docstring for what a cell may be); ``[]`` is a blank row."""
        number = len(self.rows) + 1
        if len(cells) > len(self._letters):
            self._letters = column_letters(max(len(cells), 2 * len(self._letters)))
        parts = [f'<row r="{number}">']
        add = parts.append
        special = _SPECIAL.search
        for letter, value in zip(self._letters, cells, strict=False):
            style = ""
            if type(value) is tuple:
                value, style_id = value
                style = f' s="{style_id}"'
            if type(value) is str:
                if not value:
                    if style:
                        add(f'<c r="{letter}{number}"{style} t="inlineStr"></c>')
                elif special(value) is None and not value[0].isspace() and not value[-1].isspace():
                    # The common case, inlined: nothing to remove, escape or preserve.
                    add(f'<c r="{letter}{number}"{style} t="inlineStr"><is><t>{value}</t></is></c>')
                else:
                    add(f'<c r="{letter}{number}"{style} t="inlineStr">{text_xml(value)}</c>')
            elif value is None:
                if style:
                    add(f'<c r="{letter}{number}"{style} t="inlineStr"></c>')
            elif type(value) is bool:
                raise TypeError("booleans are not written to the comparison workbook")
            elif isinstance(value, int):
                add(f'<c r="{letter}{number}"{style} t="n"><v>{value}</v></c>')
            elif math.isfinite(value):
                add(f'<c r="{letter}{number}"{style} t="n"><v>{value:.16g}</v></c>')
            else:  # openpyxl, too, writes no value for NaN and infinity
                add(f'<c r="{letter}{number}"{style} t="n"><v></v></c>')
        add("</row>")
        self.rows.append("".join(parts))

    def chunks(self) -> Iterable[bytes]:
        """The rows as UTF-8, a few thousand at a time."""
        for start in range(0, len(self.rows), _CHUNK_ROWS):
            yield "".join(self.rows[start : start + _CHUNK_ROWS]).encode("utf-8")


def splice_rows(saved: bytes, target: Path, sheets: Sequence[SheetRows]) -> None:
    """Write ``target``: the workbook ``saved`` by openpyxl with each sheet's rows inserted.

    Call after ``workbook.save`` (which fixes each sheet's part name).  The sheets in ``sheets``
    must have been written by openpyxl without rows.
    """
    by_part = {sheet.sheet.path.lstrip("/"): sheet for sheet in sheets}
    with (
        zipfile.ZipFile(io.BytesIO(saved)) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as output,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            rows = by_part.pop(item.filename, None)
            if rows is None:
                output.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            head, tail = _split_sheet_data(data, item.filename)
            entry = zipfile.ZipInfo(item.filename, date_time=item.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = item.external_attr
            with output.open(entry, "w", force_zip64=True) as stream:
                stream.write(head)
                for chunk in rows.chunks():
                    stream.write(chunk)
                stream.write(tail)
    if by_part:
        raise ValueError(f"sheets not found in the saved workbook: {', '.join(by_part)}")


def _split_sheet_data(xml: bytes, part: str) -> tuple[bytes, bytes]:
    """The sheet XML up to the inside of ``<sheetData>``, and from ``</sheetData>`` on."""
    start = xml.find(b"<sheetData")
    if start < 0:
        raise ValueError(f"{part} has no sheetData")
    tag_end = xml.index(b">", start)
    if xml[tag_end - 1 : tag_end] == b"/":  # <sheetData/>: no rows yet
        return xml[:start] + b"<sheetData>", b"</sheetData>" + xml[tag_end + 1 :]
    end = xml.index(b"</sheetData>", tag_end)
    if b"<row" in xml[tag_end:end]:
        raise ValueError(f"{part} already has rows")
    return xml[:end], xml[end:]
