"""Assignments as the app edits and shows them: an undoable `assign`, and who has what.

The desktop app makes every edit one undoable step (`services.undo_records`). Assigning a set is
one: `assign_undoable` runs `assignments.assign` and returns, with its report, the record that
takes the set away again (`SetRemoval`); applying that removes the set in one transaction and
returns the record that puts it back exactly as it was (`SetRestore`: the same uuid, design and
rows), and so on. A record refuses (`NotFoundError`, `ChangedElsewhereError`) when another program
removed or redrew the set meanwhile. Coders the assignment created stay (they may have coded by
then; an unused coder row harms nothing).

`assignment_view` is what the document list needs: the sets, and per set the documents given to
the coder working in the window and to anyone.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from annotator.db.models import Assignment, AssignmentSet
from annotator.db.project import Project
from annotator.errors import ChangedElsewhereError, NotFoundError
from annotator.services.assignments import AssignReport, assign
from annotator.services.references import find_coder
from annotator.services.undo_records import Kind, Kinds

KINDS: Kinds = frozenset({Kind.DOCUMENTS})  # the document list shows assignments


@dataclass(frozen=True)
class SetSnapshot:
    """An assignment set as stored: enough to put it back exactly."""

    uuid: uuid_module.UUID
    name: str
    design: dict[str, Any]
    created_at: datetime
    rows: tuple[tuple[int, int, datetime], ...]  # document id, coder id, assigned at


@dataclass(frozen=True)
class SetRemoval:
    """Takes the set `uuid` (named `name`) out of the project."""

    uuid: uuid_module.UUID
    name: str

    @property
    def kinds(self) -> Kinds:
        return KINDS

    def apply(self, project: Project) -> SetRestore:
        with project.writing() as session:
            row = session.scalar(select(AssignmentSet).where(AssignmentSet.uuid == self.uuid))
            if row is None:
                raise NotFoundError(f"the assignment set {self.name!r} is no longer there")
            rows = session.execute(
                select(Assignment.document_id, Assignment.coder_id, Assignment.assigned_at)
                .where(Assignment.set_id == row.id)
                .order_by(Assignment.document_id, Assignment.coder_id)
            ).all()
            snapshot = SetSnapshot(
                row.uuid, row.name, dict(row.design or {}), row.created_at,
                tuple((r[0], r[1], r[2]) for r in rows),
            )  # fmt: skip
            session.query(Assignment).filter(Assignment.set_id == row.id).delete()
            session.delete(row)
        return SetRestore(snapshot)


@dataclass(frozen=True)
class SetRestore:
    """Puts a removed set back as it was."""

    snapshot: SetSnapshot

    @property
    def kinds(self) -> Kinds:
        return KINDS

    def apply(self, project: Project) -> SetRemoval:
        snapshot = self.snapshot
        with project.writing() as session:
            taken = session.scalar(
                select(AssignmentSet.id).where(AssignmentSet.name == snapshot.name)
            )
            if taken is not None:
                raise ChangedElsewhereError(
                    f"another program made an assignment set {snapshot.name!r} meanwhile"
                )
            row = AssignmentSet(
                uuid=snapshot.uuid,
                name=snapshot.name,
                design=snapshot.design,
                created_at=snapshot.created_at,
            )
            session.add(row)
            session.flush()
            if snapshot.rows:
                session.execute(
                    Assignment.__table__.insert(),
                    [
                        {"set_id": row.id, "document_id": document, "coder_id": coder,
                         "assigned_at": at}
                        for document, coder, at in snapshot.rows
                    ],
                )  # fmt: skip
        return SetRemoval(snapshot.uuid, snapshot.name)


def assign_undoable(
    project: Project, coders: Sequence[str], **options: Any
) -> tuple[AssignReport, SetRemoval]:
    """`assignments.assign` (a new set, not a dry run) and the record that undoes it."""
    report = assign(project, coders, **options)
    with project.reading() as session:
        made = session.scalar(
            select(AssignmentSet.uuid).where(AssignmentSet.name == report.set_name)
        )
    assert made is not None
    return report, SetRemoval(made, report.set_name)


@dataclass
class AssignmentView:
    """Per set (in the order they were made) the documents of `coder`, and of anyone."""

    coder: str
    mine: dict[str, set[int]] = field(default_factory=dict)
    anyone: dict[str, set[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.anyone)


def assignment_view(project: Project, coder: str) -> AssignmentView:
    view = AssignmentView(coder)
    with project.reading() as session:
        sets = session.execute(
            select(AssignmentSet.id, AssignmentSet.name).order_by(AssignmentSet.id)
        )
        names = {set_id: name for set_id, name in sets}
        for name in names.values():
            view.mine[name], view.anyone[name] = set(), set()
        person = find_coder(session, coder) if coder else None
        coder_id = person.id if person is not None else None
        for set_id, document_id, owner in session.execute(
            select(Assignment.set_id, Assignment.document_id, Assignment.coder_id)
        ):
            name = names[set_id]
            view.anyone[name].add(document_id)
            if owner == coder_id:
                view.mine[name].add(document_id)
    return view
