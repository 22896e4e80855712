"""Reading and extending a project's codebook, and resolving coders' values against it.

Labels are matched case-insensitively within a variable. Variables marked `open` (by default
`actor`) accept new codes while coding — coders add named actors as they meet them; any other
variable rejects an unknown label with the list of valid ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.codebook_spec import CodebookSpec, CodeSpec
from annotator.core.labels import label_key
from annotator.core.palette import unused_colour
from annotator.core.records.codebook import CodeRecord, VariableRecord
from annotator.core.vocabulary import VariableKind
from annotator.db.models import Code, Variable
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError


@dataclass(frozen=True)
class ResolvedValue:
    variable: Variable
    code: Code | None
    text: str | None


def install_codebook(session: Session, spec: CodebookSpec) -> None:
    """Add every variable and code of `spec` to an empty codebook."""
    spec.validate()

    def add_codes(variable: Variable, codes: Sequence[CodeSpec], parent: Code | None) -> None:
        for position, code_spec in enumerate(codes):
            code = Code(
                variable=variable,
                parent_id=parent.id if parent else None,
                label=code_spec.label,
                definition=code_spec.definition,
                include=code_spec.include,
                exclude=code_spec.exclude,
                example=code_spec.example,
                colour=code_spec.colour,
                shortcut=code_spec.shortcut,
                position=position,
            )
            session.add(code)
            session.flush()
            add_codes(variable, code_spec.children, code)

    for position, variable_spec in enumerate(spec.variables):
        variable = Variable(
            name=variable_spec.name,
            label=variable_spec.label or variable_spec.name.capitalize(),
            kind=variable_spec.kind,
            multiple=variable_spec.multiple,
            open=variable_spec.open,
            description=variable_spec.description,
            position=position,
        )
        session.add(variable)
        session.flush()
        add_codes(variable, variable_spec.codes, None)


def _code_tree(codes: Sequence[Code]) -> list[CodeRecord]:
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[CodeRecord] = []

    def visit(parent_id: int | None, depth: int) -> None:
        for code in sorted(children.get(parent_id, ()), key=lambda c: (c.position, c.id)):
            ordered.append(
                CodeRecord(
                    id=code.id,
                    uuid=str(code.uuid),
                    label=code.label,
                    parent_id=code.parent_id,
                    depth=depth,
                    definition=code.definition,
                    include=code.include,
                    exclude=code.exclude,
                    example=code.example,
                    colour=code.colour,
                    shortcut=code.shortcut,
                    retired=code.retired,
                )
            )
            visit(code.id, depth + 1)

    visit(None, 0)
    return ordered


def read_codebook(session: Session) -> list[VariableRecord]:
    variables = session.scalars(select(Variable).order_by(Variable.position, Variable.id)).all()
    codes_by_variable: dict[int, list[Code]] = {}
    for code in session.scalars(select(Code)):
        codes_by_variable.setdefault(code.variable_id, []).append(code)
    return [
        VariableRecord(
            id=variable.id,
            uuid=str(variable.uuid),
            name=variable.name,
            label=variable.label,
            kind=variable.kind,
            multiple=variable.multiple,
            open=variable.open,
            description=variable.description,
            codes=tuple(_code_tree(codes_by_variable.get(variable.id, []))),
        )
        for variable in variables
    ]


def list_codebook(project: Project) -> list[VariableRecord]:
    with project.reading() as session:
        return read_codebook(session)


def same_label(first: str, second: str) -> bool:
    """Labels and names match case-insensitively in every script ("Ирина" == "ирина"),
    however their accents were typed (see `label_key`).

    Compared in Python: SQL's lower() folds only ASCII letters in SQLite.
    """
    return label_key(first.strip()) == label_key(second.strip())


def find_variable(session: Session, name: str) -> Variable:
    variable = next(
        (row for row in session.scalars(select(Variable)) if same_label(row.name, name)), None
    )
    if variable is None:
        names = session.scalars(select(Variable.name).order_by(Variable.position)).all()
        raise NotFoundError(
            f"no variable {name!r} in this codebook (variables: {', '.join(names) or 'none'})"
        )
    return variable


def find_code(session: Session, variable: Variable, label: str) -> Code | None:
    codes = session.scalars(select(Code).where(Code.variable_id == variable.id))
    return next((code for code in codes if same_label(code.label, label)), None)


def add_code(session: Session, variable: Variable, label: str, parent: Code | None = None) -> Code:
    """Append a new code under `parent` (or at the top level) of `variable`."""
    label = label.strip()
    if not label:
        raise InvalidInputError(f"a code of {variable.name!r} needs a label")
    if find_code(session, variable, label) is not None:
        raise InvalidInputError(f"{variable.name!r} already has a code {label!r}")
    parent_id = parent.id if parent else None
    last_position = session.scalar(
        select(func.max(Code.position)).where(
            Code.variable_id == variable.id,
            Code.parent_id.is_(None) if parent_id is None else Code.parent_id == parent_id,
        )
    )
    code = Code(
        variable_id=variable.id,
        parent_id=parent_id,
        label=label,
        colour=new_code_colour(session, variable.id, parent),
        position=(last_position + 1) if last_position is not None else 0,
    )
    session.add(code)
    session.flush()
    return code


def new_code_colour(session: Session, variable_id: int, parent: Code | None) -> str:
    """A new code's colour: its parent's (a named actor wears its actor type's colour), else a
    light palette colour none of its siblings has."""
    if parent is not None and parent.colour:
        return parent.colour
    used = session.scalars(
        select(Code.colour).where(
            Code.variable_id == variable_id,
            Code.parent_id.is_(None) if parent is None else Code.parent_id == parent.id,
        )
    )
    return unused_colour(used)


def _valid_labels(session: Session, variable: Variable) -> str:
    labels = session.scalars(
        select(Code.label)
        .where(Code.variable_id == variable.id, Code.retired.is_(False))
        .order_by(Code.position, Code.id)
    ).all()
    return ", ".join(labels) if labels else "none"


def resolve_values(session: Session, values: Mapping[str, Sequence[str]]) -> list[ResolvedValue]:
    """Turn {variable name: [labels or texts]} into rows, adding codes to open variables."""
    resolved: list[ResolvedValue] = []
    for name, raw_items in values.items():
        variable = find_variable(session, name)
        items = [item.strip() for item in raw_items if item.strip()]
        if not items:
            continue
        if len({label_key(item) for item in items}) < len(items):
            raise InvalidInputError(f"{variable.name!r} is given the same value twice")
        if len(items) > 1 and not variable.multiple:
            raise InvalidInputError(
                f"{variable.name!r} takes one value per span, got {len(items)}: {', '.join(items)}"
            )
        for item in items:
            if variable.kind is VariableKind.TEXT:
                resolved.append(ResolvedValue(variable, None, item))
                continue
            code = find_code(session, variable, item)
            if code is None and variable.open:
                code = add_code(session, variable, item)
            if code is None:
                raise InvalidInputError(
                    f"{variable.name!r} has no code {item!r}; valid codes: "
                    f"{_valid_labels(session, variable)}"
                )
            if code.retired:
                raise InvalidInputError(
                    f"code {code.label!r} of {variable.name!r} is retired and cannot be used "
                    "for new codings"
                )
            resolved.append(ResolvedValue(variable, code, None))
    return resolved


def add_named_code(
    project: Project, variable_name: str, label: str, parent_label: str | None = None
) -> CodeRecord:
    """Add a code (e.g. a named actor under its actor type) in one transaction."""
    with project.writing() as session:
        variable = find_variable(session, variable_name)
        parent = None
        if parent_label:
            parent = find_code(session, variable, parent_label)
            if parent is None:
                raise NotFoundError(f"{variable.name!r} has no code {parent_label!r}")
        code = add_code(session, variable, label, parent)
        records = _code_tree(
            session.scalars(select(Code).where(Code.variable_id == variable.id)).all()
        )
        return next(record for record in records if record.id == code.id)
