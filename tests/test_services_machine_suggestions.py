"""The machine coder's service API: machine coders apart from people, a document's suggestions
with their provenance, and a human's acceptance or dismissal recorded (and undoable)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from annotator.errors import InvalidInputError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.coding.statuses import statuses_of
from annotator.services.imports.articles import import_documents
from annotator.services.machine.storage import (
    MachineSpan,
    RunSettings,
    begin_run,
    cached_response,
    coded_documents,
    store_document,
)
from annotator.services.machine.suggestions import (
    accept_suggestion,
    dismiss_suggestion,
    document_suggestions,
    is_machine_coder,
    list_machine_coders,
    suggestion_decisions,
    withdraw_decision,
)

TEXT = "Putin stressed that Russia's energy companies are interested. Gas prices rose."
SHA = hashlib.sha256(TEXT.encode()).hexdigest()
SETTINGS = RunSettings(
    coder="llama3.1",
    model="llama3.1:8b",
    endpoint_host="localhost:11434",
    prompt_version="1",
    prompt_hash="p" * 64,
    codebook_version="c" * 64,
    variables=("actor", "sector"),
    temperature=0.0,
    seed=7,
)


def _machine_coded(project) -> tuple[int, list[str]]:
    report = import_documents(
        project, [(Path("a.txt"), ParsedDocument(text=TEXT, title="A", source_file="a.txt"))]
    )
    document = report.imported[0]
    run = begin_run(project, SETTINGS)
    spans = [
        MachineSpan(0, 14, {"actor": ["Vladimir Putin"], "sector": ["Energy"]}),
        MachineSpan(62, 72, {"sector": ["Energy"]}),
    ]
    stored = store_document(
        project,
        run,
        document_id=document.id,
        document_sha256=SHA,
        response='{"annotations": []}',
        tokens=(120, 30),
        spans=spans,
    )
    assert stored == 2
    return document.id, [s.annotation.uuid for s in document_suggestions(project, document.id)]


def test_machine_coders_are_told_apart_from_people(project) -> None:
    _machine_coded(project)
    create_annotation(project, document=1, coder="alice", start=0, end=5)
    assert [coder.name for coder in list_machine_coders(project)] == ["llama3.1"]
    assert is_machine_coder(project, "LLAMA3.1")
    assert not is_machine_coder(project, "alice")


def test_suggestions_carry_their_runs_provenance_and_the_response_is_cached(project) -> None:
    document, _ = _machine_coded(project)
    suggestions = document_suggestions(project, document)
    assert [(s.annotation.quote, s.annotation.coder) for s in suggestions] == [
        ("Putin stressed", "llama3.1"),
        ("Gas prices", "llama3.1"),
    ]
    assert suggestions[0].model == "llama3.1:8b"
    assert suggestions[0].endpoint_host == "localhost:11434"
    assert suggestions[0].annotation.values == {
        "actor": ["Vladimir Putin"],
        "sector": ["Energy"],
    }
    cached = cached_response(project, SHA, SETTINGS.prompt_hash, SETTINGS.model)
    assert cached is not None
    assert (cached.text, cached.prompt_tokens, cached.completion_tokens) == (
        '{"annotations": []}',
        120,
        30,
    )
    assert coded_documents(project, SETTINGS) == {document}


def test_accepting_gives_the_human_the_span_and_records_the_decision(project) -> None:
    document, uuids = _machine_coded(project)
    accepted, decision = accept_suggestion(project, uuids[0], "alice")
    assert (accepted.coder, accepted.start, accepted.end, accepted.quote) == (
        "alice",
        0,
        14,
        "Putin stressed",
    )
    assert accepted.values == {"actor": ["Vladimir Putin"], "sector": ["Energy"]}
    assert decision.decision == "accepted"
    assert decision.accepted_annotation_uuid == accepted.uuid
    assert statuses_of(project, "alice")[document] == "in_progress"
    dismiss_suggestion(project, uuids[1], "alice")
    seen = document_suggestions(project, document, for_coder="alice")
    assert [(s.decision, s.accepted_annotation_uuid) for s in seen] == [
        ("accepted", accepted.uuid),
        ("dismissed", None),
    ]
    assert [(d.coder, d.decision) for d in suggestion_decisions(project)] == [
        ("alice", "accepted"),
        ("alice", "dismissed"),
    ]
    # the machine's own spans stay
    assert len(list_annotations(project, coder="llama3.1")) == 2


def test_withdrawing_an_acceptance_removes_the_decision_and_the_span(project) -> None:
    _, uuids = _machine_coded(project)
    accept_suggestion(project, uuids[0], "alice")
    withdraw_decision(project, uuids[0], "alice")
    assert list_annotations(project, coder="alice") == []
    assert suggestion_decisions(project) == []
    again, _ = accept_suggestion(project, uuids[0], "alice")  # may decide again
    assert len(list_annotations(project, coder="alice")) == 1
    withdraw_decision(project, uuids[0], "alice")
    redone, _ = accept_suggestion(project, uuids[0], "alice", annotation_uuid=again.uuid)
    assert redone.uuid == again.uuid  # the app's redo brings back the same annotation


def test_deciding_twice_or_as_a_machine_or_on_a_human_span_changes_nothing(project) -> None:
    _, uuids = _machine_coded(project)
    dismiss_suggestion(project, uuids[0], "alice")
    with pytest.raises(InvalidInputError, match="already dismissed"):
        accept_suggestion(project, uuids[0], "alice")
    with pytest.raises(InvalidInputError, match="is a machine"):
        dismiss_suggestion(project, uuids[1], "llama3.1")
    human = create_annotation(project, document=1, coder="bob", start=0, end=5)
    with pytest.raises(InvalidInputError, match="not a machine coder's suggestion"):
        accept_suggestion(project, human.uuid, "alice")
    assert list_annotations(project, coder="alice") == []
    assert len(suggestion_decisions(project)) == 1


def test_a_person_cannot_become_the_machine_coder(project) -> None:
    _machine_coded(project)
    create_annotation(project, document=1, coder="alice", start=0, end=5)
    with pytest.raises(InvalidInputError, match="is a person"):
        begin_run(project, RunSettings(**{**SETTINGS.__dict__, "coder": "Alice"}))


def test_recoding_under_another_prompt_replaces_the_machines_spans(project) -> None:
    document, _ = _machine_coded(project)
    other = RunSettings(**{**SETTINGS.__dict__, "prompt_hash": "q" * 64})
    run = begin_run(project, other)
    assert cached_response(project, SHA, other.prompt_hash, other.model) is None
    store_document(
        project,
        run,
        document_id=document,
        document_sha256=SHA,
        response="{}",
        spans=[MachineSpan(0, 5, {"actor": ["Vladimir Putin"]})],
    )
    assert [a.quote for a in list_annotations(project, coder="llama3.1")] == ["Putin"]
    assert cached_response(project, SHA, other.prompt_hash, other.model).text == "{}"


def test_a_merged_machine_coder_stays_a_machine(tmp_path: Path) -> None:
    from annotator.db.project import open_project
    from annotator.services.merging.merge import merge_projects
    from annotator.services.projects import new_project

    source = tmp_path / "machine.annot"
    with new_project(source) as project:
        _machine_coded(project)
    merged = tmp_path / "merged.annot"
    merge_projects([source], merged)
    with open_project(merged) as project:
        assert [coder.name for coder in list_machine_coders(project)] == ["llama3.1"]
        assert len(list_annotations(project, coder="llama3.1")) == 2


def test_undoing_a_document_removal_brings_back_its_suggestions(project) -> None:
    from annotator.services.corpus.removal import remove_documents, restore_documents

    document, uuids = _machine_coded(project)
    removed = remove_documents(project, [document])
    assert list_annotations(project) == []
    restore_documents(project, removed)
    suggestions = document_suggestions(project, document)
    assert [s.annotation.uuid for s in suggestions] == uuids
    assert {s.model for s in suggestions} == {"llama3.1:8b"}


def test_verify_names_machine_rows_that_break_their_promises(tmp_path: Path) -> None:
    import sqlite3

    from annotator.db.project import open_project
    from annotator.services.projects import new_project
    from annotator.services.verify import verify_project

    path = tmp_path / "study.annot"
    with new_project(path) as project:
        _machine_coded(project)
        assert verify_project(project) == []
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE coder SET kind = 'robot'")
    connection.close()
    with open_project(path) as project:
        problems = [str(problem) for problem in verify_project(project)]
    assert any(p.startswith("coder ") and "unknown kind 'robot'" in p for p in problems)
    assert sum("a person's annotation marked as a machine coder's" in p for p in problems) == 2


def test_machine_coders_work_on_a_server_project(server_project) -> None:
    document, uuids = _machine_coded(server_project)
    accept_suggestion(server_project, uuids[0], "alice")
    dismiss_suggestion(server_project, uuids[1], "alice")
    seen = document_suggestions(server_project, document, for_coder="alice")
    assert [s.decision for s in seen] == ["accepted", "dismissed"]
    assert [c.name for c in list_machine_coders(server_project)] == ["llama3.1"]
    assert cached_response(server_project, SHA, SETTINGS.prompt_hash, SETTINGS.model) is not None
    assert coded_documents(server_project, SETTINGS) == {document}
    withdraw_decision(server_project, uuids[0], "alice")
    assert list_annotations(server_project, coder="alice") == []


def test_coder_copies_hold_no_machine_codings_or_raw_answers(tmp_path: Path) -> None:
    import sqlite3

    from annotator.services.distribute import distribute_project
    from annotator.services.projects import new_project

    master = tmp_path / "study.annot"
    with new_project(master) as project:
        _machine_coded(project)
    report = distribute_project(master, ["alice"], tmp_path / "copies")
    copy = sqlite3.connect(report.copies[0].path)
    try:
        for table in ("machine_run", "machine_response", "machine_annotation"):
            assert copy.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert copy.execute("SELECT name, kind FROM coder").fetchall() == [("alice", "human")]
    finally:
        copy.close()
    with_them = distribute_project(master, ["bob"], tmp_path / "copies-all", with_annotations=True)
    copy = sqlite3.connect(with_them.copies[0].path)
    try:
        assert copy.execute("SELECT count(*) FROM machine_annotation").fetchone() == (2,)
        assert copy.execute("SELECT count(*) FROM machine_response").fetchone() == (1,)
    finally:
        copy.close()


def test_a_document_removed_during_a_run_is_passed_over(project) -> None:
    from annotator.services.corpus.removal import remove_documents
    from annotator.services.machine.client import ChatAnswer
    from annotator.services.machine.coding import (
        MachineCodingRequest,
        plan_machine_coding,
        run_machine_coding,
    )

    for name, text in (("a", TEXT), ("b", "Gas prices rose again.")):
        parsed = ParsedDocument(text=text, title=name, source_file=name)
        import_documents(project, [(Path(f"{name}.txt"), parsed)])
    plan = plan_machine_coding(
        project, MachineCodingRequest(model="m", endpoint="http://localhost:1/v1")
    )

    class Client:
        def complete(self, body):
            if len(body["messages"][1]["content"]) == len(TEXT):
                remove_documents(project, [2])  # another program removes the next document
            return ChatAnswer('{"annotations": []}', 10, 2)

    summary = run_machine_coding(project, plan, Client())
    assert (summary.coded, summary.left, summary.sent, summary.stopped) == (1, 1, 1, None)
