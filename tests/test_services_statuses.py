"""A coder's first annotation starts a document (in progress); undoing it puts it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from annotator.core.vocabulary import CodingStatus
from annotator.db.models import DocumentStatus
from annotator.db.project import Project, open_project
from annotator.errors import InvalidInputError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.bulk import NewAnnotation, create_annotations, delete_annotations
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project

TEXTS = ("Putin stressed that energy matters.", "Erdoğan replied at once.", "Nobody spoke.")


def add_documents(project: Project) -> list[int]:
    report = import_documents(
        project,
        [
            (Path(f"a{n}.txt"), ParsedDocument(text=text, title=f"Article {n}", source_file="x"))
            for n, text in enumerate(TEXTS, start=1)
        ],
    )
    return [item.id for item in report.imported]


def status_rows(project: Project) -> dict[tuple[int, int], tuple[CodingStatus, object]]:
    with project.reading() as session:
        return {
            (row.document_id, row.coder_id): (row.status, row.updated_at)
            for row in session.scalars(select(DocumentStatus))
        }


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.annot"
    with new_project(path) as project:
        add_documents(project)
    return path


def test_annotate_on_the_command_line_starts_the_document(study: Path, run_cli) -> None:
    with open_project(study) as project:
        set_status(project, 2, "alice", "done")
    for document in ("1", "2"):
        span = ("--document", document, "--start", 0, "--end", 5, "--set", "sector=Energy")
        result = run_cli("annotate", study, "--coder", "alice", *span)
        assert result.exit_code == 0, result.err
    with open_project(study) as project:
        assert statuses_of(project, "alice") == {
            1: CodingStatus.IN_PROGRESS,
            2: CodingStatus.DONE,  # a document marked done stays done
        }
        assert statuses_of(project, "bob") == {}  # per coder: nobody else's document started


def test_a_refused_annotation_starts_nothing(project: Project) -> None:
    document, *_ = add_documents(project)
    with pytest.raises(InvalidInputError):
        create_annotation(
            project, document=document, coder="alice", start=0, end=5, values={"sector": ["Mars"]}
        )
    assert statuses_of(project, "alice") == {}


def test_bulk_creation_reports_what_it_started_and_its_undo_puts_that_back(project) -> None:
    first, second, third = add_documents(project)
    set_status(project, first, "alice", "done")
    set_status(project, second, "alice", "not_started")  # a row that says so, kept exactly
    before = status_rows(project)
    spans = [
        NewAnnotation(document, 0, 5, {"sector": ["Energy"]})
        for document in (first, second, second, third)
    ]
    creation = create_annotations(project, "alice", spans)
    assert len(creation.records) == 4
    assert sorted(item.document_id for item in creation.started) == [second, third]
    assert {item.coder for item in creation.started} == {"alice"}
    assert statuses_of(project, "alice") == {
        first: CodingStatus.DONE,
        second: CodingStatus.IN_PROGRESS,
        third: CodingStatus.IN_PROGRESS,
    }

    deleted = delete_annotations(
        project, [record.uuid for record in creation.records], unstart=creation.started
    )
    assert len(deleted) == 4
    assert status_rows(project) == before  # the not-started row as it was, no row for the third


def test_undo_leaves_a_document_marked_done_since_alone(project: Project) -> None:
    document, *_ = add_documents(project)
    creation = create_annotations(project, "alice", [NewAnnotation(document, 0, 5)])
    set_status(project, document, "alice", "done")
    delete_annotations(project, [creation.records[0].uuid], unstart=creation.started)
    assert statuses_of(project, "alice") == {document: CodingStatus.DONE}


def test_a_second_annotation_starts_nothing_new(project: Project) -> None:
    document, *_ = add_documents(project)
    assert create_annotations(project, "alice", [NewAnnotation(document, 0, 5)]).started
    assert create_annotations(project, "alice", [NewAnnotation(document, 6, 10)]).started == []
    assert create_annotations(project, "bob", [NewAnnotation(document, 6, 10)]).started
