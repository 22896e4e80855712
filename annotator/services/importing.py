"""Importing article files into a project, file by file, with a report of what happened.

Files are read and decoded outside any transaction; complete documents are then written in short
batches (`BATCH_SIZE` documents or `BATCH_SECONDS`, whichever comes first), each batch one
committed transaction. A file is therefore either wholly in the project or not at all, and a bad
file never touches the database: it is listed under `failed` with its reason while the rest
import. Should a batch be refused by the database, its files are retried one transaction each, so
one bad row cannot sink its neighbours. Texts already in the project (same SHA-256) are listed as
duplicates and skipped, so importing the same folder twice adds nothing.
"""

from __future__ import annotations

import logging
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from annotator.core.text import text_sha256
from annotator.db.base import utc_now
from annotator.db.models import Document
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.io.documents import ParsedDocument
from annotator.io.sources import discover_files, parse_file

log = logging.getLogger(__name__)

BATCH_SIZE = 2000
BATCH_SECONDS = 1.0

Progress = Callable[[int, int, Path], None]  # files done, files in all, current file


@dataclass(frozen=True)
class ImportedDocument:
    path: str
    id: int
    uuid: str
    title: str


@dataclass(frozen=True)
class DuplicateDocument:
    path: str
    title: str
    existing_id: int


@dataclass(frozen=True)
class FailedFile:
    path: str
    error: str


@dataclass
class ImportReport:
    imported: list[ImportedDocument] = field(default_factory=list)
    duplicates: list[DuplicateDocument] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": [vars(item) for item in self.imported],
            "duplicates": [vars(item) for item in self.duplicates],
            "failed": [vars(item) for item in self.failed],
            **({"cancelled": True} if self.cancelled else {}),
        }


@dataclass(frozen=True)
class _Pending:
    path: Path
    document: ParsedDocument
    row: dict[str, Any]


def _row(document: ParsedDocument, sha256: str, now: datetime) -> dict[str, Any]:
    return {
        "uuid": uuid_module.uuid4(),
        "sha256": sha256,
        "title": document.title,
        "outlet": document.outlet,
        "author": document.author,
        "published": document.published,
        "url": document.url,
        "language": document.language,
        "source_file": document.source_file,
        "text": document.text,
        "raw": document.raw if document.raw != document.text else None,
        "extra": document.extra,
        "imported_at": now,
    }


class _BatchWriter:
    """Collects parsed documents and writes them in short committed batches."""

    def __init__(self, project: Project, report: ImportReport, known: dict[str, int]) -> None:
        self.project = project
        self.report = report
        self.known = known  # sha256 -> document id (0 while its batch is not written yet)
        self.pending: list[_Pending] = []
        self.started = time.monotonic()
        self.now = utc_now()

    def add(self, path: Path, document: ParsedDocument) -> None:
        sha256 = text_sha256(document.text)
        if sha256 in self.known:
            if self.known[sha256] == 0:
                self.flush()
            self.report.duplicates.append(
                DuplicateDocument(str(path), document.title, self.known[sha256])
            )
            return
        self.known[sha256] = 0
        self.pending.append(_Pending(path, document, _row(document, sha256, self.now)))
        if len(self.pending) >= BATCH_SIZE or time.monotonic() - self.started > BATCH_SECONDS:
            self.flush()

    def _write(self, batch: list[_Pending]) -> list[int]:
        # A plain executemany: RETURNING would make SQLite run it row by row.
        with self.project.writing() as session:
            connection = session.connection()
            before = connection.execute(select(func.max(Document.id))).scalar() or 0
            connection.execute(insert(Document.__table__), [item.row for item in batch])
            ids = list(
                connection.execute(
                    select(Document.id).where(Document.id > before).order_by(Document.id)
                ).scalars()
            )
            if ids == list(range(before + 1, before + len(batch) + 1)):
                return ids  # consecutive rowids: assigned in insertion order
            uuids = [item.row["uuid"] for item in batch]
            query = select(Document.uuid, Document.id).where(Document.id > before)
            by_uuid = dict(connection.execute(query).all())
            return [by_uuid[document_uuid] for document_uuid in uuids]

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        self.started = time.monotonic()
        if not batch:
            return
        if len(batch) == 1:
            self._write_alone(batch[0])
            return
        try:
            ids = self._write(batch)
        except AnnotatorError:
            log.warning("a batch of %d documents was refused; retrying one by one", len(batch))
            for item in batch:
                self._write_alone(item)
            return
        for item, document_id in zip(batch, ids, strict=True):
            self._record(item, document_id)

    def _write_alone(self, item: _Pending) -> None:
        try:
            (document_id,) = self._write([item])
        except AnnotatorError as error:
            del self.known[item.row["sha256"]]
            self.report.failed.append(FailedFile(str(item.path), str(error)))
            return
        self._record(item, document_id)

    def _record(self, item: _Pending, document_id: int) -> None:
        self.known[item.row["sha256"]] = document_id
        self.report.imported.append(
            ImportedDocument(str(item.path), document_id, str(item.row["uuid"]), item.row["title"])
        )


def import_documents(
    project: Project, documents: Iterable[tuple[Path, ParsedDocument]]
) -> ImportReport:
    """Store already parsed documents (e.g. the demo corpus), skipping duplicates."""
    report = ImportReport()
    writer = _BatchWriter(project, report, _known_hashes(project))
    for path, document in documents:
        writer.add(path, document)
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
) -> ImportReport:
    """Import every supported file under `paths`; see the module docstring for the guarantees."""
    report = ImportReport()
    writer = _BatchWriter(project, report, _known_hashes(project))
    files = list(discover_files(Path(path) for path in paths))
    for done, path in enumerate(files):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(files), path)
        parsed = parse_file(path)
        if isinstance(parsed, str):
            report.failed.append(FailedFile(str(path), parsed))
            continue
        for document in parsed:
            writer.add(path, document)
    writer.flush()
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), Path())
    return report
