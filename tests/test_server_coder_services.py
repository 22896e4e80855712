"""A coder at work through the services (what the app and the commands call), connected with
their own login: annotating, recoding, deleting, undoing and setting statuses work; what the
server refuses arrives as one sentence naming the project, not a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from server_team import Team, make_team

from annotator.core.vocabulary import CodingStatus
from annotator.db.project import Project, ProjectNotWritableError
from annotator.errors import NotFoundError
from annotator.services.codebooks.edit import rename_code
from annotator.services.coding.annotations import (
    create_annotation,
    delete_annotation,
    list_annotations,
    update_annotation,
)
from annotator.services.coding.bulk import NewAnnotation
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.coding.undo import change_span, code_spans, delete_span
from annotator.services.server_members import connected_coder, set_blind_coding


@pytest.fixture
def team(postgres_cluster, server_url: str, tmp_path: Path) -> Iterator[Team]:
    made = make_team(postgres_cluster, server_url, tmp_path)
    try:
        yield made
    finally:
        made.owner.close()


@pytest.fixture
def alice(team: Team) -> Iterator[Project]:
    with team.open_as(team.alice) as project:
        yield project


def test_a_coder_annotates_recodes_and_deletes_their_own_spans(team: Team, alice: Project):
    assert connected_coder(alice) == team.alice
    made = create_annotation(
        alice, document=1, coder=team.alice, start=6, end=10, values={"claim": ["Proposal"]}
    )
    assert statuses_of(alice, team.alice) == {1: CodingStatus.IN_PROGRESS}
    changed = update_annotation(alice, made.uuid, values={"claim": ["Support or endorsement"]})
    assert changed.values == {"claim": ["Support or endorsement"]}
    update_annotation(alice, made.uuid, memo="a promise, really")
    set_status(alice, 1, team.alice, "done")
    (stored,) = list_annotations(alice)  # blind: bob's span is not even read
    assert (stored.uuid, stored.memo, stored.coder) == (made.uuid, "a promise, really", team.alice)
    delete_annotation(alice, made.uuid)
    assert list_annotations(alice) == []
    assert team.sql("SELECT count(*) FROM annotation") == "1"  # bob's
    assert statuses_of(team.owner, team.alice) == {1: CodingStatus.DONE}


def test_the_apps_coding_path_and_its_undo_work_for_a_coder(team: Team, alice: Project):
    """Spans coded in one step (the app's coding and auto-coding) get their ids from the server:
    in blind mode a coder cannot see other coders' ids to count past them."""
    coded = code_spans(
        alice,
        team.alice,
        [
            NewAnnotation(document=1, start=6, end=10, values={"sector": ["Energy"]}),
            NewAnnotation(document=1, start=11, end=17, values={"actor": ["Government"]}),
        ],
    )
    assert len({record.id for record in coded.records} | {team.bobs_span.id}) == 3
    redo = coded.undo.apply(alice)  # undo: both spans go
    assert list_annotations(alice) == []
    redo.apply(alice)  # redo: they come back, with their uuids
    assert {record.uuid for record in list_annotations(alice)} == {
        record.uuid for record in coded.records
    }
    recoded = change_span(alice, coded.records[0].uuid, values={"sector": ["Finance and banking"]})
    recoded.undo.apply(alice)
    deleted = delete_span(alice, coded.records[1].uuid)
    deleted.undo.apply(alice)
    spans = {record.quote: record.values for record in list_annotations(alice)}
    assert spans == {"said": {"sector": ["Energy"]}, "Russia": {"actor": ["Government"]}}
    assert team.sql("SELECT count(*) FROM annotation") == "3"


def _refusal(team: Team, raised: pytest.ExceptionInfo) -> str:
    message = str(raised.value)
    assert "\n" not in message
    location = team.url_of(team.alice).replace(f":{team.password(team.alice)}", "")
    assert message.startswith(f"{location}: the server refused: ")
    return message.split("the server refused: ", 1)[1]


def test_what_the_server_refuses_a_coder_is_one_sentence(team: Team, alice: Project) -> None:
    with pytest.raises(ProjectNotWritableError) as raised:
        create_annotation(alice, document=1, coder=team.bob, start=6, end=10)
    assert _refusal(team, raised) == "a coder may add and change only their own annotations"

    with pytest.raises(ProjectNotWritableError) as raised:
        rename_code(alice, ("actor", "Government"), "Governments")
    assert _refusal(team, raised) == "only a lead may change the codebook"

    with pytest.raises(ProjectNotWritableError) as raised:
        create_annotation(alice, document=1, coder="mallory", start=6, end=10)
    assert _refusal(team, raised).startswith("only a lead may add or change coders")

    with pytest.raises(ProjectNotWritableError) as raised:
        set_status(alice, 1, team.bob, "not_started")
    assert _refusal(team, raised) == "a coder may set only their own document statuses"

    with pytest.raises(NotFoundError):  # blind: bob's span does not exist for alice
        update_annotation(alice, team.bobs_span.uuid, memo="mine")
    set_blind_coding(team.owner, False)
    with pytest.raises(ProjectNotWritableError) as raised:
        update_annotation(alice, team.bobs_span.uuid, memo="mine")
    assert _refusal(team, raised) == "a coder may add and change only their own annotations"
    with pytest.raises(ProjectNotWritableError) as raised:
        delete_annotation(alice, team.bobs_span.uuid)
    assert _refusal(team, raised) == "a coder may change and delete only their own annotations"
    assert team.sql("SELECT memo FROM annotation") == ""
    assert statuses_of(team.owner, team.bob) == {1: CodingStatus.DONE}


def test_a_lead_works_through_the_services_on_everyones_work(team: Team) -> None:
    with team.open_as(team.carol) as lead:
        rename_code(lead, ("actor", "Government"), "Governments")
        update_annotation(lead, team.bobs_span.uuid, memo="checked by the lead")
        set_status(lead, 1, team.bob, "in_progress")
        assert [record.memo for record in list_annotations(lead)] == ["checked by the lead"]
    assert statuses_of(team.owner, team.bob) == {1: CodingStatus.IN_PROGRESS}


def test_a_coder_importing_articles_is_told_only_a_lead_may(
    team: Team, alice: Project, tmp_path: Path
) -> None:
    """The import writes through the driver's own cursor (fast_rows): the driver's error is
    turned into the same sentence as SQLAlchemy's."""
    from annotator.services.imports.articles import import_paths

    article = tmp_path / "second.txt"
    article.write_text("A second article, which a coder may not add.\n")
    with pytest.raises(ProjectNotWritableError) as raised:
        import_paths(alice, [article])
    assert _refusal(team, raised) == "only a lead may import, edit or remove documents"
    assert team.sql("SELECT count(*) FROM document") == "1"
