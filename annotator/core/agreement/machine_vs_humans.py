"""Is a machine coder as reliable as a human one?  The pure rules behind the comparison.

`annotator agreement --machine-vs-humans` measures a machine coder against the human coders of a
reliability sample (issue #21, "measured, not assumed").  Three rules live here, free of the
database, so they can be read and tested on their own:

* **The humans' consensus** of a unit is the value that *more than half of the human coders
  compared* gave there (three humans: at least two; two humans: both).  A human who did not code
  the unit counts as not agreeing, so a consensus never rests on fewer than a majority of all
  humans.  Units where some human gave a value but no value reaches that majority are left out of
  the machine-vs-consensus alpha and counted (``without_majority``).
* **The machine's alpha against the humans** pools every machine-human pair: one column per
  (unit, human) where both gave a value, the machine's value against that human's, and alpha of
  that two-row matrix.  With one human it is their pairwise alpha; with several it weighs each
  human equally per unit, which is what "agrees with a human coder" means.  Its bootstrap draws as
  many pairs per sample as there are units behind the columns (units with a machine value and at
  least one human value), not one per column, so the interval is not narrowed by counting the
  machine's value several times.
* **The verdict**: the machine is as reliable as a human coder on a variable when its alpha
  against the humans is not below the humans' alpha among themselves, *interval included*: the
  upper bound of the machine's bootstrap interval reaches the humans' point estimate -- the data
  do not show, at the chosen confidence, that the machine agrees with people less than people
  agree with each other.  Without a bootstrap the point estimates are compared.  When either
  alpha is undefined there is no verdict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

Row = Sequence[Hashable | None]

AS_RELIABLE = "as reliable"
NOT_AS_RELIABLE = "not as reliable"
UNDEFINED = "undefined"


@dataclass(frozen=True)
class Consensus:
    """The humans' consensus row (``None`` where there is none) and how many units it covers."""

    row: tuple[Hashable | None, ...]
    units: int
    without_majority: int


def consensus_row(human_rows: Sequence[Row]) -> Consensus:
    """Per unit, the value more than half of ``human_rows`` gave (module docstring)."""
    if not human_rows:
        return Consensus((), 0, 0)
    needed = len(human_rows) // 2 + 1
    row: list[Hashable | None] = []
    units = without = 0
    for column in zip(*human_rows, strict=True):
        counts = Counter(value for value in column if value is not None)
        if not counts:
            row.append(None)
            continue
        value, count = counts.most_common(1)[0]
        if count >= needed:
            row.append(value)
            units += 1
        else:
            row.append(None)
            without += 1
    return Consensus(tuple(row), units, without)


@dataclass(frozen=True)
class PooledPairs:
    """Every machine-human pair as a column of a two-row matrix (machine first)."""

    matrix: tuple[tuple[Hashable | None, ...], tuple[Hashable | None, ...]]
    units: int  # units with a machine value and at least one human value


def pooled_pairs(machine_row: Row, human_rows: Sequence[Row]) -> PooledPairs:
    """The machine's value against each human's, one column per unit and human both coded."""
    machine: list[Hashable | None] = []
    human: list[Hashable | None] = []
    units = 0
    for position, value in enumerate(machine_row):
        if value is None:
            continue
        paired = [row[position] for row in human_rows if row[position] is not None]
        if paired:
            units += 1
        for other in paired:
            machine.append(value)
            human.append(other)
    return PooledPairs((tuple(machine), tuple(human)), units)


def verdict(
    machine_alpha: float | None,
    machine_interval: tuple[float, float] | None,
    humans_alpha: float | None,
) -> str:
    """``AS_RELIABLE``, ``NOT_AS_RELIABLE`` or ``UNDEFINED`` by the rule of the module docstring."""
    if machine_alpha is None or humans_alpha is None:
        return UNDEFINED
    reached = machine_alpha if machine_interval is None else max(machine_alpha, machine_interval[1])
    return AS_RELIABLE if reached >= humans_alpha - 1e-12 else NOT_AS_RELIABLE
