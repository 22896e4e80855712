"""Undo for codebook edits: every edit records the rows it inserts, changes and deletes.

A codebook edit can touch many rows — merging two codes recodes annotation values, collapses
duplicates, moves child codes and deletes a code. Rather than writing an inverse for each edit, the
edit makes every change through a `ChangeLog`, which keeps the rows' previous contents. The
resulting `CodebookUndo` is plain data the GUI keeps on its undo stack; `apply_undo` puts the rows
back exactly (same ids and uuids) in one transaction and returns the payload that redoes the edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from annotator.db.models import Annotation, AnnotationValue, Code, ProjectSetting, Variable
from annotator.db.project import Project
from annotator.errors import InvalidInputError

TABLES: dict[str, type] = {
    "variable": Variable,
    "code": Code,
    "annotation": Annotation,
    "annotation_value": AnnotationValue,
    "project_setting": ProjectSetting,
}
Operation = Literal["insert", "update", "delete"]


@dataclass(frozen=True)
class RowChange:
    """One row change: `values` holds the fields before an update, or the whole deleted row."""

    operation: Operation
    table: str
    key: Any
    values: Mapping[str, Any]


@dataclass(frozen=True)
class CodebookUndo:
    """What `apply_undo` needs to reverse an edit; `description` names the edit for menus."""

    description: str
    changes: tuple[RowChange, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)


def _table_of(row: object) -> str:
    return type(row).__table__.name  # type: ignore[attr-defined]


def _key(row: object) -> Any:
    identity = inspect(row).identity
    return identity[0] if identity and len(identity) == 1 else identity


def _image(row: object) -> dict[str, Any]:
    return {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}


class ChangeLog:
    """Makes changes in a session and remembers how to reverse them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.changes: list[RowChange] = []

    def add(self, row: object) -> Any:
        self.session.add(row)
        self.session.flush()
        self.changes.append(RowChange("insert", _table_of(row), _key(row), {}))
        return row

    def update(self, row: object, **fields: Any) -> bool:
        """Set the fields that differ; True when something changed."""
        before = {name: getattr(row, name) for name, value in fields.items()}
        changed = {name: value for name, value in before.items() if value != fields[name]}
        if not changed:
            return False
        for name in changed:
            setattr(row, name, fields[name])
        self.session.flush()
        self.changes.append(RowChange("update", _table_of(row), _key(row), changed))
        return True

    def delete(self, row: object) -> None:
        self.session.flush()
        image = _image(row)
        key = _key(row)
        self.session.delete(row)
        self.session.flush()
        self.changes.append(RowChange("delete", _table_of(row), key, image))

    def undo(self, description: str) -> CodebookUndo:
        return CodebookUndo(description, tuple(self.changes))


def _get(session: Session, change: RowChange) -> Any:
    row = session.get(TABLES[change.table], change.key)
    if row is None:
        raise InvalidInputError(
            f"cannot undo: a {change.table.replace('_', ' ')} it needs is gone "
            "(the project changed since)"
        )
    return row


def reverse(log: ChangeLog, undo: CodebookUndo) -> None:
    """Apply the inverse of each change, last first, recording into `log`."""
    session = log.session
    session.expire_all()
    for change in reversed(undo.changes):
        if change.operation == "insert":
            log.delete(_get(session, change))
        elif change.operation == "update":
            log.update(_get(session, change), **change.values)
        else:
            log.add(TABLES[change.table](**change.values))
    session.expire_all()


def apply_undo(project: Project, undo: CodebookUndo) -> CodebookUndo:
    """Reverse an edit in one transaction; returns the payload that redoes it."""
    with project.writing() as session:
        log = ChangeLog(session)
        reverse(log, undo)
        return log.undo(undo.description)
