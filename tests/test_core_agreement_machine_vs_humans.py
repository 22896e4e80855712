"""The rules of the machine-vs-humans comparison: the humans' consensus, pooled pairs, verdict,
and the bootstrap drawing one pair per independent unit."""

from __future__ import annotations

import pytest

from annotator.core.agreement.bootstrap import bootstrap_alpha
from annotator.core.agreement.machine_vs_humans import (
    AS_RELIABLE,
    NOT_AS_RELIABLE,
    UNDEFINED,
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


def test_verdict_uses_the_upper_bound_of_the_machines_interval() -> None:
    assert verdict(0.70, (0.60, 0.81), 0.80) == AS_RELIABLE
    assert verdict(0.70, (0.60, 0.79), 0.80) == NOT_AS_RELIABLE
    assert verdict(0.80, None, 0.80) == AS_RELIABLE  # no bootstrap: point estimates
    assert verdict(0.79, None, 0.80) == NOT_AS_RELIABLE
    assert verdict(None, None, 0.8) == UNDEFINED == verdict(0.9, (0.8, 1.0), None)


def test_bootstrap_draws_fewer_pairs_widen_the_interval() -> None:
    rows = [["a", "b", "c", "a", "b"] * 20, ["a", "b", "c", "b", "b"] * 20]
    usual = bootstrap_alpha(rows, samples=4000, seed=1)
    fewer = bootstrap_alpha(rows, samples=4000, seed=1, draws=25)
    assert usual is not None and fewer is not None
    assert usual.draws == 100 and fewer.draws == 25
    assert fewer.alpha == pytest.approx(usual.alpha)
    assert fewer.interval[1] - fewer.interval[0] > 1.5 * (usual.interval[1] - usual.interval[0])
