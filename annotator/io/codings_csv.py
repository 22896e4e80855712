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
| quote | exactly text[start:end] |
| variable, value | one value: a code's label, or a text variable's text (empty: no values) |
| memo | the coder's note |
| created, updated | ISO 8601 timestamps in UTC |

Text is written exactly (a quote starting with "=" stays "="); this file is data for analysis
software — open the .xlsx export in a spreadsheet program. `read_codings_csv` reads the same
format back (also files made elsewhere, with fewer columns) for `import-codings`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import InvalidInputError

if TYPE_CHECKING:
    from annotator.services.export import CodingsData

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


def codings_csv_rows(data: CodingsData) -> Iterator[list[str]]:
    """The data rows (without header) for `data`, as strings."""
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
        pairs = [(name, label) for name, labels in segment.values.items() for label in labels]
        for name, label in pairs or [("", "")]:
            yield [*head, name, label, *tail]


def write_codings_csv(
    data: CodingsData,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> int:
    """Write the long-format CSV; returns the number of data rows."""
    from annotator.services.export import ExportCancelled

    if should_cancel is not None and should_cancel():
        raise ExportCancelled
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for count, row in enumerate(codings_csv_rows(data), start=1):
            writer.writerow(row)
            if count % PROGRESS_EVERY == 0:
                if should_cancel is not None and should_cancel():
                    raise ExportCancelled
                if progress is not None:
                    progress(count, len(data.segments))
    if progress is not None:
        progress(len(data.segments), len(data.segments))
    return count


@dataclass(frozen=True)
class CsvRow:
    line: int  # the line the row starts on in the file (the header is line 1)
    fields: dict[str, str]


def read_codings_csv(path: Path) -> list[CsvRow]:
    """The rows of a codings CSV, keyed by column name; raises InvalidInputError if unusable."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                raise InvalidInputError(f"{path}: the file is empty")
            names = [name.strip().lower() for name in header]
            missing = [name for name in REQUIRED_COLUMNS if name not in names]
            if "document_uuid" not in names and "document_id" not in names:
                missing.append("document_uuid or document_id")
            if missing:
                raise InvalidInputError(
                    f"{path}: missing column(s) {', '.join(missing)} "
                    f"(expected {', '.join(CSV_COLUMNS)})"
                )
            rows = []
            line = reader.line_num + 1
            for values in reader:
                if any(value.strip() for value in values):
                    rows.append(CsvRow(line, dict(zip(names, values, strict=False))))
                line = reader.line_num + 1
            return rows
    except UnicodeDecodeError as error:
        raise InvalidInputError(f"{path}: not UTF-8 text ({error.reason})") from error
    except csv.Error as error:
        raise InvalidInputError(f"{path}: not a readable CSV file ({error})") from error
    except OSError as error:
        raise InvalidInputError(f"{path}: cannot be read ({error.strerror})") from error
