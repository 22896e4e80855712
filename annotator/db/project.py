"""Opening, creating and closing project files (`*.annot`), defensively.

A project is one SQLite file. Before SQLAlchemy touches a file we check that it is SQLite and that
its `application_id` is ours, so a stray database or a renamed spreadsheet gets a clear message.
Files from an older Annotator are copied with the SQLite backup API and then migrated; files from a
newer one are refused untouched. Every connection runs with foreign keys on, a busy timeout, full
synchronous writes and `trusted_schema` off (merge inputs come from other people).

Writes go through `Project.writing()`, one `BEGIN IMMEDIATE` transaction per call: a second
process that wants to write waits for the first (up to `BUSY_TIMEOUT_MS`) and then gets a clear
error instead of corrupting or losing anything.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from annotator.core.durable_files import remove_leftovers, replace_durably, temporary_path
from annotator.db import SCHEMA_REVISION, schema
from annotator.db.file_checks import (  # noqa: F401 (the names other modules import from here)
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SQLITE_MAGIC,
    check_project_file,
    header_problems,
    journal_path,
    read_application_id,
    read_header_problems,
    roll_back_a_crashed_change,
)
from annotator.db.location import ProjectLocation, ServerLocation, parse_location
from annotator.errors import ProjectFileError, place_problem

_WRITE_OPTION = "annotator_write"
T = TypeVar("T")

log = logging.getLogger(__name__)


def _connect_factory(path: Path, read_only: bool):
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")

    def connect() -> sqlite3.Connection:
        # isolation_level=None: SQLAlchemy's "begin" hook below emits BEGIN itself.
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    return connect


def _make_engine(path: Path, read_only: bool) -> Engine:
    engine = create_engine("sqlite+pysqlite://", creator=_connect_factory(path, read_only))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA trusted_schema = OFF")
        cursor.execute("PRAGMA cell_size_check = ON")
        if not read_only:
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _header_byte(path: Path, offset: int) -> int | None:
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            byte = handle.read(1)
    except OSError:
        return None
    return byte[0] if byte else None


def _folder_is_read_only(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.resolve().parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


# SQLite's answers that are about the place the file lies in, not about its content.
_PLACE_ERRORS = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_PERM")
_PLACE_ERRORS += ("SQLITE_IOERR", "SQLITE_CANTOPEN")


def _describe_database_error(error: BaseException, path: Path) -> str:
    original = getattr(error, "orig", error)
    message = str(original)
    name = getattr(original, "sqlite_errorname", "")
    if name == "SQLITE_READONLY_ROLLBACK":
        journal = journal_path(path).name
        return (
            f"has an unfinished change from a crash ({journal}) that cannot be rolled back "
            f"because the folder is read-only; copy it together with {journal} to a writable "
            "folder and open it there"
        )
    if name == "SQLITE_FULL" or "database or disk is full" in message:
        return f"cannot be written: the disk is full (SQLite: {message})"
    if "locked" in message or "busy" in message:
        return (
            "is being changed by another program (is it open in another Annotator window?); "
            "nothing was changed, try again when it is closed"
        )
    if "readonly" in message or "read-only" in message:
        write_version = _header_byte(path, 18)
        if write_version is not None and write_version > 2:
            return (
                f"cannot be written: its header is damaged (byte 18, the file format write "
                f"version, is {write_version}); run `annotator verify` on it"
            )
        if _folder_is_read_only(path):
            return "cannot be written: the folder is read-only (Read-only file system)"
        return "cannot be written (the file or its folder is read-only)"
    return f"is damaged or unreadable (SQLite says: {message})"


def database_error(error: BaseException, path: Path) -> ProjectFileError:
    """The user's view of a SQLite error on `path`: a `ProjectNotWritableError` when the place
    refused (read-only, full, busy), which no retry of another row can fix."""
    original = getattr(error, "orig", error)
    name = getattr(original, "sqlite_errorname", "")
    problem = _describe_database_error(error, path)
    if name.startswith(_PLACE_ERRORS) or problem.startswith(("cannot be written", "is being")):
        return ProjectNotWritableError(path, problem)
    return ProjectFileError(path, problem)


class ProjectNotWritableError(ProjectFileError):
    """The project's place refused a write (read-only, full disk, busy): nothing was changed, and
    retrying the same write with other rows cannot help."""


_DATABASE_ERRORS = (OperationalError, DBAPIError, sqlite3.Error)


class Project:
    """An open project: a file, or a database on a PostgreSQL server (`db.server`). Services take
    one of these and own their transactions; they need not know where it lives."""

    _errors: tuple[type[BaseException], ...] = _DATABASE_ERRORS

    def __init__(self, path: ProjectLocation, engine: Engine, read_only: bool) -> None:
        self.path = path  # a Path, or a ServerLocation (str() without any password)
        self.engine = engine
        self.read_only = read_only
        self.on_server = isinstance(path, ServerLocation)
        if self.on_server:  # services using the driver's own cursor (fast_rows) raise its errors
            import psycopg

            self._errors = (*_DATABASE_ERRORS, psycopg.Error)
        self.change_listener = None  # a server's `db.notifications.ChangeListener`, once asked

    def _error(self, error: BaseException) -> ProjectFileError:
        if isinstance(self.path, ServerLocation):
            from annotator.db.server import server_error

            return server_error(error, self.path)
        return database_error(error, self.path)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries: a consistent snapshot, never holding a write lock."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except self._errors as error:
            raise self._error(error) from error

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One committed write transaction: all of it lands, or none of it."""
        if self.read_only:
            raise ProjectFileError(self.path, "was opened read-only")
        try:
            with self.engine.connect() as connection:
                connection.execution_options(**{_WRITE_OPTION: True})
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    yield session
        except self._errors as error:
            raise self._error(error) from error

    def write(self, work: Callable[[Session], T]) -> T:
        """`work(session)` in one committed write transaction; on a server, run again in a new
        one when the connection was lost (`db.retrying`: `work` must be idempotent)."""
        from annotator.db.retrying import write_retrying

        return write_retrying(self, work)

    def change_counter(self) -> int:
        """A number that changes when another program has committed to the file since the last
        call, and stays the same for this thread's own writes; cheap enough to poll.

        Compare values read on one thread: the engine keeps one connection per thread
        (SingletonThreadPool), and SQLite's `PRAGMA data_version` on a connection moves only for
        commits made through other connections (other processes, or the app's background jobs).
        A server project counts other connections' change notifications instead
        (`db.notifications`; the listener starts on the first call).
        """
        if self.on_server:
            from annotator.db.notifications import listener_of

            return listener_of(self).counter
        try:
            with self.engine.connect() as connection:
                return int(connection.exec_driver_sql("PRAGMA data_version").scalar_one())
        except _DATABASE_ERRORS as error:
            raise database_error(error, self.path) from error

    def close(self) -> None:
        """Release the file; afterwards it is one self-contained file (no journal beside it)."""
        if self.change_listener is not None:
            self.change_listener.close()
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _backup_before_migration(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-schema-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    target = sqlite3.connect(backup)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return backup


def _bring_schema_up_to_date(path: Path, engine: Engine, read_only: bool) -> None:
    with engine.connect() as connection:
        revision = schema.current_revision(connection)
    if revision == SCHEMA_REVISION:
        return
    if revision is None:
        raise ProjectFileError(path, "is not an Annotator project (it has no schema version)")
    if revision not in schema.known_revisions():
        raise ProjectFileError(
            path,
            f"was written by a newer version of Annotator (schema {revision}); "
            "update Annotator to open it",
        )
    if read_only:
        raise ProjectFileError(
            path, f"uses an older schema ({revision}); open it once for writing to upgrade it"
        )
    _backup_before_migration(path, revision)
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE_OPTION: True})
        with connection.begin():
            schema.upgrade_to_head(connection)


def open_project(path: Path | str | ServerLocation, *, read_only: bool = False) -> Project:
    """Open an existing project — a file, migrated after a backup when it is older, or a
    `postgresql://` URL (`db.server`)."""
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        from annotator.db.server import open_server_project

        return open_server_project(location, read_only=read_only)
    path = location
    check_project_file(path)
    if read_only:
        roll_back_a_crashed_change(path)
    engine = _make_engine(path, read_only)
    try:
        _bring_schema_up_to_date(path, engine, read_only)
    except ProjectFileError:
        engine.dispose()
        raise
    except _DATABASE_ERRORS as error:
        engine.dispose()
        raise database_error(error, path) from error
    return Project(path, engine, read_only)


def create_project_file(
    path: Path | str | ServerLocation, initialise: Callable[[Session], None] | None = None
) -> Project:
    """Create a project with the current schema, fill it with `initialise`, and open it.

    A file is built under a temporary name beside the target and moved into place only when
    complete, so an interrupted or failed creation leaves no half-made project. A `postgresql://`
    URL names an empty database that gets the schema in one transaction (`db.server`).
    """
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        from annotator.db.server import create_server_project

        return create_server_project(location, initialise)
    path = location
    if path.exists():
        raise ProjectFileError(path, "already exists; choose another name or delete it first")
    if not path.parent.is_dir():
        raise ProjectFileError(path, f"cannot be created: the folder {path.parent} does not exist")
    remove_leftovers(path.parent)
    temporary = temporary_path(path, "creating")
    try:
        # Made here, not by SQLite, so a read-only folder is named by the OS (SQLite only says
        # "unable to open database file"); SQLite takes an empty file as a new database.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except OSError as error:
        raise ProjectFileError(path, f"cannot be created: {_os_reason(error)}") from error
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        finally:
            connection.close()
        engine = _make_engine(temporary, read_only=False)
        try:
            with engine.connect() as connection:
                connection.execution_options(**{_WRITE_OPTION: True})
                with connection.begin():
                    schema.upgrade_to_head(connection)
            if initialise is not None:
                with Project(temporary, engine, read_only=False).writing() as session:
                    initialise(session)
        finally:
            engine.dispose()
        replace_durably(temporary, path)
    except OSError as error:
        _remove_quietly(temporary)
        raise ProjectFileError(path, f"cannot be created: {_os_reason(error)}") from error
    except _DATABASE_ERRORS as error:
        _remove_quietly(temporary)
        problem = _describe_database_error(error, path).removeprefix("cannot be written: ")
        raise ProjectFileError(path, f"cannot be created: {problem}") from error
    except ProjectFileError as error:
        _remove_quietly(temporary)
        problem = error.problem.removeprefix("cannot be written: ")
        raise type(error)(path, f"cannot be created: {problem}") from error
    except BaseException:
        _remove_quietly(temporary)
        raise
    return open_project(path)


def _os_reason(error: OSError) -> str:
    return place_problem(error) or error.strerror or str(error)


def _remove_quietly(path: Path) -> None:
    """Remove a file we made, if it is there; a read-only place may refuse even that."""
    for name in (path, journal_path(path)):
        try:
            name.unlink(missing_ok=True)
        except OSError as error:
            log.debug("cannot remove %s: %s", name, error)
