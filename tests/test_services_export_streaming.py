"""The export streams: the segments are read a batch of documents at a time, so its memory does
not grow with the number of annotations, and the file is the same as when they were all held."""

from __future__ import annotations

import sqlite3
import tracemalloc
import uuid
from pathlib import Path

import openpyxl
import pytest

from annotator.db.project import open_project
from annotator.services import export_segments, quick_csv_export
from annotator.services.export import collect_codings, export_codings
from annotator.services.projects import new_project

STAMP = "2026-01-05 10:00:00.000000"
TEXT = "The minister said on Tuesday that the pipeline deal would lower prices. " * 6


def coded_project(path: Path, documents: int, per_document: int) -> Path:
    new_project(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO document (id, uuid, sha256, title, text, extra, imported_at) "
            "VALUES (?, ?, ?, ?, ?, '{}', ?)",
            [(n, uuid.uuid4().hex, f"{n:064x}", f"Article {n}", f"{n} {TEXT}", STAMP)
             for n in range(1, documents + 1)],
        )  # fmt: skip
        for name in ("alice", "bob"):
            connection.execute(
                "INSERT INTO coder (uuid, name, colour, created_at) VALUES (?, ?, '#000000', ?)",
                (uuid.uuid4().hex, name, STAMP),
            )
        codes = [row[0] for row in connection.execute(
            "SELECT code.id FROM code JOIN variable ON variable.id = code.variable_id "
            "WHERE variable.name = 'claim'")]  # fmt: skip
        claim = connection.execute("SELECT id FROM variable WHERE name = 'claim'").fetchone()[0]
        annotations, values = [], []
        for document in range(1, documents + 1):
            text = f"{document} {TEXT}"
            for number in range(per_document):
                start = (number * 7) % 300
                annotation_id = len(annotations) + 1
                annotations.append(
                    (annotation_id, document, 1 + number % 2, start, start + 12,
                     text[start : start + 12], "=memo" if number % 5 == 0 else "", STAMP, STAMP,
                     uuid.uuid4().hex)
                )  # fmt: skip
                values.append((annotation_id, claim, codes[number % len(codes)]))
        connection.executemany(
            'INSERT INTO annotation (id, document_id, coder_id, start, "end", quote, memo, '
            "created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            annotations,
        )
        connection.executemany(
            "INSERT INTO annotation_value (annotation_id, variable_id, code_id) VALUES (?, ?, ?)",
            values,
        )
    connection.close()
    return path


def peak_bytes(project_path: Path, output: Path) -> int:
    with open_project(project_path) as project:
        tracemalloc.start()
        try:
            report = export_codings(project, output)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            assert report.rows > 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_memory_does_not_grow_with_the_annotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(export_segments, "DOCUMENTS_PER_BATCH", 10)
    monkeypatch.setattr(quick_csv_export, "ANNOTATIONS_PER_BATCH", 200)  # a SQLite CSV's batch
    small = coded_project(tmp_path / "small.annot", 20, 20)
    large = coded_project(tmp_path / "large.annot", 200, 20)
    peak_bytes(small, tmp_path / f"warm{suffix}")  # imports and caches out of the way
    few = peak_bytes(small, tmp_path / f"small{suffix}")
    many = peak_bytes(large, tmp_path / f"large{suffix}")
    assert many < 2.5 * few, (few, many)  # 10 times the annotations


def test_streamed_export_writes_what_the_held_segments_say(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_segments, "DOCUMENTS_PER_BATCH", 3)
    path = coded_project(tmp_path / "p.annot", 10, 6)
    with open_project(path) as project:
        held = collect_codings(project)
        export_codings(project, tmp_path / "out.xlsx")
    assert len(held.segments) == 60
    expected = [(s.document_id, s.start, s.coder, s.uuid) for s in held.segments]
    assert expected == sorted(expected, key=lambda row: (row[0], row[1], row[2], row[3]))
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)["Segments"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[5], row[4], row[-2]) for row in rows] == expected


def test_the_workbook_reads_the_segments_twice_and_counts_them_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = coded_project(tmp_path / "p.annot", 4, 5)
    passes = []
    original = export_segments.SegmentStream.__iter__

    def counted(self: export_segments.SegmentStream):  # type: ignore[no-untyped-def]
        passes.append(1)
        return original(self)

    monkeypatch.setattr(export_segments.SegmentStream, "__iter__", counted)
    with open_project(path) as project:
        export_codings(project, tmp_path / "out.xlsx")
    assert len(passes) == 2  # the column widths' sample, then the Segments sheet
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)
    documents = list(workbook["Documents"].iter_rows(values_only=True))
    assert [row[9] for row in documents[1:]] == [5, 5, 5, 5]  # annotations per document
    coders = list(workbook["Coders"].iter_rows(values_only=True))
    assert [(row[0], row[1]) for row in coders[1:]] == [("alice", 12), ("bob", 8)]
    counts = list(workbook["Code counts"].iter_rows(values_only=True))
    header = counts[0]
    first = dict(zip(header, counts[1], strict=True))
    assert (first["coder"], first["annotations"]) == ("alice", 3)
    assert sum(value for key, value in first.items() if str(key).startswith("claim: ")) == 3


def test_code_counts_rows_are_written_as_the_segments_pass(tmp_path: Path) -> None:
    """One Code counts row per document and coder: 20 documents x 60 coders are 1,200 rows of
    40-odd counts, written as the segments pass instead of held until the end."""
    few = coded_project(tmp_path / "few.annot", 20, 2)
    many = coded_project(tmp_path / "many.annot", 20, 2)
    connection = sqlite3.connect(many)
    with connection:
        connection.executemany(
            "INSERT INTO coder (uuid, name, colour, created_at) VALUES (?, ?, '#000000', ?)",
            [(uuid.uuid4().hex, f"coder {n}", STAMP) for n in range(58)],
        )
    connection.close()
    peak_bytes(few, tmp_path / "warm.xlsx")
    small = peak_bytes(few, tmp_path / "few.xlsx")
    large = peak_bytes(many, tmp_path / "many.xlsx")
    assert large < small + 250_000, (small, large)
    sheet = openpyxl.load_workbook(tmp_path / "many.xlsx", read_only=True)["Code counts"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 20 * 60 and sum(row[3] for row in rows) == 40
