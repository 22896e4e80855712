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
  human equally per unit, which is what "agrees with a human coder" means.  Its interval comes
  from :func:`bootstrap_pooled_alpha`, which resamples *units* (each with all its machine-human
  pairs) rather than pairs: the pairs of a unit share the machine's value, and Krippendorff's
  pair resampling (:mod:`annotator.core.agreement.bootstrap`), which treats them as independent,
  covered the true alpha with its 95 % interval in only 73-91 % of simulated studies (two to
  five humans, 100 units; the more humans, the worse), against 93-96 % for resampling units
  (``tests/test_core_agreement_machine_vs_humans.py``).  As in Krippendorff's algorithm, the
  metric differences and the expected disagreement stay those of the data.
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

from annotator.core.agreement.bootstrap import (
    DEFAULT_SAMPLES,
    AlphaBootstrap,
    BootstrapLevel,
    coincidence_table,
    interval_of,
    new_seed,
)

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
    unit_sizes: tuple[int, ...] = ()  # pairs per such unit, in column order

    @property
    def pairs(self) -> int:
        return len(self.matrix[0])


def pooled_pairs(machine_row: Row, human_rows: Sequence[Row]) -> PooledPairs:
    """The machine's value against each human's, one column per unit and human both coded."""
    machine: list[Hashable | None] = []
    human: list[Hashable | None] = []
    sizes: list[int] = []
    for position, value in enumerate(machine_row):
        if value is None:
            continue
        paired = [row[position] for row in human_rows if row[position] is not None]
        if paired:
            sizes.append(len(paired))
        for other in paired:
            machine.append(value)
            human.append(other)
    return PooledPairs((tuple(machine), tuple(human)), len(sizes), tuple(sizes))


def bootstrap_pooled_alpha(
    pooled: PooledPairs,
    level: BootstrapLevel = "nominal",
    value_order: Sequence[Hashable] | None = None,
    samples: int = DEFAULT_SAMPLES,
    seed: int | None = None,
    confidence: float = 0.95,
    alpha_min: float = 0.667,
) -> AlphaBootstrap | None:
    """The pooled alpha with an interval from resampling units (module docstring); ``None``
    when alpha is undefined.  ``draws`` in the result is the number of units."""
    import numpy as np

    made = coincidence_table(pooled.matrix, level, value_order)
    if made is None or samples < 1:
        return None
    values, observed, delta = made
    total = float(observed.sum())
    totals = observed.sum(axis=1)
    expected = float((np.outer(totals, totals) * delta).sum() / (total * (total - 1)))
    if expected <= 0:
        return None
    index = {value: position for position, value in enumerate(values)}
    machine, human = pooled.matrix
    pair_delta = delta[[index[v] for v in machine], [index[v] for v in human]]
    unit_of_pair = np.repeat(np.arange(pooled.units), pooled.unit_sizes)
    unit_sums = np.bincount(unit_of_pair, weights=pair_delta, minlength=pooled.units)
    sizes = np.array(pooled.unit_sizes, dtype=float)
    alpha = 1.0 - float(unit_sums.sum() / sizes.sum()) / expected
    seed = new_seed() if seed is None else seed
    rng = np.random.default_rng(seed)
    # A sample only depends on how often it drew each kind of unit (its sum of differences and
    # its number of pairs; few kinds for nominal data), so the kinds are drawn, not the units.
    kinds, counts = np.unique(np.column_stack((unit_sums, sizes)), axis=0, return_counts=True)
    probabilities = counts / counts.sum()
    estimates = np.empty(samples)
    chunk = max(1, min(2_000, 4_000_000 // len(kinds)))  # bounds the draws' memory
    for start in range(0, samples, chunk):
        size = min(chunk, samples - start)
        drawn = rng.multinomial(pooled.units, probabilities, size=size)
        estimates[start : start + size] = (
            1.0 - (drawn @ kinds[:, 0]) / (drawn @ kinds[:, 1]) / expected
        )
    np.maximum(estimates, -1.0, out=estimates)
    estimates.sort()
    return AlphaBootstrap(
        alpha=alpha,
        interval=interval_of(estimates, confidence),
        q=float((estimates < alpha_min).mean()),
        alpha_min=alpha_min,
        confidence=confidence,
        samples=samples,
        draws=pooled.units,
        seed=seed,
    )


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
