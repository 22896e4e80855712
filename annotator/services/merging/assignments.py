"""Merging assignments: coder copies bring their assignment rows back, never twice.

A coder copy keeps its coder's assignment rows (`services.distribute`); merging the copies, or the
master with them, rebuilds the team's assignments. Sets match by name ("main" is "main" in every
copy); a set the merged project lacks is added with its uuid and design. A row is its (set,
document, coder), with document and coder mapped as the merge mapped them, so merging the same
input again adds nothing. Every row and set added is listed in `MergeUndo` for undo.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select

from annotator.db.models import Assignment, AssignmentSet, Coder, Document
from annotator.services.merging.input_files import InputData
from annotator.services.merging.report import InputReport, MergeUndo


def merge_assignments(
    session: Any,
    data: InputData,
    documents: dict[int, int],
    coders: dict[int, int],
    report: InputReport,
    undo: MergeUndo,
) -> None:
    """Add the input's assignment sets and rows that the merged project lacks."""
    if not data.assignments:
        return
    sets = dict(session.execute(select(AssignmentSet.name, AssignmentSet.id)).all())
    taken_uuids = set(session.scalars(select(AssignmentSet.uuid)))
    input_sets = {row["id"]: row for row in data.assignment_sets}
    set_ids: dict[int, int] = {}
    for input_id, row in input_sets.items():
        if row["name"] not in sets:
            added = AssignmentSet(
                name=row["name"], design=row["design"] or {}, created_at=row["created_at"]
            )
            if row["uuid"] not in taken_uuids:
                added.uuid = row["uuid"]
            session.add(added)
            session.flush()
            sets[row["name"]] = added.id
            undo.assignment_sets.append(str(added.uuid))
        set_ids[input_id] = sets[row["name"]]
    present = set(
        session.execute(
            select(Assignment.set_id, Assignment.document_id, Assignment.coder_id)
        ).all()
    )
    names = {set_id: name for name, set_id in sets.items()}
    rows: dict[tuple[int, int, int], dict[str, Any]] = {}
    for row in data.assignments:
        key = (
            set_ids.get(row["set_id"]),
            documents.get(row["document_id"]),
            coders.get(row["coder_id"]),
        )
        if None in key or key in present or key in rows:
            continue
        rows[key] = {
            "set_id": key[0],
            "document_id": key[1],
            "coder_id": key[2],
            "assigned_at": row["assigned_at"],
        }
    if not rows:
        return
    session.execute(insert(Assignment.__table__), list(rows.values()))
    report.assignments_added += len(rows)
    document_uuids = dict(
        session.execute(
            select(Document.id, Document.uuid).where(Document.id.in_({key[1] for key in rows}))
        ).all()
    )
    coder_uuids = dict(session.execute(select(Coder.id, Coder.uuid)).all())
    undo.assignments.extend(
        (names[s], str(document_uuids[d]), str(coder_uuids[c])) for s, d, c in rows
    )
