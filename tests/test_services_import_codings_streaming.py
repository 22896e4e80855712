"""`import-codings` streams its file: memory does not grow with the rows, and what the whole file
decides (an annotation's rows listed apart, an exact file) is still decided as for the whole file,
with the project untouched when the file turns out unreadable halfway."""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.core.codebook_spec import VariableSpec
from annotator.core.vocabulary import VariableKind
from annotator.db.models import Annotation, Coder
from annotator.db.project import Project, open_project
from annotator.errors import InvalidInputError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.imports import codings_lookup
from annotator.services.imports.articles import import_documents
from annotator.services.imports.codings import PAGE_CACHE_KIB, import_codings
from annotator.services.projects import default_codebook, new_project

TEXT = "The minister said on Tuesday that the pipeline deal would lower prices for households."
HEADER = ["annotation_uuid", "document_id", "coder", "start", "end", "quote", "variable", "value",
          "memo"]  # fmt: skip
ROWS_PER_CHUNK = 2000  # CodingsCsvReader.chunks' default

# the command runs in a grandchild: Linux carries a process's peak memory across fork and exec, so
# a child of the test process would report the test process's own peak
PEAK_MEMORY = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "annotator", *sys.argv[1:]], stdout=subprocess.DEVNULL,
               check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def add_documents(project: Project, count: int) -> None:
    import_documents(
        project,
        [
            (Path(f"{n}.txt"), ParsedDocument(text=f"{TEXT} ({n})", title=f"A{n}",
                                              source_file=f"{n}.txt"))
            for n in range(count)
        ],
    )  # fmt: skip


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def annotation_rows(count: int, documents: int, *, summary: bool = False) -> list[list[str]]:
    """Two rows (actor, claim) per annotation, each with its own uuid and a longish memo; with
    `summary` a third, a text variable's text of 400 characters, different in each."""
    rows = []
    for number in range(count):
        start = number % 40
        document = number % documents
        quote = f"{TEXT} ({document})"[start : start + 5]
        shared = [str(uuid.UUID(int=number + 1)), str(document + 1), f"coder{number % 3}",
                  str(start), str(start + 5), quote]  # fmt: skip
        memo = f"note {number}: " + "seen in the print edition as well " * 2
        rows.append([*shared, "actor", "Government", memo])
        rows.append([*shared, "claim", "Prediction", memo])
        if summary:
            rows.append([*shared, "summary", f"{number:>8} " + "summarised at length " * 19, memo])
    return rows


def peak_memory_kb(project: Path, codings: Path) -> int:
    """Peak resident memory (KB) of `annotator import-codings` importing the file."""
    finished = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, "import-codings", str(project), str(codings)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return int(finished.stdout)


def test_peak_memory_does_not_grow_with_the_rows(tmp_path: Path) -> None:
    """Ten times the rows (about 25 MB more of CSV) may cost a few MB of keys and SQLite's page
    cache filling up to its bound, not the rows; nor do a text variable's texts, all different,
    pile up (in the cache of resolved values)."""
    default = default_codebook()
    summary = VariableSpec("summary", kind=VariableKind.TEXT)
    codebook = replace(default, variables=(*default.variables, summary))
    with new_project(tmp_path / "empty.annot", codebook) as project:
        add_documents(project, 20)
    measured = {}
    for count in (3_000, 30_000):
        copy = tmp_path / f"study-{count}.annot"
        shutil.copyfile(tmp_path / "empty.annot", copy)
        codings = write_csv(tmp_path / "in.csv", annotation_rows(count, 20, summary=True))
        measured[count] = peak_memory_kb(copy, codings)
        with open_project(copy) as project, project.reading() as session:
            assert session.scalar(select(func.count()).select_from(Annotation)) == count
    growth_mb = (measured[30_000] - measured[3_000]) / 1024
    # holding the rows: about 90 MB more; the texts: about 30 MB more
    assert growth_mb < 15 + PAGE_CACHE_KIB / 1024, measured


def test_rows_of_one_annotation_listed_apart_still_make_one_annotation(
    project: Project, tmp_path: Path
) -> None:
    """Sorted by variable, an annotation's rows are a whole chunk apart: the file is put in
    order (on disk) and read again; the first attempt leaves nothing behind (one new coder)."""
    add_documents(project, 5)
    rows = annotation_rows(ROWS_PER_CHUNK, 5)
    rows = [row for row in rows if row[6] == "actor"] + [row for row in rows if row[6] == "claim"]
    rows = [[*row[:2], "newcomer", *row[3:]] for row in rows]
    report = import_codings(project, write_csv(tmp_path / "by-variable.csv", rows))
    assert (report.added, report.present, report.rejected) == (ROWS_PER_CHUNK, 0, [])
    connection = sqlite3.connect(project.path)
    per_annotation = connection.execute(
        "SELECT count(*) FROM annotation_value GROUP BY annotation_id"
    ).fetchall()
    first_ids = connection.execute("SELECT uuid FROM annotation ORDER BY id LIMIT 2").fetchall()
    connection.close()
    assert set(per_annotation) == {(2,)} and len(per_annotation) == ROWS_PER_CHUNK
    assert first_ids == [(uuid.UUID(int=1).hex,), (uuid.UUID(int=2).hex,)]  # in order of lines
    with project.reading() as session:
        assert session.scalars(select(Coder.name)).all() == ["newcomer"]
    again = import_codings(project, tmp_path / "by-variable.csv")
    assert (again.added, again.present) == (0, ROWS_PER_CHUNK)


def test_a_trigger_after_the_first_chunk_makes_earlier_rows_exact_too(
    project: Project, tmp_path: Path
) -> None:
    """A memo `'=note` in the first chunk and `=total` further on: the file is an exact one, so
    the first memo keeps its apostrophe (read as the whole file says, not as read so far)."""
    add_documents(project, 1)
    header = ["annotation_uuid", "document_id", "coder", "start", "end", "quote", "memo"]
    rows = [
        [str(uuid.UUID(int=number + 1)), "1", "alice", "4", "12", "minister", f"memo {number}"]
        for number in range(ROWS_PER_CHUNK + 1)
    ]
    rows[0][6] = "'=note"
    rows[-1][6] = "=total"
    report = import_codings(project, write_csv(tmp_path / "exact.csv", rows, header))
    assert (report.added, report.rejected) == (ROWS_PER_CHUNK + 1, [])
    with project.reading() as session:
        memos = session.scalars(select(Annotation.memo).order_by(Annotation.id)).all()
    assert (memos[0], memos[-1]) == ("'=note", "=total")


def test_a_safe_file_takes_the_prefix_off_every_chunk(project: Project, tmp_path: Path) -> None:
    add_documents(project, 1)
    header = ["annotation_uuid", "document_id", "coder", "start", "end", "quote", "memo"]
    rows = [
        [str(uuid.UUID(int=number + 1)), "1", "alice", "4", "12", "minister", f"memo {number}"]
        for number in range(ROWS_PER_CHUNK + 1)
    ]
    rows[0][6] = "'=note"
    rows[-1][6] = "'-5%"
    report = import_codings(project, write_csv(tmp_path / "safe.csv", rows, header))
    assert (report.added, report.rejected) == (ROWS_PER_CHUNK + 1, [])
    with project.reading() as session:
        memos = session.scalars(select(Annotation.memo).order_by(Annotation.id)).all()
    assert (memos[0], memos[-1]) == ("=note", "-5%")


def test_a_file_unreadable_after_the_first_batch_changes_nothing(
    project: Project, tmp_path: Path
) -> None:
    add_documents(project, 5)
    path = write_csv(tmp_path / "broken.csv", annotation_rows(3 * ROWS_PER_CHUNK, 5))
    with path.open("ab") as handle:
        handle.write(b"\xff\xfe broken,1,alice,4,12,minister,,,\r\n")
    with pytest.raises(InvalidInputError, match=r"broken\.csv: not UTF-8 text"):
        import_codings(project, path)
    connection = sqlite3.connect(project.path)
    counts = [connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("annotation", "annotation_value", "coder")]  # fmt: skip
    connection.close()
    assert counts == [0, 0, 0]


def test_the_portable_path_imports_what_the_sqlite_path_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other databases get typed uuids and timestamps through SQLAlchemy: the same rows land."""
    with new_project(tmp_path / "empty.annot") as project:
        add_documents(project, 5)
    rows = annotation_rows(50, 5)
    rows += [["", row[1], "dora", *row[3:]] for row in rows[:4]]  # two without uuid
    codings = write_csv(tmp_path / "in.csv", rows)
    stored = {}
    for name, portable in (("sqlite", False), ("portable", True)):
        copy = tmp_path / f"{name}.annot"
        shutil.copyfile(tmp_path / "empty.annot", copy)
        with monkeypatch.context() as patch:
            if portable:
                patch.setattr(codings_lookup, "uses_stored_forms", lambda _session: False)
            with open_project(copy) as project:
                first = import_codings(project, codings)
                second = import_codings(project, codings)
        assert (first.added, second.added, second.present) == (52, 0, 52)
        connection = sqlite3.connect(copy)
        stored[name] = connection.execute(
            "SELECT CASE WHEN c.name = 'dora' THEN length(a.uuid) ELSE a.uuid END, "
            'a.document_id, a.start, a."end", a.quote, a.memo, c.name, '
            "count(v.annotation_id) FROM annotation a JOIN coder c ON c.id = a.coder_id "
            "JOIN annotation_value v ON v.annotation_id = a.id GROUP BY a.id ORDER BY a.id"
        ).fetchall()
        connection.close()
    assert stored["portable"] == stored["sqlite"] and len(stored["sqlite"]) == 52


def test_rows_with_cells_missing_or_extra_read_as_the_header_pairs_them(
    project: Project, tmp_path: Path
) -> None:
    add_documents(project, 1)
    header = ["document_id", "coder", "start", "end", "quote", "variable", "value", "memo"]
    rows = [
        ["1", "alice", "4", "12", "minister", "actor", "Government"],  # no memo cell
        ["1", "bob", "4", "12", "minister", "actor", "Government", "note", "extra", "more"],
        ["1", "carol", "4", "12", "minister", "actor", "Government", "plain"],
    ]
    report = import_codings(project, write_csv(tmp_path / "ragged.csv", rows, header))
    assert (report.added, report.rejected) == (3, [])
    with project.reading() as session:
        memos = session.execute(
            select(Coder.name, Annotation.memo).join(Coder).order_by(Annotation.id)
        ).all()
    assert [tuple(row) for row in memos] == [("alice", ""), ("bob", "note"), ("carol", "plain")]


def test_sqlite_imports_with_a_larger_page_cache_and_sets_it_back(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_documents(project, 5)
    seen: list[int] = []
    original = codings_lookup.ProjectIndex.load_documents

    def load_documents(self: codings_lookup.ProjectIndex, references: Iterable[str]) -> None:
        seen.append(self.session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())
        original(self, references)

    monkeypatch.setattr(codings_lookup.ProjectIndex, "load_documents", load_documents)
    with project.reading() as session:
        before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
    report = import_codings(project, write_csv(tmp_path / "in.csv", annotation_rows(10, 5)))
    assert report.added == 10
    with project.reading() as session:
        after = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
    assert seen == [-16 * 1024] and after == before == -2000
