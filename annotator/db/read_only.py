"""Opening a project for reading through the stdlib `sqlite3` driver alone: fast start-up.

Importing SQLAlchemy costs ~0.4 s of CPU before any work, more than `annotator info` needs in all.
The commands that only read (`info`, `documents`, `annotations`, `text`, `verify`) open the
file here instead. The checks are the ones `open_project` runs, in the same order and from the
same code: the header check, the crash rollback, and the schema version. Only a file at exactly
the current schema is read here; anything else (older, newer, no version table, an error) is
handed to `open_project(read_only=True)`, which refuses it with the same message as ever.

A `postgresql://` project is read through `db.server_reads` instead: the same SQL on a
connection with the same `execute()`, streamed from the server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from annotator.db import SCHEMA_REVISION
from annotator.db.file_checks import (
    BUSY_TIMEOUT_MS,
    check_project_file,
    roll_back_a_crashed_change,
)
from annotator.db.location import ServerLocation, parse_location

if TYPE_CHECKING:
    from collections.abc import Sequence


class ReadConnection(Protocol):
    """A `sqlite3.Connection`, or a server's `db.server_reads.ServerReadConnection`: what the
    reading commands call. A server's has `dialect = "postgresql"`; see `dialect()`."""

    def execute(self, statement: str, parameters: Sequence[Any] = ..., /) -> Any: ...


def dialect(connection: ReadConnection) -> str:
    """The SQL dialect, `sqlite` or `postgresql`: for the few statements spelled differently."""
    return getattr(connection, "dialect", "sqlite")


def _connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection at the current schema, or None when the ORM path must decide."""
    check_project_file(path)
    roll_back_a_crashed_change(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        for pragma in (
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA foreign_keys = ON",
            "PRAGMA trusted_schema = OFF",
            "PRAGMA cell_size_check = ON",
        ):
            connection.execute(pragma)
        connection.execute("BEGIN")  # one consistent snapshot, as Project.reading() gives
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and row[0] == SCHEMA_REVISION:
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None


def _refuse_as_the_orm_does(path: Path) -> None:
    """Raise the ProjectFileError `open_project` gives for a file the fast path would not read."""
    from annotator.db.project import open_project

    open_project(path, read_only=True).close()


@contextmanager
def reading_connection(location: Path | str | ServerLocation) -> Iterator[ReadConnection]:
    """A read-only connection inside one snapshot (BEGIN … closed at the end): `sqlite3` for a
    file, `db.server_reads` for a `postgresql://` URL.

    Raises ProjectFileError exactly as `open_project(path, read_only=True)` would; a database
    error while reading becomes the same ProjectFileError `Project.reading()` would raise.
    """
    path = parse_location(location)
    if isinstance(path, ServerLocation):
        from annotator.db.server_reads import server_reading_connection

        with server_reading_connection(path) as server_connection:
            yield server_connection
        return
    connection = _connect(path)
    if connection is None:
        _refuse_as_the_orm_does(path)
        connection = _connect(path)  # the ORM path accepted it: e.g. a lock released meanwhile
        if connection is None:
            raise _unreadable(path, sqlite3.DatabaseError("cannot read the schema version"))
    try:
        yield connection
    except sqlite3.Error as error:
        raise _unreadable(path, error) from error
    finally:
        connection.close()


def _unreadable(path: Path, error: sqlite3.Error) -> Exception:
    from annotator.db.project import database_error  # only on this rare path: imports SQLAlchemy

    return database_error(error, path)
