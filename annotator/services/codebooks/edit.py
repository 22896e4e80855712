"""Editing a project's codebook: variables and codes, one committed transaction per edit.

These are the calls behind the codebook editor (and `annotator codebook rename/retire`). Each edit
validates first and refuses with one readable sentence — a duplicate label, a shortcut another code
already uses (named), a move that would make a code its own ancestor, a kind change that would
orphan existing codings. Each returns an `EditResult` whose `undo` payload reverses it exactly with
`annotator.services.codebooks.undo.apply_undo`. Edits that recode annotations (merge, split,
delete) live in `codebooks.recode`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.codebook_draft import COLOUR, SHORTCUT_MAX
from annotator.core.vocabulary import VariableKind
from annotator.db.models import AnnotationValue, Code, Variable
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.codebooks.reading import (
    find_code,
    find_variable,
    new_code_colour,
    same_label,
)
from annotator.services.codebooks.undo import ChangeLog, CodebookUndo
from annotator.services.references import parse_uuid

VariableRef = int | str  # id, uuid or name
CodeRef = int | str | tuple[str, str]  # id, uuid, or (variable name, code label)
KEEP: Any = object()  # "leave as it is" for arguments where None means "clear"
TEXT_FIELDS = ("definition", "include", "exclude", "example")


@dataclass(frozen=True)
class EditResult:
    """What an edit did: a sentence for the status bar, how many annotations it changed, the
    uuid of the variable or code it created or edited, and the payload that reverses it."""

    message: str
    undo: CodebookUndo
    annotations: int = 0
    uuid: str | None = None


# --- finding rows -----------------------------------------------------------------------------


def get_variable(session: Session, reference: VariableRef) -> Variable:
    if isinstance(reference, int):
        variable = session.get(Variable, reference)
        if variable is None:
            raise NotFoundError(f"no variable with id {reference} in this codebook")
        return variable
    parsed = parse_uuid(reference)
    if parsed is not None:
        variable = session.scalar(select(Variable).where(Variable.uuid == parsed))
        if variable is None:
            raise NotFoundError(f"no variable {reference} in this codebook")
        return variable
    return find_variable(session, reference)


def get_code(session: Session, reference: CodeRef) -> Code:
    if isinstance(reference, tuple):
        variable = find_variable(session, reference[0])
        code = find_code(session, variable, reference[1])
        if code is None:
            raise NotFoundError(f"{variable.name!r} has no code {reference[1]!r}")
        return code
    if isinstance(reference, int):
        code = session.get(Code, reference)
    else:
        parsed = parse_uuid(reference)
        if parsed is None:
            raise InvalidInputError(f"{reference!r} is neither a code id nor a code uuid")
        code = session.scalar(select(Code).where(Code.uuid == parsed))
    if code is None:
        raise NotFoundError(f"no code {reference} in this codebook")
    return code


def describe(code: Code) -> str:
    return f"{code.label!r} of {code.variable.name!r}"


def siblings(session: Session, variable_id: int, parent_id: int | None) -> list[Code]:
    query = select(Code).where(
        Code.variable_id == variable_id,
        Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id,
    )
    return sorted(session.scalars(query), key=lambda code: (code.position, code.id))


def renumber(log: ChangeLog, rows: Sequence[Code] | Sequence[Variable]) -> None:
    for position, row in enumerate(rows):
        log.update(row, position=position)


def descendants(session: Session, code: Code) -> list[Code]:
    """The code's children, grandchildren, ... (children before their own children)."""
    children: dict[int | None, list[Code]] = {}
    for row in session.scalars(select(Code).where(Code.variable_id == code.variable_id)):
        children.setdefault(row.parent_id, []).append(row)
    found: list[Code] = []
    pending = [code.id]
    while pending:
        for child in sorted(children.get(pending.pop(0), ()), key=lambda c: (c.position, c.id)):
            found.append(child)
            pending.append(child.id)
    return found


def values_of_variable(session: Session, variable: Variable) -> int:
    return (
        session.scalar(
            select(func.count(func.distinct(AnnotationValue.annotation_id))).where(
                AnnotationValue.variable_id == variable.id
            )
        )
        or 0
    )


# --- validation ---------------------------------------------------------------------------------


def clean_label(session: Session, variable: Variable, label: str, code: Code | None = None) -> str:
    label = " ".join(str(label).split())
    if not label:
        raise InvalidInputError(f"a code of {variable.name!r} needs a label")
    if len(label) > 500:
        raise InvalidInputError(f"code label {label[:40]!r}… is longer than 500 characters")
    other = find_code(session, variable, label)
    if other is not None and (code is None or other.id != code.id):
        raise InvalidInputError(f"{variable.name!r} already has a code {other.label!r}")
    return label


def clean_colour(colour: str | None) -> str | None:
    if colour is None or not str(colour).strip():
        return None
    colour = str(colour).strip()
    if not COLOUR.match(colour):
        raise InvalidInputError(f"colour {colour!r} is not of the form #RRGGBB")
    return colour.upper()


def clean_shortcut(session: Session, shortcut: str | None, code: Code | None = None) -> str | None:
    """The shortcut, or None; refused when another code of the codebook already uses it."""
    if shortcut is None or not str(shortcut).strip():
        return None
    shortcut = str(shortcut).strip()
    if len(shortcut) > SHORTCUT_MAX:
        raise InvalidInputError(f"shortcut {shortcut!r} is longer than {SHORTCUT_MAX} characters")
    for other in session.scalars(select(Code).where(Code.shortcut.is_not(None))):
        if other.shortcut and other.shortcut.casefold() == shortcut.casefold():
            if code is not None and other.id == code.id:
                continue
            raise InvalidInputError(f"shortcut {shortcut!r} is already used by {describe(other)}")
    return shortcut


def clean_name(session: Session, name: str, variable: Variable | None = None) -> str:
    name = str(name).strip()
    if not name:
        raise InvalidInputError("a variable needs a name")
    if len(name) > 100 or "=" in name:
        raise InvalidInputError(f"variable name {name!r} must be short and contain no '='")
    variables = session.scalars(select(Variable))  # in Python: SQLite's lower() folds only ASCII
    other = next((row for row in variables if same_label(row.name, name)), None)
    if other is not None and (variable is None or other.id != variable.id):
        raise InvalidInputError(f"there is already a variable {other.name!r}")
    return name


def check_kind_change(
    session: Session, variable: Variable, kind: VariableKind, multiple: bool
) -> None:
    """Refuse kind or multiple changes that existing codes or codings do not fit."""
    if kind is VariableKind.TEXT and variable.kind is not VariableKind.TEXT:
        count = session.scalar(select(func.count()).where(Code.variable_id == variable.id)) or 0
        if count:
            raise InvalidInputError(
                f"{variable.name!r} has {count} codes; a text variable has none "
                "(merge or delete them first)"
            )
    if variable.kind is VariableKind.TEXT and kind is not VariableKind.TEXT:
        used = values_of_variable(session, variable)
        if used:
            raise InvalidInputError(
                f"{used} annotations hold free text for {variable.name!r}; it must stay a "
                "text variable"
            )
    if variable.multiple and not multiple:
        several = session.scalar(
            select(func.count()).select_from(
                select(AnnotationValue.annotation_id)
                .where(AnnotationValue.variable_id == variable.id)
                .group_by(AnnotationValue.annotation_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        if several:
            raise InvalidInputError(
                f"{several} annotations have several values of {variable.name!r}; "
                "recode them before allowing only one"
            )


# --- variables ----------------------------------------------------------------------------------


def add_variable(
    project: Project,
    name: str,
    *,
    label: str = "",
    kind: VariableKind = VariableKind.CATEGORY,
    multiple: bool = False,
    open: bool = False,
    description: str = "",
    position: int | None = None,
) -> EditResult:
    with project.writing() as session:
        log = ChangeLog(session)
        name = clean_name(session, name)
        variable = log.add(
            Variable(
                name=name,
                label=label.strip() or name.capitalize(),
                kind=VariableKind(kind),
                multiple=multiple,
                open=open,
                description=description,
                position=10**6,
            )
        )
        _place_variable(session, log, variable, position)
        return EditResult(
            f"Added variable {name!r}", log.undo(f"add variable {name}"), uuid=str(variable.uuid)
        )


def _all_variables(session: Session) -> list[Variable]:
    return list(session.scalars(select(Variable).order_by(Variable.position, Variable.id)))


def _place_variable(
    session: Session, log: ChangeLog, variable: Variable, position: int | None
) -> None:
    others = [row for row in _all_variables(session) if row.id != variable.id]
    index = len(others) if position is None else max(0, min(position, len(others)))
    renumber(log, [*others[:index], variable, *others[index:]])


def update_variable(
    project: Project,
    variable: VariableRef,
    *,
    name: str | None = None,
    label: str | None = None,
    description: str | None = None,
    open: bool | None = None,
) -> EditResult:
    """Rename a variable (its name or label), change its description or open-list flag."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_variable(session, variable)
        old = row.name
        fields: dict[str, Any] = {}
        if name is not None:
            fields["name"] = clean_name(session, name, row)
        if label is not None:
            fields["label"] = label.strip() or (fields.get("name") or row.name).capitalize()
        if description is not None:
            fields["description"] = description
        if open is not None:
            fields["open"] = open
        log.update(row, **fields)
        message = (
            f"Renamed variable {old!r} to {row.name!r}"
            if row.name != old
            else f"Changed variable {row.name!r}"
        )
        return EditResult(
            message,
            log.undo(f"change variable {row.name}"),
            uuid=str(row.uuid),
        )


def set_variable_kind(
    project: Project,
    variable: VariableRef,
    *,
    kind: VariableKind | str | None = None,
    multiple: bool | None = None,
) -> EditResult:
    """Make a variable a category, an ordered scale or free text, and/or allow several codes."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_variable(session, variable)
        try:
            new_kind = VariableKind(kind) if kind is not None else row.kind
        except ValueError as error:
            raise InvalidInputError(
                f"unknown variable kind {kind!r} (use category, scale or text)"
            ) from error
        new_multiple = row.multiple if multiple is None else multiple
        check_kind_change(session, row, new_kind, new_multiple)
        log.update(row, kind=new_kind, multiple=new_multiple)
        several = "several codes" if new_multiple else "one code"
        return EditResult(
            f"{row.name!r} is now a {new_kind.value} variable taking {several} per span",
            log.undo(f"change kind of {row.name}"),
            uuid=str(row.uuid),
        )


def move_variable(project: Project, variable: VariableRef, position: int) -> EditResult:
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_variable(session, variable)
        _place_variable(session, log, row, position)
        return EditResult(
            f"Moved variable {row.name!r}",
            log.undo(f"move variable {row.name}"),
            uuid=str(row.uuid),
        )


def delete_variable(project: Project, variable: VariableRef) -> EditResult:
    """Delete a variable and its codes; refused while any annotation holds a value of it."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_variable(session, variable)
        used = values_of_variable(session, row)
        if used:
            raise InvalidInputError(
                f"{used} annotations hold values of {row.name!r}; it cannot be deleted "
                "(retire its codes instead)"
            )
        delete_variable_rows(session, log, row)
        renumber(log, _all_variables(session))
        return EditResult(f"Deleted variable {row.name!r}", log.undo(f"delete variable {row.name}"))


def delete_variable_rows(session: Session, log: ChangeLog, variable: Variable) -> None:
    """Delete an unused variable's codes (children first) and then the variable."""
    roots = siblings(session, variable.id, None)
    ordered = [code for root in roots for code in [root, *descendants(session, root)]]
    for code in reversed(ordered):
        log.delete(code)
    session.expire(variable)
    log.delete(variable)


# --- codes --------------------------------------------------------------------------------------


def create_code(
    project: Project,
    variable: VariableRef,
    label: str,
    *,
    parent: CodeRef | None = None,
    position: int | None = None,
    definition: str = "",
    include: str = "",
    exclude: str = "",
    example: str = "",
    colour: str | None = KEEP,
    shortcut: str | None = None,
) -> EditResult:
    """Add a code under `parent` (or at the top), at `position` among its siblings (or last).

    Without a colour it takes its parent's colour, or a light one its siblings do not wear (as
    codes added while coding do)."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_variable(session, variable)
        if row.kind is VariableKind.TEXT:
            raise InvalidInputError(f"{row.name!r} is a text variable and has no codes")
        parent_row = get_code(session, parent) if parent is not None else None
        if parent_row is not None and parent_row.variable_id != row.id:
            raise InvalidInputError(f"the parent {describe(parent_row)} is in another variable")
        code = log.add(
            Code(
                variable_id=row.id,
                parent_id=parent_row.id if parent_row else None,
                label=clean_label(session, row, label),
                definition=definition,
                include=include,
                exclude=exclude,
                example=example,
                colour=new_code_colour(session, row.id, parent_row)
                if colour is KEEP
                else clean_colour(colour),
                shortcut=clean_shortcut(session, shortcut),
                position=10**6,
            )
        )
        _place_code(session, log, code, position)
        return EditResult(
            f"Added code {code.label!r} to {row.name!r}",
            log.undo(f"add code {code.label}"),
            uuid=str(code.uuid),
        )


def _place_code(session: Session, log: ChangeLog, code: Code, position: int | None) -> None:
    others = [
        row for row in siblings(session, code.variable_id, code.parent_id) if row.id != code.id
    ]
    index = len(others) if position is None else max(0, min(position, len(others)))
    renumber(log, [*others[:index], code, *others[index:]])


def _edit_code(project: Project, code: CodeRef, what: str, **fields: Any) -> EditResult:
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_code(session, code)
        cleaned: dict[str, Any] = {}
        for name, value in fields.items():
            if value is KEEP:
                continue
            if name == "label":
                value = clean_label(session, row.variable, value, row)
            elif name == "colour":
                value = clean_colour(value)
            elif name == "shortcut":
                value = clean_shortcut(session, value, row)
            elif name in TEXT_FIELDS:
                value = value or ""
            cleaned[name] = value
        old = row.label
        changed = log.update(row, **cleaned)
        message = f"{what} {old!r} of {row.variable.name!r}" if changed else "Nothing changed"
        if "label" in cleaned and old != row.label:
            message = f"Renamed {old!r} to {row.label!r} in {row.variable.name!r}"
        return EditResult(message, log.undo(f"{what.lower()} {old}"), uuid=str(row.uuid))


def rename_code(project: Project, code: CodeRef, label: str) -> EditResult:
    return _edit_code(project, code, "Renamed", label=label)


def recolour_code(project: Project, code: CodeRef, colour: str | None) -> EditResult:
    return _edit_code(project, code, "Recoloured", colour=colour)


def set_shortcut(project: Project, code: CodeRef, shortcut: str | None) -> EditResult:
    """Give a code a shortcut key (None clears it); refused if another code has it."""
    return _edit_code(project, code, "Set the shortcut of", shortcut=shortcut)


def describe_code(
    project: Project,
    code: CodeRef,
    *,
    definition: str | None = KEEP,
    include: str | None = KEEP,
    exclude: str | None = KEEP,
    example: str | None = KEEP,
) -> EditResult:
    """Change a code's definition, when to use, when not to use and example."""
    return _edit_code(
        project,
        code,
        "Redefined",
        definition=definition,
        include=include,
        exclude=exclude,
        example=example,
    )


def move_code(
    project: Project, code: CodeRef, *, parent: CodeRef | None = KEEP, position: int | None = None
) -> EditResult:
    """Move a code under another parent (None: the top level) and/or to a position among its
    siblings (None: last when the parent changes, unchanged otherwise). Cycles are refused."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_code(session, code)
        old_parent = row.parent_id
        if parent is not KEEP:
            new_parent = get_code(session, parent) if parent is not None else None
            if new_parent is not None:
                if new_parent.variable_id != row.variable_id:
                    raise InvalidInputError(
                        f"{describe(new_parent)} is in another variable; codes stay in theirs"
                    )
                if new_parent.id == row.id or new_parent in descendants(session, row):
                    raise InvalidInputError(
                        f"cannot move {row.label!r} under {new_parent.label!r}: "
                        f"{new_parent.label!r} is {row.label!r} itself or one of its sub-codes"
                    )
            log.update(row, parent_id=new_parent.id if new_parent else None)
        if row.parent_id != old_parent:
            renumber(log, siblings(session, row.variable_id, old_parent))
            _place_code(session, log, row, position)
        elif position is not None:
            _place_code(session, log, row, position)
        return EditResult(
            f"Moved {row.label!r} in {row.variable.name!r}",
            log.undo(f"move {row.label}"),
            uuid=str(row.uuid),
        )


def retire_code(project: Project, code: CodeRef, retired: bool = True) -> EditResult:
    """Hide a code from coding while keeping it for the annotations that use it (or undo that)."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_code(session, code)
        log.update(row, retired=retired)
        verb = "Retired" if retired else "Reinstated"
        return EditResult(
            f"{verb} {row.label!r} of {row.variable.name!r}",
            log.undo(f"{verb.lower()} {row.label}"),
            uuid=str(row.uuid),
        )
