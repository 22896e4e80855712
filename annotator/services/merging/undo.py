"""Taking back a merge into an open project (the GUI's Undo of "Import coder project…").

A merge only adds rows (and moves a coder's status forward); `MergeUndo` lists their uuids, and
`undo_merge` removes them again in one transaction, children before parents. Undo runs in stack
order in the GUI, so nothing made after the merge still points at what it added.

As undo records (`undo_records.UndoRecord`), `MergeTakeBack` removes a merge's rows and returns a
`MergeAgain`, which merges the same files again (the same uuids come back, taken from the files).
A uuid list rather than a row change log: it stays small and fast for a merge of many documents.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.models import (
    Annotation,
    Assignment,
    AssignmentSet,
    Code,
    Coder,
    Document,
    DocumentStatus,
    ProjectSetting,
    Variable,
)
from annotator.db.project import Project
from annotator.services.merging.merge import merge_into
from annotator.services.merging.report import MergeUndo
from annotator.services.undo_records import Kind, Kinds

CHUNK = 500
MERGE_KINDS: Kinds = frozenset(Kind)  # a merge can add to every kind of row


@dataclass(frozen=True)
class MergeTakeBack:
    """Undo of merging `inputs` into a project: removes what `undo` lists."""

    inputs: tuple[Path, ...]
    undo: MergeUndo

    @property
    def kinds(self) -> Kinds:
        return MERGE_KINDS

    def apply(self, project: Project) -> MergeAgain:
        undo_merge(project, self.undo)
        return MergeAgain(self.inputs)


@dataclass(frozen=True)
class MergeAgain:
    """Redo of an undone merge: merges the same files again."""

    inputs: tuple[Path, ...]

    @property
    def kinds(self) -> Kinds:
        return MERGE_KINDS

    def apply(self, project: Project) -> MergeTakeBack:
        return MergeTakeBack(self.inputs, merge_into(project, list(self.inputs)).undo)


def _chunks(values: Iterable[str]) -> Iterator[list[uuid_module.UUID]]:
    items = [uuid_module.UUID(value) for value in values]
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def undo_merge(project: Project, undo: MergeUndo) -> None:
    """Remove what a merge added and restore the statuses it changed, in one transaction."""
    with project.writing() as session:
        for chunk in _chunks(undo.annotations):
            session.execute(delete(Annotation).where(Annotation.uuid.in_(chunk)))
        documents = {str(u): i for u, i in session.execute(select(Document.uuid, Document.id))}
        coders = {str(u): i for u, i in session.execute(select(Coder.uuid, Coder.id))}
        _remove_assignments(session, undo, documents, coders)
        table = DocumentStatus.__table__
        for document_uuid, coder_uuid, previous in reversed(undo.statuses):
            where = (
                table.c.document_id == documents.get(document_uuid),
                table.c.coder_id == coders.get(coder_uuid),
            )
            if previous is None:
                session.execute(delete(table).where(*where))
            else:
                session.execute(
                    update(table)
                    .where(*where)
                    .values(status=CodingStatus(previous), updated_at=utc_now())
                )
        for chunk in _chunks(undo.documents):
            session.execute(delete(Document).where(Document.uuid.in_(chunk)))
        for chunk in _chunks(reversed(undo.codes)):  # children were added after their parents
            for code_uuid in chunk:
                session.execute(delete(Code).where(Code.uuid == code_uuid))
        for chunk in _chunks(undo.variables):
            session.execute(delete(Variable).where(Variable.uuid.in_(chunk)))
        for chunk in _chunks(undo.coders):
            session.execute(delete(Coder).where(Coder.uuid.in_(chunk)))
        if undo.settings:
            session.execute(delete(ProjectSetting).where(ProjectSetting.key.in_(undo.settings)))


def _remove_assignments(
    session: Session, undo: MergeUndo, documents: dict[str, int], coders: dict[str, int]
) -> None:
    """Remove the assignment rows and sets a merge added (rows first: sets hold them)."""
    sets = dict(session.execute(select(AssignmentSet.name, AssignmentSet.id)).all())
    for set_name, document_uuid, coder_uuid in undo.assignments:
        session.execute(
            delete(Assignment).where(
                Assignment.set_id == sets.get(set_name),
                Assignment.document_id == documents.get(document_uuid),
                Assignment.coder_id == coders.get(coder_uuid),
            )
        )
    for chunk in _chunks(undo.assignment_sets):
        session.execute(delete(AssignmentSet).where(AssignmentSet.uuid.in_(chunk)))
