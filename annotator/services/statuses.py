"""Each coder's progress per document: not started, in progress, done."""

from __future__ import annotations

from sqlalchemy import select

from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.models import Coder, DocumentStatus
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.references import find_document, find_or_add_coder


def set_status(project: Project, document: int | str, coder: str, status: str) -> CodingStatus:
    """Record how far `coder` has got with `document`; returns the previous status (for undo)."""
    try:
        new_status = CodingStatus(status)
    except ValueError as error:
        valid = ", ".join(item.value for item in CodingStatus)
        raise InvalidInputError(f"unknown status {status!r} (use one of {valid})") from error
    with project.writing() as session:
        document_id = find_document(session, document).id
        coder_id = find_or_add_coder(session, coder).id
        row = session.get(DocumentStatus, (document_id, coder_id))
        previous = row.status if row else CodingStatus.NOT_STARTED
        if row is None:
            session.add(
                DocumentStatus(
                    document_id=document_id,
                    coder_id=coder_id,
                    status=new_status,
                    updated_at=utc_now(),
                )
            )
        else:
            row.status = new_status
            row.updated_at = utc_now()
        return previous


def statuses_of(project: Project, coder: str) -> dict[int, CodingStatus]:
    """Document id -> status for one coder (documents without a row are not started)."""
    with project.reading() as session:
        rows = session.execute(
            select(DocumentStatus.document_id, DocumentStatus.status)
            .join(Coder, Coder.id == DocumentStatus.coder_id)
            .where(Coder.name == coder)
        )
        return dict(rows.all())
