"""Exporting the coded data for analysis: the codings workbook (.xlsx) and long-format CSV.

This module gathers what the writers need — documents, coders, statuses, the codebook and one
`Segment` per annotation with its context — in a few Core selects (no per-row ORM objects), as
the records of `annotator.core.records.codings`, and hands them to
`annotator.io.exports.codings_xlsx` or `annotator.io.exports.codings_csv`, which know nothing about
the database. Segments come in a stable order (document, start, end, coder, uuid) and values in
codebook order, so exporting twice gives the same file contents. The file is written under a
temporary name and moved into place only when complete; a cancelled export leaves nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from annotator.core.gc_pause import paused_gc
from annotator.core.labels import label_key
from annotator.core.records.codings import (
    DEFAULT_CONTEXT,
    CoderRow,
    CodingsData,
    DocumentRow,
    ExportCancelled,
)
from annotator.db.models import Annotation, Coder, Document, DocumentStatus
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.io.atomic import atomic_output
from annotator.services.codebooks.reading import read_codebook
from annotator.services.export_segments import SegmentStream
from annotator.services.machine.provenance import read_provenance

Progress = Callable[[int, int], None]  # rows written, rows in all


@dataclass
class ExportReport:
    path: str
    format: str
    segments: int = 0
    documents: int = 0
    coders: list[str] = field(default_factory=list)
    rows: int = 0  # data rows in the main sheet or the CSV
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)
    exact_text: bool = False  # CSV: cells as stored, not made safe to open in a spreadsheet
    prefixed_cells: int = 0  # CSV: cells given a leading ' so that spreadsheets show them as text

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def _selected_coders(rows: list[CoderRow], names: Sequence[str] | None) -> list[CoderRow]:
    if not names:
        return rows
    by_name = {label_key(row.name): row for row in rows}
    chosen = []
    for name in names:
        row = by_name.get(label_key(name.strip()))
        if row is None:
            known = ", ".join(row.name for row in rows) or "none"
            raise NotFoundError(f"no coder {name!r} in this project (coders: {known})")
        if row not in chosen:
            chosen.append(row)
    return chosen


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
        chosen = _selected_coders(all_coders, coders)
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
    kind = output.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "csv"):
        raise InvalidInputError(f"{output}: export to .xlsx or .csv (not {output.suffix or '?'})")
    if not output.parent.is_dir():
        raise InvalidInputError(f"{output}: the folder {output.parent} does not exist")
    if context_chars < 0:
        raise InvalidInputError("the context length cannot be negative")
    # each batch of segments is plain records and tuples: the collector walked them for nothing
    with paused_gc(), reading_codings(project, coders=coders, context_chars=context_chars) as data:
        return _write(data, output, kind, progress, should_cancel, exact_text)


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
