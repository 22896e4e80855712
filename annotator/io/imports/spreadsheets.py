"""Reading article tables (.csv, .xlsx): one article per row, columns mapped to metadata.

The first row holds the headers. `preview_table` gives the GUI the headers, the first rows and the
guessed `ColumnMapping` without reading the whole file; `read_table` turns every row with text
into a ParsedDocument (rows with an empty text cell are skipped and counted). A table without a
text column is refused with its headers listed, so the user knows what to rename or map.
Limits: the file size (`limits`), the ZIP checks of `archives` for .xlsx, and `MAX_ROWS`.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.text import title_from_text
from annotator.io.archives import open_zip
from annotator.io.imports.columns import ColumnMapping, guess_mapping, unique_headers
from annotator.io.imports.dates import parse_date
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.encoding import UndecodableError, decode_text, normalize_newlines
from annotator.io.imports.language import normalize_language
from annotator.io.imports.limits import (
    MAX_ARTICLE_CHARS,
    MAX_CSV_BYTES,
    MAX_ZIP_FILE_BYTES,
    read_bytes_limited,
)
from annotator.io.imports.paragraphs import clean_field

MAX_ROWS = 200_000
PREVIEW_ROWS = 20
_DELIMITERS = ",;\t|"


@dataclass(frozen=True)
class TablePreview:
    headers: list[str]
    rows: list[list[str]]  # the first rows, as text
    mapping: ColumnMapping  # the guess; the GUI may pass a corrected one in ImportOptions
    sheet: str | None = None  # the worksheet read from an .xlsx


def preview_table(path: Path, rows: int = PREVIEW_ROWS) -> TablePreview:
    sheet, table = _open_table(path)
    headers = unique_headers(next(table, []))
    sample = [
        [_as_text(value) for value in row] for _, row in zip(range(rows), table, strict=False)
    ]
    return TablePreview(headers, sample, guess_mapping(headers), sheet)


def read_table(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    sheet, table = _open_table(path)
    headers = unique_headers(next(table, []))
    if not headers:
        raise ImportProblem("empty table (no header row)")
    mapping = options.column_mappings.get(str(path)) or guess_mapping(headers)
    if mapping.text is None or mapping.text not in headers:
        raise ImportProblem(
            f"no text column: the headers are {', '.join(headers[:12])}"
            f"{' …' if len(headers) > 12 else ''}; name the article column text, body or "
            "content, or map it in the import dialog"
        )
    position = {header: index for index, header in enumerate(headers)}
    documents: list[ParsedDocument] = []
    for row_number, row in enumerate(table, start=2):
        if row_number - 1 > MAX_ROWS:
            raise ImportProblem(f"more than {MAX_ROWS:,} rows; split the table")
        values = {header: row[position[header]] if position[header] < len(row) else None
                  for header in headers}  # fmt: skip
        document = _document(values, mapping, path.name, row_number, sheet)
        if document is not None:
            documents.append(document)
    if not documents:
        raise ImportProblem(f"no row has text in the column {mapping.text!r}")
    return documents


def _document(
    values: dict[str, Any], mapping: ColumnMapping, source_file: str, row: int, sheet: str | None
) -> ParsedDocument | None:
    text = normalize_newlines(_as_text(values[mapping.text])).strip()
    if not text:
        return None
    if len(text) > MAX_ARTICLE_CHARS:
        raise ImportProblem(f"row {row}: text too long for an article ({len(text):,} characters)")

    def field_text(role: str) -> str | None:
        header = getattr(mapping, role)
        return clean_field(_as_text(values.get(header))) if header in values else None

    extra: dict[str, Any] = {"row": row}
    if sheet:
        extra["sheet"] = sheet
    for header, value in values.items():
        if (
            mapping.role_of(header) is None
            and header not in mapping.ignored
            and value
            not in (
                None,
                "",
            )
        ):
            extra[header] = _as_json(value)
    date_value = values.get(mapping.date) if mapping.date else None
    return ParsedDocument(
        text=text,
        title=field_text("title") or title_from_text(text),
        source_file=source_file,
        outlet=field_text("outlet"),
        author=field_text("author"),
        published=parse_date(date_value),
        url=field_text("url"),
        language=normalize_language(field_text("language")),
        extra=extra,
    )


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _as_json(value: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    return _as_text(value)


def _open_table(path: Path) -> tuple[str | None, Iterator[list[Any]]]:
    if path.suffix.lower() == ".xlsx":
        return _open_xlsx(path)
    return None, _read_csv(path)


def _read_csv(path: Path) -> Iterator[list[Any]]:
    data = read_bytes_limited(path, MAX_CSV_BYTES)
    try:
        text = decode_text(data).text
    except UndecodableError as error:
        raise ImportProblem(str(error)) from error
    sample = text[:64_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, _DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(MAX_ARTICLE_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        yield from reader
    except csv.Error as error:
        raise ImportProblem(f"damaged CSV at line {reader.line_num}: {error}") from error


def _open_xlsx(path: Path) -> tuple[str | None, Iterator[list[Any]]]:
    data = read_bytes_limited(path, MAX_ZIP_FILE_BYTES)
    open_zip(data, "Excel workbook").close()
    from openpyxl import load_workbook  # uses defusedxml for its XML when installed

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on damaged files
        raise ImportProblem(f"damaged or not an Excel workbook ({error})") from error
    sheet = workbook.worksheets[0] if workbook.worksheets else None
    if sheet is None:
        raise ImportProblem("the workbook has no worksheet")

    def rows() -> Iterator[list[Any]]:
        try:
            for row in sheet.iter_rows(values_only=True):
                yield list(row)
        except ImportProblem:
            raise
        except Exception as error:
            raise ImportProblem(f"damaged Excel workbook ({error})") from error
        finally:
            workbook.close()

    return sheet.title, rows()
