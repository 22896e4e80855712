"""Adjudication: settling disagreements as consensus annotations, with progress and undo."""

from __future__ import annotations

import hashlib
import json

import pytest

from annotator.db.models import Document, ProjectSetting
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.intercoder.adjudication import (
    find_unit,
    load_adjudication,
    restore_settlement,
    settle,
    undo_settle,
    unsettle,
)
from annotator.services.intercoder.agreement import compute_agreement


def _coded(project: Project) -> Project:
    """Three sentences: both agree on 1, differ on 2, only alice marked 3."""
    text = "".join(f"Sentence {index:04d} here. "[:20] for index in range(3))
    with project.writing() as session:
        document = Document(title="t", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
        session.add(document)
        session.flush()
        document_id = document.id
    claims = {
        "alice": ["Proposal", "Prediction", "Proposal"],
        "bob": ["Proposal", "Proposal", None],
    }
    for coder, values in claims.items():
        for index, claim in enumerate(values):
            if claim is not None:
                create_annotation(
                    project, document=document_id, coder=coder, start=index * 20,
                    end=index * 20 + 15 + (1 if coder == "bob" else 0),
                    values={"claim": [claim], "sector": ["Energy"]}, memo="note",
                )  # fmt: skip
    return project


def test_progress_counts_settled_disagreements(project: Project) -> None:
    adjudication = load_adjudication(_coded(project))
    assert [unit.status for unit in adjudication.result.units] == [
        "agree",
        "disagree",
        "incomplete",
    ]
    assert str(adjudication.progress) == "0 of 2 disagreements settled"
    second, third = adjudication.disagreements
    settle(project, second, take="bob")
    settle(project, third, reject=True)
    assert str(load_adjudication(project).progress) == "2 of 2 disagreements settled"


def test_taking_a_version_copies_span_and_codes_to_the_consensus_coder(project: Project) -> None:
    adjudication = load_adjudication(_coded(project))
    unit = adjudication.disagreements[0]
    result = settle(project, unit, take="BOB")
    (record,) = result.settlement.annotations
    assert record.coder == "consensus"
    assert (record.start, record.end) == (20, 36)  # bob's span, not alice's
    assert record.values == {"claim": ["Proposal"], "sector": ["Energy"]}
    assert result.settlement.decision == "take" and result.settlement.coder == "bob"
    assert [a.uuid for a in list_annotations(project, coder="consensus")] == [record.uuid]
    with project.reading() as session:
        assert session.get(ProjectSetting, "consensus_coder").value == "consensus"
    # The consensus coder is not compared, and the unit ids do not change.
    again = compute_agreement(project)
    assert again.coders == ("alice", "bob")
    assert [u.id for u in again.units] == [u.id for u in adjudication.result.units]


def test_edited_version_and_named_consensus_coder(project: Project) -> None:
    unit = load_adjudication(_coded(project)).disagreements[0]
    result = settle(
        project, unit, take="alice", values={"claim": ["Factual assertion"]},
        consensus_coder="PI",
    )  # fmt: skip
    (record,) = result.settlement.annotations
    assert record.coder == "PI" and result.settlement.decision == "edit"
    assert record.values == {"claim": ["Factual assertion"], "sector": ["Energy"]}
    with project.reading() as session:
        assert session.get(ProjectSetting, "consensus_coder").value == "PI"
    assert compute_agreement(project).coders == ("alice", "bob")


def test_settle_replaces_and_undo_restores_the_previous_decision(project: Project) -> None:
    unit = load_adjudication(_coded(project)).disagreements[0]
    first = settle(project, unit, take="alice")
    second = settle(project, unit, take="bob")
    assert second.replaced == first.settlement
    assert [a.start for a in list_annotations(project, coder="consensus")] == [20]
    assert list_annotations(project, coder="consensus")[0].end == 36
    undo_settle(project, second)
    (restored,) = list_annotations(project, coder="consensus")
    assert restored.uuid == first.settlement.annotations[0].uuid and restored.end == 35
    undo_settle(project, first)
    assert list_annotations(project, coder="consensus") == []
    assert str(load_adjudication(project).progress) == "0 of 2 disagreements settled"


def test_unsettle_and_restore(project: Project) -> None:
    unit = load_adjudication(_coded(project)).disagreements[0]
    settle(project, unit, take="alice")
    removed = unsettle(project, unit.id)
    assert removed is not None and list_annotations(project, coder="consensus") == []
    assert unsettle(project, unit.id) is None
    restore_settlement(project, removed)
    assert [a.uuid for a in list_annotations(project, coder="consensus")] == [
        removed.annotations[0].uuid
    ]


def test_invalid_settlements_change_nothing(project: Project) -> None:
    adjudication = load_adjudication(_coded(project))
    incomplete = adjudication.disagreements[1]
    with pytest.raises(InvalidInputError, match="did not mark"):
        settle(project, incomplete, take="bob")
    with pytest.raises(InvalidInputError):
        settle(project, incomplete)
    with pytest.raises(InvalidInputError):
        settle(project, incomplete, take="alice", reject=True)
    assert find_unit(adjudication, incomplete.id[:6]) == incomplete
    assert len(list_annotations(project)) == 5  # the coders' own, nothing added


def test_adjudicate_command_lists_and_settles(project: Project, run_cli) -> None:
    path = _coded(project).path
    listing = run_cli("adjudicate", path)
    assert listing.exit_code == 0, listing.err
    assert "0 of 2 disagreements settled" in listing.out
    unit_id = json.loads(run_cli("adjudicate", path, "--json").out)["disagreements"][0]["id"]
    done = run_cli("adjudicate", path, "--unit", unit_id, "--take", "alice")
    assert done.exit_code == 0, done.err
    assert "1 of 2 disagreements settled" in done.out
    assert run_cli("adjudicate", path, "--unit", unit_id, "--unsettle").exit_code == 0
    assert run_cli("adjudicate", path, "--unit", "ffffffff").exit_code == 2
    assert run_cli("adjudicate", path, "--take", "alice").exit_code == 2
