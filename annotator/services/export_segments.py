"""The export's segments, read a batch of documents at a time instead of all at once.

A million annotations as `Segment` records (with their context) took gigabytes; the writers only
need to go through them in order, a few times (the workbook's Segments, Documents, Coders and Code
counts sheets). `SegmentStream` is a sized iterable: each pass reads the annotations, values and
texts of consecutive ranges of document ids from the caller's read transaction (so every pass sees
the same snapshot) and yields the segments in the export's stable order (document, start, end,
coder, uuid), values in codebook order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from annotator.core.labels import label_key
from annotator.core.records.codebook import VariableRecord
from annotator.core.records.codings import Segment
from annotator.db.models import Annotation, AnnotationValue, Document
from annotator.services.fast_rows import dashed, select_stored, typed_timestamp, uses_stored_forms

DOCUMENTS_PER_BATCH = 500
# The largest id an INTEGER column holds on PostgreSQL (a bigger bound is an error there).
LAST_ID = 2**31 - 1


class SegmentStream:
    """The segments of the chosen coders, read again on every pass (see the module docstring)."""

    def __init__(
        self,
        session: Any,
        variables: list[VariableRecord],
        coders: dict[int, str],
        context_chars: int,
        document_ids: Sequence[int],
        count: int,
    ) -> None:
        self.session = session
        self.coders = coders
        self.context_chars = context_chars
        self.count = count
        self.stored = uses_stored_forms(session)
        # the upper end of each batch's id range; the last one takes every id above it too
        ends = list(document_ids[DOCUMENTS_PER_BATCH - 1 :: DOCUMENTS_PER_BATCH])
        last = max([LAST_ID, *document_ids[-1:]])  # a file's ids may be larger
        self.ranges = list(zip([0, *ends], [*ends, last], strict=True))
        self.variable_names = {variable.id: variable.name for variable in variables}
        self.variable_order = {variable.id: index for index, variable in enumerate(variables)}
        self.code_labels: dict[int, str] = {}
        self.code_order: dict[int, int] = {}
        for variable in variables:
            for index, code in enumerate(variable.codes):
                self.code_labels[code.id] = code.label
                self.code_order[code.id] = index

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Segment]:
        if not self.coders:
            return
        for after, last in self.ranges:
            yield from self._batch(after, last)

    def _values(self, after: int, last: int) -> dict[int, list[tuple[int, int, str, str]]]:
        value, annotation = AnnotationValue.__table__.c, Annotation.__table__.c
        values: dict[int, list[tuple[int, int, str, str]]] = {}
        rows = select_stored(  # plain numbers and text: the driver's rows, no conversions
            self.session,
            select(value.annotation_id, value.variable_id, value.code_id, value.text)
            .join(Annotation.__table__, annotation.id == value.annotation_id)
            .where(annotation.document_id > after, annotation.document_id <= last)
            .order_by(value.id),
        )
        names, order = self.variable_names, self.variable_order
        labels, code_order = self.code_labels, self.code_order
        for annotation_id, variable_id, code_id, text in rows:
            label = labels.get(code_id, "") if code_id is not None else text or ""
            position = code_order.get(code_id, 0) if code_id is not None else 0
            values.setdefault(annotation_id, []).append(
                (order.get(variable_id, 0), position, names.get(variable_id, "?"), label)
            )
        return values

    def _batch(self, after: int, last: int) -> list[Segment]:
        table = Annotation.__table__.c
        query = (
            select(
                table.id, table.uuid, table.document_id, table.coder_id, table.start, table.end,
                table.quote, table.memo, table.created_at, table.updated_at,
            )
            .where(table.document_id > after, table.document_id <= last)
            .where(table.coder_id.in_(list(self.coders)))
        )  # fmt: skip
        if self.stored:  # SQLite: the stored keys, turned into what a Segment holds here
            stamps: dict[str, datetime] = {}
            rows = [
                (*row[:1], dashed(row[1]), *row[2:8],
                 stamps.get(row[8]) or stamps.setdefault(row[8], typed_timestamp(row[8])),
                 stamps.get(row[9]) or stamps.setdefault(row[9], typed_timestamp(row[9])))
                for row in select_stored(self.session, query)
            ]  # fmt: skip
        else:
            rows = self.session.execute(query).all()
        if not rows:
            return []
        values = self._values(after, last)
        texts = dict(
            select_stored(
                self.session,
                select(Document.id, Document.text).where(Document.id > after, Document.id <= last),
            )
        )
        context, coders = self.context_chars, self.coders
        segments = []
        for row in rows:
            annotation_id, annotation_uuid, document_id, coder_id, start, end = row[:6]
            text = texts[document_id]
            by_variable: dict[str, list[str]] = {}
            for _v, _c, name, label in sorted(values.get(annotation_id, ())):
                by_variable.setdefault(name, []).append(label)
            segments.append(
                Segment(
                    str(annotation_uuid), document_id, coders[coder_id], start, end, row[6],
                    text[max(0, start - context) : start], text[end : end + context], row[7],
                    row[8], row[9], by_variable,
                )
            )  # fmt: skip
        segments.sort(key=lambda s: (s.document_id, s.start, s.end, label_key(s.coder), s.uuid))
        return segments
