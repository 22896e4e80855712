"""`annotator export PROJECT -o study.qdpx`: the whole project as a REFI-QDA project.

What maps to what (README, "Exchanging whole projects"):

- every coder is a User (guid = the coder's uuid);
- the codebook is the CodeBook: each variable a non-codable top-level Code holding its code tree
  (as in the .qdc, `annotator.io.codebooks.qdc`), plus a Set carrying its name and version;
- every document is a TextSource (guid = its uuid, name = its title) whose plain text is
  `sources/<guid>.txt`; its outlet, author, date, URL, language and extra fields are
  VariableValues of project Variables;
- every annotation is a PlainTextSelection (guid = its uuid) by its coder, with one Coding per
  code it holds; text values travel in the selection's description; its memo is a Note that the
  selection refers to.

Left out, and said so in the report: coding statuses and assignments (the format has no place
for them). Everything is read in one snapshot, one document's annotations at a time. The file is
written atomically: a cancelled export (`should_cancel`, asked per document) leaves none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from annotator.core.records.codings import ExportCancelled
from annotator.db.models import (
    Annotation,
    AnnotationValue,
    Assignment,
    Code,
    Coder,
    Document,
    DocumentStatus,
    Variable,
)
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.io.exchange.qdpx_write import (
    QdpxNote,
    QdpxProject,
    QdpxSelection,
    QdpxSource,
    QdpxUser,
    QdpxVariable,
    derived_guid,
    write_qdpx,
)
from annotator.services.codebooks.sync import project_draft

DOCUMENT_FIELDS = (
    ("outlet", "Text"),
    ("author", "Text"),
    ("published", "Date"),
    ("url", "Text"),
    ("language", "Text"),
)
DOCUMENTS_PER_BATCH = 200  # metadata rows held at once (texts are streamed one by one)
NAME_LENGTH = 80  # a selection's name: the start of its quote, as other programs show it
Progress = Callable[[int, int, str], None]  # done, total, what is being written


@dataclass
class QdpxExportReport:
    path: str
    documents: int = 0
    annotations: int = 0
    coders: list[str] = field(default_factory=list)
    codes: int = 0
    notes: int = 0
    left_out: list[str] = field(default_factory=list)
    cancelled: bool = False  # no file was written

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def _variable(name: str, kind: str) -> QdpxVariable:
    return QdpxVariable(derived_guid("document field", name), name, kind)


def _short(quote: str) -> str:
    flat = " ".join(quote.split())
    return flat if len(flat) <= NAME_LENGTH else flat[: NAME_LENGTH - 1] + "…"


def _extra_fields(session: Session) -> list[str]:
    names: set[str] = set()
    for (extra,) in session.execute(select(Document.extra)):
        names.update(key for key, value in (extra or {}).items() if _scalar(value))
    return sorted(names - {name for name, _kind in DOCUMENT_FIELDS})


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) and value != ""


class _Reader:
    def __init__(
        self,
        session: Session,
        report: QdpxExportReport,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.session, self.report = session, report
        self.progress, self.should_cancel = progress, should_cancel
        self.total = 2 * (session.scalar(select(func.count()).select_from(Document)) or 0)
        self.done = 0  # texts, then documents' metadata and annotations: two steps per document
        self.fields = [_variable(name, kind) for name, kind in DOCUMENT_FIELDS]
        self.extras = [_variable(name, "Text") for name in _extra_fields(session)]
        self.coders = {row.id: (str(row.uuid), row.name) for row in session.scalars(select(Coder))}
        self.codes = {
            code_id: str(code_uuid)
            for code_id, code_uuid in session.execute(select(Code.id, Code.uuid))
        }
        self.variables = dict(session.execute(select(Variable.id, Variable.name)).all())

    def texts(self) -> Iterator[tuple[str, str]]:
        query = select(Document.uuid, Document.text).order_by(Document.id)
        for document_uuid, text in self.session.execute(query.execution_options(yield_per=50)):
            self.step("")
            yield str(document_uuid), text

    def step(self, title: str) -> None:
        """One document's text or annotations written: report it; stop when cancelled."""
        if self.should_cancel is not None and self.should_cancel():
            raise ExportCancelled
        if self.progress is not None:
            self.progress(self.done, self.total, title)
        self.done += 1

    def sources(self) -> Iterator[QdpxSource]:
        ids = list(self.session.scalars(select(Document.id).order_by(Document.id)))
        for first in range(0, len(ids), DOCUMENTS_PER_BATCH):
            yield from self._sources(ids[first : first + DOCUMENTS_PER_BATCH])

    def _sources(self, ids: list[int]) -> Iterator[QdpxSource]:
        query = select(
            Document.id, Document.uuid, Document.title, Document.outlet, Document.author,
            Document.published, Document.url, Document.language, Document.extra,
            Document.imported_at,
        ).where(Document.id.in_(ids)).order_by(Document.id)  # fmt: skip
        for row in self.session.execute(query).all():
            self.step(row.title or "")
            self.report.documents += 1
            source = QdpxSource(str(row.uuid), row.title or f"document {row.id}", row.imported_at)
            for variable, value in zip(
                self.fields, (row.outlet, row.author, row.published, row.url, row.language),
                strict=True,
            ):  # fmt: skip
                if value not in (None, ""):
                    source.values.append((variable, value))
            for variable in self.extras:
                value = (row.extra or {}).get(variable.name)
                if _scalar(value):
                    source.values.append((variable, value))
            source.selections = self.selections(row.id)
            yield source

    def selections(self, document_id: int) -> list[QdpxSelection]:
        annotations = self.session.execute(
            select(Annotation)
            .options(selectinload(Annotation.values))
            .where(Annotation.document_id == document_id)
            .order_by(Annotation.start, Annotation.end, Annotation.id)
        ).scalars()
        selections: list[QdpxSelection] = []
        for annotation in annotations:
            self.report.annotations += 1
            guid = str(annotation.uuid)
            selection = QdpxSelection(
                guid=guid, start=annotation.start, end=annotation.end,
                name=_short(annotation.quote), user=self.coders[annotation.coder_id][0],
                created=annotation.created_at, modified=annotation.updated_at,
                note=derived_guid("memo", guid) if annotation.memo.strip() else None,
            )  # fmt: skip
            for value in annotation.values:
                self._add_value(selection, value)
            selections.append(selection)
        self.session.expunge_all()  # one document's annotations in memory at a time
        return selections

    def _add_value(self, selection: QdpxSelection, value: AnnotationValue) -> None:
        if value.code_id is not None:
            selection.codes.append(self.codes[value.code_id])
        elif value.text is not None:
            selection.text_values[self.variables[value.variable_id]] = value.text

    def notes(self) -> Iterator[QdpxNote]:
        query = (
            select(Annotation.uuid, Annotation.memo, Annotation.coder_id, Annotation.updated_at)
            .where(func.trim(Annotation.memo) != "")
            .order_by(Annotation.id)
        )
        for annotation_uuid, memo, coder_id, updated in self.session.execute(
            query.execution_options(yield_per=500)
        ):
            self.report.notes += 1
            guid = str(annotation_uuid)
            yield QdpxNote(
                derived_guid("memo", guid), "Memo", memo, self.coders[coder_id][0], updated
            )


def export_qdpx(
    project: Project,
    output: Path | str,
    *,
    unique_names: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> QdpxExportReport:
    """Write the whole project to `output` (.qdpx); see the module docstring. A cancelled export
    returns a report with `cancelled` set; no file is written."""
    output = Path(output)
    if output.suffix.lower() != ".qdpx":
        raise InvalidInputError(f"{output}: a REFI-QDA project must end in .qdpx")
    if not output.parent.is_dir():
        raise InvalidInputError(f"{output}: the folder {output.parent} does not exist")
    draft = project_draft(project)
    report = QdpxExportReport(str(output), codes=len(draft.codes))
    with project.reading() as session:
        reader = _Reader(session, report, progress, should_cancel)
        report.coders = [name for _guid, name in reader.coders.values()]
        statuses = session.scalar(select(func.count()).select_from(DocumentStatus)) or 0
        assignments = session.scalar(select(func.count()).select_from(Assignment)) or 0
        exchange = QdpxProject(
            name=project.path.stem,
            users=[QdpxUser(guid, name) for guid, name in reader.coders.values()],
            codebook=draft,
            variables=reader.fields + reader.extras,
            texts=reader.texts,
            sources=reader.sources,
            notes=reader.notes,
            description=f"Exported by Annotator on {datetime.now(UTC):%Y-%m-%d}",
        )
        try:
            write_qdpx(exchange, output, unique_names=unique_names)
        except ExportCancelled:
            report.cancelled = True
            return report
    if statuses:
        report.left_out.append(
            f"{statuses} coding statuses (REFI-QDA has no place for a coder's progress)"
        )
    if assignments:
        report.left_out.append(f"{assignments} assignments of documents to coders")
    return report
