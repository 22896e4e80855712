"""`annotator table`: hand-counted cross-tables of the findings project (tests/findings_project.py:
alice codes nine statements in five documents, bob the first two again)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from annotator.core.findings.crosstab import CrossTabulation
from annotator.io.exports.table_files import write_table_xlsx
from tests.findings_project import A, B, C, D, build_findings_project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_findings_project(tmp_path_factory.mktemp("findings"))


def table(run_cli, project: Path, *options: object) -> dict:
    result = run_cli("table", project, "--json", *options)
    assert result.exit_code == 0, result.err
    return json.loads(result.out)


def cell(data: dict, row: str, column: str, key: str = "counts"):
    return data[key][data["rows"].index(row)][data["columns"].index(column)]


def test_actor_by_sector_for_one_coder(project: Path, run_cli) -> None:
    data = table(run_cli, project, "--rows", "actor", "--cols", "sector", "--coders", "alice")
    assert data["rows"][:2] == [A, "Head of state or government"]  # parents before children
    assert data["rows"].index(C) < data["rows"].index(B) < data["rows"].index(D)
    assert data["columns"][:2] == ["Energy", "Defence and security"]
    assert cell(data, A, "Energy") == 1 and cell(data, D, "Transport") == 3
    assert data["row_totals"][data["rows"].index(D)] == 3 and data["total"] == 9
    assert data["column_totals"][data["columns"].index("Energy")] == 3
    assert cell(data, A, "Energy", "row_percent") == 50.0
    assert cell(data, D, "Transport", "column_percent") == 75.0
    assert cell(data, "Media and journalists", "Energy", "row_percent") is None  # no spans
    assert data["coders"] == "coders alice" and data["count"] == "spans"


def test_every_coder_counts_spans_and_a_document_once(project: Path, run_cli) -> None:
    spans = table(run_cli, project, "--rows", "actor", "--cols", "sector")
    assert cell(spans, A, "Energy") == 2 and spans["total"] == 11
    assert spans["coders"] == "all coders (alice, bob)"
    documents = table(run_cli, project, "--rows", "actor", "--cols", "sector", "--count",
                      "documents")  # fmt: skip
    assert cell(documents, A, "Energy") == 1 and cell(documents, D, "Transport") == 2
    assert documents["total"] == 5


def test_months_outlets_and_coders(project: Path, run_cli) -> None:
    data = table(run_cli, project, "--rows", "month", "--cols", "outlet")
    assert data["rows"] == ["2022-01", "2022-02"] and data["columns"] == ["Daily", "Weekly"]
    assert data["counts"] == [[6, 0], [1, 4]]
    coders = table(run_cli, project, "--rows", "coder", "--from", "2022-01-10")
    assert coders["rows"] == ["alice"] and coders["row_totals"] == [7]
    assert coders["period"] == "2022-01-10 to …"


def test_a_set_limits_the_documents(project: Path, run_cli, tmp_path: Path) -> None:
    copy = tmp_path / "copy.annot"
    copy.write_bytes(project.read_bytes())
    assigned = run_cli("assign", copy, "--coders", "alice", "--set", "pilot", "--documents", "1,2")
    assert assigned.exit_code == 0, assigned.err
    data = table(run_cli, copy, "--rows", "year", "--set", "pilot")
    assert data["rows"] == ["2022"] and data["total"] == 6 and data["set"] == "pilot"
    missing = run_cli("table", copy, "--rows", "year", "--set", "main")
    assert missing.exit_code == 2 and "no assignment set 'main'" in missing.err


def test_the_printed_table_says_what_was_counted(project: Path, run_cli) -> None:
    result = run_cli("table", project, "--rows", "claim", "--consensus")
    assert result.exit_code == 2 and "consensus coder" in result.err
    result = run_cli("table", project, "--rows", "claim", "--cols", "outlet", "--coders", "bob")
    assert result.out.startswith("claim by outlet: spans of coders bob, all dates; n = 2.")
    assert "Row %" in result.out and "Column %" in result.out


def test_xlsx_and_csv(project: Path, run_cli, tmp_path: Path) -> None:
    book_path = tmp_path / "table.xlsx"
    result = run_cli("table", project, "--rows", "month", "--cols", "outlet", "-o", book_path)
    assert result.exit_code == 0, result.err
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["Counts", "Row %", "Column %", "About"]
    counts = [[c.value for c in row] for row in book["Counts"].iter_rows()]
    assert counts == [
        ["month \\ outlet", "Daily", "Weekly", "Total"],
        ["2022-01", 6, 0, 6],
        ["2022-02", 1, 4, 5],
        ["Total", 7, 4, 11],
    ]
    assert book["Row %"]["B3"].value == 20.0
    about = {row[0].value: row[1].value for row in book["About"].iter_rows(min_row=2)}
    assert about["coders"] == "all coders (alice, bob)" and about["total"] == 11
    csv_path = tmp_path / "table.csv"
    assert run_cli("table", project, "--rows", "month", "--cols", "outlet",
                   "-o", csv_path).exit_code == 0  # fmt: skip
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["month", "outlet", "count", "row_percent", "column_percent"]
    assert rows[1:3] == [["2022-01", "Daily", "6", "100", "85.71"],
                         ["2022-01", "Weekly", "0", "0", "0"]]  # fmt: skip


def test_labels_stay_text_in_the_workbook(tmp_path: Path) -> None:
    tabulation = CrossTabulation()
    tabulation.add(1, ['=HYPERLINK("x")'], ["-5% says minister"])
    table = tabulation.table([], [])
    target = tmp_path / "safe.xlsx"
    write_table_xlsx(table, target, rows="actor", columns="claim", about={})
    sheet = openpyxl.load_workbook(target)["Counts"]
    assert sheet["A2"].value == '=HYPERLINK("x")' and sheet["A2"].data_type == "s"
    assert sheet["B1"].value == "-5% says minister" and sheet["B1"].data_type == "s"


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--rows", "colour"], "no variable 'colour' in this codebook (choose actor, claim"),
        (["--rows", "actor", "-o", "table.pdf"], "give a file name ending in .xlsx, .csv"),
        (["--rows", "actor", "--coders", "alice", "--consensus"], "either --coders or --consensus"),
    ],
)
def test_bad_options_fail_with_one_line(project: Path, run_cli, options, words) -> None:
    result = run_cli("table", project, *options)
    assert result.exit_code == 2 and words in result.err and result.err.count("\n") == 1
