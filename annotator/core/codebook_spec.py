"""A codebook as plain data: what `resources/codebooks/*.json` holds and what services install.

Kept free of the database so that codebook files (JSON today, XLSX and REFI-QDA `.qdc` later) can be
read, validated and compared before anything touches a project.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Codes under codes under codes: real codebooks nest a handful of levels (MAXQDA allows ten).
# Deeper trees are refused when read, so nothing that walks a code tree meets a deep one.
MAX_CODE_DEPTH = 100
# A JSON codebook nests the codebook, its variables, their codes and each level's children.
MAX_JSON_NESTING = 2 * MAX_CODE_DEPTH + 8
MAX_JSON_BYTES = 20 * 1024 * 1024


class CodebookSpecError(ValueError):
    """The codebook data is inconsistent; the message names the variable or code."""


@dataclass(frozen=True)
class CodeSpec:
    label: str
    definition: str = ""
    include: str = ""
    exclude: str = ""
    example: str = ""
    colour: str | None = None
    shortcut: str | None = None
    children: tuple[CodeSpec, ...] = ()

    def walk(self) -> Iterator[CodeSpec]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class VariableSpec:
    name: str
    label: str = ""
    kind: VariableKind = VariableKind.CATEGORY
    multiple: bool = False
    open: bool = False
    description: str = ""
    codes: tuple[CodeSpec, ...] = ()

    def walk_codes(self) -> Iterator[CodeSpec]:
        for code in self.codes:
            yield from code.walk()


@dataclass(frozen=True)
class CodebookSpec:
    name: str = ""
    version: str = ""
    description: str = ""
    variables: tuple[VariableSpec, ...] = field(default_factory=tuple)

    def validate(self) -> None:
        """Raise CodebookSpecError on duplicate names, labels or shortcuts and bad colours."""
        names: set[str] = set()
        shortcuts: dict[str, str] = {}
        for variable in self.variables:
            if not variable.name.strip():
                raise CodebookSpecError("a variable has no name")
            if label_key(variable.name) in names:
                raise CodebookSpecError(f"variable {variable.name!r} appears twice")
            names.add(label_key(variable.name))
            labels: set[str] = set()
            for code in variable.walk_codes():
                where = f"code {code.label!r} of variable {variable.name!r}"
                if not code.label.strip():
                    raise CodebookSpecError(f"a code of variable {variable.name!r} has no label")
                if label_key(code.label) in labels:
                    raise CodebookSpecError(f"{where} appears twice")
                labels.add(label_key(code.label))
                if code.colour is not None and not _COLOUR.match(code.colour):
                    raise CodebookSpecError(f"{where} has colour {code.colour!r}, not #RRGGBB")
                if code.shortcut:
                    if code.shortcut in shortcuts:
                        raise CodebookSpecError(
                            f"{where} uses shortcut {code.shortcut!r}, "
                            f"already used by {shortcuts[code.shortcut]}"
                        )
                    shortcuts[code.shortcut] = where
            if variable.kind is VariableKind.TEXT and variable.codes:
                raise CodebookSpecError(f"text variable {variable.name!r} cannot have codes")


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str):
        raise CodebookSpecError(f"{key!r} must be text, not {type(value).__name__}")
    return value


def _code_from_dict(data: Mapping[str, Any]) -> CodeSpec:
    return CodeSpec(
        label=_text(data, "label").strip(),
        definition=_text(data, "definition"),
        include=_text(data, "include"),
        exclude=_text(data, "exclude"),
        example=_text(data, "example"),
        colour=data.get("colour") or None,
        shortcut=data.get("shortcut") or None,
        children=tuple(_code_from_dict(child) for child in data.get("children") or ()),
    )


def _variable_from_dict(data: Mapping[str, Any]) -> VariableSpec:
    try:
        kind = VariableKind(data.get("kind", "category"))
    except ValueError as error:
        raise CodebookSpecError(
            f"variable {data.get('name')!r} has unknown kind {data.get('kind')!r} "
            f"(use one of {', '.join(kind.value for kind in VariableKind)})"
        ) from error
    return VariableSpec(
        name=_text(data, "name").strip(),
        label=_text(data, "label"),
        kind=kind,
        multiple=bool(data.get("multiple", False)),
        open=bool(data.get("open", False)),
        description=_text(data, "description"),
        codes=tuple(_code_from_dict(code) for code in data.get("codes") or ()),
    )


def codebook_from_dict(data: Mapping[str, Any]) -> CodebookSpec:
    variables: Sequence[Mapping[str, Any]] = data.get("variables") or ()
    spec = CodebookSpec(
        name=_text(data, "name"),
        version=str(data.get("version") or ""),
        description=_text(data, "description"),
        variables=tuple(_variable_from_dict(variable) for variable in variables),
    )
    spec.validate()
    return spec


def _nesting_exceeds(data: Any, limit: int) -> bool:
    """Whether lists and objects nest deeper than `limit` (walked without recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            stack.extend((child, depth + 1) for child in children)
    return False


def load_codebook_json(path: Path) -> CodebookSpec:
    too_deep = CodebookSpecError(f"{path}: nested too deeply to be a codebook")
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise CodebookSpecError(
                f"{path}: too large for a codebook (the limit is {MAX_JSON_BYTES // 2**20} MB)"
            )
        data = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise too_deep from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CodebookSpecError(f"{path}: cannot be read as a JSON codebook ({error})") from error
    if _nesting_exceeds(data, MAX_JSON_NESTING):
        raise too_deep
    if not isinstance(data, dict):
        raise CodebookSpecError(f"{path}: not a JSON codebook (it holds no object)")
    return codebook_from_dict(data)
