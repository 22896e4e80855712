"""Exporting codings (.xlsx and .csv) and importing codings CSV back."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from annotator.db.project import Project, open_project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.io.exports.codings_csv import CSV_COLUMNS
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.distribute import distribute_project
from annotator.services.export import export_codings
from annotator.services.imports.articles import import_documents
from annotator.services.imports.codings import import_codings

TEXTS = [
    "=SUM(A1) is what the minister typed. Putin stressed that energy firms are interested.\n"
    "Second line 👍🏽 here.",
    "-5% says the minister; critics disagree.",
]


def fill(project: Project) -> None:
    import_documents(
        project,
        [
            (Path("a.txt"), ParsedDocument(text=TEXTS[0], title="=Headline", source_file="a",
                                           outlet="Sputnik", published=date(2022, 6, 10))),
            (Path("b.txt"), ParsedDocument(text=TEXTS[1], title="Second", source_file="b")),
        ],
    )  # fmt: skip
    create_annotation(
        project, document=1, coder="alice", start=0, end=8, memo="=cmd|' /C calc'!A0",
        values={"actor": ["Government"], "framing": ["Conflict", "Morality"]},
    )  # fmt: skip
    start = TEXTS[0].index("Putin")
    create_annotation(
        project, document=1, coder="bob", start=start, end=start + 45, memo="@note",
        values={"actor": ["Vladimir Putin"], "sector": ["Energy"]},
    )  # fmt: skip
    create_annotation(project, document=2, coder="alice", start=0, end=12, values={})
    set_status(project, 1, "alice", "done")


@pytest.fixture
def coded(project: Project) -> Project:
    fill(project)
    return project


def test_workbook_sheets_and_cells(coded: Project, tmp_path: Path) -> None:
    target = tmp_path / "codings.xlsx"
    report = export_codings(coded, target, context_chars=10)
    assert report.segments == 3 and report.rows == 3
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Segments", "Documents", "Coders", "Codebook", "Code counts"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
        assert sheet["A1"].font.bold
    segments = workbook["Segments"]
    header = [cell.value for cell in segments[1]]
    assert header[:10] == ["document id", "title", "outlet", "date", "coder", "start", "end",
                           "quote", "context before", "context after"]  # fmt: skip
    assert header[10:14] == ["actor", "claim", "sector", "framing"]
    rows = {(row[4].value, row[0].value): row for row in segments.iter_rows(min_row=2)}
    first = rows[("alice", 1)]
    column = {name: index for index, name in enumerate(header)}
    quote = first[column["quote"]]
    assert quote.value == "=SUM(A1)" and quote.data_type == "s"
    assert first[column["title"]].value == "=Headline" and first[column["title"]].data_type == "s"
    memo = first[column["memo"]]
    assert memo.value == "=cmd|' /C calc'!A0" and memo.data_type == "s"
    assert first[column["framing"]].value == "Conflict; Morality"
    assert first[column["date"]].is_date and first[column["date"]].value == datetime(2022, 6, 10)
    assert first[column["created (UTC)"]].is_date
    assert (
        first[column["context before"]].value is None or first[column["context before"]].value == ""
    )
    assert first[column["context after"]].value == " is what t"
    bob = rows[("bob", 1)]
    assert bob[column["memo"]].value == "@note" and bob[column["memo"]].data_type == "s"
    assert (
        bob[column["context before"]].value
        == "stressed "[:0] + TEXTS[0][TEXTS[0].index("Putin") - 10 : TEXTS[0].index("Putin")]
    )
    assert rows[("alice", 2)][column["quote"]].value == "-5% says the"
    assert rows[("alice", 2)][column["quote"]].data_type == "s"
    assert segments.column_dimensions["H"].width >= 10
    documents = workbook["Documents"]
    doc_header = [cell.value for cell in documents[1]]
    assert "status: alice" in doc_header and "status: bob" in doc_header
    first_doc = [cell.value for cell in documents[2]]
    assert first_doc[doc_header.index("status: alice")] == "done"
    assert first_doc[doc_header.index("status: bob")] == "in_progress"  # started by coding it
    coders = [[cell.value for cell in row] for row in workbook["Coders"].iter_rows(min_row=2)]
    assert [(row[0], row[1], row[2]) for row in coders] == [("alice", 2, 1), ("bob", 1, 0)]
    codebook = [[c.value for c in row] for row in workbook["Codebook"].iter_rows(min_row=2)]
    assert ["claim", "Proposal"] in [row[:6:5] for row in codebook]
    counts = workbook["Code counts"]
    count_header = [cell.value for cell in counts[1]]
    count_rows = {(r[0].value, r[2].value): r for r in counts.iter_rows(min_row=2)}
    assert count_rows[(1, "alice")][count_header.index("framing: Morality")].value == 1
    assert count_rows[(2, "bob")][count_header.index("annotations")].value == 0


def test_coder_filter(coded: Project, tmp_path: Path) -> None:
    report = export_codings(coded, tmp_path / "bob.xlsx", coders=["BOB"])
    assert report.segments == 1 and report.coders == ["bob"]
    with pytest.raises(NotFoundError, match="carol"):
        export_codings(coded, tmp_path / "x.xlsx", coders=["carol"])
    with pytest.raises(InvalidInputError):
        export_codings(coded, tmp_path / "x.txt")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".annot") == ["bob.xlsx"]


def test_cancel_leaves_no_file(project: Project, tmp_path: Path) -> None:
    fill(project)
    for name in ("c.xlsx", "c.csv"):
        report = export_codings(project, tmp_path / name, should_cancel=lambda: True)
        assert report.cancelled and not (tmp_path / name).exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_is_long_format_with_bom(coded: Project, tmp_path: Path) -> None:
    target = tmp_path / "codings.csv"
    report = export_codings(coded, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfannotation_uuid,")
    rows = read_csv(target)
    assert rows[0] == list(CSV_COLUMNS)
    assert report.rows == len(rows) - 1 == 3 + 2 + 1  # alice 3 values, bob 2, one without
    values = [(row[6], row[10], row[11]) for row in rows[1:]]
    assert ("alice", "framing", "Morality") in values and ("alice", "", "") in values
    assert rows[1][9] == "'=SUM(A1)"  # safe to double-click; --exact-text writes "=SUM(A1)"


def test_export_import_export_round_trip(coded: Project, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    export_codings(coded, first)
    fresh = distribute_project(coded.path, ["pi"], tmp_path / "fresh").copies[0].path
    with open_project(fresh) as project:
        report = import_codings(project, first)
        assert (report.added, report.present, report.rejected) == (3, 0, [])
        again = import_codings(project, first)
        assert (again.added, again.present) == (0, 3)
        second = tmp_path / "second.csv"
        export_codings(project, second)
    assert read_csv(second) == read_csv(first)


def write_rows(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_import_lists_rows_that_do_not_fit(coded: Project, tmp_path: Path) -> None:
    header = ["document_id", "coder", "start", "end", "quote", "variable", "value", "memo"]
    rows = [
        ["2", "carol", "0", "3", "-5%", "claim", "Prediction", "multi\nline memo"],  # fine
        ["2", "carol", "0", "3", "-5%", "sector", "Energy", "multi\nline memo"],  # same one
        ["2", "carol", "0", "4", "-5%", "", "", ""],  # quote is not the text
        ["9", "carol", "0", "4", "-5% ", "", "", ""],  # no such document
        ["2", "carol", "0", "999", "x", "", "", ""],  # past the end
        ["2", "carol", "4", "8", "says", "claim", "Nonsense", ""],  # unknown code
        ["2", "dan", "4", "8", "says", "claim", "Proposal", ""],  # two values, single variable
        ["2", "dan", "4", "8", "says", "claim", "Prediction", ""],
        ["2", "dan", "x", "8", "says", "", "", ""],  # not a number
        ["2", "erin", "4", "8", "says", "actor", "New Person", ""],  # open list: added
    ]
    path = write_rows(tmp_path / "in.csv", header, rows)
    report = import_codings(coded, path)
    assert report.added == 2
    lines = {row.line: row.reason for row in report.rejected}
    assert sorted(lines) == [6, 7, 8, 9, 10, 11, 12]  # the memo's newline moves later rows down
    assert "not the text" in lines[6] and "no document 9" in lines[7]
    assert "past the end" in lines[8] and "Nonsense" in lines[9]
    assert "takes one value" in lines[10] and lines[10] == lines[11]
    assert "whole number" in lines[12]
    assert import_codings(coded, path).added == 0  # without uuids, matched by span and values


def test_import_refuses_unusable_files(coded: Project, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInputError, match="empty"):
        import_codings(coded, empty)
    odd = write_rows(tmp_path / "odd.csv", ["a", "b"], [["1", "2"]])
    with pytest.raises(InvalidInputError, match="missing column"):
        import_codings(coded, odd)
