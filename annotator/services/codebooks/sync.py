"""Bringing a codebook file into a project: match, list the changes, apply them in one go.

A codebook comes back from a colleague as a workbook (or a REFI-QDA `.qdc`) and is read into a
`DraftCodebook`. Here it is compared with the project: variables match by uuid, then by name;
codes by uuid, then by variable and label. The result is a change list — added, renamed, moved,
reordered, redefined, recoloured, shortcut, retired, removed — shown before anything is applied.
Codes missing from the file are removed only when no annotation uses them; codes in use are kept
and retired, never deleted. Applying is one transaction with an undo payload, like every edit.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.codebook_draft import (
    DraftCode,
    DraftCodebook,
    DraftVariable,
    Problem,
    check_draft,
)
from annotator.core.codebook_spec import CodebookSpec
from annotator.core.labels import label_key
from annotator.core.reordering import out_of_order
from annotator.db.models import AnnotationValue, Code, ProjectSetting, Variable
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.codebooks.edit import (
    EditResult,
    check_kind_change,
    delete_variable_rows,
)
from annotator.services.codebooks.reading import read_codebook
from annotator.services.codebooks.recode import usage_by_code
from annotator.services.codebooks.undo import ChangeLog
from annotator.services.references import parse_uuid

SETTING_KEYS = {"name": "codebook_name", "version": "codebook_version"}
SETTING_KEYS["description"] = "codebook_description"
CODE_TEXTS = ("definition", "include", "exclude", "example")


class CodebookProblems(AnnotatorError):
    """The file has problems; nothing was changed. `problems` lists each with its location."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(
            f"{source}: {len(problems)} problem(s) to fix first, nothing was changed:\n"
            + "\n".join(f"  {problem}" for problem in problems)
        )


@dataclass(frozen=True)
class Change:
    """One line of the change list."""

    action: str  # added, renamed, moved, reordered, redefined, recoloured, shortcut, retired, ...
    variable: str
    code: str | None = None
    detail: str = ""

    def __str__(self) -> str:
        subject = f"{self.variable}: {self.code}" if self.code is not None else self.variable
        return f"{self.action:<11} {subject}" + (f" ({self.detail})" if self.detail else "")

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "variable": self.variable,
            "code": self.code,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Sweep:
    """An import that would retire or remove every code of the project, or of a variable: a
    wrong file (an empty or missing Codes table, another study's codebook) looks exactly like
    that, so the user confirms it first (the GUI asks; the command line needs --force)."""

    retired: int  # codes not retired now that the import would retire
    removed: int  # codes not retired now that the import would delete
    in_use: int  # the project's codes not retired, before the import
    variables: tuple[str, ...]  # variables that would keep none of their codes

    @property
    def every_code(self) -> bool:
        return self.retired + self.removed == self.in_use

    def __str__(self) -> str:
        counts = [f"retire {self.retired}"] * bool(self.retired)
        counts += [f"remove {self.removed}"] * bool(self.removed)
        total = self.retired + self.removed
        if self.every_code:
            scope = f"all {total} codes of the project" if total > 1 else "the project's only code"
        else:
            scope = "every code of " + " and ".join(repr(name) for name in self.variables)
        return f"would {' and '.join(counts)} code{'s' * (total != 1)}, {scope}"


@dataclass
class ImportPlan:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    variables: dict[int, Variable | None] = field(default_factory=dict)  # by id(draft variable)
    codes: dict[int, Code | None] = field(default_factory=dict)  # by id(draft code)
    kept_variables: list[Variable] = field(default_factory=list)
    removed_variables: list[Variable] = field(default_factory=list)
    kept_codes: list[Code] = field(default_factory=list)
    removed_codes: list[Code] = field(default_factory=list)
    sweep: Sweep | None = None  # set when the import takes every code of a variable or all


# --- project → draft ---------------------------------------------------------------------------


def settings_of(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.scalars(select(ProjectSetting))}


def project_draft(project: Project) -> DraftCodebook:
    """The project's codebook as a draft, for the writers."""
    with project.reading() as session:
        settings = settings_of(session)
        variables = read_codebook(session)
    draft = DraftCodebook(
        name=str(settings.get("codebook_name") or ""),
        version=str(settings.get("codebook_version") or ""),
        description=str(settings.get("codebook_description") or ""),
    )
    for variable in variables:
        draft.variables.append(
            DraftVariable(
                name=variable.name,
                label=variable.label,
                kind=variable.kind,
                multiple=variable.multiple,
                open=variable.open,
                description=variable.description,
                uuid=variable.uuid,
            )
        )
        labels = {code.id: code.label for code in variable.codes}
        for code in variable.codes:
            draft.codes.append(
                DraftCode(
                    variable=variable.name,
                    label=code.label,
                    parent=labels.get(code.parent_id) if code.parent_id else None,
                    definition=code.definition,
                    include=code.include,
                    exclude=code.exclude,
                    example=code.example,
                    colour=code.colour,
                    shortcut=code.shortcut,
                    retired=code.retired,
                    uuid=code.uuid,
                )
            )
    return draft


# --- planning -----------------------------------------------------------------------------------


def _by_uuid(rows: list[Any]) -> dict[str, Any]:
    return {str(row.uuid): row for row in rows}


def _match_variables(session: Session, draft: DraftCodebook, plan: ImportPlan) -> None:
    existing = list(session.scalars(select(Variable).order_by(Variable.position, Variable.id)))
    uuids, claimed = _by_uuid(existing), set()
    names = {label_key(row.name): row for row in existing}
    for variable in draft.variables:
        row = uuids.get(variable.uuid or "")
        if row is None:
            candidate = names.get(label_key(variable.name))
            row = candidate if candidate is not None and candidate.id not in claimed else None
        if row is not None:
            claimed.add(row.id)
        plan.variables[id(variable)] = row
    used = set(session.scalars(select(AnnotationValue.variable_id).distinct()))
    draft_names = {label_key(variable.name) for variable in draft.variables}
    for row in existing:
        if row.id in claimed:
            continue
        if row.id in used:
            plan.kept_variables.append(row)
            plan.changes.append(Change("kept", row.name, detail="not in the file, but in use"))
            if label_key(row.name) in draft_names:
                plan.problems.append(
                    Problem(
                        f"variable {row.name!r} of the file cannot replace the project's "
                        f"{row.name!r} (another uuid, and annotations use it); remove the uuid "
                        "from the file to match by name"
                    )
                )
        else:
            plan.removed_variables.append(row)
            plan.changes.append(Change("removed", row.name, detail="variable not in the file"))


def _plan_variable_changes(
    session: Session, draft: DraftCodebook, plan: ImportPlan, variable: DraftVariable
) -> None:
    row = plan.variables[id(variable)]
    if row is None:
        plan.changes.append(Change("added", variable.name, detail=f"{variable.kind} variable"))
        return
    if row.name != variable.name:
        plan.changes.append(Change("renamed", row.name, detail=f"to {variable.name!r}"))
    differences = [
        name
        for name in ("label", "kind", "multiple", "open", "description")
        if getattr(row, name) != getattr(variable, name)
    ]
    if differences:
        plan.changes.append(Change("changed", variable.name, detail=", ".join(differences)))
    if variable.kind is not None and ("kind" in differences or "multiple" in differences):
        try:
            check_kind_change(session, row, variable.kind, variable.multiple)
        except AnnotatorError as error:
            plan.problems.append(Problem(str(error), draft.variable_at(variable, "kind")))


def _code_owners(session: Session) -> dict[uuid_module.UUID, tuple[str, str]]:
    """Every code's uuid with its label and variable name, read once (a file may name 10,000)."""
    rows = session.execute(select(Code.uuid, Code.label, Variable.name).join(Variable))
    return {code_uuid: (label, name) for code_uuid, label, name in rows}


def _match_codes(
    session: Session,
    draft: DraftCodebook,
    plan: ImportPlan,
    variable: DraftVariable,
    every_code: Mapping[uuid_module.UUID, tuple[str, str]],
) -> tuple[list[Code], list[Code]]:
    """Match the variable's draft codes; returns the project's codes, and those the file lacks."""
    row = plan.variables[id(variable)]
    existing = list(session.scalars(select(Code).where(Code.variable_id == row.id))) if row else []
    codes = draft.codes_of(variable.name)
    uuids, claimed = _by_uuid(existing), set()
    for code in codes:
        match = uuids.get(code.uuid or "")
        if match is None and code.uuid and (parsed := parse_uuid(code.uuid)):
            elsewhere = every_code.get(parsed)
            if elsewhere is not None:
                label, variable_name = elsewhere
                plan.problems.append(
                    Problem(
                        f"code {code.label!r} is {label!r} of variable "
                        f"{variable_name!r} in the project; codes cannot move between "
                        "variables (remove its uuid to add it as a new code)",
                        draft.code_at(code, "variable"),
                    )
                )
        if match is not None:
            claimed.add(match.id)
        plan.codes[id(code)] = match
    labels = {label_key(code.label): code for code in existing if code.id not in claimed}
    for code in codes:  # the rest match by label
        if plan.codes[id(code)] is None:
            match = labels.pop(label_key(code.label), None)
            if match is not None:
                claimed.add(match.id)
                plan.codes[id(code)] = match
    return existing, [code for code in existing if code.id not in claimed]


def _plan_code_changes(
    draft: DraftCodebook, plan: ImportPlan, variable: DraftVariable, existing: list[Code]
) -> None:
    codes = draft.codes_of(variable.name)
    by_label = {label_key(code.label): code for code in codes}
    labels = {row.id: row.label for row in existing}
    stayed: dict[str | None, list[DraftCode]] = {}
    name = variable.name
    for code in codes:
        row = plan.codes[id(code)]
        if row is None:
            parent = by_label.get(label_key(code.parent)) if code.parent else None
            where = f"under {parent.label!r}" if parent else "top level"
            plan.changes.append(Change("added", name, code.label, where))
            continue
        if row.label != code.label:
            plan.changes.append(Change("renamed", name, row.label, f"to {code.label!r}"))
        old_parent = labels.get(row.parent_id) if row.parent_id else None
        if label_key(old_parent or "") != label_key(code.parent or ""):
            where = f"under {code.parent!r}" if code.parent else "to the top level"
            plan.changes.append(Change("moved", name, code.label, where))
        else:
            stayed.setdefault(label_key(old_parent) if old_parent else None, []).append(code)
        texts = [field for field in CODE_TEXTS if getattr(row, field) != getattr(code, field)]
        if texts:
            plan.changes.append(Change("redefined", name, code.label, ", ".join(texts)))
        if (row.colour or None) != code.colour:
            plan.changes.append(Change("recoloured", name, code.label, code.colour or "none"))
        if (row.shortcut or None) != code.shortcut:
            plan.changes.append(Change("shortcut", name, code.label, code.shortcut or "none"))
        if row.retired != code.retired:
            action = "retired" if code.retired else "reinstated"
            plan.changes.append(Change(action, name, code.label))
    for group in stayed.values():
        rows = [plan.codes[id(code)] for code in group]
        order = [(row.position, row.id) for row in rows if row is not None]
        for index in sorted(out_of_order(order)):
            plan.changes.append(Change("reordered", name, group[index].label))


def _plan_missing_codes(
    draft: DraftCodebook,
    plan: ImportPlan,
    variable: DraftVariable,
    missing: list[Code],
    usage: Mapping[int, int],
) -> None:
    """Codes the file lacks: kept (retired) when annotations use them or a kept code's ancestor."""
    by_id = {row.id: row for row in missing}
    kept: set[int] = set()
    for row in missing:
        if usage.get(row.id):
            current: Code | None = row
            while current is not None and current.id not in kept:
                kept.add(current.id)
                current = by_id.get(current.parent_id) if current.parent_id else None
    labels = {label_key(code.label) for code in draft.codes_of(variable.name)}
    for row in missing:
        if row.id in kept:
            plan.kept_codes.append(row)
            count = usage.get(row.id, 0)
            detail = f"not in the file; kept for {count} annotations" if count else "kept parent"
            plan.changes.append(Change("retired", variable.name, row.label, detail))
            if label_key(row.label) in labels:
                plan.problems.append(
                    Problem(
                        f"code {row.label!r} of {variable.name!r} is used by annotations and "
                        "kept, so another code cannot take its label",
                        draft.variable_at(variable),
                    )
                )
        else:
            plan.removed_codes.append(row)
            plan.changes.append(Change("removed", variable.name, row.label, "not in the file"))


def _plan_settings(session: Session, draft: DraftCodebook, plan: ImportPlan) -> None:
    settings = settings_of(session)
    for field_name, key in SETTING_KEYS.items():
        value = getattr(draft, field_name)
        if str(settings.get(key) or "") != value:
            plan.changes.append(Change("changed", "codebook", None, f"{field_name}: {value!r}"))


def _sweep(session: Session, draft: DraftCodebook, plan: ImportPlan) -> Sweep | None:
    """What the plan takes out of use, when that is every code of the project or a variable."""
    staying = {row.id for code in draft.codes
               if not code.retired and (row := plan.codes.get(id(code))) is not None}  # fmt: skip
    untouched = {row.id for row in plan.kept_variables}
    deleted_variables = {row.id for row in plan.removed_variables}
    deleted_codes = {row.id for row in plan.removed_codes}
    retired = removed = in_use = 0
    keeps_some: dict[int, bool] = {}  # by variable id: whether any of its codes stays in use
    for row in session.scalars(select(Code).where(Code.retired.is_(False))):
        in_use += 1
        stays = row.id in staying or row.variable_id in untouched
        keeps_some[row.variable_id] = keeps_some.get(row.variable_id, False) or stays
        if stays:
            continue
        if row.id in deleted_codes or row.variable_id in deleted_variables:
            removed += 1
        else:
            retired += 1
    emptied = {variable_id for variable_id, kept in keeps_some.items() if not kept}
    if not emptied:
        return None
    variables = session.scalars(
        select(Variable.name).where(Variable.id.in_(emptied)).order_by(Variable.position)
    )
    return Sweep(retired, removed, in_use, tuple(variables))


def make_plan(session: Session, draft: DraftCodebook) -> ImportPlan:
    plan = ImportPlan(problems=check_draft(draft))
    if plan.problems:
        return plan
    _plan_settings(session, draft, plan)
    _match_variables(session, draft, plan)
    usage = usage_by_code(session)
    every_code = _code_owners(session)
    for variable in draft.variables:
        _plan_variable_changes(session, draft, plan, variable)
        existing, missing = _match_codes(session, draft, plan, variable, every_code)
        _plan_code_changes(draft, plan, variable, existing)
        _plan_missing_codes(draft, plan, variable, missing, usage)
    plan.sweep = _sweep(session, draft, plan)
    return plan


def plan_import(project: Project, draft: DraftCodebook) -> ImportPlan:
    """The change list and problems, without changing anything (the dry run)."""
    with project.reading() as session:
        return make_plan(session, draft)


# --- applying -----------------------------------------------------------------------------------


def _apply_variables(session: Session, log: ChangeLog, draft: DraftCodebook, plan: ImportPlan):
    for row in plan.removed_variables:
        delete_variable_rows(session, log, row)
    for variable in draft.variables:  # free the names first: names are unique
        row = plan.variables[id(variable)]
        if row is not None and row.name != variable.name:
            log.update(row, name=f"\x00{row.id}")
    taken = {str(uuid) for uuid in session.scalars(select(Variable.uuid))}
    rows: list[Variable] = []
    for position, variable in enumerate(draft.variables):
        row = plan.variables[id(variable)]
        fields = {
            "name": variable.name,
            "label": variable.label or variable.name.capitalize(),
            "kind": variable.kind,
            "multiple": variable.multiple,
            "open": variable.open,
            "description": variable.description,
            "position": position,
        }
        if row is None:
            row = Variable(**fields)
            if variable.uuid and variable.uuid not in taken:
                row.uuid = parse_uuid(variable.uuid)
            log.add(row)
            plan.variables[id(variable)] = row
        else:
            log.update(row, **fields)
        rows.append(row)
    for position, row in enumerate(plan.kept_variables, start=len(rows)):
        log.update(row, position=position)


def _code_fields(code: DraftCode) -> dict[str, Any]:
    return {
        "label": code.label,
        **{name: getattr(code, name) for name in CODE_TEXTS},
        "colour": code.colour,
        "shortcut": code.shortcut,
        "retired": code.retired,
    }


def _apply_codes(session: Session, log: ChangeLog, draft: DraftCodebook, plan: ImportPlan):
    """Add, update and place the codes; one flush for all (codes have no unique label, so the
    order of their writes does not matter), then delete the removed ones, deepest first."""
    taken = {str(uuid) for uuid in session.scalars(select(Code.uuid))}
    shortcuts = {code.shortcut.casefold() for code in draft.codes if code.shortcut}
    variables: dict[str, DraftVariable] = {}
    for variable in draft.variables:
        variables.setdefault(label_key(variable.name), variable)
    added = []
    next_id = (session.scalar(select(func.max(Code.id))) or 0) + 1  # given: one INSERT for all
    for code in draft.codes:
        row = plan.codes[id(code)]
        if row is None:
            variable = plan.variables[id(variables[label_key(code.variable)])]
            row = Code(id=next_id, variable_id=variable.id, position=0, **_code_fields(code))
            next_id += 1
            if code.uuid and code.uuid not in taken:
                row.uuid = parse_uuid(code.uuid)
            added.append(row)
            plan.codes[id(code)] = row
    log.add_all(added)
    for code in draft.codes:
        log.update(plan.codes[id(code)], flush=False, **_code_fields(code))
    kept_by_variable: dict[int, list[Code]] = {}
    for row in plan.kept_codes:
        kept_by_variable.setdefault(row.variable_id, []).append(row)
    for variable in draft.variables:
        codes = draft.codes_of(variable.name)
        rows = {label_key(code.label): plan.codes[id(code)] for code in codes}
        positions: dict[int | None, int] = {}
        for code in codes:
            parent = rows[label_key(code.parent)] if code.parent else None
            parent_id = parent.id if parent else None
            position = positions.get(parent_id, 0)
            positions[parent_id] = position + 1
            log.update(plan.codes[id(code)], flush=False, parent_id=parent_id, position=position)
        for row in kept_by_variable.get(plan.variables[id(variable)].id, []):
            position = positions.get(row.parent_id, 0)
            positions[row.parent_id] = position + 1
            shortcut = row.shortcut
            if shortcut and shortcut.casefold() in shortcuts:
                shortcut = None
            log.update(row, flush=False, retired=True, position=position, shortcut=shortcut)
    session.flush()
    depth = {row.id: _depth(row, session) for row in plan.removed_codes}
    for row in sorted(plan.removed_codes, key=lambda row: -depth[row.id]):
        log.delete(row)


def _depth(row: Code, session: Session) -> int:
    depth, current = 0, row
    while current.parent_id is not None and depth < 1000:
        parent = session.get(Code, current.parent_id)
        if parent is None:
            break
        depth, current = depth + 1, parent
    return depth


def _apply_settings(session: Session, log: ChangeLog, draft: DraftCodebook) -> None:
    for field_name, key in SETTING_KEYS.items():
        value = getattr(draft, field_name)
        row = session.get(ProjectSetting, key)
        if row is None:
            log.add(ProjectSetting(key=key, value=value))
        else:
            log.update(row, value=value)


def apply_draft(
    session: Session, draft: DraftCodebook, source: str
) -> tuple[ImportPlan, ChangeLog]:
    """Plan and apply inside the caller's write transaction; raises CodebookProblems."""
    plan = make_plan(session, draft)
    if plan.problems:
        raise CodebookProblems(source, plan.problems)
    log = ChangeLog(session)
    _apply_settings(session, log, draft)
    _apply_variables(session, log, draft, plan)
    _apply_codes(session, log, draft, plan)
    return plan, log


def import_draft(project: Project, draft: DraftCodebook, source: str = "codebook") -> EditResult:
    """Update the project's codebook to the draft in one transaction (see the module docstring)."""
    with project.writing() as session:
        plan, log = apply_draft(session, draft, source)
        return EditResult(
            f"Imported the codebook from {source}: {len(plan.changes)} changes",
            log.undo(f"import codebook {source}"),
        )


def new_project_from_draft(path: Path | str, draft: DraftCodebook, source: str) -> Project:
    """Create a project holding the draft's codebook with its uuids (so coders' projects made
    from the same workbook merge by uuid). Nothing is created when the draft has problems."""
    from annotator.services.projects import new_project

    problems = check_draft(draft)
    if problems:
        raise CodebookProblems(source, problems)
    project = new_project(
        path, CodebookSpec(name=draft.name, version=draft.version, description=draft.description)
    )
    try:
        import_draft(project, draft, source)
    except BaseException:
        project.close()
        if not project.on_server:  # on a server the new, empty project stays (no file to delete)
            Path(path).unlink(missing_ok=True)
        raise
    return project
