"""Telling whether a file is an Annotator project before any database library touches it.

Shared by the two ways a project is opened: `annotator.db.project` (SQLAlchemy, for everything that
writes) and `annotator.db.read_only` (the stdlib driver alone, so the reading commands start fast).
Both run these checks, so a stray file gets the same one-line message either way. Stdlib only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from annotator.errors import ProjectFileError

APPLICATION_ID = 0x414E4E54  # "ANNT" in the SQLite header; `file` and other tools can see it
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

log = logging.getLogger(__name__)


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside `path` while a change is being written."""
    return path.with_name(f"{path.name}-journal")


def read_application_id(path: Path) -> int | None:
    """The application id stored in a SQLite header, or None when the file is not SQLite."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(header[68:72], "big")


def header_problems(header: bytes, file_size: int) -> list[str]:
    """What is wrong in a SQLite header (its first 100 bytes), after the file format's rules.

    SQLite itself refuses some damage ("file is not a database") but quietly lives with other:
    a write version above 2 makes the file read-only, a change counter that differs from its
    version-valid-for copy makes SQLite distrust the page count. Those are damage all the same.
    """
    if len(header) < 100:
        return ["the header is shorter than 100 bytes"]
    problems: list[str] = []
    for offset, name in ((18, "write"), (19, "read")):
        if header[offset] not in (1, 2):
            problems.append(
                f"byte {offset} (file format {name} version) is {header[offset]}, not 1 or 2"
            )
    for offset, expected, name in ((21, 64, "maximum"), (22, 32, "minimum"), (23, 32, "leaf")):
        if header[offset] != expected:
            problems.append(
                f"byte {offset} ({name} payload fraction) is {header[offset]}, not {expected}"
            )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        problems.append(f"bytes 16-17 (page size) say {page_size}, not a power of two from 512")
    change_counter = int.from_bytes(header[24:28], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    if change_counter != valid_for:
        problems.append(
            f"bytes 24-27 (change counter, {change_counter}) differ from bytes 92-95 "
            f"(version-valid-for number, {valid_for})"
        )
    elif not problems:
        pages = int.from_bytes(header[28:32], "big")
        if pages * page_size != file_size:
            problems.append(
                f"bytes 28-31 (page count) say {pages} pages of {page_size} bytes, "
                f"but the file holds {file_size} bytes"
            )
    library = int.from_bytes(header[96:100], "big")
    if not 3_000_000 <= library < 4_000_000:
        problems.append(f"bytes 96-99 (SQLite version that wrote it) say {library}, not 3.x")
    return [f"damaged header: {problem}" for problem in problems]


def read_header_problems(path: Path) -> list[str]:
    """`header_problems` of the file at `path`."""
    with path.open("rb") as handle:
        header = handle.read(100)
        size = os.fstat(handle.fileno()).st_size
    return header_problems(header, size)


def check_project_file(path: Path) -> None:
    """Raise ProjectFileError unless `path` looks like an Annotator project file."""
    if not path.exists():
        raise ProjectFileError(path, "no such file")
    if path.is_dir():
        raise ProjectFileError(path, "is a folder, not an Annotator project file")
    try:
        size = path.stat().st_size
        application_id = read_application_id(path)
    except OSError as error:
        raise ProjectFileError(path, f"cannot be read ({error.strerror})") from error
    if size == 0:
        raise ProjectFileError(path, "is empty, not an Annotator project")
    if application_id is None:
        raise ProjectFileError(path, "is not an Annotator project (not a SQLite database)")
    if application_id != APPLICATION_ID:
        raise ProjectFileError(
            path, "is a SQLite database of another program, not an Annotator project"
        )


def roll_back_a_crashed_change(path: Path) -> None:
    """Let SQLite roll back a change that a crash left unfinished, before a read-only open.

    A killed writer leaves a "hot" journal beside the file; a read-only connection cannot roll it
    back and fails as if the file were read-only. One read through a read-write connection rolls
    it back (SQLite does that itself, and only when no writer is alive). On read-only media this
    fails too, and the read-only open that follows reports what happened.
    """
    try:
        if journal_path(path).stat().st_size == 0:
            return
    except OSError:
        return
    uri = path.resolve().as_uri() + "?mode=rw"
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.debug("cannot roll back the journal beside %s: %s", path, error)
