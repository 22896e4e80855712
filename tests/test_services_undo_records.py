"""Undo records: applying one reverses its edit and yields the redo; a row another program changed
since makes it refuse and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.errors import ChangedElsewhereError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import rename_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.corpus.documents import list_documents
from annotator.services.corpus.metadata import document_metadata, edit_metadata
from annotator.services.corpus.removal import DocumentsToRemove, RemovedDocuments
from annotator.services.imports.articles import import_documents
from annotator.services.undo_records import Kind, Steps, apply_change


def sector_labels(project) -> list[str]:
    return [code.label for code in list_codebook(project)[2].codes]


def test_a_codebook_undo_refuses_when_another_program_changed_its_row(project) -> None:
    renamed = rename_code(project, ("sector", "Energy"), "Power")
    with open_project(project.path) as elsewhere:
        rename_code(elsewhere, ("sector", "Power"), "Electricity")
    with pytest.raises(ChangedElsewhereError, match="changed by another program"):
        apply_change(project, renamed.undo)
    assert "Electricity" in sector_labels(project) and "Energy" not in sector_labels(project)


def test_a_codebook_undo_and_its_redo_go_back_and_forth(project) -> None:
    renamed = rename_code(project, ("sector", "Energy"), "Power")
    assert Kind.CODEBOOK in renamed.undo.kinds
    redo = apply_change(project, renamed.undo)
    assert "Energy" in sector_labels(project)
    apply_change(project, redo)
    assert "Power" in sector_labels(project) and "Energy" not in sector_labels(project)


def test_several_records_are_reversed_last_first(project) -> None:
    first = rename_code(project, ("sector", "Energy"), "Power")
    second = rename_code(project, ("sector", "Power"), "Electricity")
    redo = apply_change(project, Steps((first.undo, second.undo)))
    assert "Energy" in sector_labels(project)
    apply_change(project, redo)
    assert "Electricity" in sector_labels(project)


def _one_document(project) -> int:
    parsed = ParsedDocument(text="Some text.", title="Old title", source_file="a.txt")
    return import_documents(project, [(Path("a.txt"), parsed)]).imported[0].id


def test_a_metadata_undo_refuses_when_the_field_was_changed_elsewhere(project) -> None:
    document = _one_document(project)
    edit = edit_metadata(project, document, {"title": "New title"})
    with open_project(project.path) as elsewhere:
        edit_metadata(elsewhere, document, {"title": "Their title"})
    with pytest.raises(ChangedElsewhereError):
        apply_change(project, edit)
    assert document_metadata(project, document)["title"] == "Their title"


def test_a_metadata_undo_and_redo(project) -> None:
    document = _one_document(project)
    edit = edit_metadata(project, document, {"title": "New title"})
    redo = apply_change(project, edit)
    assert document_metadata(project, document)["title"] == "Old title"
    apply_change(project, redo)
    assert document_metadata(project, document)["title"] == "New title"


def test_taking_documents_out_and_back_keeps_their_ids_and_uuids(project) -> None:
    _one_document(project)
    before = [(item.id, item.uuid) for item in list_documents(project)]
    removed = apply_change(project, DocumentsToRemove(tuple(item[0] for item in before)))
    assert isinstance(removed, RemovedDocuments) and list_documents(project) == []
    again = apply_change(project, removed)
    assert isinstance(again, DocumentsToRemove)
    assert [(item.id, item.uuid) for item in list_documents(project)] == before
