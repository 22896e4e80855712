"""Reading and inserting many rows fast, still dialect-aware: the merge moves 100,000 annotations.

SQLAlchemy's typed paths build Python objects per row and convert every uuid and timestamp on the
way in and out; for a merge that copies rows from one project file into another that conversion
was half the time. Two tools here:

* `insert_tuples` compiles the INSERT once for the session's dialect and hands tuples to the
  driver: with each column's bind processor applied column-wise (typed values), or, with
  `stored=True`, values that already are in SQLite's stored form, sent as they are in multi-row
  `INSERT … VALUES (…), (…)` statements (standard SQL; far fewer statements than executemany).
* *Stored keys*: SQLite's stored forms — a uuid as 32 lowercase hex digits, a timestamp as
  `YYYY-MM-DD HH:MM:SS.ffffff` in UTC — are the merge's keys on every dialect. On SQLite they are
  read (`select_stored`) and written as they are; elsewhere typed values are converted to and from
  them (`uuid_key`, `timestamp_key`, `typed_uuid`, `typed_timestamp`) with the SQLite dialect's
  own processors, so both paths store exactly what the ORM would. Values read from an untrusted
  file go through `canonical_uuids` / `canonical_timestamps` first: the stored form as the ORM
  writes it, a value SQLAlchemy would read is normalised to it, anything else is refused.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Dialect, Table, Uuid, bindparam, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select
from sqlalchemy.types import TypeEngine

from annotator.db.base import UTCDateTime
from annotator.services.quick_reads import dashed  # noqa: F401 (merging and overview use it here)

MAX_PARAMETERS = 999  # SQLite's oldest limit of bound values per statement
MAX_ROWS_PER_STATEMENT = 500

_SQLITE = sqlite.dialect()
_UUID_TYPE = Uuid()
_TIME_TYPE = UTCDateTime()


def bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What the dialect's driver is given for a typed value (None: the value as it is).

    The public form of what SQLAlchemy runs on every bound value: the type's dialect-specific
    implementation (memoised per dialect by SQLAlchemy) and that implementation's processor.
    """
    return type_.dialect_impl(dialect).bind_processor(dialect)


def result_processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """What SQLAlchemy makes of a stored value of the type it reads (None: the value as it is)."""
    return type_.dialect_impl(dialect).result_processor(dialect, None)


_uuid_to_key: Callable[[Any], Any] = bind_processor(_UUID_TYPE, _SQLITE) or str
_key_to_uuid: Callable[[Any], Any] = result_processor(_UUID_TYPE, _SQLITE) or str
_time_to_key: Callable[[Any], Any] = bind_processor(_TIME_TYPE, _SQLITE) or str
_key_to_time: Callable[[Any], Any] = result_processor(_TIME_TYPE, _SQLITE) or str
_UUID_KEYS = re.compile(r"(?:[0-9a-f]{32}\n)*")
_TIME_KEYS = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\n)*")


def uses_stored_forms(session: Session | Connection) -> bool:
    """Whether the database stores uuids and timestamps as the stored keys (SQLite does)."""
    connection = session.connection() if isinstance(session, Session) else session
    return connection.dialect.name == "sqlite"


def uuid_key(value: uuid_module.UUID) -> str:
    """The stored key of a uuid: 32 lowercase hex digits."""
    return _uuid_to_key(value)


def typed_uuid(key: str) -> uuid_module.UUID:
    return _key_to_uuid(key)


def timestamp_key(value: datetime) -> str:
    """The stored key of an aware timestamp: UTC, `YYYY-MM-DD HH:MM:SS.ffffff`."""
    return _time_to_key(value)


def typed_timestamp(key: str) -> datetime:
    return _key_to_time(key)


def canonical_uuids(values: list[Any]) -> list[str]:
    """`values` as stored keys; raises ValueError naming the first value that is no uuid."""
    try:
        joined = "\n".join(values) + "\n"
    except TypeError:
        joined = ""  # not all strings
    if len(joined) == 33 * len(values) and _UUID_KEYS.fullmatch(joined):
        return values  # the common case: every value is already a key (and none holds a "\n")
    return [value if _is_uuid_key(value) else _normalise(value, _key_to_uuid) for value in values]


def _is_uuid_key(value: Any) -> bool:
    return type(value) is str and len(value) == 32 and bool(_UUID_KEYS.fullmatch(value + "\n"))


def canonical_timestamps(values: list[Any]) -> list[str]:
    """`values` as stored keys; raises ValueError naming the first value that is no timestamp."""
    try:
        joined = "\n".join(values) + "\n"
    except TypeError:
        joined = ""  # not all strings
    if len(joined) == 27 * len(values) and _TIME_KEYS.fullmatch(joined):
        try:
            for _ in map(datetime.fromisoformat, values):  # real dates, not 2024-02-31
                pass
            return values  # the common case: every value is already a key
        except ValueError:
            pass
    fixed: dict[Any, str] = {}
    for value in set(values):
        if type(value) is str and len(value) == 26 and _TIME_KEYS.fullmatch(value + "\n"):
            try:
                datetime.fromisoformat(value)
                continue
            except ValueError:
                pass
        fixed[value] = _normalise(value, _key_to_time)
    return [fixed.get(value, value) for value in values] if fixed else values


def _normalise(value: Any, read: Callable[[Any], Any]) -> str:
    """What the ORM would store after reading `value` (a uuid or a timestamp) with SQLAlchemy."""
    try:
        typed = read(value) if value is not None else None
        key = _uuid_to_key(typed) if read is _key_to_uuid else _time_to_key(typed)
    except (ValueError, TypeError, AttributeError) as error:
        raise ValueError(f"{value!r} is not a valid value") from error
    if key is None:
        raise ValueError("a required value is missing")
    return key


def select_stored(session: Session, statement: Select) -> list[tuple]:
    """Run a SELECT on the driver and return its rows untouched (stored forms).

    Its parameters, if any, must be plain numbers or strings: they are rendered into the SQL.
    """
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    sql = str(compiled)
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def insert_tuples(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple],
    *,
    stored: bool = False,
) -> None:
    """INSERT `rows` (tuples in `columns` order) into `table`, in the session's transaction.

    `stored=True`: the values are already what the database stores (SQLite's stored forms), so no
    bind processor runs; only valid where `uses_stored_forms` holds.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    binds = {name: bindparam(name, type_=table.c[name].type) for name in columns}
    compiled = insert(table).inline().values(binds).compile(dialect=dialect)
    names = compiled.positiontup if compiled.positional else list(compiled.binds)
    missing = [name for name in names or () if name not in columns]
    if missing:
        raise ValueError(f"insert_tuples into {table.name} needs values for {missing}")
    cursor = connection.connection.driver_connection.cursor()
    try:
        if stored:
            _insert_stored(cursor, dialect, table, columns, rows)
            return
        index = {name: position for position, name in enumerate(columns)}
        processors = [bind_processor(table.c[name].type, dialect) for name in columns]
        processed: list[list[Any]] = []
        for position, processor in enumerate(processors):
            column_values = [row[position] for row in rows]
            if processor is not None:
                column_values = [processor(value) for value in column_values]
            processed.append(column_values)
        parameters: Any
        if compiled.positional:
            ordered = [processed[index[name]] for name in compiled.positiontup or ()]
            parameters = list(zip(*ordered, strict=True))
        else:
            parameters = [
                dict(zip(columns, row, strict=True)) for row in zip(*processed, strict=True)
            ]
        cursor.executemany(str(compiled), parameters)
    finally:
        cursor.close()


def _insert_stored(
    cursor: Any, dialect: Any, table: Table, columns: Sequence[str], rows: list[tuple]
) -> None:
    """Send rows as they are, many per statement: `INSERT INTO t (a, b) VALUES (?, ?), (?, ?)`."""
    if dialect.paramstyle != "qmark":
        raise ValueError("stored values are only sent to SQLite")
    quote = dialect.identifier_preparer.quote
    group = "(" + ", ".join("?" * len(columns)) + ")"
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(name) for name in columns)}) VALUES {group}"
    )
    per_statement = max(1, min(MAX_ROWS_PER_STATEMENT, MAX_PARAMETERS // len(columns)))
    full = sql + (", " + group) * (per_statement - 1)
    end = len(rows) - len(rows) % per_statement
    for start in range(0, end, per_statement):
        cursor.execute(full, list(chain.from_iterable(rows[start : start + per_statement])))
    if end < len(rows):
        rest = rows[end:]
        cursor.execute(sql + (", " + group) * (len(rest) - 1), list(chain.from_iterable(rest)))
