"""Creating and deleting many annotations in one transaction (auto-coding, its undo and redo).

Auto-coding the hits of a corpus search must land as one step: all spans or none, and one undo
removes them all. The rules are those of `services.coding.annotations` — the span must lie inside
the text, the quote is cut from the stored text, values are resolved against the codebook — but each
distinct document, coder and set of values is looked up once, so a thousand hits take one flush
instead of a thousand round trips.

Auto-coding ten thousand hits takes seconds, so `create_annotations` can report its progress
(`progress(spans written, spans in all)`) and stop when `should_cancel()` says so: it raises
`CodingCancelled` inside the transaction, which then writes nothing.

A coder's first annotation on a document not started moves the document to in progress in the
same transaction; the returned `Creation` names those documents, so the undo
(`delete_annotations(..., unstart=creation.started)`) puts them back to not started.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from annotator.core.offsets import span_problem
from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue, Document
from annotator.db.project import Project
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.services.codebooks.reading import ResolvedValue, resolve_values
from annotator.services.coding.annotations import (
    AnnotationRecord,
    Values,
    annotation_records,
    check_unchanged,
    find_annotation,
)
from annotator.services.coding.statuses import (
    CHUNK,
    StartedDocument,
    start_documents,
    unstart_documents,
)
from annotator.services.references import (
    find_document,
    find_or_add_coder,
    parse_uuid,
    refuse_machine_coders,
)

Progress = Callable[[int, int], None]  # spans written, spans in all
WRITE_BATCH = 1000  # spans written between two progress reports (and looks at Cancel)


class CodingCancelled(AnnotatorError):
    """The coder cancelled a bulk coding; nothing of it was written."""

    def __init__(self) -> None:
        super().__init__("cancelled: nothing was coded")


@dataclass(frozen=True)
class NewAnnotation:
    """One span to code: document id or uuid, code-point offsets, values and memo."""

    document: int | str
    start: int
    end: int
    values: Values = field(default_factory=dict)
    memo: str = ""
    coder: str | None = None  # None: the coder given to `create_annotations`
    uuid: str | None = None  # set when restoring a deleted annotation
    id: int | None = None  # restoring: the row id it had, kept unless another row took it
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Creation:
    """The annotations just added, and the documents their adding moved to in progress."""

    records: list[AnnotationRecord]
    started: list[StartedDocument] = field(default_factory=list)


def _values_key(values: Values) -> tuple:
    return tuple(sorted((name, tuple(items)) for name, items in values.items()))


def _free_ids(session: Session, wanted: Sequence[int]) -> set[int]:
    """The annotation ids in `wanted` that no row holds (a restored span gets its id back)."""
    free = set(wanted)
    for offset in range(0, len(wanted), CHUNK):
        chunk = wanted[offset : offset + CHUNK]
        free -= set(session.scalars(select(Annotation.id).where(Annotation.id.in_(chunk))))
    return free


def _prefetch_documents(session: Session, spans: Sequence[NewAnnotation]) -> dict[str, Document]:
    """The spans' documents by reference (id or uuid), read a chunk at a time: auto-coding
    10,000 hits in 2,500 documents spent a second reading them one query each. References not
    found are left out (`find_document` then raises its error for them)."""
    by_id: dict[int, str] = {}
    by_uuid: dict[uuid_module.UUID, str] = {}
    for reference in {str(span.document) for span in spans}:
        text = reference.strip()
        if text.isdigit():
            by_id[int(text)] = reference
        elif (parsed := parse_uuid(text)) is not None:
            by_uuid[parsed] = reference
    found: dict[str, Document] = {}
    for column, wanted in ((Document.id, by_id), (Document.uuid, by_uuid)):
        keys = list(wanted)
        for offset in range(0, len(keys), CHUNK):
            query = select(Document).where(column.in_(keys[offset : offset + CHUNK]))
            for document in session.scalars(query):
                key = document.id if column is Document.id else document.uuid
                found[wanted[key]] = document
    return found


def _insert_many(
    session: Session,
    coder: str,
    spans: Sequence[NewAnnotation],
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[Annotation]:
    documents = _prefetch_documents(session, spans)
    coders: dict[str, int] = {}
    resolved: dict[tuple, list[ResolvedValue]] = {}
    now = utc_now()
    created: list[Annotation] = []
    free_ids = _free_ids(session, [span.id for span in spans if span.id is not None])
    # Ids given here, as SQLite would give them (one past the highest; the tables have no
    # AUTOINCREMENT), let the ORM insert in batches: asking SQLite for each new id back made
    # 10,000 spans 20,000 single-row INSERTs, half of auto-coding's time.
    next_annotation = max(session.scalar(select(func.max(Annotation.id))) or 0, *free_ids, 0) + 1
    next_value = (session.scalar(select(func.max(AnnotationValue.id))) or 0) + 1
    for span in spans:
        document = documents.get(str(span.document))
        if document is None:
            document = documents[str(span.document)] = find_document(session, span.document)
        problem = span_problem(document.text, span.start, span.end)
        if problem:
            raise InvalidInputError(f"document {document.id}: {problem}")
        name = span.coder or coder
        if name not in coders:
            coders[name] = find_or_add_coder(session, name).id
        key = _values_key(span.values)
        if key not in resolved:
            resolved[key] = resolve_values(session, span.values)
        annotation = Annotation(
            document_id=document.id,
            coder_id=coders[name],
            start=span.start,
            end=span.end,
            quote=document.text[span.start : span.end],
            memo=span.memo,
            created_at=span.created_at or now,
            updated_at=span.updated_at or now,
            values=[
                AnnotationValue(
                    id=next_value + number,
                    variable_id=item.variable.id,
                    code_id=item.code.id if item.code else None,
                    text=item.text,
                )
                for number, item in enumerate(resolved[key])
            ],
        )
        next_value += len(resolved[key])
        if span.uuid is not None:
            try:
                annotation.uuid = uuid_module.UUID(span.uuid)
            except ValueError as error:
                raise InvalidInputError(f"{span.uuid!r} is not a uuid") from error
        if span.id in free_ids:
            annotation.id = span.id
        else:
            annotation.id, next_annotation = next_annotation, next_annotation + 1
        created.append(annotation)
        if progress is not None and len(created) % WRITE_BATCH == 0:
            session.add_all(created[-WRITE_BATCH:])
            session.flush()
            progress(len(created), len(spans))
            if should_cancel is not None and should_cancel():
                raise CodingCancelled()  # the transaction rolls back: nothing is written
    session.add_all(created)
    session.flush()
    return created


def _create(
    session: Session,
    coder: str,
    spans: Sequence[NewAnnotation],
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Creation:
    annotations = _insert_many(session, coder, spans, progress, should_cancel)
    refuse_machine_coders(session, {annotation.coder_id for annotation in annotations})
    started = start_documents(session, {(a.document_id, a.coder_id) for a in annotations})
    return Creation(annotation_records(session, annotations), started)


def create_annotations(
    project: Project,
    coder: str,
    spans: Sequence[NewAnnotation],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Creation:
    """Code every span (for `coder` unless a span names its own) in one committed transaction.

    Any bad span (outside its text, unknown code) raises and changes nothing. Documents not
    started by the coder become in progress. With `progress`, it is told every `WRITE_BATCH`
    spans, and then `should_cancel()` stops the coding with `CodingCancelled`, writing nothing.
    """
    if not spans:
        return Creation([])
    with project.writing() as session:
        creation = _create(session, coder, spans, progress, should_cancel)
    if progress is not None:
        progress(len(spans), len(spans))
    return creation


def _find_annotations(session: Session, references: Sequence[str]) -> list[Annotation]:
    """The annotations with these uuids, in their order, read a chunk at a time (undoing an
    auto-coding of 5,000 hits took five seconds one query each); errors as `find_annotation`."""
    wanted = [parse_uuid(reference) for reference in references]
    found: dict[uuid_module.UUID, Annotation] = {}
    valid = [item for item in wanted if item is not None]
    for offset in range(0, len(valid), CHUNK):
        query = (
            select(Annotation)
            .where(Annotation.uuid.in_(valid[offset : offset + CHUNK]))
            .options(selectinload(Annotation.values))
        )
        found.update((annotation.uuid, annotation) for annotation in session.scalars(query))
    missing = [ref for ref, item in zip(references, wanted, strict=True) if item not in found]
    if missing:
        find_annotation(session, missing[0])  # raises the error it would have raised
    return [found[item] for item in wanted if item is not None]


def delete_annotations(
    project: Project,
    references: Sequence[str],
    *,
    unstart: Sequence[StartedDocument] = (),
    expect: Sequence[AnnotationRecord] = (),
) -> list[AnnotationRecord]:
    """Delete annotations by uuid in one transaction; the records restore them exactly.

    `unstart` (a `Creation.started`, when undoing that creation) puts those documents back to not
    started in the same transaction. Annotations named in `expect` must still be as those records
    say (an undo never deletes what another program changed meanwhile)."""
    if not references and not unstart:
        return []
    with project.writing() as session:
        annotations = _find_annotations(session, references)
        records = check_unchanged(session, annotations, expect)
        for annotation in annotations:
            session.delete(annotation)
        unstart_documents(session, unstart)
        return records


def restore_annotations(
    project: Project, records: Sequence[AnnotationRecord], *, start_documents: bool = True
) -> Creation:
    """Put deleted annotations back (ids where still free, uuids, spans, values, memos,
    timestamps) in one transaction.

    As when they were created, documents not started by their coder become in progress (the
    redo of a creation); with `start_documents=False` statuses stay as they are (the undo of a
    deletion)."""
    if not records:
        return Creation([])
    spans = [
        NewAnnotation(
            document=record.document_uuid,
            start=record.start,
            end=record.end,
            values=record.values,
            memo=record.memo,
            coder=record.coder,
            uuid=record.uuid,
            id=record.id,
            created_at=record.created_at,
            updated_at=record.updated_at,
        )
        for record in records
    ]
    with project.writing() as session:
        if not start_documents:
            return Creation(annotation_records(session, _insert_many(session, "", spans)))
        return _create(session, records[0].coder, spans)
