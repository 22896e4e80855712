"""Undo's guard in the services: a change or deletion that `expect`s a state refuses another."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import ChangedElsewhereError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import (
    create_annotation,
    delete_annotation,
    list_annotations,
    update_annotation,
)
from annotator.services.coding.bulk import delete_annotations
from annotator.services.imports.articles import import_documents

TEXT = "Putin stressed that Russia's energy companies are interested."


@pytest.fixture
def coded(project):
    import_documents(
        project, [(Path("a.txt"), ParsedDocument(text=TEXT, title="A", source_file="a"))]
    )
    return create_annotation(
        project, document=1, coder="alice", start=0, end=5, values={"sector": ["Energy"]}
    )


def test_a_recode_expecting_an_older_state_changes_nothing(project, coded) -> None:
    changed = update_annotation(project, coded.uuid, memo="the PI's note")
    with pytest.raises(ChangedElsewhereError):
        update_annotation(project, coded.uuid, values={"sector": ["Health"]}, expect=coded)
    assert list_annotations(project) == [changed]
    assert update_annotation(project, coded.uuid, memo="mine", expect=changed).memo == "mine"


def test_deleting_what_changed_meanwhile_is_refused(project, coded) -> None:
    changed = update_annotation(project, coded.uuid, values={"sector": ["Health"]})
    with pytest.raises(ChangedElsewhereError):
        delete_annotation(project, coded.uuid, expect=coded)
    with pytest.raises(ChangedElsewhereError):
        delete_annotations(project, [coded.uuid], expect=[coded])
    assert list_annotations(project) == [changed]
    assert delete_annotations(project, [coded.uuid], expect=[changed]) == [changed]
    assert list_annotations(project) == []
