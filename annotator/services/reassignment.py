"""Handing a coder's remaining documents to another, when someone leaves a coding team.

What the leaving coder started, finished or coded stays theirs (their codings count in the
agreement figures); only documents they never touched move, set by set, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from annotator.core.labels import label_key
from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.models import Annotation, Assignment, AssignmentSet, DocumentStatus
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.assignments import CHUNK, coder_row
from annotator.services.references import find_coder


@dataclass
class ReassignReport:
    set_names: list[str]
    from_coder: str
    to_coder: str
    moved: int = 0
    kept: int = 0  # started, done or coded by the leaving coder: theirs stays theirs
    already_with_target: int = 0  # overlap documents the new coder has already

    def to_json(self) -> dict[str, Any]:
        return {
            "sets": self.set_names,
            "from": self.from_coder,
            "to": self.to_coder,
            "moved": self.moved,
            "kept": self.kept,
            "already_with_target": self.already_with_target,
        }


def reassign(
    project: Project, from_coder: str, to_coder: str, *, set_name: str | None = None
) -> ReassignReport:
    """Move `from_coder`'s untouched documents (not started, none of their annotations) to
    `to_coder`, in `set_name` or every set, in one transaction; the rest stays theirs."""
    with project.writing() as session:
        leaving = find_coder(session, from_coder)
        if leaving is None:
            raise NotFoundError(f"no coder {from_coder!r} in this project")
        if label_key(to_coder.strip()) == label_key(leaving.name):
            raise InvalidInputError("reassign to another coder than the one leaving")
        sets = session.execute(select(AssignmentSet.id, AssignmentSet.name)).all()
        if set_name is not None:
            sets = [row for row in sets if row[1] == set_name]
            if not sets:
                raise NotFoundError(f"no assignment set {set_name!r} in this project")
        joining = coder_row(session, to_coder.strip())
        report = ReassignReport([name for _, name in sets], leaving.name, joining.name)
        touched = set(
            session.scalars(select(Annotation.document_id).where(Annotation.coder_id == leaving.id))
        )
        touched |= set(
            session.scalars(
                select(DocumentStatus.document_id).where(
                    DocumentStatus.coder_id == leaving.id,
                    DocumentStatus.status != CodingStatus.NOT_STARTED,
                )
            )
        )
        for set_id, _name in sets:
            theirs = set(
                session.scalars(
                    select(Assignment.document_id).where(
                        Assignment.set_id == set_id, Assignment.coder_id == leaving.id
                    )
                )
            )
            target = set(
                session.scalars(
                    select(Assignment.document_id).where(
                        Assignment.set_id == set_id, Assignment.coder_id == joining.id
                    )
                )
            )
            movable = sorted(theirs - touched - target)
            report.kept += len(theirs & touched)
            report.already_with_target += len((theirs - touched) & target)
            report.moved += len(movable)
            for start in range(0, len(movable), CHUNK):
                chunk = movable[start : start + CHUNK]
                session.execute(
                    delete(Assignment).where(
                        Assignment.set_id == set_id,
                        Assignment.coder_id == leaving.id,
                        Assignment.document_id.in_(chunk),
                    )
                )
                session.execute(
                    Assignment.__table__.insert(),
                    [
                        {"set_id": set_id, "document_id": i, "coder_id": joining.id,
                         "assigned_at": utc_now()}
                        for i in chunk
                    ],
                )  # fmt: skip
    return report
