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

Both kinds of CSV the export writes are read: the default one, safe to open in a spreadsheet
(a `'` before cells a spreadsheet would run, taken off here), and the exact one. Where the file
cannot say which it is, the quote decides: a group whose quote matches the document text only as
written (a quote that really starts with `'=`) is read as written.
"""

from __future__ import annotations

import contextlib
import functools
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from annotator.core.gc_pause import paused_gc
from annotator.core.labels import label_key
from annotator.core.offsets import span_problem
from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue
from annotator.db.project import Project
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.io.exports.codings_csv import CsvRow, read_codings_csv
from annotator.services.fast_rows import (
    insert_tuples,
    timestamp_key,
    uses_stored_forms,
)
from annotator.services.imports.codings_lookup import ProjectIndex, ValueKey
from annotator.services.references import parse_uuid

SHARED_FIELDS = ("document_uuid", "document_id", "coder", "start", "end", "quote", "memo")
_NO_CELLS = ("",) * len(SHARED_FIELDS)  # the default of each shared field a row lacks
GROUPS_PER_BATCH = 2000  # annotations checked and written together (bounded memory)
ANNOTATION_COLUMNS = (
    "id", "uuid", "document_id", "coder_id", "start", "end", "quote", "memo", "created_at",
    "updated_at",
)  # fmt: skip
VALUE_COLUMNS = ("annotation_id", "variable_id", "code_id", "text")


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


def _shared(fields: dict[str, str]) -> tuple[str, ...]:
    """The cells every row of one annotation repeats (`fields.get(name, "")`, mapped in C)."""
    return tuple(map(fields.get, SHARED_FIELDS, _NO_CELLS))


def _group(rows: list[CsvRow]) -> list[list[CsvRow]]:
    groups: dict[tuple[str, ...], list[CsvRow]] = {}
    for row in rows:
        fields = row.fields
        uuid_text = fields.get("annotation_uuid", "").strip()
        key = ("uuid", uuid_text) if uuid_text else _shared(fields)
        groups.setdefault(key, []).append(row)
    return list(groups.values())


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


@functools.lru_cache(maxsize=4096)
def _is_uuid(text: str) -> bool:
    """Whether `text` is a uuid (cached: a file names each document in many rows)."""
    return parse_uuid(text) is not None


def _document_reference(fields: dict[str, str]) -> str:
    uuid_text = fields.get("document_uuid", "").strip()
    if uuid_text:
        if not _is_uuid(uuid_text):
            raise InvalidInputError(f"document_uuid {uuid_text!r} is not a uuid")
        return uuid_text
    id_text = fields.get("document_id", "").strip()
    if not id_text.isdigit():
        raise InvalidInputError("the row names no document (document_uuid or document_id)")
    return id_text


def _values(group: list[CsvRow]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for row in group:
        name = row.fields.get("variable", "").strip()
        value = row.fields.get("value", "")
        if name and value.strip():
            values.setdefault(name, []).append(value)
        elif name or value.strip():
            raise InvalidInputError(f"line {row.line}: give both variable and value, or neither")
    return values


def _as_written_if_only_that_fits(group: list[CsvRow], text: str) -> list[CsvRow]:
    """The group read as written when only the written quote is the document's text there."""
    first = group[0]
    if first.fields == first.written:
        return group
    try:
        start, end = int(first.written.get("start", "")), int(first.written.get("end", ""))
    except ValueError:
        return group
    written, read = first.written.get("quote", ""), first.fields.get("quote", "")
    if 0 <= start < end <= len(text) and text[start:end] == written != read:
        return [CsvRow(row.line, row.written, row.written) for row in group]
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
    present_uuids: set[uuid_module.UUID] = field(default_factory=set)
    # value keys of the annotations at a span: in the project (ValueKey), or added by this import
    # (its values, turned into a key only when another group comes to the same span)
    spans: dict[tuple[int, int, int, int], list[ValueKey | dict[str, list[str]]]] = field(
        default_factory=dict
    )
    parsed_uuids: dict[str, uuid_module.UUID] = field(default_factory=dict)  # this batch's
    annotations: list[tuple] = field(default_factory=list)
    values: list[tuple] = field(default_factory=list)

    def prepare(self, groups: list[list[CsvRow]]) -> None:
        """Read what the groups refer to: their documents, and the annotations they may repeat."""
        references, uuids = set(), []
        self.parsed_uuids = {}
        for group in groups:
            fields = group[0].fields
            with contextlib.suppress(InvalidInputError):
                references.add(_document_reference(fields))
            text = fields.get("annotation_uuid", "").strip()
            parsed = parse_uuid(text) if text else None
            if parsed is not None:
                uuids.append(parsed)
                self.parsed_uuids[text] = parsed
        self.index.load_documents(references)
        self.present_uuids = self.index.present_uuids(uuids)
        spans: set[tuple[int, int, int, int]] = set()
        for group in groups:
            if not group[0].fields.get("annotation_uuid", "").strip():
                spans.update(self._candidate_spans(group[0]))
        self.spans = dict(self.index.spans_with_values(spans))

    def _candidate_spans(self, row: CsvRow) -> list[tuple[int, int, int, int]]:
        """Where a group without uuid may be in the project already, read either way."""
        try:
            document = self.index.documents.get(_document_reference(row.fields))
            coder = self.index.coder_id(row.fields.get("coder", ""))
        except AnnotatorError:
            return []
        if document is None or coder is None:
            return []
        spans = []
        for cells in (row.fields, row.written):
            with contextlib.suppress(ValueError):
                spans.append(
                    (document.id, coder, int(cells.get("start", "")), int(cells.get("end", "")))
                )
        return spans

    def add(self, group: list[CsvRow], report: ImportCodingsReport) -> None:
        """Check one group as `insert_annotation` would; keep it for writing if it fits."""
        first = group[0].fields
        if len(group) > 1:
            shared = _shared(first)
            for row in group[1:]:
                if _shared(row.fields) == shared:
                    continue
                for name in SHARED_FIELDS:
                    if row.fields.get(name, "") != first.get(name, ""):
                        raise InvalidInputError(
                            f"rows of one annotation disagree on {name} (see line {group[0].line})"
                        )
        document = self.index.document(_document_reference(first))
        group = _as_written_if_only_that_fits(group, document.text)
        first = group[0].fields
        text = document.text
        start = _integer(first.get("start", ""), "start")
        end = _integer(first.get("end", ""), "end")
        coder = first.get("coder", "").strip()
        if not coder:
            raise InvalidInputError("the coder is empty")
        quote = first.get("quote", "")
        if 0 <= start < end <= len(text) and text[start:end] != quote:
            found = text[start:end]
            raise InvalidInputError(
                f"the quote {quote[:40]!r} is not the text at {start}-{end} of document "
                f"{document.id} ({found[:40]!r})"
            )
        values = _values(group)
        annotation_uuid = first.get("annotation_uuid", "").strip() or None
        parsed = None
        if annotation_uuid is not None:
            parsed = self.parsed_uuids.get(annotation_uuid) or parse_uuid(annotation_uuid)
            if parsed is None:
                raise InvalidInputError(f"annotation_uuid {annotation_uuid!r} is not a uuid")
            if parsed in self.present_uuids:
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
        created = _timestamp(first.get("created", ""), "created") or self.now
        updated = _timestamp(first.get("updated", ""), "updated") or self.now
        problem = span_problem(text, start, end)
        if problem:
            raise InvalidInputError(f"document {document.id}: {problem}")
        coder_id = self.index.coder_id(coder)
        resolved = self.index.resolve(values)
        if coder_id is None:
            coder_id = self.index.add_coder(coder)
        self.index.write_new_codes(resolved)
        annotation_id = self.next_id
        self.next_id += 1
        self.annotations.append(
            (annotation_id, parsed or uuid_module.uuid4(), document.id, coder_id, start, end,
             text[start:end], first.get("memo", ""), created, updated)
        )  # fmt: skip
        for item in resolved:
            self.values.append(
                (annotation_id, item.variable.row.id, item.code.id if item.code else None,
                 item.text)
            )  # fmt: skip
        if parsed is not None:
            self.present_uuids.add(parsed)
        else:
            self.spans.setdefault((document.id, coder_id, start, end), []).append(values)
        report.added += 1

    def write(self) -> None:
        """Insert the batch's annotations and values (in SQLite's stored forms where it is)."""
        session = self.index.session
        self.index.flush_codes()
        stored = uses_stored_forms(session)
        annotations = self.annotations
        if stored:
            stamps: dict[datetime, str] = {}
            annotations = [
                (
                    *row[:1], row[1].hex, *row[2:8],  # uuid_key without its round trip
                    stamps.get(row[8]) or stamps.setdefault(row[8], timestamp_key(row[8])),
                    stamps.get(row[9]) or stamps.setdefault(row[9], timestamp_key(row[9])),
                )
                for row in annotations
            ]  # fmt: skip
        insert_tuples(session, Annotation.__table__, ANNOTATION_COLUMNS, annotations, stored=stored)
        insert_tuples(session, AnnotationValue.__table__, VALUE_COLUMNS, self.values, stored=stored)
        self.annotations, self.values = [], []


def import_codings(
    project: Project, path: Path | str, *, exact_text: bool | None = None
) -> ImportCodingsReport:
    """Add the codings of a codings CSV; see the module docstring.

    `exact_text` True takes every cell as written; None tells from the file (`read_codings_csv`).
    """
    with paused_gc():  # 100,000 rows of plain dicts and tuples: the collector walked them again
        return _import_codings(project, Path(path), exact_text)  # and again (0.8 s of 2.6 s)


def _import_codings(project: Project, path: Path, exact_text: bool | None) -> ImportCodingsReport:
    rows = read_codings_csv(path, exact_text=exact_text)
    report = ImportCodingsReport(str(path))
    groups = _group(rows)
    del rows
    with project.writing() as session:
        last = session.scalar(select(func.max(Annotation.id))) or 0
        batch = _Batch(ProjectIndex(session), last + 1, utc_now())
        for offset in range(0, len(groups), GROUPS_PER_BATCH):
            chunk = groups[offset : offset + GROUPS_PER_BATCH]
            batch.prepare(chunk)
            for group in chunk:
                try:
                    batch.add(group, report)
                except AnnotatorError as error:
                    report.rejected.extend(RejectedRow(row.line, str(error)) for row in group)
            batch.write()
    report.rejected.sort(key=lambda row: row.line)
    return report
