"""Exporting the coded data for analysis: the codings workbook (.xlsx) and long-format CSV.

This module gathers what the writers need — documents, coders, statuses, the codebook and one
`Segment` per annotation with its context — in a few Core selects (no per-row ORM objects), as
the records of `annotator.core.records.codings`, and hands them to
`annotator.io.exports.codings_xlsx` or `annotator.io.exports.codings_csv`, which know nothing about
the database. Segments come in a stable order (document, start, end, coder, uuid) and values in
codebook order, so exporting twice gives the same file contents. The file is written under a
temporary name and moved into place only when complete; a cancelled export leaves nothing.
A SQLite project's CSV skips all this: `annotator.services.quick_csv_export` writes the same
bytes from the driver's rows (the path here stays for other databases).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.gc_pause import paused_gc
from annotator.core.records.codings import (
    DEFAULT_CONTEXT,
    CoderRow,
    CodingsData,
    DocumentRow,
    ExportCancelled,
)
from annotator.db.models import Annotation, Coder, Document, DocumentStatus
from annotator.db.project import Project
from annotator.io.atomic import atomic_output
from annotator.services.codebooks.reading import read_codebook
from annotator.services.export_report import ExportReport, Progress, export_kind, selected_coders
from annotator.services.export_segments import SegmentStream
from annotator.services.machine.provenance import read_provenance
from annotator.services.quick_csv_export import export_csv_on_driver

__all__ = ["ExportReport", "Progress", "collect_codings", "export_codings", "reading_codings"]


@contextmanager
def reading_codings(
    project: Project, *, coders: Sequence[str] | None = None, context_chars: int = DEFAULT_CONTEXT
) -> Iterator[CodingsData]:
    """Everything an export writes, in one snapshot (one read transaction, open while the caller
    writes): the segments are not held but read again, a batch of documents at a time, each time
    the writer goes through them, so a million annotations take the memory of a few thousand."""
    with project.reading() as session:
        variables = read_codebook(session)
        counts = dict(
            session.execute(
                select(Annotation.coder_id, func.count()).group_by(Annotation.coder_id)
            ).all()
        )
        all_coders = [
            CoderRow(coder_id, str(coder_uuid), name, colour, counts.get(coder_id, 0))
            for coder_id, coder_uuid, name, colour in session.execute(
                select(Coder.id, Coder.uuid, Coder.name, Coder.colour).order_by(Coder.id)
            )
        ]
        chosen = selected_coders(all_coders, coders)
        names = {row.id: row.name for row in chosen}
        documents = [
            DocumentRow(row[0], str(row[1]), *row[2:])
            for row in session.execute(
                select(
                    Document.id,
                    Document.uuid,
                    Document.title,
                    Document.outlet,
                    Document.author,
                    Document.published,
                    Document.url,
                    Document.language,
                    Document.source_file,
                    func.length(Document.text),
                    Document.sha256,
                ).order_by(Document.id)
            )
        ]
        statuses = {
            (document_id, names[coder_id]): status.value
            for document_id, coder_id, status in session.execute(
                select(DocumentStatus.document_id, DocumentStatus.coder_id, DocumentStatus.status)
            )
            if coder_id in names
        }
        segments = SegmentStream(
            session,
            variables,
            names,
            context_chars,
            [document.id for document in documents],
            sum(row.annotations for row in chosen),
        )
        machine = read_provenance(session, list(names))
        yield CodingsData(variables, documents, chosen, statuses, segments, context_chars, machine)


def collect_codings(
    project: Project, *, coders: Sequence[str] | None = None, context_chars: int = DEFAULT_CONTEXT
) -> CodingsData:
    """Everything an export writes, read in one snapshot, with every segment held in a list."""
    with reading_codings(project, coders=coders, context_chars=context_chars) as data:
        data.segments = list(data.segments)
    return data


def export_codings(
    project: Project,
    output: Path | str,
    *,
    coders: Sequence[str] | None = None,
    context_chars: int = DEFAULT_CONTEXT,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    exact_text: bool = False,
) -> ExportReport:
    """Write the codings to `output` (.xlsx workbook or long-format .csv).

    A CSV is safe to open in a spreadsheet unless `exact_text` (see
    `annotator.io.exports.codings_csv`).
    """
    output = Path(output)
    kind = export_kind(output, context_chars)
    if kind == "csv":
        with paused_gc(), project.reading() as session:
            driver = sqlite_driver(session)
            if driver is not None:  # SQLite: the rows straight from the driver, same bytes
                return export_csv_on_driver(
                    driver,
                    output,
                    coders=coders,
                    exact_text=exact_text,
                    progress=progress,
                    should_cancel=should_cancel,
                )
    # each batch of segments is plain records and tuples: the collector walked them for nothing
    with paused_gc(), reading_codings(project, coders=coders, context_chars=context_chars) as data:
        return _write(data, output, kind, progress, should_cancel, exact_text)


def sqlite_driver(session: Session) -> sqlite3.Connection | None:
    """The session's `sqlite3` connection (inside its transaction), or None on another database,
    where the CSV is written through SQLAlchemy (`reading_codings`)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    driver = connection.connection.driver_connection
    return driver if isinstance(driver, sqlite3.Connection) else None


def _write(
    data: CodingsData,
    output: Path,
    kind: str,
    progress: Progress | None,
    should_cancel: Callable[[], bool] | None,
    exact_text: bool,
) -> ExportReport:
    report = ExportReport(
        str(output),
        kind,
        len(data.segments),
        len(data.documents),
        [coder.name for coder in data.coders],
    )
    try:
        with atomic_output(output) as temporary:
            if kind == "xlsx":
                from annotator.io.exports.codings_xlsx import write_codings_xlsx

                report.rows = write_codings_xlsx(data, temporary, progress, should_cancel)
            else:
                from annotator.io.exports.codings_csv import write_codings_csv

                written = write_codings_csv(
                    data, temporary, progress, should_cancel, exact_text=exact_text
                )
                report.rows, report.prefixed_cells = written.rows, written.prefixed_cells
                report.exact_text = exact_text
    except ExportCancelled:
        report.cancelled = True
    return report
