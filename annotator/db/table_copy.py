"""Moving a table's rows between two databases fast: straight through the drivers, in batches.

`annotator copy` moves every row of a project; through the ORM, or even SQLAlchemy's executemany,
building a parameter dictionary per row cost more than the databases' own work. Here rows stay
tuples from the driver of one database to the driver of the other: SQLite's `executemany`, or
PostgreSQL's `COPY ... FROM STDIN` (its bulk load, several times faster than INSERTs); between two
servers the `COPY` text stream itself goes across unparsed. Where the two databases store a
column differently (a uuid as 32 hex digits in a file, a native `uuid` on a server; a timestamp as
text or as `timestamptz`) each value passes through the column type's own conversions: SQLAlchemy's
result processor for the source and bind processor for the target, exactly what the ORM would do.
These are the SQLite-or-PostgreSQL tricks of the copy, kept in `db` so services need not know them.

A server also checks every foreign key and updates every index row by row as it loads; like
`pg_restore`, `checks_after_loading` takes the foreign keys, unique constraints and secondary
indexes off for the load and puts them back, exactly as the catalogue defined them, in the same
transaction (building an index once and checking a key with one join is several times faster).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Float, Numeric, Table, text

BATCH = 5000  # rows read and written at a time

Convert = Callable[[Any], Any]


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _columns(connection: Connection, table: Table) -> str:
    return ", ".join(_quoted(connection, column.name) for column in table.columns)


def _driver(connection: Connection) -> Any:
    return connection.connection.dbapi_connection


def is_server(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def read_batches(connection: Connection, table: Table) -> Iterator[Sequence[tuple]]:
    """The table's rows as the driver gives them, in primary-key order, `BATCH` at a time (on a
    server through a named cursor, so the table is never in memory)."""
    order = ", ".join(_quoted(connection, column.name) for column in table.primary_key.columns)
    query = (
        f"SELECT {_columns(connection, table)} FROM {_quoted(connection, table.name)} "
        f"ORDER BY {order}"
    )
    driver = _driver(connection)
    cursor = driver.cursor(name=f"copy_{table.name}") if is_server(connection) else driver.cursor()
    try:
        cursor.execute(query)
        while rows := cursor.fetchmany(BATCH):
            yield rows
    finally:
        cursor.close()


def converters(table: Table, source: Connection, target: Connection) -> list[Convert | None]:
    """Per column, what turns the source driver's value into the target driver's (None where the
    value passes as it is); all None between two databases of the same kind."""
    if source.dialect.name == target.dialect.name:
        return [None] * len(table.columns)
    found: list[Convert | None] = []
    for column in table.columns:
        if isinstance(column.type, Float | Numeric) and not column.type.asdecimal:
            read = None  # both drivers return a float already (PostgreSQL's processor needs the
            # column's type oid, which a raw cursor does not hand over)
        else:
            read = column.type.dialect_impl(source.dialect).result_processor(source.dialect, None)
        write = column.type.dialect_impl(target.dialect).bind_processor(target.dialect)
        found.append(_chain(read, write))
    return found


def _chain(first: Convert | None, second: Convert | None) -> Convert | None:
    if first is None or second is None:
        return first or second
    return lambda value: second(first(value))


def converted(rows: Sequence[tuple], convert: Sequence[Convert | None]) -> list[tuple]:
    """The rows with each column's conversion applied."""
    steps = [(index, step) for index, step in enumerate(convert) if step is not None]
    if not steps:
        return list(rows)
    result = []
    for row in rows:
        values = list(row)
        for index, step in steps:
            values[index] = step(values[index])
        result.append(tuple(values))
    return result


def write_rows(connection: Connection, table: Table, rows: Sequence[tuple]) -> None:
    """Insert rows (target driver values, in the table's column order) in one batch."""
    if not rows:
        return
    driver = _driver(connection)
    names = _columns(connection, table)
    where = _quoted(connection, table.name)
    if is_server(connection):
        with driver.cursor() as cursor, cursor.copy(f"COPY {where} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(table.columns))
    cursor = driver.cursor()
    try:
        cursor.executemany(f"INSERT INTO {where} ({names}) VALUES ({marks})", rows)
    finally:
        cursor.close()


def stream_between_servers(source: Connection, target: Connection, table: Table) -> int:
    """Copy a whole table from one server to another as PostgreSQL's own COPY text stream;
    returns the rows copied."""
    names = _columns(source, table)
    where = _quoted(source, table.name)
    order = ", ".join(_quoted(source, column.name) for column in table.primary_key.columns)
    out_query = f"COPY (SELECT {names} FROM {where} ORDER BY {order}) TO STDOUT"
    with (
        _driver(source).cursor() as reading,
        _driver(target).cursor() as writing,
        reading.copy(out_query) as outgoing,
        writing.copy(f"COPY {where} ({names}) FROM STDIN") as incoming,
    ):
        for block in outgoing:
            incoming.write(block)
    with _driver(target).cursor() as counting:
        counting.execute(f"SELECT count(*) FROM {where}")
        return int(counting.fetchone()[0])


_CONSTRAINTS = text(
    "SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid) "
    "FROM pg_constraint c WHERE c.conrelid::regclass::text = ANY(:tables) AND c.contype = :kind "
    "ORDER BY c.conrelid::regclass::text, c.conname"
)
_INDEXES = text(
    "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
    "WHERE i.indrelid::regclass::text = ANY(:tables) AND NOT EXISTS (SELECT 1 FROM pg_constraint "
    "c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x')) "
    "ORDER BY i.indexrelid::regclass::text"
)


@contextmanager
def checks_after_loading(connection: Connection, tables: Sequence[Table]) -> Iterator[None]:
    """On a server, inside the caller's transaction: foreign keys, unique constraints and
    secondary indexes of `tables` are dropped while the body loads rows, and made again from
    their own definitions afterwards (so a copied row that breaks one still fails the copy).
    Elsewhere it does nothing."""
    if not is_server(connection):
        yield
        return
    names = [connection.dialect.identifier_preparer.format_table(table) for table in tables]
    foreign = connection.execute(_CONSTRAINTS, {"tables": names, "kind": "f"}).all()
    unique = connection.execute(_CONSTRAINTS, {"tables": names, "kind": "u"}).all()
    indexes = connection.execute(_INDEXES, {"tables": names}).all()
    for table, name, _definition in [*foreign, *unique]:
        connection.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    for index, _definition in indexes:
        connection.exec_driver_sql(f"DROP INDEX {index}")
    yield
    for _index, definition in indexes:
        connection.exec_driver_sql(definition)
    for table, name, definition in [*unique, *foreign]:
        connection.exec_driver_sql(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
