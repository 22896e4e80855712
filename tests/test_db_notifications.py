"""Server projects announce committed changes (LISTEN/NOTIFY) and the project counts other
connections' changes, not its own; the listener notices a server that went away and comes back.

Waits are on conditions with a deadline, never fixed sleeps."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.db.notifications import CHANNEL, watched_tables
from annotator.db.project import Project, open_project
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.imports.articles import import_paths
from annotator.services.projects import new_project


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def _article(folder: Path, name: str = "article.txt") -> Path:
    path = folder / name
    path.write_text("Putin said Russia's energy companies want projects in Turkmenistan.\n")
    return path


@pytest.fixture
def two_connections(server_url: str, tmp_path: Path):
    """The app's project and a second coder's, on the same server database."""
    with new_project(server_url) as first:
        import_paths(first, [_article(tmp_path)])
    mine = open_project(server_url)
    theirs = open_project(server_url)
    try:
        yield mine, theirs
    finally:
        theirs.close()
        mine.close()


def test_every_table_announces_its_changes(postgres_cluster, server_url: str) -> None:
    new_project(server_url).close()
    database = server_url.rsplit("/", 1)[1]
    triggers = postgres_cluster.sql(
        "SELECT DISTINCT event_object_table FROM information_schema.triggers "
        "WHERE trigger_name = 'annotator_notify_change' ORDER BY 1",
        database,
    ).split()
    assert set(triggers) == set(watched_tables())
    assert {"annotation", "document_status", "code", "variable", "document", "assignment"} <= set(
        triggers
    )
    assert CHANNEL == "annotator_changes"


def test_a_transaction_counts_once_however_many_tables_it_touched(
    two_connections: tuple[Project, Project],
) -> None:
    mine, theirs = two_connections
    start = mine.change_counter()
    # a new coder row, the annotation, its values and the document's status: one transaction
    create_annotation(
        theirs, document=1, coder="carol", start=0, end=5, values={"actor": ["Government"]}
    )
    wait_until(lambda: mine.change_counter() > start)
    set_status(theirs, 1, "carol", "done")  # and then one more
    wait_until(lambda: mine.change_counter() > start + 1)
    assert mine.change_counter() == start + 2


def test_other_connections_changes_count_and_own_ones_do_not(
    two_connections: tuple[Project, Project],
) -> None:
    mine, theirs = two_connections
    start = mine.change_counter()
    set_status(theirs, 1, "bob", "done")
    wait_until(lambda: mine.change_counter() > start)
    seen = mine.change_counter()
    create_annotation(mine, document=1, coder="alice", start=0, end=5)  # the app's own write
    create_annotation(theirs, document=1, coder="bob", start=6, end=10)
    # notifications arrive in commit order: once bob's is counted, alice's would have been too
    wait_until(lambda: mine.change_counter() > seen)
    assert mine.change_counter() == seen + 1


def test_the_listener_notices_a_server_that_went_away_and_came_back(
    postgres_cluster, two_connections: tuple[Project, Project]
) -> None:
    mine, _theirs = two_connections
    start = mine.change_counter()
    listener = mine.change_listener
    assert listener is not None and listener.connected
    postgres_cluster.stop()
    try:
        wait_until(lambda: not listener.connected)
    finally:
        postgres_cluster.start()
    wait_until(lambda: listener.connected)
    assert mine.change_counter() > start  # anything may have changed meanwhile: look again


def test_a_closed_project_stops_listening(two_connections: tuple[Project, Project]) -> None:
    mine, _theirs = two_connections
    mine.change_counter()
    listener = mine.change_listener
    assert listener is not None
    mine.close()
    assert not listener._thread.is_alive()
