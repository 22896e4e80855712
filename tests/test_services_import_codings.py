"""`import-codings` at scale: lookups are batched (the number of queries does not grow with the
rows), and the batched checks keep the rules of coding by hand, group by group."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from sqlalchemy import event, select

from annotator.db.models import Code, Coder, Variable
from annotator.db.project import Project
from annotator.io.imports.documents import ParsedDocument
from annotator.services.imports.articles import import_documents
from annotator.services.imports.codings import import_codings
from annotator.services.references import CODER_PALETTE

TEXT = "The minister said on Tuesday that the pipeline deal would lower prices for households."
HEADER = ["document_id", "coder", "start", "end", "quote", "variable", "value", "memo"]


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def with_documents(project: Project, count: int) -> Project:
    import_documents(
        project,
        [
            (Path(f"{n}.txt"), ParsedDocument(text=f"{TEXT} ({n})", title=f"A{n}",
                                              source_file=f"{n}.txt"))
            for n in range(count)
        ],
    )  # fmt: skip
    return project


def codings(path: Path, annotations: int, documents: int) -> Path:
    rows = []
    for number in range(annotations):
        start = number % 40
        end = start + 5
        document = number % documents + 1
        quote = f"{TEXT} ({document - 1})"[start:end]
        for variable, value in (("actor", "Government"), ("claim", "Prediction")):
            rows.append([str(document), f"coder{number % 3}", str(start), str(end), quote,
                         variable, value, f"memo {number}"])  # fmt: skip
    return write_rows(path, rows)


def count_statements(project: Project, path: Path) -> tuple[int, int]:
    statements = []

    def count(*_args: object) -> None:
        statements.append(1)

    event.listen(project.engine, "before_cursor_execute", count)
    try:
        report = import_codings(project, path)
    finally:
        event.remove(project.engine, "before_cursor_execute", count)
    assert report.rejected == []
    return report.added + report.present, len(statements)


def test_queries_do_not_grow_with_the_rows(project: Project, tmp_path: Path) -> None:
    with_documents(project, 30)
    small = count_statements(project, codings(tmp_path / "small.csv", 30, 30))
    large = count_statements(project, codings(tmp_path / "large.csv", 300, 30))
    assert (small[0], large[0]) == (30, 300)
    assert large[1] <= small[1] + 5, (small, large)


def test_a_group_that_does_not_fit_adds_no_code_and_no_coder(
    project: Project, tmp_path: Path
) -> None:
    with_documents(project, 1)
    rows = [
        ["1", "newcomer", "4", "12", "minister", "actor", "Brand New Actor", ""],
        ["1", "newcomer", "4", "12", "minister", "claim", "Nonsense", ""],  # spoils the group
        ["1", "erin", "0", "3", "The", "actor", "Another New Actor", ""],
        ["1", "erin", "4", "12", "minister", "actor", "another new actor", ""],  # same code
    ]
    report = import_codings(project, write_rows(tmp_path / "in.csv", rows))
    assert report.added == 2 and [row.line for row in report.rejected] == [2, 3]
    assert "Nonsense" in report.rejected[0].reason
    with project.reading() as session:
        actors = session.scalars(
            select(Code.label).join(Variable).where(Variable.name == "actor")
        ).all()
        coders = session.execute(select(Coder.name, Coder.colour).order_by(Coder.id)).all()
    assert "Brand New Actor" not in actors and actors.count("Another New Actor") == 1
    assert [tuple(row) for row in coders] == [("erin", CODER_PALETTE[0])]


def test_one_variable_spelt_two_ways_is_a_rejected_row_not_a_crash(
    project: Project, tmp_path: Path
) -> None:
    with_documents(project, 1)
    rows = [
        ["1", "alice", "4", "12", "minister", "actor", "Government", ""],
        ["1", "alice", "4", "12", "minister", "Actor", "government", ""],
        ["1", "alice", "0", "3", "The", "claim", "Prediction", ""],
    ]
    report = import_codings(project, write_rows(tmp_path / "in.csv", rows))
    assert report.added == 1
    assert [row.line for row in report.rejected] == [2, 3]
    assert "same value twice" in report.rejected[0].reason
    connection = sqlite3.connect(project.path)
    assert connection.execute("SELECT count(*) FROM annotation_value").fetchone() == (1,)
    connection.close()
