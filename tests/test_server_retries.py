"""Coding writes on a server survive a lost connection: retried, and never written twice.

A connection is killed with `pg_terminate_backend` from the superuser at a chosen moment inside
the write's transaction (an engine event fires there): before an INSERT/UPDATE/DELETE reaches the
server (nothing landed: the retry writes it), or just after the server committed and before the
client heard so (it landed: the retry must find it and not write again). Each test waits until the
killed backend is gone, so nothing races. A server restarted between writes, or while a write is
being tried, is reconnected to.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from annotator.core.vocabulary import CodingStatus
from annotator.db import retrying
from annotator.db.models import Annotation, AnnotationValue, DocumentStatus
from annotator.db.project import Project
from annotator.services.coding.annotations import (
    create_annotation,
    delete_annotation,
    list_annotations,
    update_annotation,
)
from annotator.services.coding.bulk import NewAnnotation
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.coding.undo import change_span, code_spans, delete_span, mark_document
from annotator.services.imports.articles import import_paths

TEXT = "Putin said Russia's energy companies want projects in Turkmenistan.\n"


@pytest.fixture
def coded(server_project: Project, tmp_path: Path) -> Project:
    article = tmp_path / "article.txt"
    article.write_text(TEXT)
    import_paths(server_project, [article])
    create_annotation(server_project, document=1, coder="alice", start=0, end=5)
    return server_project


def _wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.02)


def _kill(postgres_cluster, pid: int) -> None:
    """End the backend `pid` as an administrator would, and wait until it is gone."""
    postgres_cluster.sql(f"SELECT pg_terminate_backend({pid})")
    _wait_until(
        lambda: (
            postgres_cluster.sql(f"SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}") == "0"
        ),
        f"backend {pid} has ended",
    )


class Killer:
    """Kills the project's connection once, at the first statement starting with `verb`: before
    it is sent (`landed=False`), or when the transaction is about to commit, after committing it
    behind the client's back (`landed=True`: the commit's answer is what gets lost)."""

    def __init__(self, project: Project, postgres_cluster, verb: str, landed: bool) -> None:
        self.fired = False
        self.armed = False
        self.verb = verb.upper()
        self.cluster = postgres_cluster
        engine = project.engine
        if landed:
            event.listen(engine, "before_cursor_execute", self._arm)
            event.listen(engine, "commit", self._commit_then_kill)
        else:
            event.listen(engine, "before_cursor_execute", self._kill_before)

    def _matches(self, statement: str) -> bool:
        return not self.fired and statement.lstrip().upper().startswith(self.verb)

    def _kill_before(self, connection, _cursor, statement, *_args) -> None:
        if self._matches(statement):
            self.fired = True
            _kill(self.cluster, connection.connection.dbapi_connection.info.backend_pid)

    def _arm(self, _connection, _cursor, statement, *_args) -> None:
        if self._matches(statement):
            self.armed = True

    def _commit_then_kill(self, connection) -> None:
        if not self.armed or self.fired:
            return
        self.fired = True
        raw = connection.connection.dbapi_connection
        raw.execute("COMMIT")  # the write is now on the server...
        raw.execute("SELECT 1")  # ...and the driver is inside a new transaction
        _kill(self.cluster, raw.info.backend_pid)  # so its COMMIT meets a dead connection


def _count(project: Project, model: type) -> int:
    with project.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize("landed", [False, True], ids=["killed-before", "answer-lost"])
def test_a_new_annotation_lands_exactly_once(coded: Project, postgres_cluster, landed) -> None:
    killer = Killer(coded, postgres_cluster, "INSERT INTO annotation ", landed)
    record = create_annotation(
        coded, document=1, coder="bob", start=6, end=10, values={"sector": ["Energy"]}
    )
    assert killer.fired
    stored = [item for item in list_annotations(coded) if item.coder == "bob"]
    assert [item.uuid for item in stored] == [record.uuid]
    assert stored[0].values == {"sector": ["Energy"]} and stored[0].quote == "said"
    assert _count(coded, AnnotationValue) == 1
    assert statuses_of(coded, "bob") == {1: CodingStatus.IN_PROGRESS}


@pytest.mark.parametrize("landed", [False, True], ids=["killed-before", "answer-lost"])
def test_coded_spans_land_exactly_once_and_undo_once(
    coded: Project, postgres_cluster, landed
) -> None:
    killer = Killer(coded, postgres_cluster, "INSERT INTO annotation ", landed)
    spans = [NewAnnotation(1, 6, 10, {"sector": ["Energy"]}), NewAnnotation(1, 11, 17)]
    result = code_spans(coded, "bob", spans)
    assert killer.fired
    assert _count(coded, Annotation) == 3
    assert sorted(r.uuid for r in result.records) == sorted(
        r.uuid for r in list_annotations(coded, coder="bob")
    )
    assert [item.document_id for item in result.undo.started] == [1]
    result.undo.apply(coded)  # the undo record is the one of the write that landed
    assert _count(coded, Annotation) == 1
    assert statuses_of(coded, "bob") == {}


@pytest.mark.parametrize("landed", [False, True], ids=["killed-before", "answer-lost"])
def test_a_recode_is_retried_and_undoes_to_what_was_there(
    coded: Project, postgres_cluster, landed
) -> None:
    (first,) = list_annotations(coded)
    killer = Killer(coded, postgres_cluster, "INSERT INTO annotation_value", landed)
    changed = change_span(coded, first.uuid, values={"sector": ["Energy"]}, memo="lead")
    assert killer.fired
    (now,) = list_annotations(coded)
    assert now.values == {"sector": ["Energy"]} and now.memo == "lead"
    assert changed.records[0].updated_at == now.updated_at
    changed.undo.apply(coded)
    (undone,) = list_annotations(coded)
    assert undone.values == {} and undone.memo == "" and undone.updated_at == first.updated_at


@pytest.mark.parametrize("landed", [False, True], ids=["killed-before", "answer-lost"])
def test_an_update_is_retried(coded: Project, postgres_cluster, landed) -> None:
    (first,) = list_annotations(coded)
    killer = Killer(coded, postgres_cluster, "UPDATE annotation ", landed)
    record = update_annotation(coded, first.uuid, memo="checked")
    assert killer.fired
    (now,) = list_annotations(coded)
    assert now.memo == record.memo == "checked" and now.updated_at == record.updated_at


@pytest.mark.parametrize("landed", [False, True], ids=["killed-before", "answer-lost"])
@pytest.mark.parametrize("service", ["delete_annotation", "delete_span"])
def test_a_deletion_is_retried_and_returns_what_it_deleted(
    coded: Project, postgres_cluster, landed, service
) -> None:
    (first,) = list_annotations(coded)
    killer = Killer(coded, postgres_cluster, "DELETE FROM annotation ", landed)
    if service == "delete_annotation":
        record = delete_annotation(coded, first.uuid)
    else:
        deleted = delete_span(coded, first.uuid)
        (record,) = deleted.records
    assert killer.fired
    assert record == first
    assert _count(coded, Annotation) == 0


@pytest.mark.parametrize("landed", [False, True], ids=["killed-before", "answer-lost"])
@pytest.mark.parametrize("service", ["set_status", "mark_document"])
def test_a_status_is_retried_and_remembers_the_one_before(
    coded: Project, postgres_cluster, landed, service
) -> None:
    killer = Killer(coded, postgres_cluster, "UPDATE document_status", landed)
    if service == "set_status":
        previous = set_status(coded, 1, "alice", "done")
    else:
        previous = mark_document(coded, 1, "alice", CodingStatus.DONE).status
    assert killer.fired
    assert previous is CodingStatus.IN_PROGRESS
    assert statuses_of(coded, "alice") == {1: CodingStatus.DONE}
    assert _count(coded, DocumentStatus) == 1


def test_the_next_write_after_a_server_restart_reconnects(coded: Project, postgres_cluster) -> None:
    postgres_cluster.restart()
    record = create_annotation(coded, document=1, coder="alice", start=6, end=10)
    assert [item.uuid for item in list_annotations(coded)][-1] == record.uuid
    assert _count(coded, Annotation) == 2


class _Tries(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.failed = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "trying the write again" in record.getMessage():
            self.failed.set()


def test_a_write_waits_for_a_restarting_server(
    coded: Project, postgres_cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app waits about 8 s; a loaded test machine may take longer to start the server.
    monkeypatch.setattr(retrying, "RETRY_DELAYS_S", (*retrying.RETRY_DELAYS_S, 4.0, 8.0, 16.0))
    tries = _Tries()
    logger = logging.getLogger("annotator.db.retrying")
    logger.addHandler(tries)
    results: list[object] = []
    postgres_cluster.stop()
    try:
        writer = threading.Thread(
            target=lambda: results.append(
                create_annotation(coded, document=1, coder="alice", start=6, end=10)
            )
        )
        writer.start()
        assert tries.failed.wait(30), "the write never found the server gone"
    finally:
        postgres_cluster.start()
        logger.removeHandler(tries)
    writer.join(60)
    assert not writer.is_alive() and len(results) == 1, results
    assert _count(coded, Annotation) == 2


def test_a_write_the_app_knows_is_offline_is_not_retried_on_the_window(monkeypatch) -> None:
    """The app's listener already says the server is gone: retrying for ~8 s would freeze the
    window that asked; the write fails at once and the banner takes over."""
    import time
    from contextlib import contextmanager
    from types import SimpleNamespace

    import psycopg

    from annotator.errors import ProjectFileError

    tries = []

    @contextmanager
    def writing():
        tries.append(1)
        try:
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        except psycopg.OperationalError as lost:
            raise ProjectFileError("postgresql://h/db", "cannot be reached") from lost
        yield

    project = SimpleNamespace(
        on_server=True, writing=writing, path="postgresql://h/db",
        change_listener=SimpleNamespace(connected=False),
        engine=SimpleNamespace(dispose=lambda: None),
    )  # fmt: skip
    started = time.monotonic()
    with pytest.raises(ProjectFileError):
        retrying.write_retrying(project, lambda session: None)
    assert len(tries) == 1 and time.monotonic() - started < 0.5
    project.change_listener.connected = True  # a listener that has not noticed: retried
    monkeypatch.setattr(retrying, "RETRY_DELAYS_S", (0.0, 0.0, 0.0))
    tries.clear()
    with pytest.raises(ProjectFileError):
        retrying.write_retrying(project, lambda session: None)
    assert len(tries) > 1
