"""Aligned units as people look at them: stable ids, each coder's span side by side, disagreements.

The statistics only need matrices, but the comparison workbook, the GUI's disagreement list and
adjudication need to *show* a unit -- its document, its text, which coder marked what -- and to
find the same unit again later.  A unit's id is derived from the uuids of the annotations in it,
so it stays the same across runs as long as those annotations exist (adding a consensus coder
does not change it, because the consensus coder is never one of the compared coders).

A unit's status:

* ``agree`` -- every chosen coder marked it and their values agree on every variable;
* ``disagree`` -- at least two coders marked it and their values differ on some variable
  (compared as the statistics compare them: a coder who left a variable empty is missing there,
  unless "not coded" counts as a category);
* ``incomplete`` -- the values present agree, but some coder did not mark this stretch at all
  (a unitizing disagreement; a unit marked by one coder only is always incomplete).

Every unit that is not ``agree`` is a *disagreement*: something for the adjudicator to settle.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from annotator.core.agreement import NOT_CODED, CodedSpan, Unit
from annotator.services.agreement_data import DocumentInfo

UnitStatus = Literal["agree", "disagree", "incomplete"]


def unit_id(member_keys: Sequence[str]) -> str:
    """A short stable id from the annotation uuids in a unit (order does not matter)."""
    digest = hashlib.sha1("\n".join(sorted(member_keys)).encode("ascii"), usedforsecurity=False)
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class AlignedUnit:
    """One aligned unit, ready to display; ``spans`` maps coder name -> that coder's span."""

    id: str
    number: int
    document: DocumentInfo
    start: int
    end: int
    spans: Mapping[str, CodedSpan]
    missing: tuple[str, ...]
    disagreeing: tuple[str, ...]
    text: str | None = None

    @property
    def status(self) -> UnitStatus:
        if self.disagreeing:
            return "disagree"
        return "incomplete" if self.missing else "agree"

    @property
    def is_disagreement(self) -> bool:
        return self.status != "agree"

    def codes(self, coder: str, variable: str) -> frozenset[str] | None:
        """The coder's codes for ``variable`` here; ``None`` when the coder has no span here."""
        span = self.spans.get(coder)
        return None if span is None else span.codes(variable)

    def to_json(self, variables: Sequence[str]) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "document": {"id": self.document.id, "uuid": self.document.uuid},
            "title": self.document.title,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "status": self.status,
            "disagreeing": list(self.disagreeing),
            "missing": list(self.missing),
            "spans": {
                coder: {
                    "annotation": span.key,
                    "start": span.start,
                    "end": span.end,
                    "values": {name: sorted(span.codes(name)) for name in variables},
                }
                for coder, span in self.spans.items()
            },
        }


def cell_label(cell: object) -> str:
    """A reliability-matrix cell as text: a label, "a + b" for a set of codes, or empty."""
    if cell is None:
        return ""
    if cell is NOT_CODED:
        return str(NOT_CODED)
    if isinstance(cell, tuple):
        return " + ".join(str(part) for part in cell)
    return str(cell)


def build_units(
    units: Sequence[Unit],
    coders: Sequence[str],
    documents: Mapping[str, DocumentInfo],
    matrices: Mapping[str, Sequence[Sequence[object]]],
    texts: Mapping[str, str] | None = None,
) -> list[AlignedUnit]:
    """Wrap core units; ``matrices`` (variable -> rows per coder) decide which values differ."""
    differing = {name: _differing(matrix, len(units)) for name, matrix in matrices.items()}
    result: list[AlignedUnit] = []
    for column, unit in enumerate(units):
        disagreeing = tuple(name for name, flags in differing.items() if flags[column])
        text = texts.get(unit.document) if texts is not None else None
        result.append(
            AlignedUnit(
                id=unit_id([span.key for span in unit.members.values()]),
                number=column + 1,
                document=documents[unit.document],
                start=unit.start,
                end=unit.end,
                spans=dict(unit.members),
                missing=tuple(coder for coder in coders if coder not in unit.members),
                disagreeing=disagreeing,
                text=None if text is None else text[unit.start : unit.end],
            )
        )
    return result


def _differing(matrix: Sequence[Sequence[object]], width: int) -> list[bool]:
    """Per unit (column): do the values present there differ?"""
    if not matrix:
        return [False] * width
    flags: list[bool] = []
    for column in zip(*matrix, strict=True):
        distinct = set(column)
        distinct.discard(None)
        flags.append(len(distinct) > 1)
    return flags
