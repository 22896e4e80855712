"""The codebook as records: variables with their code trees, detached from the database."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.vocabulary import VariableKind


@dataclass(frozen=True)
class CodeRecord:
    id: int
    uuid: str
    label: str
    parent_id: int | None
    depth: int
    definition: str
    include: str
    exclude: str
    example: str
    colour: str | None
    shortcut: str | None
    retired: bool


@dataclass(frozen=True)
class VariableRecord:
    id: int
    uuid: str
    name: str
    label: str
    kind: VariableKind
    multiple: bool
    open: bool
    description: str
    codes: tuple[CodeRecord, ...]  # the code tree in reading order (parents before children)
