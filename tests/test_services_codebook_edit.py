"""Codebook editing services: each edit validates, commits once, and undoes exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import InvalidInputError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import (
    add_variable,
    create_code,
    delete_variable,
    describe_code,
    move_code,
    move_variable,
    recolour_code,
    rename_code,
    retire_code,
    set_shortcut,
    set_variable_kind,
    update_variable,
)
from annotator.services.codebooks.reading import list_codebook
from annotator.services.codebooks.recode import (
    delete_code,
    merge_codes,
    move_values,
    preview_delete_code,
    preview_merge,
    preview_move_values,
)
from annotator.services.codebooks.undo import apply_undo
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.imports.articles import import_documents

TEXT = "Putin stressed that energy companies are interested in new projects abroad."


def snapshot(project) -> list:
    return [(v, [(c.label, c.parent_id, c.depth, c.colour, c.shortcut, c.retired, c.definition)
                 for c in v.codes]) for v in list_codebook(project)]  # fmt: skip


def values(project) -> list[dict[str, list[str]]]:
    return [record.values for record in list_annotations(project)]


@pytest.fixture
def coded(project):
    """The default codebook with three annotations: framing takes several codes."""
    report = import_documents(
        project, [(Path("a.txt"), ParsedDocument(text=TEXT, title="A", source_file="a.txt"))]
    )
    document = report.imported[0].id
    for coder, framing in (("alice", ["Conflict", "Morality"]), ("bob", ["Conflict"]),
                           ("carol", ["Morality"])):  # fmt: skip
        create_annotation(
            project, document=document, coder=coder, start=0, end=5,
            values={"framing": framing, "actor": ["Government"]},
        )  # fmt: skip
    return project


def test_rename_recolour_shortcut_describe_and_undo(project) -> None:
    before = snapshot(project)
    results = [
        rename_code(project, ("sector", "Energy"), "Energy and resources"),
        recolour_code(project, ("sector", "Energy and resources"), "#12ab34"),
        set_shortcut(project, ("sector", "Transport"), "q"),
        describe_code(project, ("sector", "Health"), definition="New", example="An example"),
    ]
    codes = {c.label: c for c in list_codebook(project)[2].codes}
    assert codes["Energy and resources"].colour == "#12AB34"
    assert codes["Transport"].shortcut == "q"
    assert (codes["Health"].definition, codes["Health"].example) == ("New", "An example")
    assert codes["Health"].include  # untouched fields stay
    assert results[0].message == "Renamed 'Energy' to 'Energy and resources' in 'sector'"
    for result in reversed(results):
        apply_undo(project, result.undo)
    assert snapshot(project) == before


def test_conflicts_are_refused_with_the_other_code_named(project) -> None:
    with pytest.raises(InvalidInputError, match="already used by 'Government' of 'actor'"):
        set_shortcut(project, ("sector", "Energy"), "G")
    with pytest.raises(InvalidInputError, match="already used by 'Conflict' of 'framing'"):
        create_code(project, "sector", "Space", shortcut="1")
    with pytest.raises(InvalidInputError, match="already has a code 'Health'"):
        rename_code(project, ("sector", "Energy"), "  health ")
    with pytest.raises(InvalidInputError, match="#RRGGBB"):
        recolour_code(project, ("sector", "Energy"), "red")


def test_moves_reparent_reorder_and_refuse_cycles(project) -> None:
    before = snapshot(project)
    moved = move_code(project, ("actor", "Ministers and ministries"), parent=None, position=0)
    labels = [(c.label, c.depth) for c in list_codebook(project)[0].codes]
    assert labels[0] == ("Ministers and ministries", 0)
    assert ("Head of state or government", 1) in labels
    with pytest.raises(InvalidInputError, match="itself or one of its sub-codes"):
        move_code(project, ("actor", "Government"), parent=("actor", "Head of state or government"))
    with pytest.raises(InvalidInputError, match="itself"):
        move_code(project, ("actor", "Government"), parent=("actor", "Government"))
    with pytest.raises(InvalidInputError, match="another variable"):
        move_code(project, ("actor", "Government"), parent=("sector", "Energy"))
    reordered = move_code(project, ("sector", "Other"), position=0)
    assert list_codebook(project)[2].codes[0].label == "Other"
    apply_undo(project, reordered.undo)
    apply_undo(project, moved.undo)
    assert snapshot(project) == before


def test_variables_add_rename_reorder_kind_delete(project) -> None:
    before = snapshot(project)
    added = add_variable(project, "tone", kind="scale", position=1)
    assert [v.name for v in list_codebook(project)] == ["actor", "tone", "claim", "sector",
                                                        "framing"]  # fmt: skip
    code = create_code(project, "tone", "negative")
    renamed = update_variable(project, "tone", name="valence", label="Valence")
    moved = move_variable(project, "valence", 10)
    assert list_codebook(project)[-1].name == "valence"
    with pytest.raises(InvalidInputError, match="has 1 codes"):
        set_variable_kind(project, "valence", kind="text")
    kind = set_variable_kind(project, "claim", kind="scale", multiple=True)
    assert list_codebook(project)[1].kind.value == "scale"
    with pytest.raises(InvalidInputError, match="unknown variable kind"):
        set_variable_kind(project, "claim", kind="ordinalish")
    deleted = delete_variable(project, "valence")
    assert "valence" not in [v.name for v in list_codebook(project)]
    for result in (deleted, kind, moved, renamed, code, added):
        apply_undo(project, result.undo)
    assert snapshot(project) == before


def test_kind_changes_that_would_orphan_codings_are_refused(coded) -> None:
    with pytest.raises(InvalidInputError, match="1 annotations have several values"):
        set_variable_kind(coded, "framing", multiple=False)
    with pytest.raises(InvalidInputError, match="hold values of 'actor'"):
        delete_variable(coded, "actor")


def test_merge_recodes_collapses_duplicates_and_undoes(coded) -> None:
    before_values, before_codebook = values(coded), snapshot(coded)
    impact = preview_merge(coded, ("framing", "Conflict"), ("framing", "Morality"))
    assert (impact.annotations, impact.duplicates) == (2, 1)
    result = merge_codes(coded, ("framing", "Conflict"), ("framing", "Morality"))
    assert result.annotations == 2
    assert values(coded) == [{"actor": ["Government"], "framing": ["Morality"]}] * 3
    assert "Conflict" not in [c.label for c in list_codebook(coded)[3].codes]
    redo = apply_undo(coded, result.undo)
    assert values(coded) == before_values
    assert snapshot(coded) == before_codebook
    apply_undo(coded, redo)
    assert values(coded) == [{"actor": ["Government"], "framing": ["Morality"]}] * 3


def test_merge_moves_sub_codes_and_refuses_own_descendant(coded) -> None:
    with pytest.raises(InvalidInputError, match="its own sub-code"):
        merge_codes(coded, ("actor", "Government"), ("actor", "Ministers and ministries"))
    with pytest.raises(InvalidInputError, match="different variables"):
        merge_codes(coded, ("actor", "Government"), ("sector", "Energy"))
    merge_codes(coded, ("actor", "Government"), ("actor", "Civil society"))
    actor = {c.label: c for c in list_codebook(coded)[0].codes}
    assert actor["Ministers and ministries"].parent_id == actor["Civil society"].id
    assert values(coded)[0]["actor"] == ["Civil society"]


def test_delete_code_in_use_needs_merge_or_retire(coded) -> None:
    assert preview_delete_code(coded, ("framing", "Conflict")).annotations == 2
    with pytest.raises(InvalidInputError, match="used by 2 annotations; merge it"):
        delete_code(coded, ("framing", "Conflict"))
    retired = delete_code(coded, ("framing", "Conflict"), retire=True)
    framing = {c.label: c for c in list_codebook(coded)[3].codes}
    assert framing["Conflict"].retired
    assert values(coded)[1]["framing"] == ["Conflict"]  # kept for existing codings
    apply_undo(coded, retired.undo)
    merged = delete_code(coded, ("framing", "Conflict"), merge_into=("framing", "Other"))
    assert merged.annotations == 2
    assert values(coded)[1]["framing"] == ["Other"]


def test_delete_unused_code_moves_its_sub_codes_up(project) -> None:
    before = snapshot(project)
    result = delete_code(project, ("actor", "Civil society"))
    labels = [(c.label, c.depth) for c in list_codebook(project)[0].codes]
    index = labels.index(("Trade unions and professional associations", 0))
    assert labels[index - 1] == ("Business and industry", 0)
    apply_undo(project, result.undo)
    assert snapshot(project) == before


def test_split_moves_chosen_codings(coded) -> None:
    bob = next(r for r in list_annotations(coded) if r.coder == "bob")
    alice = next(r for r in list_annotations(coded) if r.coder == "alice")
    assert preview_move_values(coded, ("framing", "Conflict"), ("framing", "Morality"),
                               [bob.uuid]).annotations == 1  # fmt: skip
    with pytest.raises(InvalidInputError, match="not coded 'Conflict'"):
        move_values(coded, ("framing", "Conflict"), ("framing", "Other"), [bob.uuid, "3"])
    result = move_values(coded, ("framing", "Conflict"), ("framing", "Human interest"), [bob.uuid])
    assert result.annotations == 1
    records = {r.coder: r.values["framing"] for r in list_annotations(coded)}
    assert records["bob"] == ["Human interest"]
    assert records["alice"] == ["Conflict", "Morality"]
    apply_undo(coded, result.undo)
    assert {r.coder: r.values["framing"] for r in list_annotations(coded)}["bob"] == ["Conflict"]
    assert alice.values["framing"] == ["Conflict", "Morality"]


def test_retired_codes_are_refused_for_new_codings(coded) -> None:
    retire_code(coded, ("framing", "Morality"))
    with pytest.raises(InvalidInputError, match="retired"):
        create_annotation(coded, document=1, coder="dan", start=0, end=3,
                          values={"framing": ["Morality"]})  # fmt: skip
    retire_code(coded, ("framing", "Morality"), retired=False)
    create_annotation(coded, document=1, coder="dan", start=0, end=3,
                      values={"framing": ["Morality"]})  # fmt: skip


def test_undo_fails_cleanly_when_the_project_moved_on(project) -> None:
    created = create_code(project, "sector", "Space")
    deleted = delete_code(project, created.uuid)
    with pytest.raises(InvalidInputError, match="cannot undo"):
        apply_undo(project, created.undo)  # its code is already gone
    apply_undo(project, deleted.undo)
    assert "Space" in [c.label for c in list_codebook(project)[2].codes]
