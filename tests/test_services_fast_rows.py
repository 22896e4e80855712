"""The fast row paths convert values exactly as SQLAlchemy itself does, through its public API."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Column, Integer, MetaData, Table, Uuid, create_engine, insert, select

from annotator.db.base import UTCDateTime
from annotator.services import fast_rows


def _table() -> Table:
    return Table(
        "rows",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("key", Uuid),
        Column("stamp", UTCDateTime),
    )


def test_processors_store_and_read_what_sqlalchemy_stores_and_reads() -> None:
    table = _table()
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    key = uuid.uuid4()
    stamp = datetime(2024, 1, 2, 5, 4, 5, 6, tzinfo=timezone(timedelta(hours=2)))
    with engine.begin() as connection:
        connection.execute(insert(table), {"id": 1, "key": key, "stamp": stamp})
        stored = connection.exec_driver_sql("SELECT key, stamp FROM rows").one()
        typed = connection.execute(select(table.c.key, table.c.stamp)).one()
        dialect = connection.dialect
    assert tuple(stored) == (key.hex, "2024-01-02 03:04:05.000006")
    assert fast_rows.uuid_key(key) == stored[0]
    assert fast_rows.timestamp_key(stamp) == stored[1]
    assert fast_rows.typed_uuid(stored[0]) == typed[0] == key
    assert fast_rows.typed_timestamp(stored[1]) == typed[1] == stamp
    assert typed[1].utcoffset() == timedelta(0)
    # The per-column processors of insert_tuples are the dialect's own, not the generic type's.
    pairs = ((table.c.key, key, stored[0]), (table.c.stamp, stamp, stored[1]))
    for column, value, expected in pairs:
        processor = fast_rows.bind_processor(column.type, dialect)
        assert processor is not None and processor(value) == expected


def test_typed_insert_tuples_stores_what_the_orm_stores() -> None:
    from sqlalchemy.orm import Session

    table = _table()
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    key = uuid.uuid4()
    stamp = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)
    with Session(engine) as session:
        fast_rows.insert_tuples(session, table, ("id", "key", "stamp"), [(1, key, stamp)])
        session.execute(insert(table), {"id": 2, "key": key, "stamp": stamp})
        rows = session.connection().exec_driver_sql("SELECT key, stamp FROM rows ORDER BY id")
        first, second = rows.all()
    assert first == second == (key.hex, "2024-06-10 12:00:00.000000")
