"""Fast reads for the coding workbench: the document list of one coder, one article's spans.

The window needs, in well under a second, every document's metadata with *this* coder's status
and number of spans (10,000 documents), and all spans of one article with their values (thousands
of spans). `services.corpus.documents` and `services.coding.annotations` answer the same questions
through the ORM, which is too slow at that size, so these read plain rows with one query per table
and build the same records. Extra metadata stays JSON text until the list's filter reads it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from sqlalchemy import func, select

from annotator.core.vocabulary import CodingStatus
from annotator.db.models import (
    Annotation,
    AnnotationValue,
    Code,
    Coder,
    Document,
    DocumentStatus,
    Variable,
)
from annotator.db.project import Project
from annotator.services.coding.annotations import AnnotationRecord
from annotator.services.fast_rows import dashed, select_stored
from annotator.services.references import find_coder


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    outlet: str
    published: date | None
    status: CodingStatus
    annotations: int  # this coder's spans in the document
    language: str = ""
    author: str = ""
    extra_json: str = ""  # the extra metadata as stored: parsed only when a filter asks

    @cached_property
    def extra(self) -> dict[str, Any]:
        """The extra metadata (a spreadsheet's other columns), read once on first use."""
        try:
            value = json.loads(self.extra_json) if self.extra_json else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


def document_overview(project: Project, coder: str) -> list[DocumentRow]:
    """Every document in import order, with `coder`'s status and span count."""
    with project.reading() as session:
        row = find_coder(session, coder) if coder else None
        statuses: dict[int, CodingStatus] = {}
        counts: dict[int, int] = {}
        if row is not None:
            statuses = dict(
                session.execute(
                    select(DocumentStatus.document_id, DocumentStatus.status).where(
                        DocumentStatus.coder_id == row.id
                    )
                ).all()
            )
            counts = dict(  # plain rows: at 100,000 documents the typed rows cost ~0.2 s
                select_stored(
                    session,
                    select(Annotation.document_id, func.count())
                    .where(Annotation.coder_id == row.id)
                    .group_by(Annotation.document_id),
                )
            )
        # Rows straight from the driver: at 100,000 documents SQLAlchemy's per-row work was
        # half of the time the project took to open.
        documents = select_stored(
            session,
            select(
                Document.id,
                Document.title,
                Document.outlet,
                Document.published,
                Document.language,
                Document.author,
                Document.extra,  # JSON text: parsing 10,000 costs ~70 ms
            ).order_by(Document.id),
        )
        not_started = CodingStatus.NOT_STARTED
        return [
            DocumentRow(
                id=document_id,
                title=title or "",
                outlet=outlet or "",
                published=_stored_date(published),
                status=statuses.get(document_id, not_started),
                annotations=counts.get(document_id, 0),
                language=language or "",
                author=author or "",
                extra_json=_json_text(extra),
            )
            for document_id, title, outlet, published, language, author, extra in documents
        ]


@lru_cache(maxsize=4096)  # a corpus has far fewer days than documents
def _stored_date(value: str | date | None) -> date | None:
    """A date as SQLite stores it (ISO text), read the way SQLAlchemy's Date type reads it; a
    server's driver gives a date already."""
    if isinstance(value, date) or not value:
        return value or None
    return date.fromisoformat(value)


def _json_text(value: str | dict | None) -> str:
    """Extra metadata as stored JSON text (a server's driver gives it parsed)."""
    if isinstance(value, dict):
        return json.dumps(value)
    return value or ""


def _uuid_text(value: object) -> str:
    text = str(value)
    return dashed(text) if len(text) == 32 else text  # SQLite stores uuids as 32 hex digits


def document_annotations(project: Project, document_id: int) -> list[AnnotationRecord]:
    """All spans of one document (every coder), ordered by position, with their values.

    The records carry no timestamps (`created_at`/`updated_at` are None): the window shows none,
    and undoing a deletion restores from the record `delete_annotation` returns, which has them.
    """
    with project.reading() as session:
        document_uuid = str(session.scalar(select(Document.uuid).where(Document.id == document_id)))
        coders = dict(session.execute(select(Coder.id, Coder.name)).all())
        variables = session.execute(
            select(Variable.id, Variable.name).order_by(Variable.position, Variable.id)
        ).all()
        variable_names = dict(variables)
        variable_order = {variable_id: index for index, (variable_id, _) in enumerate(variables)}
        values: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        # Rows straight from the driver: even Core's per-row processing was half the time here.
        value_rows = select_stored(
            session,
            select(
                AnnotationValue.annotation_id,
                AnnotationValue.variable_id,
                AnnotationValue.id,
                Code.label,
                AnnotationValue.text,
            )
            .join(Annotation, Annotation.id == AnnotationValue.annotation_id)
            .outerjoin(Code, Code.id == AnnotationValue.code_id)
            .where(Annotation.document_id == document_id),
        )
        for annotation_id, variable_id, value_id, label, text in value_rows:
            values[annotation_id].append(
                (variable_order[variable_id], value_id, label if label is not None else text or "")
            )
        variable_by_order = {index: variable_names[vid] for vid, index in variable_order.items()}
        records = []
        annotation_rows = select_stored(
            session,
            select(
                Annotation.id,
                Annotation.uuid,
                Annotation.coder_id,
                Annotation.start,
                Annotation.end,
                Annotation.quote,
                Annotation.memo,
            )
            .where(Annotation.document_id == document_id)
            .order_by(Annotation.start, Annotation.end, Annotation.id),
        )
        for annotation_id, annotation_uuid, coder_id, start, end, quote, memo in annotation_rows:
            by_variable: dict[str, list[str]] = {}
            for order, _value_id, label in sorted(values.get(annotation_id, ())):
                by_variable.setdefault(variable_by_order[order], []).append(label)
            records.append(
                AnnotationRecord(
                    id=annotation_id,
                    uuid=_uuid_text(annotation_uuid),
                    document_id=document_id,
                    document_uuid=document_uuid,
                    coder=coders[coder_id],
                    start=start,
                    end=end,
                    quote=quote,
                    memo=memo,
                    values=by_variable,
                )
            )
        return records
