"""Copying a whole project between a file and a server, either way (`annotator copy`).

A lab prepares a project in a file, publishes it to its PostgreSQL server, backs the server up to
a file now and then, and archives the finished project as a file. Each of these is one copy that
must lose nothing: every table of the schema, every row with its ids, uuids, offsets, statuses,
timestamps, codebook, assignments and settings, so `verify` and every listing give the same
answers on both ends.

The target is made as a new project is (`create_project_file`): a file is built under a
temporary name and moved into place only when complete; a database gets the schema and all rows in
one transaction. So an existing file or a database with tables is refused, and a failed copy
leaves nothing half-made. Rows are read from one consistent snapshot of the source and written a
batch at a time, so memory does not grow with the project; on a server target the serial
sequences are moved past the copied ids, so the next row the server numbers cannot collide.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from annotator.db.base import Base
from annotator.db.location import ProjectLocation, ServerLocation, parse_location
from annotator.db.models import Code
from annotator.db.project import Project, create_project_file, open_project
from annotator.db.table_copy import (
    BATCH,
    checks_after_loading,
    converted,
    converters,
    is_server,
    read_batches,
    stream_between_servers,
    write_rows,
)
from annotator.errors import ProjectFileError


@dataclass(frozen=True)
class CopyReport:
    """What a copy wrote: rows per table, in the order they were copied."""

    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "target": self.target, "rows": self.rows}


def copied_tables() -> list[Table]:
    """The schema's tables, parents before children (Alembic's own version table is made by the
    target's schema creation, not copied)."""
    return list(Base.metadata.sorted_tables)


@contextmanager
def _snapshot(project: Project) -> Iterator[Connection]:
    """One read transaction over the whole source: a server's other coders may go on writing, and
    the copy still sees the project as it was at one moment."""
    with project.engine.connect() as connection:
        if project.on_server:
            connection = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        with connection.begin():
            yield connection


def _write_table(source: Connection, target: Connection, table: Table) -> int:
    if is_server(source) and is_server(target):
        return stream_between_servers(source, target, table)
    copied = 0
    convert = converters(table, source, target)
    parent = _parent_column(table)
    for rows in read_batches(source, table):
        batch = converted(rows, convert)
        if parent is not None:  # parents come in a second pass: a code may sit under a later one
            batch = [(*row[:parent], None, *row[parent + 1 :]) for row in batch]
        write_rows(target, table, batch)
        copied += len(batch)
    if parent is not None:
        _link_code_parents(source, target)
    return copied


def _parent_column(table: Table) -> int | None:
    """Where the code table keeps its parent: the one column pointing into its own table."""
    if table.name != Code.__tablename__:
        return None
    return [column.name for column in table.columns].index("parent_id")


def _link_code_parents(source: Connection, target: Connection) -> None:
    code = Code.__table__
    query = select(code.c.id, code.c.parent_id).where(code.c.parent_id.is_not(None))
    statement = (
        update(code).where(code.c.id == bindparam("code_id")).values(parent_id=bindparam("parent"))
    )
    for rows in source.execution_options(yield_per=BATCH).execute(query).partitions():
        target.execute(statement, [{"code_id": row[0], "parent": row[1]} for row in rows])


def _move_sequences_past_ids(target: Connection) -> None:
    """After explicit ids, each serial sequence starts after the highest copied id."""
    for table in copied_tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].name != "id":
            continue
        sequence = target.scalar(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        )
        if sequence is None:
            continue
        highest = target.scalar(select(func.max(keys[0]))) or 0
        target.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": max(highest, 1), "called": highest > 0},
        )


def copy_project(
    source: Path | str | ServerLocation,
    target: Path | str | ServerLocation,
) -> CopyReport:
    """Copy the project at `source` (a file or a `postgresql://` URL) to `target`, which must not
    exist (a file) or be an empty database; all of it lands, or nothing does."""
    source_location = parse_location(source)
    target_location: ProjectLocation = parse_location(target)
    if str(source_location) == str(target_location):
        raise ProjectFileError(target_location, "is the source itself; copy to another place")
    counts: dict[str, int] = {}
    with open_project(source_location, read_only=True) as opened, _snapshot(opened) as reader:

        def fill(session: Session) -> None:
            writer = session.connection()
            with checks_after_loading(writer, copied_tables()):
                for table in copied_tables():
                    counts[table.name] = _write_table(reader, writer, table)
            if writer.dialect.name == "postgresql":
                _move_sequences_past_ids(writer)

        create_project_file(target_location, fill).close()
    return CopyReport(str(source_location), str(target_location), counts)
