"""Taking back a merge into an open project (the GUI's Undo of "Import coder project…").

A merge only adds rows (and moves a coder's status forward); `MergeUndo` lists their uuids, and
`undo_merge` removes them again in one transaction, children before parents. Undo runs in stack
order in the GUI, so nothing made after the merge still points at what it added.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Iterator

from sqlalchemy import delete, select, update

from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.models import (
    Annotation,
    Code,
    Coder,
    Document,
    DocumentStatus,
    ProjectSetting,
    Variable,
)
from annotator.db.project import Project
from annotator.services.merge_report import MergeUndo

CHUNK = 500


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
