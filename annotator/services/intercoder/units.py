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
This module builds the units; the record itself,
:class:`annotator.core.records.agreement.AlignedUnit`, lives below `io`, which writes it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from annotator.core.agreement import Unit
from annotator.core.records.agreement import AlignedUnit, DocumentInfo


def unit_id(member_keys: Sequence[str]) -> str:
    """A short stable id from the annotation uuids in a unit (order does not matter)."""
    digest = hashlib.sha1("\n".join(sorted(member_keys)).encode("ascii"), usedforsecurity=False)
    return digest.hexdigest()[:12]


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
