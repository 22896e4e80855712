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
    sheet is written: the export streams its segments, and every pass reads them again."""

    def __init__(self, data: CodingsData) -> None:
        self.columns = _count_columns(data)
        self.index = {key: position for position, key in enumerate(self.columns)}
        self.documents: dict[int, int] = {}
        self.coders: Counter[str] = Counter()
        self.codes: dict[tuple[int, str], list[int]] = {}

    def counted(self, segments: Iterable[Segment]) -> Iterator[Segment]:
        width, index = len(self.columns) + 1, self.index
        for segment in segments:
            self.documents[segment.document_id] = self.documents.get(segment.document_id, 0) + 1
            self.coders[segment.coder] += 1
            row = self.codes.get((segment.document_id, segment.coder))
            if row is None:
                row = self.codes[(segment.document_id, segment.coder)] = [0] * width
            row[0] += 1
            for name, labels in segment.values.items():
                for label in labels:
                    position = index.get((name, label))
                    if position is not None:
                        row[position + 1] += 1
            yield segment


def _document_rows(
    data: CodingsData, tally: _Tally | None = None
) -> tuple[list[str], list[list[Any]]]:
    counts: dict[int, int] = {}
    if tally is not None:
        counts = tally.documents
    else:
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
    data: CodingsData, tally: _Tally | None = None
) -> tuple[list[str], list[list[Any]]]:
    header = ["coder", "annotations", "documents done", "documents in progress", "colour", "uuid"]
    segments = (
        tally.coders if tally is not None else Counter(segment.coder for segment in data.segments)
    )
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


def _count_rows(
    data: CodingsData, tally: _Tally | None = None
) -> tuple[list[str], list[list[Any]]]:
    columns = _count_columns(data)
    index = {key: position for position, key in enumerate(columns)}
    header = [
        "document id",
        "title",
        "coder",
        "annotations",
        *(f"{name}: {label}" for name, label in columns),
    ]
    counts: dict[tuple[int, str], list[int]] = {}
    if tally is not None:
        counts = tally.codes
    for segment in data.segments if tally is None else ():
        row = counts.setdefault((segment.document_id, segment.coder), [0] * (len(columns) + 1))
        row[0] += 1
        for name, labels in segment.values.items():
            for label in labels:
                position = index.get((name, label))
                if position is not None:
                    row[position + 1] += 1
    zero = [0] * (len(columns) + 1)
    rows = [
        [document.id, document.title, coder.name, *counts.get((document.id, coder.name), zero)]
        for document in data.documents
        for coder in data.coders
    ]
    return header, rows


def _write_sheet(
    workbook: Any,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    count: int,
    sample: Sequence[Sequence[Any]],
    tick: Callable[[int], None] | None = None,
) -> None:
    sheet = workbook.create_sheet(title)
    widths = column_widths([header, *sample])
    apply_layout(sheet, widths, rows=count + 1, columns=len(header))
    sheet.append(header_row(sheet, header))
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
    tally = _Tally(data)
    rows = segment_rows(data, tally.counted(data.segments))
    _write_sheet(workbook, "Segments", header, rows, total, sample, tick)
    for title, (sheet_header, rows) in (
        ("Documents", _document_rows(data, tally)),
        ("Coders", _coder_rows(data, tally)),
        ("Codebook", codebook_rows(data)),
        ("Code counts", _count_rows(data, tally)),
    ):
        _write_sheet(workbook, title, sheet_header, rows, len(rows), rows[:WIDTH_SAMPLE])
    save_workbook(workbook, path)
    if progress is not None:
        progress(total, total)
    return total
