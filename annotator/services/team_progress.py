"""How far a coding team has got: per coder and assignment set, what is done, and when they worked.

The lead of a study watches this to chase a coder who fell behind, or to see that the reliability
sample is finished before computing agreement. A document counts as done or in progress when the
coder marked it so; one with annotations of theirs but no status (codings imported from a CSV)
counts as in progress. Annotations are the coder's spans in the documents assigned to them in that
set. Last activity is their latest annotation change or status change there (UTC).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from annotator.core.vocabulary import CodingStatus
from annotator.db.models import Annotation, Assignment, AssignmentSet, Coder, DocumentStatus
from annotator.db.ordering import in_code_point_order
from annotator.db.project import Project

ALL_SETS = "all sets"  # the row per coder over every set (a document in two sets counts once)


@dataclass
class ProgressRow:
    set_name: str
    coder: str
    assigned: int = 0
    not_started: int = 0
    in_progress: int = 0
    done: int = 0
    annotations: int = 0
    last_activity: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "assigned": self.assigned,
            "not_started": self.not_started,
            "in_progress": self.in_progress,
            "done": self.done,
            "annotations": self.annotations,
            "last_activity": self.last_activity.isoformat() if self.last_activity else None,
        }

    def count(self, status: CodingStatus, annotations: int, activity: datetime | None) -> None:
        self.assigned += 1
        if status is CodingStatus.DONE:
            self.done += 1
        elif status is CodingStatus.IN_PROGRESS:
            self.in_progress += 1
        else:
            self.not_started += 1
        self.annotations += annotations
        if activity is not None and (self.last_activity is None or activity > self.last_activity):
            self.last_activity = activity


@dataclass
class TeamProgress:
    rows: list[ProgressRow]  # per set (in the order they were made), coders by name
    totals: list[ProgressRow]  # per coder over all sets

    def to_json(self) -> dict[str, Any]:
        sets: dict[str, dict[str, Any]] = {}
        for row in self.rows:
            sets.setdefault(row.set_name, {})[row.coder] = row.to_json()
        return {"sets": sets, "coders": {row.coder: row.to_json() for row in self.totals}}


def _latest(*moments: datetime | None) -> datetime | None:
    present = [moment for moment in moments if moment is not None]
    return max(present) if present else None


def team_progress(project: Project) -> TeamProgress:
    """Progress per set and coder, and per coder over all sets; empty without assignments."""
    with project.reading() as session:
        assignments = session.execute(
            select(AssignmentSet.name, Coder.name, Assignment.document_id, Assignment.coder_id)
            .join(AssignmentSet, AssignmentSet.id == Assignment.set_id)
            .join(Coder, Coder.id == Assignment.coder_id)
            .order_by(AssignmentSet.id, in_code_point_order(Coder.name), Assignment.document_id)
        ).all()
        statuses = {
            (document_id, coder_id): (status, updated_at)
            for document_id, coder_id, status, updated_at in session.execute(
                select(
                    DocumentStatus.document_id,
                    DocumentStatus.coder_id,
                    DocumentStatus.status,
                    DocumentStatus.updated_at,
                )
            )
        }
        coded = session.execute(
            select(
                Annotation.document_id,
                Annotation.coder_id,
                func.count(),
                func.max(Annotation.updated_at),
            ).group_by(Annotation.document_id, Annotation.coder_id)
        ).all()
    annotations = {(row[0], row[1]): (row[2], _aware(row[3])) for row in coded}
    rows: dict[tuple[str, str], ProgressRow] = {}
    totals: dict[str, ProgressRow] = {}
    counted: set[tuple[int, int]] = set()
    for set_name, coder, document_id, coder_id in assignments:
        key = (document_id, coder_id)
        status, status_time = statuses.get(key, (CodingStatus.NOT_STARTED, None))
        count, annotation_time = annotations.get(key, (0, None))
        if status is CodingStatus.NOT_STARTED:
            status_time = None
            if count:
                status = CodingStatus.IN_PROGRESS
        activity = _latest(status_time, annotation_time)
        row = rows.setdefault((set_name, coder), ProgressRow(set_name, coder))
        row.count(status, count, activity)
        if key not in counted:
            counted.add(key)
            total = totals.setdefault(coder, ProgressRow(ALL_SETS, coder))
            total.count(status, count, activity)
    return TeamProgress(list(rows.values()), sorted(totals.values(), key=lambda row: row.coder))


def _aware(stamp: datetime | str | None) -> datetime | None:
    """`max(updated_at)` as an aware UTC time (SQLite may hand back the stored text)."""
    if stamp is None:
        return None
    moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def done_per_day(project: Project) -> dict[str, dict[date, int]]:
    """Per coder (by name), how many of their assigned documents they marked done on each day
    (UTC; the day of the status's last change), days in order; coders with none are left out."""
    with project.reading() as session:
        rows = session.execute(
            select(Coder.name, DocumentStatus.updated_at, DocumentStatus.document_id)
            .join(Coder, Coder.id == DocumentStatus.coder_id)
            .join(
                Assignment,
                (Assignment.document_id == DocumentStatus.document_id)
                & (Assignment.coder_id == DocumentStatus.coder_id),
            )
            .where(DocumentStatus.status == CodingStatus.DONE)
            .distinct()
        ).all()
    days: dict[str, dict[date, int]] = {}
    for coder, stamp, _document in sorted(rows, key=lambda row: row[0]):
        moment = _aware(stamp)
        if moment is None:
            continue
        per_coder = days.setdefault(coder, {})
        per_coder[moment.date()] = per_coder.get(moment.date(), 0) + 1
    return {coder: dict(sorted(counts.items())) for coder, counts in days.items()}
