"""The coding rules the window and the command line share: what a code acts on and does."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import InvalidInputError, NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import (
    AnnotationRecord,
    create_annotation,
    list_annotations,
)
from annotator.services.coding.rules import coded_values, coding_target, toggle_codes
from annotator.services.imports.articles import import_documents

TEXT = "Putin stressed that Russia's energy companies are interested in Turkmenistan."


def record(start: int, end: int, values: dict[str, list[str]] | None = None) -> AnnotationRecord:
    return AnnotationRecord(1, "u", 1, "d", "alice", start, end, TEXT[start:end], "", values or {})


@pytest.fixture
def document(project) -> int:
    report = import_documents(
        project, [(Path("a.txt"), ParsedDocument(text=TEXT, title="A", source_file="a.txt"))]
    )
    return report.imported[0].id


# -- coded_values --


def test_a_code_is_added_after_the_others_on_a_multi_code_variable() -> None:
    assert coded_values(["Conflict"], "Morality", multiple=True) == ["Conflict", "Morality"]
    assert coded_values([], "Morality", multiple=True) == ["Morality"]


def test_a_code_already_there_is_removed_whatever_its_case() -> None:
    assert coded_values(["Conflict", "Morality"], "conflict", multiple=True) == ["Morality"]
    assert coded_values(["Конфликт"], "КОНФЛИКТ", multiple=True) == []


def test_a_single_code_variable_takes_the_code_in_place_of_the_old_one() -> None:
    assert coded_values(["Energy"], "Finance", multiple=False) == ["Finance"]
    assert coded_values(["Energy"], "Energy", multiple=False) == ["Energy"]  # never emptied
    assert coded_values([], "Energy", multiple=False) == ["Energy"]


def test_the_given_values_are_left_as_they_were() -> None:
    values = ["Conflict"]
    coded_values(values, "Morality", multiple=True)
    assert values == ["Conflict"]


# -- coding_target --


def test_the_current_annotation_is_recoded_when_nothing_else_is_selected() -> None:
    current = record(0, 5)
    assert coding_target(current, None) == (current, None)
    assert coding_target(current, (0, 5)) == (current, None)  # its own span selected


def test_another_selection_becomes_a_new_span() -> None:
    assert coding_target(record(0, 5), (0, 14)) == (None, (0, 14))
    assert coding_target(None, (6, 14)) == (None, (6, 14))


def test_nothing_to_code_without_a_selection_or_a_current_annotation() -> None:
    assert coding_target(None, None) == (None, None)


# -- toggle_codes on a project --


def test_toggling_a_span_creates_it_then_recodes_the_same_annotation(project, document) -> None:
    span = (0, 5)
    first = toggle_codes(
        project, document=document, coder="alice", span=span, toggles=[("framing", "Conflict")]
    )
    assert first.created and first.record.values == {"framing": ["Conflict"]}
    second = toggle_codes(
        project, document=document, coder="Alice", span=span, toggles=[("Framing", "morality")]
    )
    assert not second.created and second.record.uuid == first.record.uuid
    assert second.record.values == {"framing": ["Conflict", "Morality"]}
    third = toggle_codes(
        project,
        document=document,
        coder="alice",
        span=span,
        toggles=[("framing", "conflict"), ("sector", "Energy")],
        memo="lead",
    )
    assert third.record.values == {"sector": ["Energy"], "framing": ["Morality"]}
    assert third.record.memo == "lead"
    assert len(list_annotations(project)) == 1


def test_values_replace_their_variables_before_the_codes_are_toggled(project, document) -> None:
    create_annotation(
        project,
        document=document,
        coder="alice",
        start=0,
        end=5,
        values={"sector": ["Energy"], "framing": ["Conflict"]},
        memo="kept",
    )
    result = toggle_codes(
        project,
        document=document,
        coder="alice",
        span=(0, 5),
        toggles=[("framing", "Morality")],
        values={"framing": ["Economic consequences"]},
    )
    assert result.record.values == {
        "sector": ["Energy"],
        "framing": ["Economic consequences", "Morality"],
    }
    assert result.record.memo == "kept"


def test_another_coders_span_or_another_span_is_not_recoded(project, document) -> None:
    create_annotation(
        project, document=document, coder="bob", start=0, end=5, values={"sector": ["Energy"]}
    )
    create_annotation(
        project, document=document, coder="alice", start=0, end=14, values={"sector": ["Energy"]}
    )
    result = toggle_codes(
        project, document=document, coder="alice", span=(0, 5), toggles=[("sector", "Transport")]
    )
    assert result.created
    assert sorted((r.coder, r.end, r.values["sector"][0]) for r in list_annotations(project)) == [
        ("alice", 5, "Transport"),
        ("alice", 14, "Energy"),
        ("bob", 5, "Energy"),
    ]


def test_refusals_change_nothing(project, document) -> None:
    for _ in range(2):
        create_annotation(project, document=document, coder="alice", start=0, end=5, values={})
    before = list_annotations(project)
    with pytest.raises(InvalidInputError, match="2 annotations on 0-5"):
        toggle_codes(
            project, document=document, coder="alice", span=(0, 5), toggles=[("sector", "Energy")]
        )
    with pytest.raises(NotFoundError, match="no variable 'tone'"):
        toggle_codes(
            project, document=document, coder="alice", span=(6, 9), toggles=[("tone", "Calm")]
        )
    with pytest.raises(InvalidInputError, match="no code 'Weather'"):
        toggle_codes(
            project, document=document, coder="alice", span=(6, 9), toggles=[("sector", "Weather")]
        )
    with pytest.raises(NotFoundError, match="no document 9"):
        toggle_codes(
            project, document=9, coder="alice", span=(0, 5), toggles=[("sector", "Energy")]
        )
    assert list_annotations(project) == before
