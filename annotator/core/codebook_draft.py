"""A codebook as it arrives from a file someone edited: flat rows, uuids, and where each row was.

Codebook workbooks (`.xlsx`) and REFI-QDA codebooks (`.qdc`) travel between researchers and come
back edited by hand. Readers turn them into a `DraftCodebook` — one row per variable and per code,
parents named by label, uuids kept when present — and `check_draft` lists every problem with its
sheet, row and column, so a researcher can fix the file in one go. Nothing here touches a project;
`annotator.services.codebooks.sync` compares a checked draft with a project and applies it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from annotator.core.codebook_spec import MAX_CODE_DEPTH
from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SHORTCUT_MAX = 20


@dataclass(frozen=True)
class Location:
    """Where a value sits in the file: a sheet (or XML element), a row (or line), a column."""

    sheet: str
    row: int | None = field(default=None, compare=False)
    column: str | None = None
    row_word: str = "row"
    column_word: str = "column"

    def __str__(self) -> str:
        parts = [self.sheet]
        if self.row is not None:
            parts.append(f"{self.row_word} {self.row}")
        if self.column:
            parts.append(f"{self.column_word} {self.column}")
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column}


@dataclass(frozen=True)
class Problem:
    """One thing to fix in the file before it can be imported."""

    message: str
    location: Location | None = None

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def to_json(self) -> dict[str, Any]:
        return {"message": self.message, **(self.location.to_json() if self.location else {})}


@dataclass
class DraftVariable:
    name: str
    label: str = ""
    kind: VariableKind | None = VariableKind.CATEGORY  # None: the file named an unknown kind
    multiple: bool = False
    open: bool = False
    description: str = ""
    uuid: str | None = None
    row: int | None = field(default=None, compare=False)


@dataclass
class DraftCode:
    variable: str
    label: str
    parent: str | None = None  # the parent's label, within the same variable
    definition: str = ""
    include: str = ""
    exclude: str = ""
    example: str = ""
    colour: str | None = None
    shortcut: str | None = None
    retired: bool = False
    uuid: str | None = None
    row: int | None = field(default=None, compare=False)


@dataclass
class DraftCodebook:
    """Variables and codes in file order (a code's position is its order among its siblings)."""

    name: str = ""
    version: str = ""
    description: str = ""
    variables: list[DraftVariable] = field(default_factory=list)
    codes: list[DraftCode] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # found while reading the file
    # How a file from another program was mapped onto variables and codes, one sentence each
    # (printed by the importers so that nothing changes shape silently).
    mapping: list[str] = field(default_factory=list, compare=False)
    # Where rows live, for messages: sheet names and the column holding each field.
    variable_sheet: str = "Variables"
    code_sheet: str = "Codes"
    variable_columns: dict[str, str] = field(default_factory=dict)
    code_columns: dict[str, str] = field(default_factory=dict)
    row_word: str = "row"
    column_word: str = "column"

    def variable_at(self, variable: DraftVariable, column: str | None = None) -> Location:
        return Location(
            self.variable_sheet,
            variable.row,
            self.variable_columns.get(column or "", None),
            self.row_word,
            self.column_word,
        )

    def code_at(self, code: DraftCode, column: str | None = None) -> Location:
        return Location(
            self.code_sheet,
            code.row,
            self.code_columns.get(column or "", None),
            self.row_word,
            self.column_word,
        )

    def codes_of(self, variable_name: str) -> list[DraftCode]:
        key = label_key(variable_name)
        return [code for code in self.codes if label_key(code.variable) == key]

    def walk(self, variable_name: str) -> Iterator[tuple[DraftCode, int]]:
        """The codes of one variable in reading order (parents before children), with depth."""
        codes = self.codes_of(variable_name)
        labels = {label_key(code.label) for code in codes}
        children: dict[str | None, list[DraftCode]] = {}
        for code in codes:
            parent = label_key(code.parent) if code.parent else None
            children.setdefault(parent if parent in labels else None, []).append(code)
        seen: set[int] = set()
        stack = [(code, 0) for code in reversed(children.get(None, []))]
        while stack:  # depth first without recursion: no tree is too deep to walk
            code, depth = stack.pop()
            if id(code) in seen:
                continue
            seen.add(id(code))
            yield code, depth
            below = children.get(label_key(code.label), [])
            stack.extend((child, depth + 1) for child in reversed(below))


def normalise_uuid(value: str | None) -> str | None:
    """A canonical lower-case uuid, or None when `value` is empty; ValueError when not a uuid."""
    if value is None or not str(value).strip():
        return None
    return str(uuid.UUID(str(value).strip().strip("{}")))


def _check_variables(draft: DraftCodebook) -> list[Problem]:
    problems: list[Problem] = []
    names: dict[str, DraftVariable] = {}
    for variable in draft.variables:
        if not variable.name.strip():
            problems.append(Problem("a variable has no name", draft.variable_at(variable, "name")))
            continue
        key = label_key(variable.name)
        if key in names:
            first = names[key]
            problems.append(
                Problem(
                    f"variable {variable.name!r} appears twice"
                    + (f" (first in {draft.row_word} {first.row})" if first.row else ""),
                    draft.variable_at(variable, "name"),
                )
            )
        names[key] = variable
        if variable.kind is VariableKind.TEXT and draft.codes_of(variable.name):
            problems.append(
                Problem(
                    f"text variable {variable.name!r} cannot have codes (make it a category or "
                    "scale, or remove its codes)",
                    draft.variable_at(variable, "kind"),
                )
            )
    return problems


def _check_tree(draft: DraftCodebook, variable: str, codes: list[DraftCode]) -> list[Problem]:
    problems: list[Problem] = []
    by_label = {label_key(code.label): code for code in codes if code.label}
    for code in codes:
        if code.parent and label_key(code.parent) not in by_label:
            problems.append(
                Problem(
                    f"unknown parent {code.parent!r} for code {code.label!r} "
                    f"(no code of {variable!r} has that label)",
                    draft.code_at(code, "parent"),
                )
            )
    problems.extend(_check_ancestry(draft, variable, codes, by_label))
    return problems


def _check_ancestry(
    draft: DraftCodebook, variable: str, codes: list[DraftCode], by_label: dict[str, DraftCode]
) -> list[Problem]:
    """Cycles and trees deeper than MAX_CODE_DEPTH, each code's parent chain followed once."""
    problems: list[Problem] = []
    levels: dict[str, int] = {}  # by label: 1 for a top-level code
    looped: set[str] = set()  # in a cycle, or under one
    deepest: DraftCode | None = None
    for code in codes:
        chain: list[str] = []
        on_chain: dict[str, DraftCode] = {}
        current: DraftCode | None = code
        below = 0  # the level of whatever the chain hangs from
        while current is not None:
            key = label_key(current.label)
            if key in levels or key in looped:
                below = levels.get(key, -1)
                break
            if key in on_chain:
                problems.append(
                    Problem(
                        f"codes of {variable!r} are their own ancestors: "
                        + " → ".join(on_chain[label].label for label in chain),
                        draft.code_at(code, "parent"),
                    )
                )
                below = -1
                break
            chain.append(key)
            on_chain[key] = current
            parent = label_key(current.parent) if current.parent else None
            current = by_label.get(parent) if parent else None
        if below < 0:
            looped.update(chain)
            continue
        for offset, key in enumerate(reversed(chain), start=1):
            levels[key] = below + offset
        if levels[label_key(code.label)] > MAX_CODE_DEPTH and (
            deepest is None or levels[label_key(code.label)] > levels[label_key(deepest.label)]
        ):
            deepest = code
    if deepest is not None:
        problems.append(
            Problem(
                f"code {deepest.label!r} of {variable!r} is "
                f"{levels[label_key(deepest.label)]:,} levels deep; codes may be nested "
                f"{MAX_CODE_DEPTH} levels deep",
                draft.code_at(deepest, "parent"),
            )
        )
    return problems


def check_draft(draft: DraftCodebook) -> list[Problem]:
    """Every problem of the draft: the reader's, then duplicates, unknown names, cycles."""
    problems = list(draft.problems) + _check_variables(draft)
    variables = {label_key(variable.name) for variable in draft.variables}
    shortcuts: dict[str, DraftCode] = {}
    uuids: dict[str, DraftCode] = {}
    labels: dict[tuple[str, str], DraftCode] = {}
    for code in draft.codes:
        if label_key(code.variable) not in variables:
            problems.append(
                Problem(
                    f"unknown variable {code.variable!r} for code {code.label!r} "
                    "(add it to the variables first)"
                    if code.variable
                    else f"code {code.label!r} names no variable",
                    draft.code_at(code, "variable"),
                )
            )
        if not code.label:
            problems.append(Problem("a code has no label", draft.code_at(code, "label")))
            continue
        key = (label_key(code.variable), label_key(code.label))
        if key in labels:
            problems.append(
                Problem(
                    f"duplicate label {code.label!r} in variable {code.variable!r}"
                    + (f" (also in {draft.row_word} {labels[key].row})" if labels[key].row else ""),
                    draft.code_at(code, "label"),
                )
            )
        labels[key] = code
        if code.shortcut:
            other = shortcuts.get(code.shortcut.casefold())
            if other is not None:
                problems.append(
                    Problem(
                        f"shortcut {code.shortcut!r} of {code.label!r} is also used by "
                        f"{other.label!r} of {other.variable!r}"
                        + (f" ({draft.row_word} {other.row})" if other.row else ""),
                        draft.code_at(code, "shortcut"),
                    )
                )
            else:
                shortcuts[code.shortcut.casefold()] = code
        if code.uuid:
            if code.uuid in uuids:
                problems.append(
                    Problem(
                        f"uuid {code.uuid} of {code.label!r} is also given to "
                        f"{uuids[code.uuid].label!r}",
                        draft.code_at(code, "uuid"),
                    )
                )
            uuids[code.uuid] = code
    for variable in draft.variables:
        problems.extend(_check_tree(draft, variable.name, draft.codes_of(variable.name)))
    sheets = {draft.variable_sheet: 1, draft.code_sheet: 2}

    def order(problem: Problem) -> tuple[int, int]:
        where = problem.location
        return (sheets.get(where.sheet, 0), where.row or 0) if where else (0, 0)

    return sorted(problems, key=order)
