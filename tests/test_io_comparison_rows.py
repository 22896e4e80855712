"""Rows rendered by hand for the comparison workbook read back like openpyxl's own cells."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from annotator.io.exports.comparison_rows import SheetRows, column_letters, splice_rows, text_xml

TRICKY = [
    "=SUM(A1:A9)",
    "+1",
    "-5% growth",
    "@all",
    "a < b & c > d",
    " leading and trailing ",
    "line one\nline two",
    "tab\tinside",
    "control\x01\x0bgone",
    "carriage\r\nreturn",
    "ünïcödé – “quotes”",
]


def _write(tmp_path: Path, rows: list[list]) -> tuple[Path, int]:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Fast")
    sheet.freeze_panes = "A2"
    fast = SheetRows(sheet)
    fill = PatternFill("solid", start_color="F4B6B6", end_color="F4B6B6")
    red = fast.style(fill=fill)
    for row in rows:
        fast.append([("", red) if value == ("styled",) else value for value in row])
    workbook.create_sheet("After").append(["still here"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    target = tmp_path / "fast.xlsx"
    splice_rows(buffer.getvalue(), target, [fast])
    return target, red


def test_text_stays_text_and_reads_back_unchanged(tmp_path: Path) -> None:
    target, _ = _write(tmp_path, [["Header"], *[[value] for value in TRICKY]])
    book = openpyxl.load_workbook(target)
    sheet = book["Fast"]
    values = [row[0].value for row in sheet.iter_rows(min_row=2)]
    expected = [value.replace("\x01", "").replace("\x0b", "") for value in TRICKY]
    assert values == expected
    assert all(row[0].data_type == "s" for row in sheet.iter_rows(min_row=2))
    assert sheet.freeze_panes == "A2"
    assert book["After"]["A1"].value == "still here"


def test_numbers_styles_and_empty_cells(tmp_path: Path) -> None:
    rows = [[1, 2.5, 1 / 3, None, "", ("styled",), "x"], [], [10**15, float("nan")]]
    target, _ = _write(tmp_path, rows)
    sheet = openpyxl.load_workbook(target)["Fast"]
    first = [cell.value for cell in sheet[1]]
    assert first[:3] == [1, 2.5, pytest.approx(1 / 3, rel=1e-15)]
    assert first[3] is None and first[4] is None and first[6] == "x"
    assert sheet["F1"].fill.fgColor.rgb.endswith("F4B6B6") and sheet["F1"].value is None
    assert not sheet["G1"].fill.fgColor.rgb.endswith("F4B6B6")
    assert [cell.value for cell in sheet[3]][:2] == [10**15, None]
    with pytest.raises(TypeError):
        SheetRows(Workbook(write_only=True).create_sheet("x")).append([True])


def test_the_xml_is_what_openpyxl_writes_for_the_same_cells() -> None:
    assert text_xml("plain") == "<is><t>plain</t></is>"
    assert text_xml(" x") == '<is><t xml:space="preserve"> x</t></is>'
    assert text_xml("a&b<c>") == "<is><t>a&amp;b&lt;c&gt;</t></is>"
    assert text_xml("\r") == '<is><t xml:space="preserve">&#13;</t></is>'
    assert column_letters(28)[-3:] == ["Z", "AA", "AB"]
    assert column_letters(703)[-1] == "AAA"


def test_splicing_needs_an_empty_sheet_that_was_saved(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Rows")
    sheet.append(["written by openpyxl"])
    fast = SheetRows(sheet)
    fast.append(["by hand"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ValueError, match="already has rows"):
        splice_rows(buffer.getvalue(), tmp_path / "x.xlsx", [fast])
    other = SheetRows(Workbook(write_only=True).create_sheet("Elsewhere"))
    with pytest.raises(ValueError, match="not found"):
        splice_rows(_empty_book(), tmp_path / "y.xlsx", [other])


def _empty_book() -> bytes:
    workbook = Workbook(write_only=True)
    workbook.create_sheet("Only")
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        assert "xl/worksheets/sheet1.xml" in archive.namelist()
    return buffer.getvalue()
