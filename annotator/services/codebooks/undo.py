"""Undo for codebook edits: every edit records the rows it inserts, changes and deletes.

A codebook edit can touch many rows — merging two codes recodes annotation values, collapses
duplicates, moves child codes and deletes a code. Rather than writing an inverse for each edit, the
edit makes every change through a `ChangeLog`, which keeps the rows' previous contents. The
resulting `CodebookUndo` is plain data the GUI keeps on its undo stack; `apply_undo` puts the rows
back exactly (same ids and uuids) in one transaction and returns the payload that redoes the edit.

The log also keeps what the edit left in each row (its "after" image). Before reversing anything,
`apply_undo` checks that every row still holds that, and refuses with `ChangedElsewhereError`,
changing nothing, when another program changed or removed one meanwhile. `CodebookUndo` is an
`undo_records.UndoRecord`: the GUI's one undo command applies it like every other edit's record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from annotator.db.models import Annotation, AnnotationValue, Code, ProjectSetting, Variable
from annotator.db.project import Project
from annotator.errors import ChangedElsewhereError, InvalidInputError
from annotator.services.undo_records import Kind, Kinds

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
    """One row change: `values` holds the fields before an update, or the whole deleted row;
    `after` what the change left: the updated fields, or the whole inserted row."""

    operation: Operation
    table: str
    key: Any
    values: Mapping[str, Any]
    after: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CodebookUndo:
    """What `apply_undo` needs to reverse an edit; `description` names the edit for menus."""

    description: str
    changes: tuple[RowChange, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def kinds(self) -> Kinds:
        tables = {change.table for change in self.changes}
        kinds = {Kind.CODEBOOK} if tables & {"variable", "code", "project_setting"} else set()
        if tables & {"annotation", "annotation_value"}:
            kinds.add(Kind.ANNOTATIONS)
        return frozenset(kinds)

    def apply(self, project: Project) -> CodebookUndo:
        return apply_undo(project, self)


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
        self.changes.append(RowChange("insert", _table_of(row), _key(row), {}, _image(row)))
        return row

    def add_all(self, rows: list[Any]) -> None:
        """`add` for many rows in one flush (an import adds 10,000 codes)."""
        self.session.add_all(rows)
        self.session.flush()
        for row in rows:
            self.changes.append(RowChange("insert", _table_of(row), _key(row), {}, _image(row)))

    def update(self, row: object, *, flush: bool = True, **fields: Any) -> bool:
        """Set the fields that differ; True when something changed. `flush=False` leaves the
        writing to the session's next flush, for many updates no constraint orders."""
        before = {name: getattr(row, name) for name, value in fields.items()}
        changed = {name: value for name, value in before.items() if value != fields[name]}
        if not changed:
            return False
        for name in changed:
            setattr(row, name, fields[name])
        if flush:
            self.session.flush()
        after = {name: fields[name] for name in changed}
        self.changes.append(RowChange("update", _table_of(row), _key(row), changed, after))
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


def _name(change: RowChange) -> str:
    return change.table.replace("_", " ")


def _check_left_as_it_was(session: Session, change: RowChange) -> None:
    """Refuse when the row no longer holds what the change left (another program changed it)."""
    row = session.get(TABLES[change.table], change.key)
    if change.operation == "delete":
        if row is not None:
            raise ChangedElsewhereError(
                f"cannot undo: a {_name(change)} it removed was added back by another program"
            )
        return
    if row is None:
        raise InvalidInputError(
            f"cannot undo: a {_name(change)} it needs is gone (the project changed since)"
        )
    differs = [name for name, value in change.after.items() if getattr(row, name) != value]
    if differs:
        raise ChangedElsewhereError(
            f"cannot undo: a {_name(change)} it changed was changed by another program since"
        )


def _get(session: Session, change: RowChange) -> Any:
    return session.get(TABLES[change.table], change.key)


def reverse(log: ChangeLog, undo: CodebookUndo) -> None:
    """Apply the inverse of each change, last first, recording into `log`."""
    session = log.session
    session.expire_all()
    last = {(change.table, change.key): change for change in undo.changes}
    for change in last.values():  # each row's last change says what must be there now
        _check_left_as_it_was(session, change)
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
