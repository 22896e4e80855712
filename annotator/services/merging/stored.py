"""The merged project's annotations as the merge sees them: keyed by stored uuid strings.

The merge matches 100,000 annotations by uuid and writes them with their values; converting every
uuid and timestamp to Python objects and back cost half its time. `AnnotationStore` keeps the
merged project's annotations as stored keys (`fast_rows`): uuid → (start, end, updated_at). On
SQLite it reads and writes the stored values directly; on any other database it reads and writes
typed values and converts them to and from the keys, so the merge logic is the same everywhere.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.db.models import Annotation, AnnotationValue
from annotator.services.fast_rows import (
    canonical_timestamps,
    canonical_uuids,
    insert_tuples,
    select_stored,
    timestamp_key,
    typed_timestamp,
    typed_uuid,
    uses_stored_forms,
    uuid_key,
)

ANNOTATION_COLUMNS = (
    "uuid", "document_id", "coder_id", "start", "end", "quote", "memo", "created_at", "updated_at",
)  # fmt: skip
VALUE_COLUMNS = ("annotation_id", "variable_id", "code_id", "text")
MERGE_CACHE_KIB = 64 * 1024  # SQLite page cache while merging: the uuid index is written at random


class AnnotationStore:
    """Reads the merged project's annotation index and adds annotations and their values."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.stored = uses_stored_forms(session)

    def index(self) -> dict[str, tuple[int, int, str]]:
        """uuid key → (start, end, updated_at key) of every annotation in the merged project."""
        columns = Annotation.__table__.c
        query = select(columns.uuid, columns.start, columns.end, columns.updated_at)
        if self.stored:
            rows = select_stored(self.session, query)
            keys = canonical_uuids([row[0] for row in rows])
            times = canonical_timestamps([row[3] for row in rows])
        else:
            rows = list(self.session.execute(query))
            keys = [uuid_key(row[0]) for row in rows]
            times = [timestamp_key(row[3]) for row in rows]
        return {
            key: (row[1], row[2], time) for key, row, time in zip(keys, rows, times, strict=True)
        }

    def add_annotations(self, rows: list[tuple]) -> dict[str, int]:
        """Insert rows (`ANNOTATION_COLUMNS`, uuids and timestamps as keys); uuid key → new id."""
        if not rows:
            return {}
        table = Annotation.__table__
        before = self.session.scalar(select(func.max(table.c.id))) or 0
        if self.stored:  # ids given here (the write lock is ours): nothing to read back
            ids = range(before + 1, before + 1 + len(rows))
            numbered = [(row_id, *row) for row_id, row in zip(ids, rows, strict=True)]
            insert_tuples(self.session, table, ("id", *ANNOTATION_COLUMNS), numbered, stored=True)
            return {row[0]: row_id for row_id, row in zip(ids, rows, strict=True)}
        typed = [
            (typed_uuid(row[0]), *row[1:7], typed_timestamp(row[7]), typed_timestamp(row[8]))
            for row in rows
        ]
        insert_tuples(self.session, table, ANNOTATION_COLUMNS, typed)
        added = select(table.c.uuid, table.c.id).where(table.c.id > before)
        return {uuid_key(row_uuid): row_id for row_uuid, row_id in self.session.execute(added)}

    def add_values(self, rows: list[tuple]) -> None:
        """Insert annotation values (`VALUE_COLUMNS`: ids, and text for text variables)."""
        table = AnnotationValue.__table__
        insert_tuples(self.session, table, VALUE_COLUMNS, rows, stored=self.stored)


@contextmanager
def roomy_cache(session: Session) -> Iterator[None]:
    """On SQLite, a larger page cache for the merge's transaction, restored afterwards."""
    if not uses_stored_forms(session):
        yield
        return
    driver = session.connection().connection.driver_connection
    previous = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    driver.execute(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # best effort: the connection may be failing already
            driver.execute(f"PRAGMA cache_size = {previous}")
