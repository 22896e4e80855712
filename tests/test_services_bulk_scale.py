"""Coding many spans across many documents at once (auto-coding's thousands of hits): the
documents are read a chunk at a time, whether named by id (coding) or by uuid (redo), and a
reference that names no document is still refused with its own message, changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from annotator.db.project import open_project
from annotator.errors import NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import list_annotations
from annotator.services.coding.bulk import (
    NewAnnotation,
    create_annotations,
    delete_annotations,
    restore_annotations,
)
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project

DOCUMENTS = 60


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "many.annot"
    with new_project(path) as project:
        import_documents(
            project,
            [
                (Path(f"{n}.txt"), ParsedDocument(f"Energy story number {n}.", f"Doc {n}", "x"))
                for n in range(DOCUMENTS)
            ],
        )
    return path


@pytest.fixture
def document_reads() -> list[str]:
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        if "FROM document" in statement and "JOIN" not in statement:
            statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    yield statements
    event.remove(Engine, "before_cursor_execute", seen)


def test_many_documents_are_read_in_a_few_queries_by_id_and_by_uuid(corpus, document_reads):
    spans = [NewAnnotation(n, 0, 6, {"sector": ["Energy"]}) for n in range(1, DOCUMENTS + 1)]
    with open_project(corpus) as project:
        creation = create_annotations(project, "alice", spans)
        assert len(creation.records) == DOCUMENTS
        assert len(document_reads) <= 4, document_reads  # a few, not one a document
        delete_annotations(project, [record.uuid for record in creation.records])
        document_reads.clear()
        restored = restore_annotations(project, creation.records)  # by document uuid
        assert len(document_reads) <= 4, document_reads  # a few, not one a document
        assert [(r.document_id, r.quote) for r in restored.records] == [
            (r.document_id, r.quote) for r in creation.records
        ]


def test_a_missing_document_is_still_refused_and_nothing_is_coded(corpus):
    spans = [NewAnnotation(1, 0, 6, {"sector": ["Energy"]}), NewAnnotation(999, 0, 6)]
    with open_project(corpus) as project:
        with pytest.raises(NotFoundError, match="no document 999"):
            create_annotations(project, "alice", spans)
        assert list_annotations(project) == []
