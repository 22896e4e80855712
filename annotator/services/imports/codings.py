"""Bringing codings made elsewhere into a project from a long-format codings CSV.

Codings arrive from an older spreadsheet-based study, another tool or an automatic classifier, in
the format `annotator export -o codings.csv` writes (see `annotator.io.exports.codings_csv`). Rows
that share an `annotation_uuid` (or, without one, the same document, coder, span and memo) are one
annotation. Nothing is guessed: the document must exist (by uuid, else by id), the span must lie
inside it and the quote must equal `text[start:end]`, every value must fit the codebook as when
coding by hand (open variables such as `actor` take new codes). A group that does not fit is left
out and each of its rows is listed with its line number and reason; the rest are added in one
transaction. An annotation already in the project (same uuid, or the same span, coder and values)
is counted as present, so importing a file twice adds nothing.

The file streams through a chunk of rows at a time (`codings_rows`) and is checked and written a
batch of annotations at a time, so a million rows need no more memory than a thousand; a file that
turns out unreadable halfway rolls the one transaction back.

Both kinds of CSV the export writes are read: the default one, safe to open in a spreadsheet
(a `'` before cells a spreadsheet would run, taken off here), and the exact one. Where the file
cannot say which it is, the quote decides: a group whose quote matches the document text only as
written (a quote that really starts with `'=`) is read as written.
"""

from __future__ import annotations

import contextlib
import os
import uuid as uuid_module
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from annotator.core.gc_pause import paused_gc
from annotator.core.labels import label_key
from annotator.core.offsets import span_problem
from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue
from annotator.db.project import Project
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.io.exports.codings_csv import CodingsCsvReader
from annotator.services.fast_rows import insert_tuples, timestamp_key
from annotator.services.imports.codings_lookup import ProjectIndex, ValueKey, uuid_key_of
from annotator.services.imports.codings_rows import (
    ANNOTATION_UUID,
    CODER,
    CREATED,
    DOCUMENT_ID,
    DOCUMENT_UUID,
    END,
    MEMO,
    QUOTE,
    SHARED,
    SHARED_FIELDS,
    START,
    UPDATED,
    VALUE,
    VARIABLE,
    ReadAgain,
    Row,
    annotation_groups,
    file_rows,
    rows_in_group_order,
)

GROUPS_PER_BATCH = 2000  # annotations checked and written together (bounded memory)
PAGE_CACHE_KIB = 16 * 1024  # SQLite's page cache while importing (its default: 2 MB)
ANNOTATION_COLUMNS = (
    "id", "uuid", "document_id", "coder_id", "start", "end", "quote", "memo", "created_at",
    "updated_at",
)  # fmt: skip
VALUE_COLUMNS = ("annotation_id", "variable_id", "code_id", "text")
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))  # uuid.UUID(version=4)'s bits, on an int
_UUID4_SET = (4 << 76) | (0x8000 << 48)


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reason: str


@dataclass
class ImportCodingsReport:
    path: str
    added: int = 0
    present: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "added": self.added,
            "present": self.present,
            "rejected": [vars(row) for row in self.rejected],
        }


def _new_uuid_keys(count: int) -> Iterator[str]:
    """Keys of `count` new random uuids, as `uuid.uuid4().hex` makes them."""
    data = os.urandom(16 * count)
    for offset in range(0, 16 * count, 16):
        number = int.from_bytes(data[offset : offset + 16]) & _UUID4_CLEAR | _UUID4_SET
        yield f"{number:032x}"


def _timestamp(text: str, column: str) -> datetime | None:
    if not text.strip():
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInputError(f"{column} {text!r} is not an ISO 8601 date and time") from error
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _integer(text: str, column: str) -> int:
    try:
        return int(text.strip())
    except ValueError as error:
        raise InvalidInputError(f"{column} {text!r} is not a whole number") from error


def _document_reference(fields: tuple[str, ...]) -> str:
    """The document a row names: its uuid, else its id (stripped)."""
    uuid_text = fields[DOCUMENT_UUID].strip()
    if uuid_text:
        if uuid_key_of(uuid_text) is None:
            raise InvalidInputError(f"document_uuid {uuid_text!r} is not a uuid")
        return uuid_text
    id_text = fields[DOCUMENT_ID].strip()
    if not id_text.isdigit():
        raise InvalidInputError("the row names no document (document_uuid or document_id)")
    return id_text


def _values(group: list[Row]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line, fields, _written in group:
        name = fields[VARIABLE].strip()
        value = fields[VALUE]
        if name and value.strip():
            values.setdefault(name, []).append(value)
        elif name or value.strip():
            raise InvalidInputError(f"line {line}: give both variable and value, or neither")
    return values


def _as_written_if_only_that_fits(group: list[Row], text: str) -> list[Row]:
    """The group read as written when only the written quote is the document's text there."""
    _line, fields, written = group[0]
    if fields == written:
        return group
    try:
        start, end = int(written[START]), int(written[END])
    except ValueError:
        return group
    if 0 <= start < end <= len(text) and text[start:end] == written[QUOTE] != fields[QUOTE]:
        return [(line, written, written) for line, _fields, written in group]
    return group


def _wanted(values: dict[str, list[str]]) -> ValueKey:
    return frozenset(
        (label_key(name.strip()), label_key(item.strip()))
        for name, items in values.items()
        for item in items
    )


@dataclass
class _Batch:
    """A batch of groups: checked against the project index, then written in one go."""

    index: ProjectIndex
    next_id: int
    now: datetime
    present_uuids: set[str] = field(default_factory=set)  # stored keys
    # value keys of the annotations at a span: in the project (ValueKey), or added by this import
    # (its values, turned into a key only when another group comes to the same span)
    spans: dict[tuple[int, int, int, int], list[ValueKey | dict[str, list[str]]]] = field(
        default_factory=dict
    )
    uuid_keys: dict[str, str | None] = field(default_factory=dict)  # this batch's, by text
    stamps: dict[str, Any] = field(default_factory=dict)  # this batch's timestamps, by text
    annotations: list[tuple] = field(default_factory=list)
    values: list[tuple] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stored = self.index.stored

    def prepare(self, groups: list[list[Row]]) -> list[str | None]:
        """Read what the groups refer to: their documents, and the annotations they may repeat.
        Returns each group's document reference (None where it names none; `add` says why)."""
        references: list[str | None] = []
        keys: list[str] = []
        self.uuid_keys, self.stamps = {}, {}
        uuid_less = []
        for group in groups:
            fields = group[0][1]
            try:
                reference: str | None = _document_reference(fields)
            except InvalidInputError:
                reference = None
            references.append(reference)
            text = fields[ANNOTATION_UUID].strip()
            if text:
                key = self.uuid_keys[text] = uuid_key_of(text)
                if key is not None:
                    keys.append(key)
            elif reference is not None:
                uuid_less.append((group[0], reference))
        self.index.load_documents({reference for reference in references if reference})
        self.present_uuids = self.index.present_uuid_keys(keys)
        spans: set[tuple[int, int, int, int]] = set()
        for row, reference in uuid_less:
            spans.update(self._candidate_spans(row, reference))
        self.spans = dict(self.index.spans_with_values(spans))
        return references

    def _candidate_spans(self, row: Row, reference: str) -> list[tuple[int, int, int, int]]:
        """Where a group without uuid may be in the project already, read either way."""
        _line, fields, written = row
        try:
            document = self.index.documents.get(reference)
            coder = self.index.coder_id(fields[CODER])
        except AnnotatorError:
            return []
        if document is None or coder is None:
            return []
        spans = []
        for cells in (fields,) if written is fields else (fields, written):
            with contextlib.suppress(ValueError):
                spans.append((document.id, coder, int(cells[START]), int(cells[END])))
        return spans

    def _stamp(self, text: str, column: str) -> Any:
        """The stored form (SQLite) or the datetime of a created/updated cell, now if empty."""
        stamp = self.stamps.get(text)
        if stamp is None:
            value = _timestamp(text, column) or self.now
            stamp = self.stamps[text] = timestamp_key(value) if self.stored else value
        return stamp

    def add(self, group: list[Row], reference: str | None, report: ImportCodingsReport) -> None:
        """Check one group as `insert_annotation` would; keep it for writing if it fits
        (`reference`: the document it names, from `prepare`)."""
        first = group[0][1]
        if len(group) > 1:
            shared = first[:SHARED]
            for _line, fields, _written in group[1:]:
                if fields[:SHARED] == shared:
                    continue
                for position, name in enumerate(SHARED_FIELDS):
                    if fields[position] != first[position]:
                        raise InvalidInputError(
                            f"rows of one annotation disagree on {name} (see line {group[0][0]})"
                        )
        document = self.index.document(reference or _document_reference(first))
        text = document.text
        if first is not group[0][2]:  # a ' was taken off a cell
            group = _as_written_if_only_that_fits(group, text)
            first = group[0][1]
        try:
            start, end = int(first[START]), int(first[END])
        except ValueError:
            start, end = _integer(first[START], "start"), _integer(first[END], "end")
        coder = first[CODER].strip()
        if not coder:
            raise InvalidInputError("the coder is empty")
        quote = first[QUOTE]
        if 0 <= start < end <= len(text) and text[start:end] != quote:
            found = text[start:end]
            raise InvalidInputError(
                f"the quote {quote[:40]!r} is not the text at {start}-{end} of document "
                f"{document.id} ({found[:40]!r})"
            )
        values = _values(group)
        annotation_uuid = first[ANNOTATION_UUID].strip()
        uuid_key = None
        if annotation_uuid:
            uuid_key = self.uuid_keys.get(annotation_uuid) or uuid_key_of(annotation_uuid)
            if uuid_key is None:
                raise InvalidInputError(f"annotation_uuid {annotation_uuid!r} is not a uuid")
            if uuid_key in self.present_uuids:
                report.present += 1
                return
        else:
            coder_id = self.index.coder_id(coder)
            candidates = self.spans.get((document.id, coder_id or 0, start, end))
            if candidates and _wanted(values) in [
                _wanted(other) if isinstance(other, dict) else other for other in candidates
            ]:
                report.present += 1
                return
        stamps = self.stamps
        created = stamps.get(first[CREATED]) or self._stamp(first[CREATED], "created")
        updated = stamps.get(first[UPDATED]) or self._stamp(first[UPDATED], "updated")
        if not 0 <= start < end <= len(text):
            problem = span_problem(text, start, end)
            raise InvalidInputError(f"document {document.id}: {problem}")
        coder_id = self.index.coder_id(coder)
        resolved = self.index.resolve(values)
        if coder_id is None:
            coder_id = self.index.add_coder(coder)
        self.index.write_new_codes(resolved)
        annotation_id = self.next_id
        self.next_id += 1
        self.annotations.append(
            (annotation_id, uuid_key, document.id, coder_id, start, end, quote, first[MEMO],
             created, updated)
        )  # fmt: skip
        self.values.extend(
            [(annotation_id, item.variable.id, item.code.id if item.code else None, item.text)
             for item in resolved]
        )  # fmt: skip
        if uuid_key is not None:
            self.present_uuids.add(uuid_key)
        else:
            self.spans.setdefault((document.id, coder_id, start, end), []).append(values)
        report.added += 1

    def write(self) -> None:
        """Insert the batch's annotations and values (in SQLite's stored forms where it is)."""
        session = self.index.session
        self.index.flush_codes()
        new_keys = _new_uuid_keys(sum(row[1] is None for row in self.annotations))
        annotations = [
            row if row[1] is not None else (row[0], next(new_keys), *row[2:])
            for row in self.annotations
        ]
        if not self.stored:
            annotations = [(row[0], uuid_module.UUID(hex=row[1]), *row[2:]) for row in annotations]
        stored = self.stored
        insert_tuples(session, Annotation.__table__, ANNOTATION_COLUMNS, annotations, stored=stored)
        insert_tuples(session, AnnotationValue.__table__, VALUE_COLUMNS, self.values, stored=stored)
        self.annotations, self.values = [], []


def import_codings(
    project: Project, path: Path | str, *, exact_text: bool | None = None
) -> ImportCodingsReport:
    """Add the codings of a codings CSV; see the module docstring.

    `exact_text` True takes every cell as written; None tells from the file (`read_codings_csv`).
    The file is read a chunk at a time, in one pass when each annotation's rows are adjacent (as
    the export writes them); otherwise the write is rolled back and the rows are put in order
    first (`codings_rows`). Either way nothing is written unless the whole file could be read.
    """
    path = Path(path)
    with paused_gc():  # 100,000 rows of plain tuples: the collector walked them again and again
        try:
            with CodingsCsvReader(path) as reader:
                return _import_rows(project, path, file_rows(reader, exact_text), True)
        except ReadAgain as again:
            if again.exact_text is not None:
                exact_text = again.exact_text
            if not again.reorder:
                with contextlib.suppress(ReadAgain), CodingsCsvReader(path) as reader:
                    return _import_rows(project, path, file_rows(reader, exact_text), True)
        with rows_in_group_order(path, exact_text) as ordered:
            return _import_rows(project, path, ordered, False)


def _import_rows(
    project: Project, path: Path, chunks: Iterable[list[Row]], check_order: bool
) -> ImportCodingsReport:
    report = ImportCodingsReport(str(path))
    with project.writing() as session, _page_cache_for_batches(session):
        last = session.scalar(select(func.max(Annotation.id))) or 0
        batch = _Batch(ProjectIndex(session), last + 1, utc_now())
        pending: list[list[Row]] = []
        for group in annotation_groups(chunks, check_order=check_order):
            pending.append(group)
            if len(pending) == GROUPS_PER_BATCH:
                _check_and_write(batch, pending, report)
                pending = []
        _check_and_write(batch, pending, report)
    report.rejected.sort(key=lambda row: row.line)
    return report


@contextlib.contextmanager
def _page_cache_for_batches(session: Session) -> Iterator[None]:
    """On SQLite, a page cache of PAGE_CACHE_KIB while importing, set back afterwards.

    SQLite's default 2 MB held less than a batch's documents, which the inserts then read again
    to check their foreign keys: at a million rows the inserts took 6.9 s, 6.1 s with 16 MB
    (64 MB: no better). Other databases keep their own settings.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    page_kib = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one()) // 1024
    if (-before if before < 0 else before * page_kib) >= PAGE_CACHE_KIB:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(DBAPIError):  # (the error that ends the import is the one told)
            connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _check_and_write(batch: _Batch, groups: list[list[Row]], report: ImportCodingsReport) -> None:
    if not groups:
        return
    references = batch.prepare(groups)
    for group, reference in zip(groups, references, strict=True):
        try:
            batch.add(group, reference, report)
        except AnnotatorError as error:
            report.rejected.extend(RejectedRow(row[0], str(error)) for row in group)
    batch.write()
