"""Coding edits return the record that undoes them: spans come back exactly (id, uuid, values,
timestamps), a recode undone restores `updated_at`, and each record says which rows it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.vocabulary import CodingStatus
from annotator.db.project import open_project
from annotator.errors import ChangedElsewhereError, NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import rename_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.codebooks.recode import merge_codes
from annotator.services.coding.annotations import list_annotations, update_annotation
from annotator.services.coding.bulk import NewAnnotation
from annotator.services.coding.statuses import statuses_of
from annotator.services.coding.undo import (
    SpansAdded,
    SpansRemoved,
    change_span,
    code_spans,
    delete_span,
    mark_document,
)
from annotator.services.imports.articles import import_documents
from annotator.services.undo_records import Kind, StatusSet, Steps, apply_change, change_made

TEXT = "Putin stressed that Russia's energy companies are interested."


def sector_labels(project) -> list[str]:
    return [code.label for code in list_codebook(project)[2].codes]


@pytest.fixture
def document(project) -> int:
    parsed = ParsedDocument(text=TEXT, title="A", source_file="a")
    return import_documents(project, [(Path("a.txt"), parsed)]).imported[0].id


def test_a_coded_span_undone_and_redone_comes_back_with_its_id_uuid_and_times(
    project, document
) -> None:
    spans = [NewAnnotation(document, 0, 5, {"sector": ["Energy"]})]
    coded = code_spans(project, "alice", spans)
    (made,) = coded.records
    assert change_made(coded.undo).added == (made,)
    assert change_made(coded.undo).statuses == (
        StatusSet(document, "alice", CodingStatus.IN_PROGRESS),
    )

    redo = apply_change(project, coded.undo)
    assert isinstance(redo, SpansRemoved) and list_annotations(project) == []
    assert change_made(redo).removed == (made,)
    assert statuses_of(project, "alice") == {}

    again = apply_change(project, redo)
    assert isinstance(again, SpansAdded)
    assert list_annotations(project) == [made]  # same id, uuid, values and timestamps
    assert statuses_of(project, "alice") == {document: CodingStatus.IN_PROGRESS}


def test_a_deleted_span_comes_back_with_its_id_and_leaves_the_status_alone(
    project, document
) -> None:
    (first,) = code_spans(project, "alice", [NewAnnotation(document, 0, 5)]).records
    (last,) = code_spans(project, "alice", [NewAnnotation(document, 6, 14)]).records
    mark_document(project, document, "alice", CodingStatus.DONE)
    deleted = delete_span(project, first.uuid)
    assert change_made(deleted.undo).removed == (first,)
    assert Kind.STATUSES not in deleted.undo.kinds

    apply_change(project, deleted.undo)
    assert list_annotations(project) == [first, last]
    assert statuses_of(project, "alice") == {document: CodingStatus.DONE}


def test_undoing_a_recode_restores_values_memo_and_updated_at(project, document) -> None:
    (span,) = code_spans(project, "alice", [NewAnnotation(document, 0, 5)]).records
    recoded = change_span(project, span.uuid, values={"sector": ["Health"]}, memo="note")
    (left,) = recoded.records
    assert left.values == {"sector": ["Health"]} and left.updated_at != span.updated_at
    assert change_made(recoded.undo).changed == (left,)

    redo = apply_change(project, recoded.undo)
    assert list_annotations(project) == [span]  # updated_at too
    apply_change(project, redo)
    assert list_annotations(project) == [left]


def test_an_undo_refuses_a_span_another_program_changed_or_removed(project, document) -> None:
    (span,) = code_spans(project, "alice", [NewAnnotation(document, 0, 5)]).records
    recoded = change_span(project, span.uuid, values={"sector": ["Health"]})
    with open_project(project.path) as elsewhere:
        update_annotation(elsewhere, span.uuid, memo="the PI's note")
    with pytest.raises(ChangedElsewhereError):
        apply_change(project, recoded.undo)
    (stored,) = list_annotations(project)
    assert stored.values == {"sector": ["Health"]} and stored.memo == "the PI's note"

    with open_project(project.path) as elsewhere:
        delete_span(elsewhere, span.uuid)
    with pytest.raises(NotFoundError):
        apply_change(project, SpansAdded((stored,)))


def test_merge_then_recode_another_variable_then_undo_both(project, document) -> None:
    """Undoing the recode puts back the `updated_at` the merge left, so the merge's undo (which
    checks that its rows are still as it left them) is not refused."""
    spans = [NewAnnotation(document, 0, 5, {"sector": ["Energy"], "actor": ["Government"]})]
    (span,) = code_spans(project, "alice", spans).records
    merged = merge_codes(project, ("sector", "Energy"), ("sector", "Health"))
    (after_merge,) = list_annotations(project)
    assert after_merge.values["sector"] == ["Health"]

    recoded = change_span(project, span.uuid, values={"actor": ["Civil society"]})
    apply_change(project, recoded.undo)  # undo the recode
    assert list_annotations(project)[0].values == after_merge.values

    apply_change(project, merged.undo)  # undo the merge: not refused
    (stored,) = list_annotations(project)
    assert stored.values == {"actor": ["Government"], "sector": ["Energy"]}
    assert stored.updated_at == span.updated_at


def test_a_status_marked_goes_back_and_says_which_document(project, document) -> None:
    marked = mark_document(project, document, "alice", CodingStatus.DONE)
    assert change_made(marked).statuses == (StatusSet(document, "alice", CodingStatus.DONE),)
    redo = apply_change(project, marked)
    assert statuses_of(project, "alice") == {document: CodingStatus.NOT_STARTED}
    assert change_made(redo).statuses == (StatusSet(document, "alice", CodingStatus.NOT_STARTED),)


def test_a_step_of_several_records_tells_every_row_they_changed(project, document) -> None:
    renamed = rename_code(project, ("sector", "Energy"), "Power")
    coded = code_spans(project, "alice", [NewAnnotation(document, 0, 5, {"sector": ["Power"]})])
    change = change_made(Steps((renamed.undo, coded.undo)))
    assert change.kinds == {Kind.CODEBOOK, Kind.ANNOTATIONS, Kind.STATUSES}
    assert change.added == tuple(coded.records) and change.removed == ()

    redo = apply_change(project, Steps((renamed.undo, coded.undo)))  # the span first
    assert list_annotations(project) == [] and "Energy" in sector_labels(project)
    assert change_made(redo).removed == tuple(coded.records)
    assert change_made(redo).kinds == change.kinds
