"""The comparison workbook: sheets, numbers, colours, formula-safe text, filters, frozen headers."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from annotator.db.models import Document
from annotator.db.project import Project
from annotator.io.exports.comparison_tables import coincidence_matrix, confusion_table
from annotator.io.exports.comparison_xlsx import (
    DISAGREE_FILL,
    MISSING_FILL,
    write_comparison_workbook,
)
from annotator.services.coding.annotations import create_annotation
from annotator.services.intercoder.agreement import compute_agreement

TEXT = "=SUM(A1:A9) said the minister. -5% growth, says bank. @all calm here today."


@pytest.fixture
def compared(project: Project):
    with project.writing() as session:
        document = Document(title="=cmd|' /C calc'!A0", text=TEXT,
                            sha256=hashlib.sha256(TEXT.encode()).hexdigest())  # fmt: skip
        session.add(document)
        session.flush()
        document_id = document.id
    spans = {"alice": [(0, 30, "Proposal"), (31, 53, "Prediction"), (54, 74, "Proposal")],
             "bob": [(0, 30, "Proposal"), (31, 52, "Proposal")]}  # fmt: skip
    for coder, items in spans.items():
        for start, end, claim in items:
            create_annotation(project, document=document_id, coder=coder, start=start, end=end,
                              values={"claim": [claim], "framing": ["Conflict"]})  # fmt: skip
    return compute_agreement(project)


def _rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_sheets_and_summary(compared, tmp_path: Path) -> None:
    target = write_comparison_workbook(compared, tmp_path / "comparison.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:4] == ["Summary", "Units", "Disagreements", "Pairwise"]
    assert "Confusion claim" in book.sheetnames and "Confusion framing" in book.sheetnames
    summary = book["Summary"]
    header = [cell.value for cell in summary[1]]
    assert header[:8] == ["Variable", "Code", "Level", "Units", "Pairable values",
                          "Krippendorff's alpha", "Reading", "Percent agreement"]  # fmt: skip
    assert "Cohen's kappa alice|bob" in header
    rows = {row[0]: row for row in _rows(summary)[1:] if row[0] and row[1] in ("", None)}
    claim = rows["claim"]
    assert claim[3] == 2 and claim[7] == pytest.approx(0.5)
    assert claim[5] == compared.variables["claim"].krippendorff_alpha
    legend = {row[0]: row[1] for row in _rows(summary) if row[0] and isinstance(row[1], str)}
    assert "0.667" in legend["Krippendorff's alpha"] and "0.8" in legend["Krippendorff's alpha"]
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref.startswith("A1:")


def test_units_sheet_side_by_side_with_colours_and_safe_text(compared, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_comparison_workbook(compared, tmp_path / "c.xlsx"))
    units = book["Units"]
    header = [cell.value for cell in units[1]]
    assert header[:9] == ["Unit", "Unit id", "Document", "Title", "Start", "End", "Text",
                          "Status", "Disagreeing variables"]  # fmt: skip
    assert {"alice: span", "bob: span", "claim: alice", "claim: bob"} <= set(header)
    last_column = openpyxl.utils.get_column_letter(len(header))
    assert units.freeze_panes == "A2" and units.auto_filter.ref == f"A1:{last_column}4"
    first, second, third = list(units.iter_rows(min_row=2))
    column = {title: index for index, title in enumerate(header)}
    # Quotes and titles that look like formulas stay text.
    assert first[column["Text"]].value == "=SUM(A1:A9) said the minister."
    assert first[column["Text"]].data_type == "s"
    assert first[column["Title"]].value == "=cmd|' /C calc'!A0"
    assert second[column["Text"]].value.startswith("-5% growth")
    assert [row[column["Status"]].value for row in (first, second, third)] == [
        "agree", "disagree", "incomplete"]  # fmt: skip
    assert second[column["claim: alice"]].value == "Prediction"
    assert second[column["claim: bob"]].value == "Proposal"
    assert second[column["claim: alice"]].fill.fgColor.rgb.endswith(DISAGREE_FILL)
    assert not first[column["claim: alice"]].fill.fgColor.rgb.endswith(DISAGREE_FILL)
    assert third[column["bob: span"]].fill.fgColor.rgb.endswith(MISSING_FILL)
    assert third[column["alice: span"]].value == "54–74"
    disagreements = _rows(book["Disagreements"])
    assert disagreements[0][-2:] == ["alice", "bob"]
    assert [row[0] for row in disagreements[1:]] == [2, 3]
    assert disagreements[1][-2:] == ["31–53: claim=Prediction; framing=Conflict",
                                     "31–52: claim=Proposal; framing=Conflict"]  # fmt: skip
    assert disagreements[2][-1] == "(not marked)"
    assert book["Disagreements"].auto_filter.ref == "A1:I3"


def test_pairwise_and_confusion_sheets(compared, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_comparison_workbook(compared, tmp_path / "c.xlsx"))
    pairwise = _rows(book["Pairwise"])
    start = pairwise.index(["claim: percent agreement", "alice", "bob"])
    assert pairwise[start + 1][0] == "alice" and pairwise[start + 1][2] == pytest.approx(0.5)
    assert pairwise[start + 1][1] == 1.0
    confusion = _rows(book["Confusion claim"])
    assert confusion[0][0].startswith("claim: coincidences")
    titles = [row[0] for row in confusion if row and isinstance(row[0], str)]
    assert "claim: alice (rows) × bob (columns)" in titles


def test_tables_by_hand() -> None:
    labels, table = coincidence_matrix([["a", "a", None], ["a", "b", "b"]])
    assert labels == ["a", "b"] and table == [[2, 1], [1, 0]]
    rows, columns, counts = confusion_table(["a", "a", "b", None], ["a", "b", "b", "a"])
    assert (rows, columns, counts) == (["a", "b"], ["a", "b"], [[1, 1], [0, 1]])
