"""Importing a codebook into a project: matching, the change list, refusals, undo; the HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.codebook_draft import DraftCode, DraftVariable
from annotator.core.vocabulary import VariableKind
from annotator.io.codebooks.html import build_html
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import retire_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.codebooks.sync import (
    CodebookProblems,
    import_draft,
    plan_import,
    project_draft,
)
from annotator.services.codebooks.undo import apply_undo
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.imports.articles import import_documents


def code(draft, label):
    return next(c for c in draft.codes if c.label == label)


def annotate(project, values) -> None:
    report = import_documents(
        project, [(Path("a.txt"), ParsedDocument(text="Some text.", title="A", source_file="a"))]
    )
    document = report.imported[0].id if report.imported else 1
    create_annotation(project, document=document, coder="alice", start=0, end=4, values=values)


def test_variable_renamed_by_uuid_and_shortcuts_swapped(project) -> None:
    draft = project_draft(project)
    draft.variables[1].name = "statement"
    for c in draft.codes:
        if c.variable == "claim":
            c.variable = "statement"
    code(draft, "Energy").shortcut, code(draft, "Health").shortcut = "h", "e"
    changes = {(c.action, c.variable, c.code) for c in plan_import(project, draft).changes}
    assert ("renamed", "claim", None) in changes
    assert {("shortcut", "sector", "Energy"), ("shortcut", "sector", "Health")} <= changes
    before = project_draft(project)
    result = import_draft(project, draft)
    assert [v.name for v in list_codebook(project)] == ["actor", "statement", "sector", "framing"]
    apply_undo(project, result.undo)
    assert project_draft(project) == before


def test_kind_changes_that_codings_do_not_fit_are_problems(project) -> None:
    annotate(project, {"framing": ["Conflict", "Morality"]})
    draft = project_draft(project)
    draft.variables[3].multiple = False
    problems = plan_import(project, draft).problems
    assert [p.message for p in problems] == [
        "1 annotations have several values of 'framing'; recode them before allowing only one"
    ]
    with pytest.raises(CodebookProblems):
        import_draft(project, draft)


def test_codes_cannot_move_between_variables_by_uuid(project) -> None:
    draft = project_draft(project)
    code(draft, "Energy").variable = "framing"
    problems = [p.message for p in plan_import(project, draft).problems]
    assert any("codes cannot move between variables" in message for message in problems)


def test_missing_variables_and_codes(project) -> None:
    annotate(project, {"claim": ["Proposal"], "sector": ["Health"]})
    draft = project_draft(project)
    draft.variables = [v for v in draft.variables if v.name not in ("claim", "framing")]
    draft.codes = [c for c in draft.codes
                   if c.variable not in ("claim", "framing") and c.label != "Health"]  # fmt: skip
    changes = {(c.action, c.variable, c.code) for c in plan_import(project, draft).changes}
    assert {("kept", "claim", None), ("removed", "framing", None),
            ("retired", "sector", "Health")} <= changes  # fmt: skip
    result = import_draft(project, draft)
    names = [v.name for v in list_codebook(project)]
    assert names == ["actor", "sector", "claim"]  # claim kept (in use), framing removed
    health = next(c for c in list_codebook(project)[1].codes if c.label == "Health")
    assert health.retired
    assert list_annotations(project)[0].values == {"claim": ["Proposal"], "sector": ["Health"]}
    apply_undo(project, result.undo)
    assert [v.name for v in list_codebook(project)] == ["actor", "claim", "sector", "framing"]


def test_new_variable_and_a_label_taken_by_a_kept_code(project) -> None:
    annotate(project, {"sector": ["Health"]})
    draft = project_draft(project)
    draft.variables.append(DraftVariable(name="tone", kind=VariableKind.SCALE))
    draft.codes.append(DraftCode(variable="tone", label="negative"))
    plan = plan_import(project, draft)
    assert {(c.action, c.variable, c.code) for c in plan.changes} == {
        ("added", "tone", None),
        ("added", "tone", "negative"),
    }
    health = code(draft, "Health")
    health.uuid, health.label = None, "Healthcare"  # the row no longer finds Health ...
    code(draft, "Transport").label = "Health"  # ... and Transport takes its label
    problems = [p.message for p in plan_import(project, draft).problems]
    assert problems == [
        "code 'Health' of 'sector' is used by annotations and kept, so another code cannot "
        "take its label"
    ]


def test_printable_codebook(project) -> None:
    retire_code(project, ("sector", "Transport"))
    draft = project_draft(project)
    code(draft, "Energy").example = "<script>alert(1)</script>"
    html = build_html(draft)
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>News coding: actors, claims, sectors, frames</h1>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert ">Transport<" not in html  # retired codes are not in the appendix
    assert '<span class="key">g</span>' in html and "background:#F4A3A3" in html


def test_an_import_taking_every_code_of_a_variable_or_the_project_is_flagged(project) -> None:
    annotate(project, {"framing": ["Conflict"]})
    draft = project_draft(project)
    draft.codes = [c for c in draft.codes if c.label != "Human interest"]
    assert plan_import(project, draft).sweep is None  # one code less: an ordinary edit

    draft.codes = [c for c in draft.codes if c.variable != "framing"]
    draft.codes.append(DraftCode(variable="framing", label="Brand new frame"))
    sweep = plan_import(project, draft).sweep
    assert sweep is not None and not sweep.every_code
    assert (sweep.retired, sweep.removed, sweep.variables) == (1, 5, ("framing",))
    assert str(sweep) == "would retire 1 and remove 5 codes, every code of 'framing'"

    for draft_code in draft.codes:
        draft_code.retired = True
    sweep = plan_import(project, draft).sweep
    assert sweep is not None and sweep.every_code
    assert (sweep.retired, sweep.removed, sweep.in_use) == (33, 5, 38)
    assert str(sweep) == "would retire 33 and remove 5 codes, all 38 codes of the project"

    draft = project_draft(project)
    draft.variables = [v for v in draft.variables if v.name != "sector"]
    draft.codes = [c for c in draft.codes if c.variable != "sector"]
    sweep = plan_import(project, draft).sweep  # an unused variable goes with its codes
    assert sweep is not None and sweep.variables == ("sector",) and sweep.removed == 11
