"""Importing article files into a project, file by file, with a report of what happened.

Files are read and decoded outside any transaction; complete documents are then written in short
batches (`BATCH_SIZE` documents or `BATCH_SECONDS`, whichever comes first), each batch one
committed transaction. A file is therefore either wholly in the project or not at all, and a bad
file never touches the database: it is listed under `failed` with its reason while the rest
import. Should a batch be refused by the database, its files are retried one transaction each, so
one bad row cannot sink its neighbours. Texts already in the project (same SHA-256) are listed as
duplicates and skipped, so importing the same folder twice adds nothing.

All documents of one file (a Nexis export, a spreadsheet) go into the same batch, so a file is
imported whole or not at all, also when the user cancels. Files are parsed in worker processes
when the batch is large (`annotator.io.imports.parallel`); the GUI can call `preview_paths` first to
show what would be imported (nothing is written), then `import_previews` to store exactly that.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid as uuid_module
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import Table, func, select

from annotator.core.gc_pause import paused_gc
from annotator.db.base import utc_now
from annotator.db.models import Document
from annotator.db.project import Project, ProjectNotWritableError
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.parallel import parse_files
from annotator.io.imports.sources import Parsed, discover_files, readable_name
from annotator.services.fast_rows import (
    dashed,
    insert_tuples,
    timestamp_key,
    uses_stored_forms,
)

if TYPE_CHECKING:
    from annotator.io.imports.spreadsheets import TablePreview

log = logging.getLogger(__name__)

BATCH_SIZE = 2000
DOCUMENTS = cast(Table, Document.__table__)
BATCH_SECONDS = 1.0

Progress = Callable[[int, int, Path], None]  # files done, files in all, current file


@dataclass(frozen=True)
class ImportedDocument:
    path: str
    id: int
    uuid: str
    title: str
    outlet: str | None = None
    published: str | None = None  # ISO date
    language: str | None = None


@dataclass(frozen=True)
class DuplicateDocument:
    path: str
    title: str
    existing_id: int


@dataclass(frozen=True)
class FailedFile:
    path: str
    error: str


@dataclass(frozen=True)
class ImportWarning:
    """An imported document the user should check (e.g. a page whose article was found in part)."""

    path: str
    id: int
    title: str
    warning: str


@dataclass
class ImportReport:
    imported: list[ImportedDocument] = field(default_factory=list)
    duplicates: list[DuplicateDocument] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": [vars(item) for item in self.imported],
            "duplicates": [vars(item) for item in self.duplicates],
            "failed": [vars(item) for item in self.failed],
            **({"warnings": [vars(item) for item in self.warnings]} if self.warnings else {}),
            **({"cancelled": True} if self.cancelled else {}),
        }


class _Pending(NamedTuple):  # a tuple: made once per document, so it should cost little
    path: str
    document: ParsedDocument
    sha256: str
    uuid_hex: str  # 32 lowercase hex digits, as SQLite stores a uuid


COLUMNS = (
    "uuid", "sha256", "title", "outlet", "author", "published", "url", "language",
    "source_file", "text", "raw", "extra", "imported_at",
)  # fmt: skip


def _uuid4_hex() -> str:
    """A random (version 4) uuid as 32 hex digits: `uuid.uuid4().hex`, without the object."""
    value = bytearray(os.urandom(16))
    value[6] = (value[6] & 0x0F) | 0x40  # version 4
    value[8] = (value[8] & 0x3F) | 0x80  # RFC 4122 variant
    return value.hex()


def _stored_row(item: _Pending, stored_now: str) -> tuple[Any, ...]:
    """The row as SQLite stores it, exactly what the ORM's types write (a test compares them):
    uuid as hex, date as ISO text, JSON as `json.dumps`, timestamp as `fast_rows.timestamp_key`."""
    document = item.document
    return (
        item.uuid_hex,
        item.sha256,
        document.title,
        document.outlet,
        document.author,
        document.published.isoformat() if document.published else None,
        document.url,
        document.language,
        document.source_file,
        document.text,
        document.raw if document.raw != document.text else None,
        _extra_json(document.extra),
        stored_now,
    )


_EXTRA_JSON: dict[tuple[tuple[str, str], ...], str] = {}
_EXTRA_JSON_ENTRIES = 256


def _extra_json(extra: dict[str, Any]) -> str:
    """`json.dumps(extra)`, remembered for the few all-text extras that recur in a batch (most
    plain-text files carry just their encoding): a third of the cost per document."""
    if not all(type(value) is str for value in extra.values()):
        return json.dumps(extra)
    key = tuple(extra.items())
    stored = _EXTRA_JSON.get(key)
    if stored is None:
        stored = json.dumps(extra)
        if len(_EXTRA_JSON) < _EXTRA_JSON_ENTRIES:
            _EXTRA_JSON[key] = stored
    return stored


def _typed_row(item: _Pending, now: datetime) -> tuple[Any, ...]:
    """The row as Python values, for databases whose stored forms differ from SQLite's."""
    document = item.document
    return (
        uuid_module.UUID(hex=item.uuid_hex),
        item.sha256,
        document.title,
        document.outlet,
        document.author,
        document.published,
        document.url,
        document.language,
        document.source_file,
        document.text,
        document.raw if document.raw != document.text else None,
        document.extra,
        now,
    )


class _BatchWriter:
    """Collects parsed documents and writes them in short committed batches, file by file."""

    def __init__(self, project: Project, report: ImportReport, known: dict[str, int]) -> None:
        self.project = project
        self.report = report
        self.known = known  # sha256 -> document id (0 while its batch is not written yet)
        self.pending: list[_Pending] = []
        self.waiting: list[tuple[Path, str, str]] = []  # duplicates of pending documents
        self.started = time.monotonic()
        self.now = utc_now()

    def add_file(self, path: str, documents: Iterable[ParsedDocument]) -> None:
        for document in documents:
            self._add(path, document)
        if len(self.pending) >= BATCH_SIZE or time.monotonic() - self.started > BATCH_SECONDS:
            self.flush()

    def _add(self, path: str, document: ParsedDocument) -> None:
        sha256 = document.sha256
        if sha256 in self.known:
            if self.known[sha256] == 0:
                self.waiting.append((path, document.title, sha256))
            else:
                self.report.duplicates.append(
                    DuplicateDocument(readable_name(path), document.title, self.known[sha256])
                )
            return
        self.known[sha256] = 0
        self.pending.append(_Pending(path, document, sha256, _uuid4_hex()))

    def _write(self, batch: list[_Pending]) -> list[int]:
        # Rows in SQLite's stored forms, many per INSERT (`fast_rows`): RETURNING would make
        # SQLite run it row by row, and SQLAlchemy's per-row type processing doubled its time.
        with self.project.writing() as session:
            connection = session.connection()
            before = connection.execute(select(func.max(Document.id))).scalar() or 0
            if uses_stored_forms(session):
                stored_now = timestamp_key(self.now)
                rows = [_stored_row(item, stored_now) for item in batch]
                insert_tuples(session, DOCUMENTS, COLUMNS, rows, stored=True)
            else:
                rows = [_typed_row(item, self.now) for item in batch]
                insert_tuples(session, DOCUMENTS, COLUMNS, rows)
            new = Document.id > before
            count, low, high = connection.execute(
                select(func.count(), func.min(Document.id), func.max(Document.id)).where(new)
            ).one()
            if (count, low, high) == (len(batch), before + 1, before + len(batch)):
                # consecutive rowids, one per row: SQLite gave them in insertion order
                return list(range(before + 1, before + len(batch) + 1))
            query = select(Document.uuid, Document.id).where(new)
            by_uuid = {stored.hex: document_id for stored, document_id in connection.execute(query)}
            return [by_uuid[item.uuid_hex] for item in batch]

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        self.started = time.monotonic()
        if batch:
            self._write_batch(batch)
        waiting, self.waiting = self.waiting, []
        for path, title, sha256 in waiting:
            if self.known.get(sha256):
                self.report.duplicates.append(
                    DuplicateDocument(readable_name(path), title, self.known[sha256])
                )
            else:
                self.report.failed.append(
                    FailedFile(
                        readable_name(path), "same text as a document that could not be stored"
                    )
                )

    def _write_batch(self, batch: list[_Pending]) -> None:
        try:
            ids = self._write(batch)
        except ProjectNotWritableError:
            raise  # the place refused, not these rows: no other batch can fare better
        except AnnotatorError as error:
            by_file: dict[str, list[_Pending]] = {}
            for item in batch:
                by_file.setdefault(item.path, []).append(item)
            if len(by_file) == 1:  # one file's documents: none of them is stored
                for item in batch:
                    self.known.pop(item.sha256, None)
                self.report.failed.append(FailedFile(readable_name(batch[0].path), str(error)))
                return
            log.warning("a batch of %d documents was refused; retrying file by file", len(batch))
            for items in by_file.values():
                self._write_batch(items)
            return
        for item, document_id in zip(batch, ids, strict=True):
            self._record(item, document_id)

    def _record(self, item: _Pending, document_id: int) -> None:
        self.known[item.sha256] = document_id
        document = item.document
        self.report.imported.append(
            ImportedDocument(
                readable_name(item.path),
                document_id,
                dashed(item.uuid_hex),
                document.title,
                document.outlet,
                document.published.isoformat() if document.published else None,
                document.language,
            )
        )
        for warning in document.warnings:
            self.report.warnings.append(
                ImportWarning(item.path, document_id, document.title, warning)
            )


def import_documents(
    project: Project, documents: Iterable[tuple[Path, ParsedDocument]]
) -> ImportReport:
    """Store already parsed documents (e.g. the demo corpus), skipping duplicates."""
    report = ImportReport()
    writer = _BatchWriter(project, report, _known_hashes(project))
    for path, document in documents:
        writer.add_file(str(path), [document])
    writer.flush()
    return report


def _known_hashes(project: Project) -> dict[str, int]:
    with project.reading() as session:
        return dict(session.execute(select(Document.sha256, Document.id)).all())


def import_paths(
    project: Project,
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    options: ImportOptions | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import every supported file under `paths`; see the module docstring for the guarantees.

    `options.as_is` stores plain text exactly as read; `workers` overrides the number of parsing
    processes (1: parse in this process; None: all cores for large batches).
    """
    report = ImportReport()
    writer = _BatchWriter(project, report, _known_hashes(project))
    files = list(discover_files(paths))
    parsed_files = parse_files(files, options or ImportOptions(), workers=workers)
    with paused_gc():  # parsed documents hold no cycles; collections only rescanned them
        try:
            _store_parsed(parsed_files, files, writer, report, progress, should_cancel)
        except ProjectNotWritableError as error:
            if not report.imported:
                raise
            kept = f"; the {len(report.imported)} documents stored before that are kept"
            raise ProjectNotWritableError(error.path, error.problem + kept) from error
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), Path())
    return report


def _store_parsed(
    parsed_files: Generator[tuple[str, Parsed], None, None],
    files: list[str],
    writer: _BatchWriter,
    report: ImportReport,
    progress: Progress | None,
    should_cancel: Callable[[], bool] | None,
) -> None:
    try:
        for done, (path, parsed) in enumerate(parsed_files):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(files), Path(path))
            if isinstance(parsed, str):
                report.failed.append(FailedFile(readable_name(path), parsed))
            else:
                writer.add_file(path, parsed)
    finally:
        parsed_files.close()  # stops the worker processes, also after a cancel
    writer.flush()


@dataclass(frozen=True)
class FilePreview:
    """What one file would import: its documents, or why it cannot be imported."""

    path: Path
    documents: list[ParsedDocument]
    error: str | None = None
    duplicate_of: list[int | None] = field(default_factory=list)  # per document: existing id


def preview_paths(
    paths: Iterable[Path | str],
    options: ImportOptions | None = None,
    *,
    project: Project | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> list[FilePreview]:
    """Parse the files as `import_paths` would, writing nothing (the GUI's preview step).

    With `project`, documents whose text is already in it are marked with its id.
    """
    known = _known_hashes(project) if project is not None else {}
    files = [Path(name) for name in discover_files(paths)]
    previews: list[FilePreview] = []
    parsed_files = parse_files(files, options or ImportOptions(), workers=workers)
    try:
        for done, (path, parsed) in enumerate(parsed_files):
            if should_cancel is not None and should_cancel():
                break
            if progress is not None:
                progress(done, len(files), path)
            if isinstance(parsed, str):
                previews.append(FilePreview(path, [], parsed))
            else:
                duplicates = [known.get(document.sha256) for document in parsed]
                previews.append(FilePreview(path, parsed, None, duplicates))
    finally:
        parsed_files.close()
    return previews


def import_previews(
    project: Project,
    previews: Iterable[FilePreview],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Store what `preview_paths` returned (possibly with metadata the user corrected).

    A cancel stops between files: what was stored so far stays (each file whole) and the report
    says `cancelled`, listing exactly those documents, so the caller can offer to undo them."""
    report = ImportReport()
    writer = _BatchWriter(project, report, _known_hashes(project))
    chosen = list(previews)
    with paused_gc():
        for done, preview in enumerate(chosen):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(chosen), preview.path)
            if preview.error is not None:
                report.failed.append(FailedFile(readable_name(str(preview.path)), preview.error))
            else:
                writer.add_file(str(preview.path), preview.documents)
        writer.flush()
    if progress is not None and not report.cancelled:
        progress(len(chosen), len(chosen), Path())
    return report


def preview_table(path: Path | str) -> TablePreview:
    """Headers, first rows and the guessed column mapping of a .csv/.xlsx (nothing is written).

    Raises AnnotatorError with the reason when the table cannot be read.
    """
    from annotator.io.imports.spreadsheets import preview_table as read_preview

    try:
        return read_preview(Path(path))
    except ImportProblem as error:
        raise InvalidInputError(f"{path}: {error}") from error
