"""Creating, reading, changing and deleting coded spans (annotations) and their values.

Each call is one committed transaction. The quote is always cut from the stored text, never taken
from the caller, so `quote == text[start:end]` holds by construction. `delete_annotation` returns
everything needed to put the annotation back (`reinsert_annotation`; the undo records in
`coding.undo` put spans back through `bulk.restore_annotations`). Creating a coder's first
annotation on a document not started moves it to in progress in the same transaction
(`services.coding.statuses.start_documents`).
"""

from __future__ import annotations

import uuid as uuid_module
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from annotator.core.offsets import span_problem
from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue, Code, Coder, Document, Variable
from annotator.db.project import Project
from annotator.db.retrying import Attempts
from annotator.errors import ChangedElsewhereError, InvalidInputError, NotFoundError
from annotator.services.codebooks.reading import find_variable, resolve_values
from annotator.services.coding.statuses import start_documents
from annotator.services.references import (
    find_coder,
    find_document,
    find_or_add_coder,
    parse_uuid,
    refuse_machine_coders,
)

Values = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class AnnotationRecord:
    id: int
    uuid: str
    document_id: int
    document_uuid: str
    coder: str
    start: int
    end: int
    quote: str
    memo: str
    values: dict[str, list[str]] = field(default_factory=dict)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "uuid": self.uuid,
            "document": self.document_uuid,
            "coder": self.coder,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "values": self.values,
            "memo": self.memo,
        }


_HELD = "annotator_rows_held"
HELD_ROWS = 64  # the latest rows looked up: enough for one edit, bounded for a long import


def hold(session: Session, *rows: object) -> None:
    """Keep the rows this transaction looked up last alive: the session's identity map holds them
    only weakly, and `annotation_records` then finds them there instead of asking the database
    again (on a server, each question is a round trip)."""
    session.info.setdefault(_HELD, deque(maxlen=HELD_ROWS)).extend(rows)


def _by_id(session: Session, model: type, ids: set[int]) -> dict[int, Any]:
    """Rows by id: those the session holds without a query, the others in one query."""
    found: dict[int, Any] = {}
    for row_id in ids:
        row = session.identity_map.get(session.identity_key(model, row_id))
        if row is not None:
            found[row_id] = row
    missing = ids - found.keys()
    if missing:
        query = select(model).where(model.id.in_(missing))
        found.update((row.id, row) for row in session.scalars(query))
    return found


def annotation_records(
    session: Session, annotations: Sequence[Annotation]
) -> list[AnnotationRecord]:
    """The annotations as records (values resolved to labels), read in `session`."""
    variables = _by_id(session, Variable, {v.variable_id for a in annotations for v in a.values})
    code_ids = {value.code_id for a in annotations for value in a.values if value.code_id}
    codes = {code_id: code.label for code_id, code in _by_id(session, Code, code_ids).items()}
    coder_rows = _by_id(session, Coder, {a.coder_id for a in annotations})
    coders = {coder_id: coder.name for coder_id, coder in coder_rows.items()}
    document_rows = _by_id(session, Document, {a.document_id for a in annotations})
    document_uuids = {document_id: row.uuid for document_id, row in document_rows.items()}
    order = {v.id: (v.position, v.id) for v in variables.values()}
    records = []
    for annotation in annotations:
        values: dict[str, list[str]] = {}
        for value in sorted(annotation.values, key=lambda v: (order[v.variable_id], v.id)):
            label = codes[value.code_id] if value.code_id else value.text or ""
            values.setdefault(variables[value.variable_id].name, []).append(label)
        records.append(
            AnnotationRecord(
                id=annotation.id,
                uuid=str(annotation.uuid),
                document_id=annotation.document_id,
                document_uuid=str(document_uuids[annotation.document_id]),
                coder=coders[annotation.coder_id],
                start=annotation.start,
                end=annotation.end,
                quote=annotation.quote,
                memo=annotation.memo,
                values=values,
                created_at=annotation.created_at,
                updated_at=annotation.updated_at,
            )
        )
    return records


def _version(record: AnnotationRecord) -> tuple:
    """What says an annotation is still the same: every change of its values or memo (also
    recoding by a codebook merge) sets `updated_at`; renaming a code changes no annotation."""
    return (
        record.document_uuid,
        record.coder,
        record.start,
        record.end,
        record.memo,
        record.updated_at,
    )


def check_unchanged(
    session: Session, annotations: Sequence[Annotation], expected: Sequence[AnnotationRecord]
) -> list[AnnotationRecord]:
    """The annotations' records, after checking they still hold what `expected` says (an undo
    step must not overwrite what another program changed since); raises ChangedElsewhereError."""
    records = annotation_records(session, annotations)
    wanted = {record.uuid: _version(record) for record in expected}
    for record in records:
        if record.uuid in wanted and _version(record) != wanted[record.uuid]:
            raise ChangedElsewhereError(f"annotation {record.uuid} was changed meanwhile")
    return records


def set_values(session: Session, annotation: Annotation, values: Values) -> None:
    """Replace the annotation's values of the variables named in `values` (labels resolved
    against the codebook; an unknown one raises InvalidInputError)."""
    resolved = resolve_values(session, values)
    hold(session, *(item.variable for item in resolved), *(item.code for item in resolved))
    if annotation.values:  # a new annotation has nothing to replace
        touched = {find_variable(session, name).id for name in values}
        annotation.values = [v for v in annotation.values if v.variable_id not in touched]
        session.flush()
    for item in resolved:
        annotation.values.append(
            AnnotationValue(
                variable_id=item.variable.id,
                code_id=item.code.id if item.code else None,
                text=item.text,
            )
        )


def find_annotation(session: Session, reference: str) -> Annotation:
    """The annotation with the uuid `reference`; a clear error when it is malformed or absent."""
    annotation_uuid = parse_uuid(reference)
    if annotation_uuid is None:
        raise InvalidInputError(f"{reference!r} is not an annotation uuid")
    annotation = session.scalar(
        select(Annotation)
        .where(Annotation.uuid == annotation_uuid)
        .options(selectinload(Annotation.values))
    )
    if annotation is None:
        raise NotFoundError(f"no annotation {reference} in this project")
    return annotation


def insert_annotation(
    session: Session,
    *,
    document: int | str,
    coder: str,
    start: int,
    end: int,
    values: Values,
    memo: str,
    annotation_uuid: str | None = None,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    fresh_uuid: bool = False,
) -> Annotation:
    """Add an annotation inside the caller's transaction (checked like `create_annotation`);
    for services that write it together with other rows: adjudication, imported codings.
    `fresh_uuid`: the caller made `annotation_uuid` just now, no row can have it yet."""
    row = find_document(session, document)
    problem = span_problem(row.text, start, end)
    if problem:
        raise InvalidInputError(f"document {row.id}: {problem}")
    now = utc_now()
    coder_row = find_or_add_coder(session, coder)
    hold(session, row, coder_row)
    annotation = Annotation(
        document_id=row.id,
        coder_id=coder_row.id,
        start=start,
        end=end,
        quote=row.text[start:end],
        memo=memo,
        created_at=created_at or now,
        updated_at=updated_at or now,
        values=[],  # a new row has none: no query to load them
    )
    if annotation_uuid is not None:
        parsed = parse_uuid(annotation_uuid)
        if parsed is None:
            raise InvalidInputError(f"{annotation_uuid!r} is not a uuid")
        taken = select(Annotation.id).where(Annotation.uuid == parsed)
        if not fresh_uuid and session.scalar(taken) is not None:
            raise InvalidInputError(f"annotation {annotation_uuid} already exists")
        annotation.uuid = parsed
    session.add(annotation)
    set_values(session, annotation, values)
    session.flush()
    return annotation


def create_annotation(
    project: Project,
    *,
    document: int | str,
    coder: str,
    start: int,
    end: int,
    values: Values | None = None,
    memo: str = "",
) -> AnnotationRecord:
    """Code the span [start, end) of a document; the coder is added if new, and the document
    becomes in progress for the coder if it was not started.

    The uuid is chosen before the first try, so on a server a retry after a lost connection that
    finds the annotation already committed returns it instead of coding the span twice."""
    chosen = str(uuid_module.uuid4())
    attempts = Attempts()

    def write(session: Session) -> AnnotationRecord:
        if attempts.next_try() and (landed := _stored(session, chosen)) is not None:
            return annotation_records(session, [landed])[0]
        annotation = insert_annotation(
            session,
            document=document,
            coder=coder,
            start=start,
            end=end,
            values=values or {},
            memo=memo,
            annotation_uuid=chosen,
            fresh_uuid=attempts.tries == 1,
        )
        refuse_machine_coders(session, [annotation.coder_id])
        start_documents(session, [(annotation.document_id, annotation.coder_id)])
        return annotation_records(session, [annotation])[0]

    return project.write(write)


def _stored(session: Session, reference: str) -> Annotation | None:
    """The annotation with this uuid, if it is there."""
    return session.scalar(
        select(Annotation)
        .where(Annotation.uuid == parse_uuid(reference))
        .options(selectinload(Annotation.values))
    )


def update_annotation(
    project: Project,
    reference: str,
    *,
    values: Values | None = None,
    memo: str | None = None,
    expect: AnnotationRecord | None = None,
) -> AnnotationRecord:
    """Replace the values of the variables named in `values`, and/or the memo; with `expect`,
    only if the annotation still is as that record says (ChangedElsewhereError otherwise).
    On a server a retry that finds the change landed (its `updated_at`) returns it."""
    stamp = utc_now()
    attempts = Attempts()

    def write(session: Session) -> AnnotationRecord:
        annotation = find_annotation(session, reference)
        if attempts.next_try() and attempts.seen and annotation.updated_at == stamp:
            return annotation_records(session, [annotation])[0]
        if expect is not None:
            check_unchanged(session, [annotation], [expect])
        attempts.seen = True
        if values is not None:
            set_values(session, annotation, values)
        if memo is not None:
            annotation.memo = memo
        annotation.updated_at = stamp
        session.flush()
        return annotation_records(session, [annotation])[0]

    return project.write(write)


def delete_annotation(
    project: Project, reference: str, *, expect: AnnotationRecord | None = None
) -> AnnotationRecord:
    """Delete an annotation (with `expect`: only if it still is as that record says); the
    returned record restores it exactly. On a server a retry that finds it gone after an earlier
    try had it in hand returns what that try deleted."""
    attempts = Attempts()

    def write(session: Session) -> AnnotationRecord:
        retry = attempts.next_try()
        if retry and attempts.seen is not None and _stored(session, reference) is None:
            return attempts.seen  # type: ignore[return-value]
        annotation = find_annotation(session, reference)
        record = check_unchanged(session, [annotation], [expect] if expect else [])[0]
        attempts.seen = record
        session.delete(annotation)
        return record

    return project.write(write)


def reinsert_annotation(session: Session, record: AnnotationRecord) -> Annotation:
    """Put an annotation back exactly as `record` describes it (uuid, values, timestamps)."""
    return insert_annotation(
        session,
        document=record.document_uuid,
        coder=record.coder,
        start=record.start,
        end=record.end,
        values=record.values,
        memo=record.memo,
        annotation_uuid=record.uuid,
        created_at=record.created_at,
        updated_at=record.updated_at,
    )


def list_annotations(
    project: Project, *, document: int | str | None = None, coder: str | None = None
) -> list[AnnotationRecord]:
    """Annotations in document order, then by position, optionally for one document or coder."""
    with project.reading() as session:
        query = select(Annotation).options(selectinload(Annotation.values))
        if document is not None:
            query = query.where(Annotation.document_id == find_document(session, document).id)
        if coder is not None:
            row = find_coder(session, coder)
            if row is None:
                raise NotFoundError(f"no coder {coder!r} in this project")
            query = query.where(Annotation.coder_id == row.id)
        query = query.order_by(
            Annotation.document_id, Annotation.start, Annotation.end, Annotation.id
        )
        return annotation_records(session, session.scalars(query).all())
