"""Removing documents with everything attached to them, and putting them back exactly.

Researchers import the wrong folder, or drop articles that turn out to be off-topic. Removing a
document also removes every coder's annotations, their values, the coders' statuses and the
assignments on it, all in one transaction. `remove_documents` returns those rows column by column
(same ids, uuids, timestamps, JSON), so `restore_documents` puts the database back exactly as it
was: the GUI's undo
of a removal and of an article import, and nothing a later merge keys on (uuids) changes.

Both directions are `undo_records.UndoRecord`s: `RemovedDocuments` (the rows, which hold each
text once, as the database did) puts them back and `DocumentsToRemove` (ids only) takes them out,
each a specialised record because a row change log of 10,000 imported articles would be slower.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from annotator.core.labels import label_key
from annotator.db.models import (
    Annotation,
    AnnotationValue,
    Assignment,
    AssignmentSet,
    Code,
    Coder,
    Document,
    DocumentStatus,
    MachineAnnotation,
    MachineResponse,
    MachineRun,
    Variable,
)
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.references import parse_uuid
from annotator.services.undo_records import Kind, Kinds

REMOVAL_KINDS: Kinds = frozenset({Kind.DOCUMENTS, Kind.ANNOTATIONS, Kind.STATUSES})

CHUNK = 500  # ids per IN (...) list, well under every database's parameter limit
Row = dict[str, Any]
T = TypeVar("T")
DOCUMENTS = cast(Table, Document.__table__)
ANNOTATIONS = cast(Table, Annotation.__table__)
VALUES = cast(Table, AnnotationValue.__table__)
STATUSES = cast(Table, DocumentStatus.__table__)
ASSIGNMENTS = cast(Table, Assignment.__table__)
MACHINE_LINKS = cast(Table, MachineAnnotation.__table__)


@dataclass(frozen=True)
class RemovalPlan:
    """What removing some documents would take with it (nothing is changed)."""

    document_ids: tuple[int, ...]
    titles: tuple[str, ...]
    annotations: int  # every coder's annotations on those documents
    coders: tuple[str, ...]  # whose annotations they are


@dataclass(frozen=True)
class RemovedDocuments:
    """Every removed row, column by column, as the database held it."""

    documents: tuple[Row, ...]
    annotations: tuple[Row, ...] = ()
    values: tuple[Row, ...] = ()
    statuses: tuple[Row, ...] = ()
    assignments: tuple[Row, ...] = ()  # which coders the documents were assigned to, per set
    machine_links: tuple[Row, ...] = ()  # which machine-coding run each machine annotation is of

    @property
    def document_ids(self) -> list[int]:
        return [row["id"] for row in self.documents]

    @property
    def kinds(self) -> Kinds:
        return REMOVAL_KINDS

    def apply(self, project: Project) -> DocumentsToRemove:
        """Put the documents back (undo of a removal, redo of an import)."""
        restore_documents(project, self)
        return DocumentsToRemove(tuple(self.document_ids))

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": [
                {"id": row["id"], "uuid": str(row["uuid"]), "title": row["title"]}
                for row in self.documents
            ],
            "annotations": len(self.annotations),
            "values": len(self.values),
            "statuses": len(self.statuses),
        }


@dataclass(frozen=True)
class DocumentsToRemove:
    """Documents to take out with everything attached (undo of an import, redo of a removal)."""

    document_ids: tuple[int, ...]

    @property
    def kinds(self) -> Kinds:
        return REMOVAL_KINDS

    def apply(self, project: Project) -> RemovedDocuments:
        return remove_documents(project, self.document_ids)


def _chunks(items: Sequence[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def _present(session: Session, column: Any, wanted: Iterable[Any]) -> set[Any]:
    """Which of `wanted` the column holds."""
    present: set[Any] = set()
    for chunk in _chunks(list(set(wanted))):
        present.update(session.scalars(select(column).where(column.in_(chunk))))
    return present


def _is_id(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _resolve(session: Session, references: Iterable[int | str]) -> list[int]:
    """Document ids for ids or uuids, in the order given, once each; all unknown ones named."""
    wanted = [str(reference).strip() for reference in references]
    known_ids = _present(session, Document.id, [int(text) for text in wanted if _is_id(text)])
    uuids = {text: parse_uuid(text) for text in wanted if not _is_id(text)}
    by_uuid = {
        document_uuid: document_id
        for chunk in _chunks([value for value in uuids.values() if value is not None])
        for document_uuid, document_id in session.execute(
            select(Document.uuid, Document.id).where(Document.uuid.in_(chunk))
        )
    }
    ids: dict[int, None] = {}  # ordered, once each
    unknown: list[str] = []
    for text in wanted:
        found: int | None
        if _is_id(text):
            found = int(text) if int(text) in known_ids else None
        else:
            parsed = uuids[text]
            found = by_uuid.get(parsed) if parsed is not None else None
        if found is None:
            unknown.append(text)
        else:
            ids[found] = None
    if unknown:
        raise NotFoundError(
            f"no document {', '.join(unknown)} in this project (give document ids or uuids; "
            "`annotator documents` lists them)"
        )
    return list(ids)


def plan_removal(project: Project, references: Iterable[int | str]) -> RemovalPlan:
    """The documents `references` name and how many annotations removing them would delete."""
    with project.reading() as session:
        ids = _resolve(session, references)
        titles: dict[int, str] = {}
        coders: dict[str, int] = {}
        for chunk in _chunks(ids):
            query = select(Document.id, Document.title).where(Document.id.in_(chunk))
            titles.update((document_id, title) for document_id, title in session.execute(query))
            counts = session.execute(
                select(Coder.name, func.count())
                .join(Annotation, Annotation.coder_id == Coder.id)
                .where(Annotation.document_id.in_(chunk))
                .group_by(Coder.name)
            )
            for name, count in counts:
                coders[name] = coders.get(name, 0) + count
        return RemovalPlan(
            tuple(ids),
            tuple(titles[document_id] for document_id in ids),
            sum(coders.values()),
            tuple(sorted(coders, key=label_key)),
        )


def _rows(session: Session, table: Table, column: str, ids: Sequence[int]) -> list[Row]:
    rows: list[Row] = []
    for chunk in _chunks(ids):
        query = select(table).where(table.c[column].in_(chunk)).order_by(*table.primary_key)
        rows.extend(dict(row) for row in session.execute(query).mappings())
    return rows


def _delete(session: Session, table: Table, column: str, ids: Sequence[int]) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(table).where(table.c[column].in_(chunk)))


def remove_documents(project: Project, references: Iterable[int | str]) -> RemovedDocuments:
    """Delete documents (ids or uuids) with their annotations, values and statuses, at once."""
    with project.writing() as session:
        ids = _resolve(session, references)
        documents = _rows(session, DOCUMENTS, "id", ids)
        annotations = _rows(session, ANNOTATIONS, "document_id", ids)
        annotation_ids = [row["id"] for row in annotations]
        values = _rows(session, VALUES, "annotation_id", annotation_ids)
        statuses = _rows(session, STATUSES, "document_id", ids)
        assignments = _rows(session, ASSIGNMENTS, "document_id", ids)
        machine_links = _rows(session, MACHINE_LINKS, "annotation_id", annotation_ids)
        _delete(session, MACHINE_LINKS, "annotation_id", annotation_ids)
        _delete(session, ASSIGNMENTS, "document_id", ids)
        _delete(session, VALUES, "annotation_id", annotation_ids)
        _delete(session, ANNOTATIONS, "document_id", ids)
        _delete(session, STATUSES, "document_id", ids)
        _delete(session, DOCUMENTS, "id", ids)
        return RemovedDocuments(
            tuple(documents),
            tuple(annotations),
            tuple(values),
            tuple(statuses),
            tuple(assignments),
            tuple(machine_links),
        )


def _missing(session: Session, column: Any, wanted: set[Any]) -> set[Any]:
    return wanted - _present(session, column, wanted)


def _check_restorable(session: Session, removed: RemovedDocuments) -> None:
    """Refuse, changing nothing, when the rows cannot go back as they were."""
    taken = _present(session, Document.id, removed.document_ids)
    taken_uuids = _present(session, Document.uuid, [row["uuid"] for row in removed.documents])
    if taken or taken_uuids:
        raise InvalidInputError(
            f"{max(len(taken), len(taken_uuids))} of the documents to restore are already in the "
            "project (or their ids are taken); nothing was restored"
        )
    needed = (
        (
            "coder",
            Coder.id,
            {row["coder_id"] for row in (*removed.annotations, *removed.statuses)},
        ),
        ("variable", Variable.id, {row["variable_id"] for row in removed.values}),
        ("code", Code.id, {row["code_id"] for row in removed.values if row["code_id"]}),
    )
    for name, column, ids in needed:
        gone = _missing(session, column, ids)
        if gone:
            raise InvalidInputError(
                f"the annotations to restore use a {name} that no longer exists "
                f"({name} #{min(gone)}); nothing was restored"
            )


def restore_documents(project: Project, removed: RemovedDocuments) -> None:
    """Put removed documents back exactly (ids, uuids, annotations, values, statuses)."""
    with project.writing() as session:
        _check_restorable(session, removed)
        for table, rows in (
            (DOCUMENTS, removed.documents),
            (ANNOTATIONS, removed.annotations),
            (VALUES, removed.values),
            (STATUSES, removed.statuses),
            (ASSIGNMENTS, _restorable_assignments(session, removed.assignments)),
            (MACHINE_LINKS, _restorable_machine_links(session, removed.machine_links)),
        ):
            for start in range(0, len(rows), CHUNK):  # parents first: foreign keys hold throughout
                session.execute(insert(table), [dict(row) for row in rows[start : start + CHUNK]])


def _restorable_machine_links(session: Session, rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The removed links of machine annotations whose run still exists (a raw response gone
    meanwhile is no longer linked)."""
    if not rows:
        return rows
    runs = _present(session, MachineRun.id, {row["run_id"] for row in rows})
    responses = _present(session, MachineResponse.id, {row["response_id"] for row in rows})
    return tuple(
        {**row, "response_id": row["response_id"] if row["response_id"] in responses else None}
        for row in rows
        if row["run_id"] in runs
    )


def _restorable_assignments(session: Session, rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The removed assignment rows whose set and coder still exist (a set redrawn or a coder
    removed since then no longer wants them)."""
    if not rows:
        return rows
    sets = _present(session, AssignmentSet.id, {row["set_id"] for row in rows})
    coders = _present(session, Coder.id, {row["coder_id"] for row in rows})
    return tuple(row for row in rows if row["set_id"] in sets and row["coder_id"] in coders)
