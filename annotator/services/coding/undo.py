"""Coding edits that return their undo: spans coded, recoded or deleted, and a document marked.

Each edit is one committed transaction and returns, with the annotations it left, an
`undo_records.UndoRecord` that takes it back exactly: a span deleted comes back with its id, uuid,
values, memo and timestamps; a recode undone puts back the values, the memo and the `updated_at`
the span had, so a codebook step further down the undo stack still finds the row as it left it.
Applying a record first checks that its spans still are as the edit (or the last undo or redo)
left them, and refuses otherwise (`ChangedElsewhereError`, `NotFoundError`), changing nothing.

A record also says what the edit it takes back did (`change`): the annotations added, removed or
changed and the document statuses set, so the window updates those rows alone instead of
re-reading an article with 20,000 spans.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.project import Project
from annotator.db.retrying import Attempts
from annotator.services.coding.annotations import (
    AnnotationRecord,
    Values,
    annotation_records,
    check_unchanged,
    delete_annotation,
    find_annotation,
    set_values,
)
from annotator.services.coding.bulk import (
    NewAnnotation,
    Progress,
    create_annotations,
    delete_annotations,
    restore_annotations,
)
from annotator.services.coding.statuses import StartedDocument, set_status
from annotator.services.undo_records import Change, Kind, Kinds, StatusSet

ANNOTATIONS: Kinds = frozenset({Kind.ANNOTATIONS})
ANNOTATIONS_AND_STATUSES: Kinds = frozenset({Kind.ANNOTATIONS, Kind.STATUSES})
STATUSES: Kinds = frozenset({Kind.STATUSES})


@dataclass(frozen=True)
class SpansAdded:
    """Takes back spans that were added (coded, auto-coded, or a deletion undone): deletes them
    if they are unchanged, and puts the documents their adding started back to not started."""

    records: tuple[AnnotationRecord, ...]
    started: tuple[StartedDocument, ...] = ()
    starts_documents: bool = True  # putting them back again starts documents not started

    @property
    def kinds(self) -> Kinds:
        return ANNOTATIONS_AND_STATUSES if self.starts_documents else ANNOTATIONS

    @property
    def change(self) -> Change:
        statuses = tuple(
            StatusSet(item.document_id, item.coder, CodingStatus.IN_PROGRESS)
            for item in self.started
        )
        return Change(self.kinds, added=self.records, statuses=statuses)

    def apply(self, project: Project) -> SpansRemoved:
        uuids = [record.uuid for record in self.records]
        deleted = delete_annotations(project, uuids, unstart=self.started, expect=self.records)
        return SpansRemoved(tuple(deleted), self.started, self.starts_documents)


@dataclass(frozen=True)
class SpansRemoved:
    """Puts removed spans back exactly (ids where still free, uuids, values, timestamps)."""

    records: tuple[AnnotationRecord, ...]
    unstarted: tuple[StartedDocument, ...] = ()  # documents their removal put back
    starts_documents: bool = True

    @property
    def kinds(self) -> Kinds:
        return ANNOTATIONS_AND_STATUSES if self.starts_documents else ANNOTATIONS

    @property
    def change(self) -> Change:
        statuses = tuple(
            StatusSet(item.document_id, item.coder, CodingStatus.NOT_STARTED)
            for item in self.unstarted
        )
        return Change(self.kinds, removed=self.records, statuses=statuses)

    def apply(self, project: Project) -> SpansAdded:
        creation = restore_annotations(project, self.records, start_documents=self.starts_documents)
        records = tuple(creation.records)
        return SpansAdded(records, tuple(creation.started), self.starts_documents)


@dataclass(frozen=True)
class SpanChanged:
    """Sets a span's values (of the variables named) and/or memo, and its `updated_at`, back to
    what they were, if the span still is as `left` says."""

    uuid: str
    values: Values | None
    memo: str | None
    updated_at: datetime | None
    left: AnnotationRecord  # the span as the edit left it

    @property
    def kinds(self) -> Kinds:
        return ANNOTATIONS

    @property
    def change(self) -> Change:
        return Change(self.kinds, changed=(self.left,))

    def apply(self, project: Project) -> SpanChanged:
        return _change(project, self.uuid, self.values, self.memo, self.left, self.updated_at)


@dataclass(frozen=True)
class Coded:
    """What a coding edit left (the spans added, changed or removed) and the record undoing it."""

    records: list[AnnotationRecord]
    undo: SpansAdded | SpansRemoved | SpanChanged


def code_spans(
    project: Project,
    coder: str,
    spans: Sequence[NewAnnotation],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Coded:
    """Code spans in one transaction (`bulk.create_annotations`, with its progress and Cancel);
    undo removes them all and puts the documents they started back to not started."""
    creation = create_annotations(
        project, coder, spans, progress=progress, should_cancel=should_cancel
    )
    records = tuple(creation.records)
    return Coded(creation.records, SpansAdded(records, tuple(creation.started)))


def delete_span(project: Project, reference: str) -> Coded:
    """Delete one span; undo puts it back exactly (the document's status stays as it is)."""
    record = delete_annotation(project, reference)
    return Coded([record], SpansRemoved((record,), starts_documents=False))


def change_span(
    project: Project, reference: str, *, values: Values | None = None, memo: str | None = None
) -> Coded:
    """Recode (replace the values of the variables named in `values`) and/or change the memo;
    undo puts back what they were, with the span's `updated_at`."""
    undo = _change(project, reference, values, memo, None, None)
    return Coded([undo.left], undo)


def _change(
    project: Project,
    reference: str,
    values: Values | None,
    memo: str | None,
    expect: AnnotationRecord | None,
    updated_at: datetime | None,
) -> SpanChanged:
    stamp = updated_at or utc_now()
    attempts = Attempts()  # seen: the span as the try that may have landed found it

    def write(session: Session) -> SpanChanged:
        annotation = find_annotation(session, reference)
        retry = attempts.next_try()
        if retry and attempts.seen is not None and annotation.updated_at == stamp:
            before: AnnotationRecord = attempts.seen  # type: ignore[assignment]
            (after,) = annotation_records(session, [annotation])
            return _span_changed(before, values, memo, after)
        (before,) = check_unchanged(session, [annotation], [expect] if expect else [])
        attempts.seen = before
        if values is not None:
            set_values(session, annotation, values)
        if memo is not None:
            annotation.memo = memo
        annotation.updated_at = stamp
        session.flush()
        (after,) = annotation_records(session, [annotation])
        return _span_changed(before, values, memo, after)

    return project.write(write)


def _span_changed(
    before: AnnotationRecord, values: Values | None, memo: str | None, after: AnnotationRecord
) -> SpanChanged:
    old_values = {name: list(before.values.get(name, [])) for name in values} if values else None
    old_memo = before.memo if memo is not None else None
    return SpanChanged(before.uuid, old_values, old_memo, before.updated_at, after)


@dataclass(frozen=True)
class StatusMarked:
    """Sets a coder's status of a document back to what it was before it was marked."""

    document_id: int
    coder: str
    status: CodingStatus
    left: CodingStatus  # what the marking set

    @property
    def kinds(self) -> Kinds:
        return STATUSES

    @property
    def change(self) -> Change:
        return Change(self.kinds, statuses=(StatusSet(self.document_id, self.coder, self.left),))

    def apply(self, project: Project) -> StatusMarked:
        return mark_document(project, self.document_id, self.coder, self.status)


def mark_document(
    project: Project, document_id: int, coder: str, status: CodingStatus
) -> StatusMarked:
    """Set how far `coder` has got with a document; the record sets the previous status back."""
    previous = set_status(project, document_id, coder, status)
    return StatusMarked(document_id, coder, previous, status)
