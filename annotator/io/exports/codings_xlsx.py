"""The codings workbook: what a PI hands to analysts who work in Excel, R, SPSS or Stata.

Sheets: Segments (one row per annotation, one column per variable, several codes joined with
"; "), Documents (metadata and each coder's status), Coders, Codebook (variables and codes) and
Code counts (documents × codes, one row per document and coder, for quantitative analysis). Every
sheet has a frozen, filterable header row and readable widths; every string goes through
`xlsx_cells`, so a quote or memo starting with "=", "+", "-" or "@" stays text; dates and times are
real date cells (times in UTC; Excel has no time zones). openpyxl runs in write-only mode and is
imported only here, only when a workbook is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator.core.records.codings import CodingsData, ExportCancelled, Segment
from annotator.core.vocabulary import VariableKind
from annotator.io.xlsx_cells import (
    apply_layout,
    column_widths,
    data_row,
    header_row,
    save_workbook,
)

SEPARATOR = "; "
WIDTH_SAMPLE = 200
PROGRESS_EVERY = 2000


def _naive(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=None) if value is not None else None  # stored in UTC


def segment_header(data: CodingsData) -> list[str]:
    return [
        "document id",
        "title",
        "outlet",
        "date",
        "coder",
        "start",
        "end",
        "quote",
        "context before",
        "context after",
        *(variable.name for variable in data.variables),
        "memo",
        "created (UTC)",
        "updated (UTC)",
        "annotation uuid",
        "document uuid",
    ]


def segment_rows(
    data: CodingsData, segments: Iterable[Segment] | None = None
) -> Iterable[list[Any]]:
    documents = data.documents_by_id
    names = [variable.name for variable in data.variables]
    for segment in data.segments if segments is None else segments:
        document = documents[segment.document_id]
        values = segment.values
        yield [
            document.id,
            document.title,
            document.outlet,
            document.published,
            segment.coder,
            segment.start,
            segment.end,
            segment.quote,
            segment.before,
            segment.after,
            *(SEPARATOR.join(values[name]) if name in values else None for name in names),
            segment.memo,
            _naive(segment.created),
            _naive(segment.updated),
            segment.uuid,
            document.uuid,
        ]


class _Tally:
    """What the Documents, Coders and Code counts sheets count, gathered while the Segments
    sheet is written (the export streams its segments; every pass reads them again). The Code
    counts rows of a document are handed to `emit` as soon as the segments move past it, so a
    million annotations never hold a row per document and coder."""

    def __init__(self, data: CodingsData, emit: Callable[[list[Any]], None]) -> None:
        columns = _count_columns(data)
        self.index = {key: position for position, key in enumerate(columns)}
        self.zero = [0] * (len(columns) + 1)
        self.coder_names = [coder.name for coder in data.coders]
        self.documents: dict[int, int] = {}
        self.coders: Counter[str] = Counter()
        self.emit = emit
        self.waiting = iter(data.documents)  # documents whose Code counts rows are not written
        self.next_document = next(self.waiting, None)
        self.current: int | None = None
        self.codes: dict[str, list[int]] = {}  # the current document's counts, by coder

    def counted(self, segments: Iterable[Segment]) -> Iterator[Segment]:
        index = self.index
        for segment in segments:
            document_id = segment.document_id
            if document_id != self.current:
                self._write_counts(before=document_id)
                self.current, self.codes = document_id, {}
            self.documents[document_id] = self.documents.get(document_id, 0) + 1
            self.coders[segment.coder] += 1
            row = self.codes.get(segment.coder)
            if row is None:
                row = self.codes[segment.coder] = list(self.zero)
            row[0] += 1
            for name, labels in segment.values.items():
                for label in labels:
                    position = index.get((name, label))
                    if position is not None:
                        row[position + 1] += 1
            yield segment
        self._write_counts(before=None)

    def _write_counts(self, before: int | None) -> None:
        """Emit the Code counts rows of every document with an id below `before` (all: None)."""
        while self.next_document is not None and (before is None or self.next_document.id < before):
            document = self.next_document
            codes = self.codes if document.id == self.current else {}
            for coder in self.coder_names:
                self.emit([document.id, document.title, coder, *codes.get(coder, self.zero)])
            self.next_document = next(self.waiting, None)


def _document_rows(
    data: CodingsData, counts: dict[int, int] | None = None
) -> tuple[list[str], list[list[Any]]]:
    if counts is None:
        counts = {}
        for segment in data.segments:
            counts[segment.document_id] = counts.get(segment.document_id, 0) + 1
    coders = [coder.name for coder in data.coders]
    header = [
        "document id",
        "title",
        "outlet",
        "author",
        "date",
        "url",
        "language",
        "source file",
        "characters",
        "annotations",
        *(f"status: {c}" for c in coders),
        "document uuid",
        "sha256",
    ]
    rows = [
        [
            d.id,
            d.title,
            d.outlet,
            d.author,
            d.published,
            d.url,
            d.language,
            d.source_file,
            d.chars,
            counts.get(d.id, 0),
            *(data.statuses.get((d.id, coder), "not_started") for coder in coders),
            d.uuid,
            d.sha256,
        ]
        for d in data.documents
    ]
    return header, rows


def _coder_rows(
    data: CodingsData, counts: Counter[str] | None = None
) -> tuple[list[str], list[list[Any]]]:
    header = ["coder", "annotations", "documents done", "documents in progress", "colour", "uuid"]
    segments = counts if counts is not None else Counter(s.coder for s in data.segments)
    states = Counter((name, status) for (_document, name), status in data.statuses.items())
    rows = [
        [
            coder.name,
            segments[coder.name],
            states[(coder.name, "done")],
            states[(coder.name, "in_progress")],
            coder.colour,
            coder.uuid,
        ]
        for coder in data.coders
    ]
    return header, rows


def codebook_rows(data: CodingsData) -> tuple[list[str], list[list[Any]]]:
    """A simple Codebook sheet: one row per code (and one per variable without codes)."""
    header = [
        "variable",
        "variable label",
        "kind",
        "several codes",
        "open list",
        "code",
        "parent code",
        "level",
        "definition",
        "when to use",
        "when not to use",
        "example",
        "colour",
        "shortcut",
        "retired",
        "variable description",
        "code uuid",
    ]
    rows: list[list[Any]] = []
    for v in data.variables:
        labels = {code.id: code.label for code in v.codes}
        head = [
            v.name,
            v.label,
            v.kind.value,
            "yes" if v.multiple else "no",
            "yes" if v.open else "no",
        ]
        if not v.codes:
            rows.append([*head, *([None] * 10), v.description, None])
        for c in v.codes:
            rows.append(
                [
                    *head,
                    c.label,
                    labels.get(c.parent_id) if c.parent_id else None,
                    c.depth + 1,
                    c.definition,
                    c.include,
                    c.exclude,
                    c.example,
                    c.colour,
                    c.shortcut,
                    "yes" if c.retired else "no",
                    v.description,
                    c.uuid,
                ]
            )
    return header, rows


def _count_columns(data: CodingsData) -> list[tuple[str, str]]:
    return [
        (variable.name, code.label)
        for variable in data.variables
        if variable.kind is not VariableKind.TEXT
        for code in variable.codes
    ]


def _count_header(data: CodingsData) -> list[str]:
    return [
        "document id",
        "title",
        "coder",
        "annotations",
        *(f"{name}: {label}" for name, label in _count_columns(data)),
    ]


def _zero_count_sample(data: CodingsData) -> list[list[Any]]:
    """The first Code counts rows as they look before anything is counted (for the widths)."""
    zero = [0] * (len(_count_columns(data)) + 1)
    rows = (
        [document.id, document.title, coder.name, *zero]
        for document in data.documents
        for coder in data.coders
    )
    return [row for row, _ in zip(rows, range(WIDTH_SAMPLE), strict=False)]


def _count_rows(data: CodingsData) -> tuple[list[str], list[list[Any]]]:
    """The Code counts sheet's rows, all at once (the workbook writes them as it goes)."""
    rows: list[list[Any]] = []
    tally = _Tally(data, rows.append)
    for _segment in tally.counted(data.segments):
        pass
    return _count_header(data), rows


def _open_sheet(
    workbook: Any,
    title: str,
    header: Sequence[str],
    count: int,
    sample: Sequence[Sequence[Any]],
) -> Any:
    """A write-only sheet with its layout (widths from the header and `sample`) and header."""
    sheet = workbook.create_sheet(title)
    widths = column_widths([header, *sample])
    apply_layout(sheet, widths, rows=count + 1, columns=len(header))
    sheet.append(header_row(sheet, header))
    return sheet


def _append_rows(
    sheet: Any, rows: Iterable[Sequence[Any]], tick: Callable[[int], None] | None = None
) -> None:
    for number, row in enumerate(rows, start=1):
        sheet.append(data_row(sheet, row))
        if tick is not None and number % PROGRESS_EVERY == 0:
            tick(number)


def write_codings_xlsx(
    data: CodingsData,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the workbook; returns the number of Segments rows."""
    from openpyxl import Workbook

    total = len(data.segments)

    def tick(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ExportCancelled
        if progress is not None:
            progress(done, total)

    tick(0)
    workbook = Workbook(write_only=True)
    header = segment_header(data)
    sample = [row for row, _ in zip(segment_rows(data), range(WIDTH_SAMPLE), strict=False)]
    segments = _open_sheet(workbook, "Segments", header, total, sample)
    # Every sheet is opened in its place first; the Code counts rows are written while the
    # Segments sheet is, the counted sheets after it. Samples for widths count nothing yet:
    # a count is never wider than its column's header.
    document_header, documents = _document_rows(data, {})
    documents_sheet = _open_sheet(
        workbook, "Documents", document_header, len(documents), documents[:WIDTH_SAMPLE]
    )
    coder_header, coders = _coder_rows(data, Counter())
    coders_sheet = _open_sheet(workbook, "Coders", coder_header, len(coders), coders)
    codebook_header, codebook = codebook_rows(data)
    codebook_sheet = _open_sheet(
        workbook, "Codebook", codebook_header, len(codebook), codebook[:WIDTH_SAMPLE]
    )
    _append_rows(codebook_sheet, codebook)
    del documents, codebook
    counts_sheet = _open_sheet(
        workbook,
        "Code counts",
        _count_header(data),
        len(data.documents) * len(data.coders),
        _zero_count_sample(data),
    )
    tally = _Tally(data, lambda row: counts_sheet.append(data_row(counts_sheet, row)))
    _append_rows(segments, segment_rows(data, tally.counted(data.segments)), tick)
    _append_rows(documents_sheet, _document_rows(data, tally.documents)[1])
    _append_rows(coders_sheet, _coder_rows(data, tally.coders)[1])
    if data.machine is not None:
        from annotator.io.exports.machine_sheets import write_machine_sheets

        write_machine_sheets(workbook, data.machine)
    save_workbook(workbook, path)
    if progress is not None:
        progress(total, total)
    return total
