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

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from annotator.core.labels import label_key
from annotator.db.models import Annotation, Code, Variable
from annotator.db.project import Project
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.io.exports.codings_csv import CsvRow, read_codings_csv
from annotator.services.coding.annotations import insert_annotation
from annotator.services.references import find_coder, find_document, parse_uuid

SHARED_FIELDS = ("document_uuid", "document_id", "coder", "start", "end", "quote", "memo")


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


def _group(rows: list[CsvRow]) -> list[list[CsvRow]]:
    groups: dict[tuple[str, ...], list[CsvRow]] = {}
    for row in rows:
        fields = row.fields
        uuid_text = fields.get("annotation_uuid", "").strip()
        key = ("uuid", uuid_text) if uuid_text else tuple(fields.get(n, "") for n in SHARED_FIELDS)
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


def _document_reference(fields: dict[str, str]) -> str:
    uuid_text = fields.get("document_uuid", "").strip()
    if uuid_text:
        if parse_uuid(uuid_text) is None:
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


def _already_there(
    session: Session, document_id: int, coder: str, span: tuple[int, int], values: dict
) -> bool:
    """An annotation with this document, coder, span and values is in the project already."""
    row = find_coder(session, coder)
    if row is None:
        return False
    candidates = session.scalars(
        select(Annotation)
        .where(Annotation.document_id == document_id, Annotation.coder_id == row.id)
        .where(Annotation.start == span[0], Annotation.end == span[1])
        .options(selectinload(Annotation.values))
    ).all()
    wanted = {
        (label_key(name.strip()), label_key(item.strip()))
        for name, items in values.items()
        for item in items
    }
    for candidate in candidates:
        have = {
            (
                label_key(session.get(Variable, value.variable_id).name),
                label_key(
                    (
                        session.get(Code, value.code_id).label
                        if value.code_id
                        else value.text or ""
                    ).strip()
                ),
            )
            for value in candidate.values
        }
        if have == wanted:
            return True
    return False


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


def _import_group(session: Session, group: list[CsvRow], report: ImportCodingsReport) -> None:
    first = group[0].fields
    for row in group[1:]:
        for name in SHARED_FIELDS:
            if row.fields.get(name, "") != first.get(name, ""):
                raise InvalidInputError(
                    f"rows of one annotation disagree on {name} (see line {group[0].line})"
                )
    document = find_document(session, _document_reference(first))
    group = _as_written_if_only_that_fits(group, document.text)
    first = group[0].fields
    start, end = _integer(first.get("start", ""), "start"), _integer(first.get("end", ""), "end")
    coder = first.get("coder", "").strip()
    if not coder:
        raise InvalidInputError("the coder is empty")
    quote = first.get("quote", "")
    if 0 <= start < end <= len(document.text) and document.text[start:end] != quote:
        found = document.text[start:end]
        raise InvalidInputError(
            f"the quote {quote[:40]!r} is not the text at {start}-{end} of document "
            f"{document.id} ({found[:40]!r})"
        )
    values = _values(group)
    annotation_uuid = first.get("annotation_uuid", "").strip() or None
    if annotation_uuid is not None:
        parsed = parse_uuid(annotation_uuid)
        if parsed is None:
            raise InvalidInputError(f"annotation_uuid {annotation_uuid!r} is not a uuid")
        if session.scalar(select(Annotation.id).where(Annotation.uuid == parsed)) is not None:
            report.present += 1
            return
    elif _already_there(session, document.id, coder, (start, end), values):
        report.present += 1
        return
    insert_annotation(
        session,
        document=document.id,
        coder=coder,
        start=start,
        end=end,
        values=values,
        memo=first.get("memo", ""),
        annotation_uuid=annotation_uuid,
        created_at=_timestamp(first.get("created", ""), "created"),
        updated_at=_timestamp(first.get("updated", ""), "updated"),
    )
    report.added += 1


def import_codings(
    project: Project, path: Path | str, *, exact_text: bool | None = None
) -> ImportCodingsReport:
    """Add the codings of a codings CSV; see the module docstring.

    `exact_text` True takes every cell as written; None tells from the file (`read_codings_csv`).
    """
    path = Path(path)
    rows = read_codings_csv(path, exact_text=exact_text)
    report = ImportCodingsReport(str(path))
    with project.writing() as session:
        for group in _group(rows):
            try:
                with session.begin_nested():
                    _import_group(session, group, report)
            except AnnotatorError as error:
                report.rejected.extend(RejectedRow(row.line, str(error)) for row in group)
    report.rejected.sort(key=lambda row: row.line)
    return report
