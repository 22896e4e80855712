"""Spreadsheet safety: text that looks like a formula stays text; failed writes leave nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from annotator.io.atomic import atomic_output
from annotator.io.xlsx_cells import apply_layout, column_widths, data_row, header_row


@pytest.mark.parametrize("write_only", [True, False])
def test_formula_like_text_is_stored_as_text(tmp_path: Path, write_only: bool) -> None:
    workbook = openpyxl.Workbook(write_only=write_only)
    sheet = workbook.create_sheet("Segments") if write_only else workbook.active
    values = ["=HYPERLINK(\"http://x\")", "+7 per cent", "-5% says minister", "@mention", "plain",
              "bell\x07char", 42]  # fmt: skip
    apply_layout(sheet, column_widths([values]), rows=2, columns=len(values))
    sheet.append(header_row(sheet, [f"c{i}" for i in range(len(values))]))
    sheet.append(data_row(sheet, values))
    target = tmp_path / "out.xlsx"
    with atomic_output(target) as temporary:
        workbook.save(temporary)
    loaded = openpyxl.load_workbook(target).worksheets[0]
    (cells,) = loaded.iter_rows(min_row=2, max_row=2)
    assert [cell.value for cell in cells[:5]] == values[:5]
    assert all(cell.data_type == "s" for cell in cells[:6])
    assert cells[5].value == "bellchar"
    assert cells[6].value == 42 and cells[6].data_type == "n"
    assert loaded.freeze_panes == "A2"
    assert loaded.auto_filter.ref == "A1:G2"
    assert loaded["A1"].font.bold


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


@pytest.mark.parametrize("write_only", [True, False])
def test_text_that_reads_like_an_error_value_stays_text(tmp_path: Path, write_only: bool) -> None:
    workbook = openpyxl.Workbook(write_only=write_only)
    sheet = workbook.create_sheet("Segments") if write_only else workbook.active
    values = ["#N/A", "#DIV/0!", "#REF!", "#hashtag"]
    sheet.append(data_row(sheet, values))
    workbook.save(tmp_path / "out.xlsx")
    (cells,) = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0].iter_rows()
    assert [(cell.value, cell.data_type) for cell in cells] == [(value, "s") for value in values]


def test_control_characters_excel_refuses_are_removed_and_nothing_else() -> None:
    from annotator.io.exports.comparison_rows import text_xml
    from annotator.io.xlsx_cells import clean_text

    refused = {chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}
    kept = [chr(code) for code in range(0x3000) if chr(code) not in refused]
    everything = "".join(chr(code) for code in range(0x3000))
    assert clean_text(everything) == "".join(kept)
    assert clean_text("Gas\x00 deal\x1f\tsigned\r\n€ Привет") == "Gas deal\tsigned\r\n€ Привет"
    # The comparison sheets' own fast path removes the same characters.
    for character in everything:
        removed = text_xml(f"a{character}b") == "<is><t>ab</t></is>"
        assert removed == (character in refused), repr(character)
