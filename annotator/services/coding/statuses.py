"""Each coder's progress per document: not started, in progress, done.

A coder marks a document done (or back in progress) by hand; a document starts by itself: the
transaction that adds a coder's first annotation to a document not started moves it to in progress
(`start_documents`), and undoing that annotation puts it back (`unstart_documents`). A document
marked done stays done.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.models import Coder, DocumentStatus
from annotator.db.project import Project
from annotator.db.retrying import Attempts
from annotator.errors import InvalidInputError
from annotator.services.references import find_coder, find_document, find_or_add_coder

CHUNK = 500  # documents per IN (...) query


@dataclass(frozen=True)
class StartedDocument:
    """A document that a coder's first annotation moved from not started to in progress.

    `previous_update` is when the not-started row was last changed, or None when there was no row,
    so `unstart_documents` puts back exactly what was there."""

    document_id: int
    coder_id: int
    coder: str
    previous_update: datetime | None


def _status_rows(
    session: Session, pairs: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], DocumentStatus]:
    wanted = set(pairs)
    document_ids = sorted({document_id for document_id, _ in wanted})
    coder_ids = sorted({coder_id for _, coder_id in wanted})
    rows: dict[tuple[int, int], DocumentStatus] = {}
    for offset in range(0, len(document_ids), CHUNK):
        query = select(DocumentStatus).where(
            DocumentStatus.document_id.in_(document_ids[offset : offset + CHUNK]),
            DocumentStatus.coder_id.in_(coder_ids),
        )
        for row in session.scalars(query):
            if (row.document_id, row.coder_id) in wanted:
                rows[(row.document_id, row.coder_id)] = row
    return rows


def start_documents(session: Session, pairs: Iterable[tuple[int, int]]) -> list[StartedDocument]:
    """Move each (document id, coder id) not started to in progress, inside the caller's
    transaction; in progress and done stay as they are. Returns the documents it moved."""
    wanted = sorted(set(pairs))
    if not wanted:
        return []
    rows = _status_rows(session, wanted)
    coder_ids = sorted({coder_id for _, coder_id in wanted})
    # A coding edit has just looked its coder up: `get` finds it without asking the database.
    names = {
        coder_id: coder.name for coder_id in coder_ids if (coder := session.get(Coder, coder_id))
    }
    now = utc_now()
    started: list[StartedDocument] = []
    for document_id, coder_id in wanted:
        row = rows.get((document_id, coder_id))
        if row is not None and row.status is not CodingStatus.NOT_STARTED:
            continue
        started.append(
            StartedDocument(document_id, coder_id, names[coder_id], row.updated_at if row else None)
        )
        if row is None:
            session.add(
                DocumentStatus(
                    document_id=document_id,
                    coder_id=coder_id,
                    status=CodingStatus.IN_PROGRESS,
                    updated_at=now,
                )
            )
        else:
            row.status = CodingStatus.IN_PROGRESS
            row.updated_at = now
    session.flush()
    return started


def unstart_documents(session: Session, started: Iterable[StartedDocument]) -> None:
    """Undo `start_documents` inside the caller's transaction: each document still in progress
    goes back to not started (a document marked done since stays done)."""
    items = list(started)
    if not items:
        return
    rows = _status_rows(session, [(item.document_id, item.coder_id) for item in items])
    for item in items:
        row = rows.get((item.document_id, item.coder_id))
        if row is None or row.status is not CodingStatus.IN_PROGRESS:
            continue
        if item.previous_update is None:
            session.delete(row)
        else:
            row.status = CodingStatus.NOT_STARTED
            row.updated_at = item.previous_update
    session.flush()


def set_status(project: Project, document: int | str, coder: str, status: str) -> CodingStatus:
    """Record how far `coder` has got with `document`; returns the previous status (for undo)."""
    try:
        new_status = CodingStatus(status)
    except ValueError as error:
        valid = ", ".join(item.value for item in CodingStatus)
        raise InvalidInputError(f"unknown status {status!r} (use one of {valid})") from error
    stamp = utc_now()
    attempts = Attempts()  # seen: the status the try that may have landed found

    def write(session: Session) -> CodingStatus:
        document_id = find_document(session, document).id
        coder_id = find_or_add_coder(session, coder).id
        row = session.get(DocumentStatus, (document_id, coder_id))
        landed = row is not None and row.status is new_status and row.updated_at == stamp
        if attempts.next_try() and attempts.seen is not None and landed:
            return attempts.seen  # type: ignore[return-value]
        previous = row.status if row else CodingStatus.NOT_STARTED
        attempts.seen = previous
        if row is None:
            session.add(
                DocumentStatus(
                    document_id=document_id,
                    coder_id=coder_id,
                    status=new_status,
                    updated_at=stamp,
                )
            )
        else:
            row.status = new_status
            row.updated_at = stamp
        return previous

    return project.write(write)


def statuses_of(project: Project, coder: str) -> dict[int, CodingStatus]:
    """Document id -> status for one coder (documents without a row are not started)."""
    with project.reading() as session:
        row = find_coder(session, coder)
        if row is None:
            return {}
        rows = session.execute(
            select(DocumentStatus.document_id, DocumentStatus.status).where(
                DocumentStatus.coder_id == row.id
            )
        )
        return dict(rows.all())
