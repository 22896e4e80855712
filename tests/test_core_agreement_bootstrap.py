"""The bootstrapped interval of Krippendorff's alpha and q (Hayes & Krippendorff 2007).

The coverage tests draw studies from a population whose alpha is known (measured on 100,000
units of the same process) and count how often the 95 % interval holds it.  Seeds are fixed, so
the counts are the same on every run.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from annotator.core.agreement import krippendorff_alpha
from annotator.core.agreement.bootstrap import bootstrap_alpha

DATA = Path(__file__).parent / "data"


def _hayes_krippendorff() -> list[list[int | None]]:
    """Table 1 of Hayes & Krippendorff (2007): 5 observers (rows) x 40 units."""
    lines = (DATA / "hayes_krippendorff_2007.txt").read_text().splitlines()
    units = [
        [None if value == "." else int(value) for value in line.split()[1:]]
        for line in lines
        if line and not line.startswith("#")
    ]
    return [list(row) for row in zip(*units, strict=True)]


def _study(rng, units: int, coders: int, accuracy: float, missing: float = 0.0) -> list[list]:
    """Coders copy a unit's true category (of 4) with ``accuracy``, else guess; some skip."""
    truth = rng.integers(4, size=units)
    guesses = rng.integers(4, size=(coders, units))
    values = np.where(rng.random((coders, units)) < accuracy, truth, guesses)
    skipped = rng.random((coders, units)) < missing
    return [
        [None if skip else int(value) for value, skip in zip(row, skips, strict=True)]
        for row, skips in zip(values, skipped, strict=True)
    ]


def test_published_example_alpha_and_a_plausible_interval() -> None:
    matrix = _hayes_krippendorff()
    result = bootstrap_alpha(matrix, "ordinal", samples=10_000, seed=1, alpha_min=0.8)
    assert result is not None
    assert round(result.alpha, 4) == 0.7598  # the alpha Hayes & Krippendorff report
    assert result.alpha == pytest.approx(krippendorff_alpha(matrix, "ordinal"))
    low, high = result.interval
    assert 0.62 < low < result.alpha < high < 0.9
    assert 0.6 < result.q < 0.95  # alpha .76: most samples fall short of .80
    assert result.draws == 80  # n.. = 159 pairable values -> 80 pairs per sample
    same = bootstrap_alpha(matrix, "ordinal", samples=10_000, seed=1, alpha_min=0.8)
    assert same == result  # same seed, same result


def test_every_level_reproduces_alpha() -> None:
    matrix = _hayes_krippendorff()
    for level in ("nominal", "ordinal", "interval"):
        result = bootstrap_alpha(matrix, level, samples=100, seed=2)
        assert result.alpha == pytest.approx(krippendorff_alpha(matrix, level))
    labels = [[None if v is None else "abcd"[v] for v in row] for row in matrix]
    ordered = bootstrap_alpha(labels, "ordinal", value_order="abcd", samples=100, seed=2)
    assert ordered.alpha == pytest.approx(krippendorff_alpha(matrix, "ordinal"))


def test_q_falls_as_alpha_min_falls() -> None:
    matrix = _hayes_krippendorff()
    qs = [
        bootstrap_alpha(matrix, "ordinal", seed=4, alpha_min=minimum).q
        for minimum in (0.9, 0.8, 0.7, 0.667, 0.5)
    ]
    assert qs == sorted(qs, reverse=True)
    assert qs[0] > 0.99 and qs[-1] < 0.01


@pytest.mark.parametrize(("coders", "missing"), [(2, 0.0), (3, 0.0), (3, 0.3), (5, 0.0)], ids=str)
def test_the_95_percent_interval_covers_the_true_alpha(coders: int, missing: float) -> None:
    rng = np.random.default_rng(11)
    true_alpha = krippendorff_alpha(_study(rng, 100_000, coders, 0.8, missing))
    studies = 200
    covered = 0
    for seed in range(studies):
        result = bootstrap_alpha(_study(rng, 100, coders, 0.8, missing), samples=2_000, seed=seed)
        covered += result.interval[0] <= true_alpha <= result.interval[1]
    assert 0.90 <= covered / studies <= 0.98


def test_ten_thousand_samples_of_a_thousand_units_take_well_under_seconds() -> None:
    matrix = _study(np.random.default_rng(3), 1_000, 3, 0.8)
    started = time.perf_counter()
    result = bootstrap_alpha(matrix, "ordinal", value_order=range(4), samples=10_000, seed=1)
    assert time.perf_counter() - started < 2.0
    assert result.samples == 10_000


def test_no_variation_and_perfect_agreement() -> None:
    assert bootstrap_alpha([["a", "a"], ["a", "a"]]) is None  # alpha undefined
    assert bootstrap_alpha([["a", None], [None, "b"]]) is None  # nothing pairable
    perfect = bootstrap_alpha([["a", "b"] * 10, ["a", "b"] * 10], samples=500, seed=1)
    assert perfect.alpha == 1.0 and perfect.interval[1] == 1.0
    assert perfect.q == 0.0
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_alpha([["a", "b"], ["a", "b"]], confidence=1.5)
