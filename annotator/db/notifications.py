"""Live change notifications for projects on a PostgreSQL server (`LISTEN/NOTIFY`).

On a file the app learns of other programs' commits from SQLite's `PRAGMA data_version`; a server
has no such counter, so every project table gets a statement-level trigger that sends
`NOTIFY annotator_changes, '<transaction id>'`. PostgreSQL delivers notifications at commit and
folds identical ones of one transaction, so each committed transaction that changed anything
arrives once, however many tables and statements it touched. The triggers are
installed with the schema (`install_change_notifications`, idempotent) — not by an Alembic
revision, since files need none of it.

`ChangeListener` keeps one dedicated connection that listens, on a thread of its own, and counts
the notifications sent by anyone but the project's own engine (the backends its pool has handed
out), so `Project.change_counter()` behaves as it does on a file: the window's own writes do not
count, everyone else's — other coders, the command line, the app's background jobs — do. When the
connection drops (the server restarts, the network goes) the listener says so, tries to reconnect
every `RETRY_S`, and on success counts one change (anything may have happened meanwhile). No Qt
here: the UI wraps the callbacks (`ui/project/server_link.py`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, text

from annotator.db.base import Base

if TYPE_CHECKING:
    from annotator.db.project import Project

log = logging.getLogger(__name__)

CHANNEL = "annotator_changes"
FUNCTION = "annotator_notify_change"
TRIGGER = "annotator_notify_change"
WAIT_S = 0.25  # how long one wait for notifications lasts (also how soon `close` is noticed)
HEARTBEAT_S = 2.0  # a quiet connection is checked this often, so a dead one is noticed
ANSWER_S = 4.0  # a check not answered this soon means the link is gone (a silent network drop)
RETRY_S = 1.0  # between attempts to reconnect
# libpq's own watch on the socket: a network that drops without a word is noticed in seconds
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
             "keepalives_count": 2, "tcp_user_timeout": 10_000}  # fmt: skip

_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', txid_current()::text);  -- one per transaction
    RETURN NULL;
END
$$
"""


def watched_tables() -> list[str]:
    """Every table of the project schema (statuses, annotations, codebook, documents, coders,
    assignments, settings): a change to any of them can change what a window shows."""
    return [table.name for table in Base.metadata.sorted_tables]


def install_change_notifications(connection: Connection) -> None:
    """Create (or renew) the function and the triggers that announce committed changes."""
    connection.execute(text(_FUNCTION_SQL))
    for table in watched_tables():
        connection.execute(text(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"'))
        connection.execute(
            text(
                f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()'
            )
        )


class ChangeListener:
    """Counts other connections' committed changes to a server project, and watches the link.

    `on_change()` and `on_connection(connected)` are called on the listener's thread (wrap them
    for a GUI). `counter` only ever grows; `connected` is False while the server is out of reach.
    """

    def __init__(
        self,
        project: Project,
        on_change: Callable[[], None] | None = None,
        on_connection: Callable[[bool], None] | None = None,
    ) -> None:
        self.project = project
        self.on_change = on_change
        self.on_connection = on_connection
        self.counter = 0
        self.connected = True
        self._own_backends: set[int] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._suspect = threading.Event()
        self._connection: Any = self._connect()  # raises: no listening, no project
        event.listen(project.engine, "checkout", self._checked_out)
        self._thread = threading.Thread(target=self._run, name="annotator-listen", daemon=True)
        self._thread.start()

    # -- the project's own connections --
    def _checked_out(self, dbapi_connection: Any, _record: object, _proxy: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            self._own_backends.add(pid)

    def _connect(self) -> Any:
        """A new connection of its own (never one of the pool's, which may be a dead one),
        listening."""
        import psycopg

        from annotator.db.server import APPLICATION_NAME, CONNECT_TIMEOUT_S

        url = self.project.path.url  # a ServerLocation's: the password in memory
        query = {key: value for key, value in url.query.items() if isinstance(value, str)}
        given = {"host": url.host, "port": url.port, "dbname": url.database,
                 "user": url.username, "password": url.password}  # fmt: skip
        connection = psycopg.connect(
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name=APPLICATION_NAME,
            **KEEPALIVE,
            **{key: value for key, value in given.items() if value is not None},
            **query,
        )
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _check_link(self) -> None:
        """One round trip; a server that does not answer within `ANSWER_S` (the network went
        without closing the connection) has the socket shut, so the wait ends in an error."""
        connection = self._connection
        watchdog = threading.Timer(ANSWER_S, _shut, (connection,))
        watchdog.daemon = True
        watchdog.start()
        try:
            connection.execute("SELECT 1")
        finally:
            watchdog.cancel()

    # -- the thread --
    def _run(self) -> None:
        import psycopg

        quiet_for = 0.0
        while not self._stop.is_set():
            if self._suspect.is_set():  # a write failed: make sure, by connecting anew
                self._suspect.clear()
                self._drop_connection()
                self._set_connected(False)
            if self._connection is None:
                self._reconnect()
                continue
            try:
                heard = False
                for notify in self._connection.notifies(timeout=WAIT_S):
                    heard = True
                    if notify.pid not in self._own_backends:
                        self._count()
                quiet_for = 0.0 if heard else quiet_for + WAIT_S
                if quiet_for >= HEARTBEAT_S:
                    quiet_for = 0.0
                    self._check_link()
            except psycopg.Error as error:
                log.info("lost the connection to %s: %s", self.project.path, error)
                self._drop_connection()
                self._set_connected(False)
        self._drop_connection()

    def _reconnect(self) -> None:
        try:
            self._connection = self._connect()
        except Exception as error:  # any failure to connect means: try again later
            log.debug("reconnecting to %s failed: %s", self.project.path, error)
            self._stop.wait(RETRY_S)
            return
        if not self.connected:
            # the pool's connections may have died with the link: new ones from now on
            self.project.engine.dispose()
        self._count()  # whatever happened while we were away (counted before "back" is said)
        self._set_connected(True)

    def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # it is gone either way
                connection.close()

    def _count(self) -> None:
        with self._lock:
            self.counter += 1
        if self.on_change is not None:
            self.on_change()

    def _set_connected(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        if self.on_connection is not None:
            self.on_connection(connected)

    def suspect(self) -> None:
        """A write just failed for want of a connection: report the link as lost at once and
        reconnect (reported back as soon as the server answers again)."""
        self._suspect.set()

    def close(self) -> None:
        """Stop listening and close the connection (waits at most a moment for the thread)."""
        self._stop.set()
        self._thread.join(timeout=5 * WAIT_S)
        if event.contains(self.project.engine, "checkout", self._checked_out):
            event.remove(self.project.engine, "checkout", self._checked_out)


def _shut(connection: Any) -> None:
    """End a connection's blocked wait: shut its socket (from another thread; the listener's
    thread then sees an error and reconnects)."""
    with contextlib.suppress(OSError, ValueError):
        probe = socket.socket(fileno=os.dup(connection.fileno()))
        try:
            probe.shutdown(socket.SHUT_RDWR)
        finally:
            probe.close()


def listener_of(project: Project) -> ChangeListener:
    """The project's listener, started on first use (the command line never starts one)."""
    if project.change_listener is None:
        import psycopg
        from sqlalchemy.exc import DBAPIError

        from annotator.db.server import server_error

        try:
            project.change_listener = ChangeListener(project)
        except (DBAPIError, psycopg.Error) as error:
            raise server_error(error, project.path) from error
    return project.change_listener
