"""The reading commands on a server project: the file's SQL, streamed through psycopg.

`info`, `documents`, `annotations`, `text` and `verify` read a file through the stdlib driver
(`db.read_only`, `services.quick_reads`, `services.verify`) and print byte for byte what the
services would. On a server they run the very same functions on a `ServerReadConnection`, which
takes the same `?`-style SQL and

- runs each statement in a server-side cursor, so rows arrive in batches of `FETCH_ROWS` and a
  million annotations never sit in memory at once;
- keeps every statement in one read-only REPEATABLE READ transaction: one snapshot, as a file's
  BEGIN gives, so a coder saving meanwhile cannot make `verify` or a listing inconsistent;
- hands values back in the forms SQLite stores them in (uuids as 32 hex digits, dates as ISO
  text, JSON as its text), so the code after the query does not care where they came from.

The few statements SQLite spells differently (`json_group_array`, `IS NOT`, PRAGMAs) choose their
spelling by the connection's `dialect`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.adapt import Buffer, Loader
from psycopg.types.string import TextLoader

from annotator.db.location import ServerLocation

FETCH_ROWS = 500

_cursor_numbers = itertools.count(1)


class _StoredUuidLoader(Loader):
    """A uuid as SQLite stores it: 32 lowercase hex digits (PostgreSQL writes 8-4-4-4-12)."""

    def load(self, data: Buffer) -> str:
        return bytes(data).decode("ascii").replace("-", "")


class _BatchedCursor:
    """A server-side cursor read `FETCH_ROWS` rows per round trip, also by `fetchone()` (psycopg
    fetches one row per call there, and `verify` walks annotations with it)."""

    def __init__(self, cursor: psycopg.ServerCursor) -> None:
        self._cursor = cursor
        self._rows: list[Any] = []
        self._next = 0
        self._done = False
        self.arraysize = FETCH_ROWS

    def _fill(self) -> bool:
        """True when a row is waiting in the buffer (fetching the next batch if need be)."""
        if self._next < len(self._rows):
            return True
        if self._done:
            return False
        self._rows, self._next = self._cursor.fetchmany(FETCH_ROWS), 0
        if len(self._rows) < FETCH_ROWS:  # the last batch: the server may forget the cursor
            self._done = True
            self._cursor.close()
        return bool(self._rows)

    def fetchone(self) -> Any:
        if not self._fill():
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchmany(self, size: int | None = None) -> list[Any]:
        wanted = size or self.arraysize
        rows: list[Any] = []
        while len(rows) < wanted and self._fill():
            taken = self._rows[self._next : self._next + wanted - len(rows)]
            self._next += len(taken)
            rows += taken
        return rows

    def __iter__(self) -> Iterator[Any]:
        while self._fill():
            rows, self._rows, self._next = self._rows[self._next :], [], 0
            yield from rows


class ServerReadConnection:
    """What `services.quick_reads` and `services.verify` need of a connection: `execute(sql,
    parameters)` returning a cursor to iterate or fetch from."""

    dialect = "postgresql"

    def __init__(self, connection: psycopg.Connection) -> None:
        self._connection = connection

    def execute(self, statement: str, parameters: Sequence[Any] = ()) -> _BatchedCursor:
        cursor = self._connection.cursor(name=f"annotator_read_{next(_cursor_numbers)}")
        cursor.adapters.register_loader("uuid", _StoredUuidLoader)
        for type_name in ("date", "json", "jsonb"):
            cursor.adapters.register_loader(type_name, TextLoader)
        if parameters:
            cursor.execute(statement.replace("%", "%%").replace("?", "%s"), tuple(parameters))
        else:
            cursor.execute(statement)
        return _BatchedCursor(cursor)


def begin_snapshot(connection: psycopg.Connection) -> None:
    """Start the read-only transaction every statement of one command runs in."""
    connection.rollback()  # whatever the pool's ping left open: the snapshot starts now
    with connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SET LOCAL datestyle = 'ISO, YMD'")


@contextmanager
def server_reading_connection(location: ServerLocation) -> Iterator[ServerReadConnection]:
    """A read-only snapshot of the server project, refused as `open_project(read_only=True)`
    refuses it (unreachable, no project, newer schema), every server error one sentence."""
    from annotator.db.server import open_server_project, server_error

    project = open_server_project(location, read_only=True)
    try:
        raw = project.engine.raw_connection()
        try:
            connection = raw.driver_connection
            begin_snapshot(connection)
            yield ServerReadConnection(connection)
            connection.rollback()
        except BaseException:
            raw.invalidate()  # dropped, not reset: a lost connection would log a traceback
            raise
        raw.close()
    except psycopg.Error as error:  # as SQLAlchemy would wrap it: a lost connection is operational
        from sqlalchemy.exc import DBAPIError

        wrapped = DBAPIError.instance(None, None, error, psycopg.Error)
        raise server_error(wrapped, location) from error
    finally:
        project.close()
