"""Creating, reading, changing and deleting coded spans (annotations) and their values.

Each call is one committed transaction. The quote is always cut from the stored text, never taken
from the caller, so `quote == text[start:end]` holds by construction. `delete_annotation` returns
everything needed to put the annotation back (`reinsert_annotation`; the undo records in
`coding.undo` put spans back through `bulk.restore_annotations`). Creating a coder's first
annotation on a document not started moves it to in progress in the same transaction
(`services.coding.statuses.start_documents`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from annotator.core.offsets import span_problem
from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue, Code, Coder, Document, Variable
from annotator.db.project import Project
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


def annotation_records(
    session: Session, annotations: Sequence[Annotation]
) -> list[AnnotationRecord]:
    """The annotations as records (values resolved to labels), read in `session`."""
    variables = {v.id: v for v in session.scalars(select(Variable))}
    code_ids = {value.code_id for a in annotations for value in a.values if value.code_id}
    codes = (
        {c.id: c.label for c in session.scalars(select(Code).where(Code.id.in_(code_ids)))}
        if code_ids
        else {}
    )
    coders = {c.id: c.name for c in session.scalars(select(Coder))}
    document_ids = {a.document_id for a in annotations}
    document_uuids = dict(
        session.execute(
            select(Document.id, Document.uuid).where(Document.id.in_(document_ids))
        ).all()
    )
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
) -> Annotation:
    """Add an annotation inside the caller's transaction (checked like `create_annotation`);
    for services that write it together with other rows: adjudication, imported codings."""
    row = find_document(session, document)
    problem = span_problem(row.text, start, end)
    if problem:
        raise InvalidInputError(f"document {row.id}: {problem}")
    now = utc_now()
    annotation = Annotation(
        document_id=row.id,
        coder_id=find_or_add_coder(session, coder).id,
        start=start,
        end=end,
        quote=row.text[start:end],
        memo=memo,
        created_at=created_at or now,
        updated_at=updated_at or now,
    )
    if annotation_uuid is not None:
        parsed = parse_uuid(annotation_uuid)
        if parsed is None:
            raise InvalidInputError(f"{annotation_uuid!r} is not a uuid")
        if session.scalar(select(Annotation.id).where(Annotation.uuid == parsed)) is not None:
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
    becomes in progress for the coder if it was not started."""
    with project.writing() as session:
        annotation = insert_annotation(
            session,
            document=document,
            coder=coder,
            start=start,
            end=end,
            values=values or {},
            memo=memo,
        )
        refuse_machine_coders(session, [annotation.coder_id])
        start_documents(session, [(annotation.document_id, annotation.coder_id)])
        return annotation_records(session, [annotation])[0]


def update_annotation(
    project: Project,
    reference: str,
    *,
    values: Values | None = None,
    memo: str | None = None,
    expect: AnnotationRecord | None = None,
) -> AnnotationRecord:
    """Replace the values of the variables named in `values`, and/or the memo; with `expect`,
    only if the annotation still is as that record says (ChangedElsewhereError otherwise)."""
    with project.writing() as session:
        annotation = find_annotation(session, reference)
        if expect is not None:
            check_unchanged(session, [annotation], [expect])
        if values is not None:
            set_values(session, annotation, values)
        if memo is not None:
            annotation.memo = memo
        annotation.updated_at = utc_now()
        session.flush()
        return annotation_records(session, [annotation])[0]


def delete_annotation(
    project: Project, reference: str, *, expect: AnnotationRecord | None = None
) -> AnnotationRecord:
    """Delete an annotation (with `expect`: only if it still is as that record says); the
    returned record restores it exactly."""
    with project.writing() as session:
        annotation = find_annotation(session, reference)
        record = check_unchanged(session, [annotation], [expect] if expect else [])[0]
        session.delete(annotation)
        return record


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
