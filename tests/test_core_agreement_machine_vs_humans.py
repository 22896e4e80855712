"""The rules of the machine-vs-humans comparison: the humans' consensus, pooled pairs, verdict,
and the pooled alpha's bootstrap, which resamples units.

The coverage test draws studies from a process whose pooled alpha is known (measured on 40,000
units) and counts how often the 95 % interval holds it; seeds are fixed, so counts repeat."""

from __future__ import annotations

import time

import numpy as np
import pytest

from annotator.core.agreement import krippendorff_alpha
from annotator.core.agreement.bootstrap import bootstrap_alpha
from annotator.core.agreement.machine_vs_humans import (
    AS_RELIABLE,
    NOT_AS_RELIABLE,
    UNDEFINED,
    bootstrap_pooled_alpha,
    consensus_row,
    pooled_pairs,
    verdict,
)


def test_consensus_is_a_majority_of_all_humans_and_counts_units_without_one() -> None:
    humans = [
        ["a", "a", "a", None, "b", None],
        ["a", "b", "b", None, "c", "a"],
        ["b", "c", None, None, None, None],
    ]
    made = consensus_row(humans)
    # 2 of 3 agree; no majority; 2 of 3 (one missing); nobody; no majority; 1 of 3 is no majority
    assert made.row == ("a", None, None, None, None, None)
    assert made.units == 1 and made.without_majority == 4
    assert consensus_row([["x", "y"], ["x", "z"]]).row == ("x", None)  # two humans: both agree


def test_pooled_pairs_one_column_per_machine_human_pair() -> None:
    machine = ["a", "b", None, "c"]
    humans = [["a", "a", "a", None], ["a", None, "b", None]]
    pooled = pooled_pairs(machine, humans)
    assert pooled.matrix == (("a", "a", "b"), ("a", "a", "a"))
    assert pooled.units == 2  # unit 3: no machine value; unit 4: no human value
    assert pooled.pairs == 3 and pooled.unit_sizes == (2, 1)


def test_verdict_uses_the_upper_bound_of_the_machines_interval() -> None:
    assert verdict(0.70, (0.60, 0.81), 0.80) == AS_RELIABLE
    assert verdict(0.70, (0.60, 0.79), 0.80) == NOT_AS_RELIABLE
    assert verdict(0.80, None, 0.80) == AS_RELIABLE  # no bootstrap: point estimates
    assert verdict(0.79, None, 0.80) == NOT_AS_RELIABLE
    assert verdict(None, None, 0.8) == UNDEFINED == verdict(0.9, (0.8, 1.0), None)


def test_pooled_bootstrap_reproduces_alpha_at_every_level() -> None:
    machine = ["low", "mid", "high", "mid", "low", None] * 10
    humans = [["low", "mid", "high", "high", "low", "mid"] * 10,
              ["low", "low", "high", "mid", None, "mid"] * 10]  # fmt: skip
    pooled = pooled_pairs(machine, humans)
    order = ("low", "mid", "high")
    for level in ("nominal", "ordinal", "interval"):
        result = bootstrap_pooled_alpha(pooled, level, order if level != "nominal" else None,
                                        samples=500, seed=1)  # fmt: skip
        assert result is not None and result.draws == pooled.units == 50
        assert result.alpha == pytest.approx(krippendorff_alpha(pooled.matrix, level, order))
        assert result.interval[0] < result.alpha < result.interval[1]
    perfect = pooled_pairs(["a", "b"] * 5, [["a", "b"] * 5] * 3)
    assert bootstrap_pooled_alpha(perfect, samples=100, seed=1).interval == (1.0, 1.0)
    assert bootstrap_pooled_alpha(pooled_pairs(["a"] * 4, [["a"] * 4] * 2)) is None


def _coders(rng, units: int, humans: int, human_accuracy: float, machine_accuracy: float):
    """(machine row, human rows): each copies the true category (of 4) or guesses."""
    truth = rng.integers(4, size=units)

    def coder(accuracy: float) -> list[int]:
        guesses = rng.integers(4, size=units)
        return [int(v) for v in np.where(rng.random(units) < accuracy, truth, guesses)]

    return coder(machine_accuracy), [coder(human_accuracy) for _ in range(humans)]


@pytest.mark.parametrize(
    ("humans", "human_accuracy", "machine_accuracy"),
    [(2, 0.8, 0.8), (3, 0.8, 0.7), (5, 0.8, 0.8)],
    ids=str,
)
def test_the_pooled_95_percent_interval_covers_the_true_alpha(
    humans: int, human_accuracy: float, machine_accuracy: float
) -> None:
    rng = np.random.default_rng(21)
    machine, rows = _coders(rng, 40_000, humans, human_accuracy, machine_accuracy)
    true_alpha = krippendorff_alpha(pooled_pairs(machine, rows).matrix)
    studies = 200
    covered = {"units": 0, "pairs": 0}
    for seed in range(studies):
        pooled = pooled_pairs(*_coders(rng, 100, humans, human_accuracy, machine_accuracy))
        units = bootstrap_pooled_alpha(pooled, samples=1_000, seed=seed).interval
        pairs = bootstrap_alpha(pooled.matrix, samples=1_000, seed=seed).interval
        covered["units"] += units[0] <= true_alpha <= units[1]
        covered["pairs"] += pairs[0] <= true_alpha <= pairs[1]
    assert 0.92 <= covered["units"] / studies <= 0.98
    if humans > 2:  # pairs sharing the machine's value, taken as independent: too narrow
        assert covered["pairs"] / studies < 0.9


def test_ten_thousand_samples_of_five_thousand_units_take_well_under_seconds() -> None:
    pooled = pooled_pairs(*_coders(np.random.default_rng(3), 5_000, 3, 0.8, 0.8))
    started = time.perf_counter()
    result = bootstrap_pooled_alpha(pooled, samples=10_000, seed=1)
    assert time.perf_counter() - started < 2.0
    assert result is not None and result.samples == 10_000 and result.draws == 5_000
