"""Coding spans through the services: offsets, quotes, values, errors that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import InvalidInputError, NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coding.annotations import (
    create_annotation,
    delete_annotation,
    list_annotations,
    update_annotation,
)
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.coding.undo import SpansRemoved
from annotator.services.imports.articles import import_documents
from annotator.services.projects import project_info

MULTILINGUAL = (
    "Путин заявил: «Газпром» готов.\n"
    "قال الرئيس إن الاتفاق مهم.\n"
    "习近平表示，能源合作是重点。\n"
    "Cafe\u0301 politics 👍🏽 and 🔥 prices.\n"
)


def add_document(project, text: str, title: str = "Article") -> int:
    report = import_documents(
        project, [(Path(f"{title}.txt"), ParsedDocument(text=text, title=title, source_file="x"))]
    )
    return report.imported[0].id


@pytest.mark.parametrize(
    "fragment", ["«Газпром»", "الاتفاق مهم", "能源合作", "Cafe\u0301", "👍🏽 and 🔥", "🔥"]
)
def test_quote_is_exactly_the_coded_characters(project, fragment: str) -> None:
    document = add_document(project, MULTILINGUAL)
    start = MULTILINGUAL.index(fragment)
    record = create_annotation(
        project, document=document, coder="alice", start=start, end=start + len(fragment)
    )
    assert record.quote == fragment
    (stored,) = list_annotations(project)
    assert MULTILINGUAL[stored.start : stored.end] == stored.quote == fragment


def test_values_of_all_four_variables(project) -> None:
    document = add_document(project, "Putin stressed that energy companies are interested.")
    record = create_annotation(
        project,
        document=document,
        coder="alice",
        start=0,
        end=42,
        values={
            "actor": ["Vladimir Putin"],
            "claim": ["support or endorsement"],
            "sector": ["ENERGY"],
            "framing": ["Economic consequences", "Conflict"],
        },
        memo="lead",
    )
    assert record.values == {
        "actor": ["Vladimir Putin"],
        "claim": ["Support or endorsement"],
        "sector": ["Energy"],
        "framing": ["Economic consequences", "Conflict"],
    }
    assert record.memo == "lead"
    actor = next(v for v in list_codebook(project) if v.name == "actor")
    assert "Vladimir Putin" in [code.label for code in actor.codes]


def test_open_actor_list_reuses_existing_named_actor(project) -> None:
    document = add_document(project, "Putin spoke. Putin spoke again.")
    for start in (0, 13):
        create_annotation(
            project, document=document, coder="a", start=start, end=start + 5,
            values={"actor": ["vladimir putin" if start else "Vladimir Putin"]},
        )  # fmt: skip
    actor = next(v for v in list_codebook(project) if v.name == "actor")
    assert [code.label for code in actor.codes].count("Vladimir Putin") == 1


def test_unknown_code_of_a_closed_variable_lists_the_valid_ones(project) -> None:
    document = add_document(project, "Some text about things.")
    before = project_info(project)
    with pytest.raises(InvalidInputError, match=r"valid codes: .*Energy.*Health"):
        create_annotation(
            project, document=document, coder="bob", start=0, end=4, values={"sector": ["Space"]}
        )
    after = project_info(project)
    assert (after.annotations, after.coders) == (before.annotations, before.coders)


def test_errors_change_nothing(project) -> None:
    document = add_document(project, "Some text about things.")
    cases = [
        dict(start=0, end=99),
        dict(start=5, end=5),
        dict(start=-1, end=3),
        dict(start=0, end=4, values={"claim": ["Proposal", "Prediction"]}),
        dict(start=0, end=4, values={"colour": ["red"]}),
        dict(start=0, end=4, values={"actor": ["New Person"], "sector": ["Nope"]}),
    ]
    for case in cases:
        with pytest.raises((InvalidInputError, NotFoundError)):
            create_annotation(project, document=document, coder="carol", **case)
    info = project_info(project)
    assert info.annotations == 0 and info.coders == []
    actor = next(v for v in list_codebook(project) if v.name == "actor")
    assert "New Person" not in [code.label for code in actor.codes]


def test_unknown_document(project) -> None:
    with pytest.raises(NotFoundError, match="no document 7"):
        create_annotation(project, document=7, coder="a", start=0, end=1)
    with pytest.raises(InvalidInputError, match="neither a document id nor"):
        create_annotation(project, document="seven", coder="a", start=0, end=1)


def test_document_by_uuid(project) -> None:
    document = add_document(project, "Some text about things.")
    (record,) = [create_annotation(project, document=document, coder="a", start=0, end=4)]
    again = create_annotation(project, document=record.document_uuid, coder="a", start=5, end=9)
    assert again.document_id == document


def test_update_delete_and_restore(project) -> None:
    document = add_document(project, "Putin stressed that energy companies are interested.")
    record = create_annotation(
        project, document=document, coder="alice", start=0, end=5,
        values={"claim": ["Proposal"], "sector": ["Energy"]},
    )  # fmt: skip
    updated = update_annotation(project, record.uuid, values={"claim": ["Prediction"]}, memo="m")
    assert updated.values == {"claim": ["Prediction"], "sector": ["Energy"]}
    assert updated.memo == "m"
    deleted = delete_annotation(project, record.uuid)
    assert list_annotations(project) == []
    restored = SpansRemoved((deleted,), starts_documents=False).apply(project).records[0]
    assert restored.uuid == record.uuid
    assert restored.values == deleted.values
    assert restored.created_at == record.created_at
    assert list_annotations(project) == [restored]


def test_several_coders_and_filters(project) -> None:
    document = add_document(project, "Putin stressed that energy companies are interested.")
    create_annotation(project, document=document, coder="alice", start=0, end=5)
    create_annotation(project, document=document, coder="bob", start=0, end=5)
    assert [r.coder for r in list_annotations(project, coder="bob")] == ["bob"]
    assert len(list_annotations(project, document=document)) == 2
    with pytest.raises(NotFoundError):
        list_annotations(project, coder="nobody")


def test_status_per_coder(project) -> None:
    document = add_document(project, "Some text about things.")
    assert set_status(project, document, "alice", "done") == "not_started"
    assert set_status(project, document, "alice", "in_progress") == "done"
    assert statuses_of(project, "alice") == {document: "in_progress"}
    with pytest.raises(InvalidInputError, match="unknown status"):
        set_status(project, document, "alice", "finished")


def test_non_ascii_labels_and_names_match_case_insensitively(project) -> None:
    document = add_document(project, "Ирина Соколова заявила, что Étienne согласен.")
    for label, coder in (("Ирина Соколова", "Åsa"), ("ИРИНА СОКОЛОВА", "åsa"), ("étienne", "ÅSA")):
        create_annotation(
            project, document=document, coder=coder, start=0, end=5, values={"actor": [label]}
        )
    actor = next(v for v in list_codebook(project) if v.name == "actor")
    labels = [code.label for code in actor.codes]
    assert labels.count("Ирина Соколова") == 1 and labels.count("étienne") == 1
    assert project_info(project).coders == ["Åsa"]
