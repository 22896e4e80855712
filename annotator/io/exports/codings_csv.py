"""Long-format codings CSV: one row per annotation and value, for R, SPSS and Stata.

The file is UTF-8 with a byte-order mark (so Excel reads accents and Cyrillic right; R's
`read.csv(fileEncoding = "UTF-8-BOM")`, `readr::read_csv` and pandas handle it), comma-separated,
fields quoted when needed, CRLF line ends. Columns, in this order:

| column | holds |
|---|---|
| annotation_uuid | the annotation's uuid (rows of one annotation share it) |
| document_id | the document's number in this project |
| document_uuid | the document's uuid (the same in every coder copy) |
| document_title, outlet | document metadata |
| published | the publication date, YYYY-MM-DD, or empty |
| coder | the coder's name |
| start, end | code-point offsets into the document text, end exclusive |
| quote | text[start:end] (by default with a leading `'` where a spreadsheet would run it, below) |
| variable, value | one value: a code's label, or a text variable's text (empty: no values) |
| memo | the coder's note |
| created, updated | ISO 8601 timestamps in UTC |

By default the file is safe to open in a spreadsheet, following OWASP's CSV injection guidance
(https://owasp.org/www-community/attacks/CSV_Injection): a cell that starts with `=`, `+`, `-`,
`@`, a tab, a carriage return or a line feed — which Excel, LibreOffice and Google Sheets would run
as a formula — is written with a leading `'`, which spreadsheets show as text. So is a cell made of
apostrophes followed by one of those characters (a quote that really reads `'=1+1` is written
`''=1+1`), which makes the prefix reversible: `original_text` drops one `'` exactly from cells of
that shape, and the safe writer never writes a cell that starts with a trigger. `exact_text=True`
(`annotator export --exact-text`) writes every cell exactly as stored, for R, SPSS and Stata.

`read_codings_csv` reads both back (also files made elsewhere, with fewer columns) for
`import-codings`. A file with any cell that starts with a trigger was not written by the safe
writer, so it is read exactly; otherwise the prefix is taken off. The one case this cannot tell
apart — an exact file whose only special cells start with apostrophes — is settled by the quote:
the importer takes a group's cells as written when only that reading matches the document text
(`CsvRow.written`), and `exact_text=True` reads every cell as written.

This writer serves any database; a SQLite project's CSV is written with the same bytes straight
from the driver by `annotator.services.quick_csv_export`. A change to the format goes into both
(tests/test_services_quick_csv_export.py compares them).
"""

from __future__ import annotations

import csv
import operator
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path
from typing import NamedTuple

from annotator.core.records.codings import CodingsData, ExportCancelled
from annotator.errors import InvalidInputError

CSV_COLUMNS = (
    "annotation_uuid",
    "document_id",
    "document_uuid",
    "document_title",
    "outlet",
    "published",
    "coder",
    "start",
    "end",
    "quote",
    "variable",
    "value",
    "memo",
    "created",
    "updated",
)
REQUIRED_COLUMNS = ("coder", "start", "end", "quote")
PROGRESS_EVERY = 5000
SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Cells `spreadsheet_safe` also prefixes: apostrophes and a trigger (as its output looks).
_PREFIXED = re.compile(r"'+[=+\-@\t\r\n]")
_SUSPECT_FIRST = frozenset("'=+-@\t\r\n")  # a cell starting otherwise is never prefixed


def spreadsheet_safe(cell: str) -> str:
    """`cell` with a leading `'` if a spreadsheet would run it, or if it looks prefixed already."""
    if cell.startswith(SPREADSHEET_TRIGGERS) or _PREFIXED.match(cell):
        return "'" + cell
    return cell


def original_text(cell: str) -> str:
    """The text `spreadsheet_safe` was given for `cell` (the inverse of it)."""
    return cell[1:] if _PREFIXED.match(cell) else cell


@dataclass(frozen=True)
class CsvWritten:
    rows: int  # data rows
    prefixed_cells: int  # cells given a leading `'` (0 with exact text)


def _made_safe(cells: list[str]) -> tuple[list[str], int]:
    """`cells` through `spreadsheet_safe`, and how many it prefixed; most cells cannot need it,
    which their first character tells (a million rows: the regex only where it can match)."""
    prefixed = 0
    for index, cell in enumerate(cells):
        if cell[:1] in _SUSPECT_FIRST:
            safe = spreadsheet_safe(cell)
            if safe is not cell:
                cells[index] = safe
                prefixed += 1
    return cells, prefixed


def _segment_rows(data: CodingsData, exact_text: bool) -> Iterator[tuple[list[list[str]], int]]:
    """Per segment: its rows (one per value, or one without values) and the cells prefixed."""
    documents = data.documents_by_id
    for segment in data.segments:
        document = documents[segment.document_id]
        head = [
            segment.uuid,
            str(document.id),
            document.uuid,
            document.title,
            document.outlet or "",
            document.published.isoformat() if document.published else "",
            segment.coder,
            str(segment.start),
            str(segment.end),
            segment.quote,
        ]
        tail = [segment.memo, segment.created.isoformat(), segment.updated.isoformat()]
        pairs = [[name, label] for name, labels in segment.values.items() for label in labels]
        pairs = pairs or [["", ""]]
        prefixed = 0
        if not exact_text:
            head, in_head = _made_safe(head)
            tail, in_tail = _made_safe(tail)
            prefixed = (in_head + in_tail) * len(pairs)
            for pair in pairs:
                prefixed += _made_safe(pair)[1]
        yield [[*head, *pair, *tail] for pair in pairs], prefixed


def codings_csv_rows(data: CodingsData) -> Iterator[list[str]]:
    """The data rows (without header) for `data`, as strings (exactly as stored)."""
    for rows, _prefixed in _segment_rows(data, exact_text=True):
        yield from rows


def write_codings_csv(
    data: CodingsData,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    *,
    exact_text: bool = False,
) -> CsvWritten:
    """Write the long-format CSV, safe to open in a spreadsheet unless `exact_text`."""
    if should_cancel is not None and should_cancel():
        raise ExportCancelled
    count = prefixed = 0
    next_tick = PROGRESS_EVERY
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for rows, in_rows in _segment_rows(data, exact_text):
            writer.writerows(rows)
            count += len(rows)
            prefixed += in_rows
            if count >= next_tick:
                next_tick += PROGRESS_EVERY
                if should_cancel is not None and should_cancel():
                    raise ExportCancelled
                if progress is not None:
                    progress(count, len(data.segments))
    if progress is not None:
        progress(len(data.segments), len(data.segments))
    return CsvWritten(count, prefixed)


class CsvRow(NamedTuple):
    """One row of a codings CSV (a named tuple: 100,000 of them are made quickly)."""

    line: int  # the line the row starts on in the file (the header is line 1)
    fields: dict[str, str]  # the text, with the spreadsheet prefix taken off where there is one
    written: dict[str, str]  # the cells exactly as in the file


@dataclass
class CsvChunk:
    """Consecutive non-blank rows of a codings CSV, cells as written."""

    lines: list[int]  # the line each row starts on (the header is line 1)
    rows: list[list[str]]
    prefixed: list[int]  # indexes in `rows` of rows with a cell that starts with '
    triggered: bool  # a cell starts with a spreadsheet trigger: the file is an exact one


_first_character = operator.itemgetter(slice(None, 1))  # cell[:1], mapped in C over a row
# a cell (after the "\x00" put before each) that starts with ' or a trigger: a chunk without one
# needs no look at its rows one by one
_MAYBE_SPECIAL = re.compile("\x00['=+\\-@\t\r\n]")


def _unreadable(path: Path, error: Exception) -> InvalidInputError:
    if isinstance(error, UnicodeDecodeError):
        return InvalidInputError(f"{path}: not UTF-8 text ({error.reason})")
    if isinstance(error, csv.Error):
        return InvalidInputError(f"{path}: not a readable CSV file ({error})")
    assert isinstance(error, OSError)
    return InvalidInputError(f"{path}: cannot be read ({error.strerror})")


class CodingsCsvReader:
    """A codings CSV read a chunk of rows at a time (a million rows need not fit in memory).

    Use as a context manager: entering reads and checks the header (InvalidInputError if the file
    is unusable), `chunks` then yields the rows; a file that turns out unreadable further on
    raises InvalidInputError from there.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.names: list[str] = []  # the header's column names, stripped and lower-case

    def __enter__(self) -> CodingsCsvReader:
        try:
            self._handle = self.path.open(encoding="utf-8-sig", newline="")
        except OSError as error:
            raise _unreadable(self.path, error) from error
        try:
            self._reader = csv.reader(self._handle)
            header = next(self._reader, None)
        except (UnicodeDecodeError, csv.Error, OSError) as error:
            self._handle.close()
            raise _unreadable(self.path, error) from error
        if header is None:
            self._handle.close()
            raise InvalidInputError(f"{self.path}: the file is empty")
        self.names = names = [name.strip().lower() for name in header]
        missing = [name for name in REQUIRED_COLUMNS if name not in names]
        if "document_uuid" not in names and "document_id" not in names:
            missing.append("document_uuid or document_id")
        if missing:
            self._handle.close()
            raise InvalidInputError(
                f"{self.path}: missing column(s) {', '.join(missing)} "
                f"(expected {', '.join(CSV_COLUMNS)})"
            )
        return self

    def __exit__(self, *_exc: object) -> None:
        self._handle.close()

    def picker(self, columns: Sequence[str]) -> Callable[[list[list[str]]], list[tuple[str, ...]]]:
        """A function giving, for a chunk's rows, each row's cells of `columns` in that order
        ("" for a cell the row or the file lacks); picked in C when the rows are regular (each
        is then given one more cell, "", in place)."""
        width = len(self.names)
        # of two columns with one name the last, as `dict(zip(names, row))` keeps
        position = {name: index for index, name in enumerate(self.names)}
        indexes = [position.get(name, width) for name in columns]  # width: an added ""
        if len(indexes) < 2:
            raise ValueError("pick two columns or more (itemgetter then gives tuples)")
        getter = operator.itemgetter(*indexes)
        padding = [""] * (width + 1)

        def pick(rows: list[list[str]]) -> list[tuple[str, ...]]:
            if set(map(len, rows)) == {width}:  # as the header: add the "" in place, in C
                deque(map(list.append, rows, repeat("")), maxlen=0)
                return list(map(getter, rows))
            # cells missing or extra: as `zip(names, row)` pairs them
            return [getter(row[:width] + padding[min(len(row), width) :]) for row in rows]

        return pick

    def chunks(self, size: int = 2000) -> Iterator[CsvChunk]:
        """The non-blank rows, `size` at a time, with their lines and marks (see CsvChunk)."""
        reader = self._reader
        try:
            while True:
                lines: list[int] = []
                rows: list[list[str]] = []
                line = reader.line_num + 1
                for values in reader:
                    if "".join(values).strip():
                        lines.append(line)
                        rows.append(values)
                        if len(rows) == size:
                            break
                    line = reader.line_num + 1
                if not rows:
                    return
                yield self._marked(lines, rows)
        except (UnicodeDecodeError, csv.Error, OSError) as error:
            raise _unreadable(self.path, error) from error

    @staticmethod
    def _marked(lines: list[int], rows: list[list[str]]) -> CsvChunk:
        prefixed: list[int] = []
        triggered = False
        if _MAYBE_SPECIAL.search("\x00" + "\x00".join(chain.from_iterable(rows))):
            for index, values in enumerate(rows):
                firsts = set(map(_first_character, values))
                triggered = triggered or not firsts.isdisjoint(SPREADSHEET_TRIGGERS)
                if "'" in firsts:
                    prefixed.append(index)
        return CsvChunk(lines, rows, prefixed, triggered)


def read_codings_csv(path: Path, *, exact_text: bool | None = None) -> list[CsvRow]:
    """The rows of a codings CSV, keyed by column name; raises InvalidInputError if unusable.

    `exact_text` None tells from the file whether to take the spreadsheet prefix off (see the
    module docstring); True takes every cell as written, False always takes the prefix off.
    The whole file is held: `import-codings` streams it through `CodingsCsvReader` instead.
    """
    rows: list[CsvRow] = []  # as written; the prefixed ones are fixed below if need be
    prefixed: list[int] = []  # indexes in `rows` of rows with a cell starting with '
    triggered = False  # any cell starts with a trigger: an exact file
    with CodingsCsvReader(path) as reader:
        names = reader.names
        for chunk in reader.chunks():
            triggered = triggered or chunk.triggered
            prefixed.extend(len(rows) + index for index in chunk.prefixed)
            for line, values in zip(chunk.lines, chunk.rows, strict=True):
                cells = dict(zip(names, values, strict=False))
                rows.append(CsvRow(line, cells, cells))
    if exact_text is None:
        exact_text = triggered
    if not exact_text:
        for number in prefixed:
            line, written, _ = rows[number]
            rows[number] = CsvRow(line, {k: original_text(v) for k, v in written.items()}, written)
    return rows
