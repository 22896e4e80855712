"""The pure-Python assignment solver: optimal against brute force, identical to SciPy's pairs."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.agreement.assignment import linear_sum_assignment


def _brute_force_best(weights: list[list[float]], maximize: bool) -> float:
    """The best total over every way to pair min(rows, columns) rows and columns."""
    rows, columns = len(weights), len(weights[0])
    if rows <= columns:
        totals = (
            sum(weights[row][column] for row, column in enumerate(chosen))
            for chosen in itertools.permutations(range(columns), rows)
        )
    else:
        totals = (
            sum(weights[row][column] for column, row in enumerate(chosen))
            for chosen in itertools.permutations(range(rows), columns)
        )
    return max(totals) if maximize else min(totals)


def _check_shape(weights: list[list[float]], rows: list[int], columns: list[int]) -> None:
    assert len(rows) == len(columns) == min(len(weights), len(weights[0]))
    assert rows == sorted(rows)
    assert len(set(rows)) == len(rows) and len(set(columns)) == len(columns)
    assert all(0 <= row < len(weights) for row in rows)
    assert all(0 <= column < len(weights[0]) for column in columns)


values = st.one_of(
    st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
    st.sampled_from([0.0, 0.5, 0.75, 1.0]),  # many ties, like overlap ratios of equal spans
    st.integers(min_value=-5, max_value=5).map(float),
)


@st.composite
def matrices(draw: st.DrawFn) -> list[list[float]]:
    rows = draw(st.integers(min_value=1, max_value=6))
    columns = draw(st.integers(min_value=1, max_value=6))
    return [[draw(values) for _ in range(columns)] for _ in range(rows)]


@settings(max_examples=200, deadline=None)
@given(matrices(), st.booleans())
def test_the_assignment_is_optimal(weights: list[list[float]], maximize: bool) -> None:
    rows, columns = linear_sum_assignment(weights, maximize=maximize)
    _check_shape(weights, rows, columns)
    total = sum(weights[row][column] for row, column in zip(rows, columns, strict=True))
    assert math.isclose(total, _brute_force_best(weights, maximize), abs_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(matrices(), st.booleans())
def test_the_pairs_are_scipys_pairs(weights: list[list[float]], maximize: bool) -> None:
    """Same method and tie-breaking: alignment does not change by dropping SciPy."""
    scipy_optimize = pytest.importorskip("scipy.optimize")
    expected_rows, expected_columns = scipy_optimize.linear_sum_assignment(
        weights, maximize=maximize
    )
    assert linear_sum_assignment(weights, maximize=maximize) == (
        expected_rows.tolist(),
        expected_columns.tolist(),
    )


def test_small_cases_by_hand() -> None:
    assert linear_sum_assignment([]) == ([], [])
    assert linear_sum_assignment([[]]) == ([], [])
    assert linear_sum_assignment([[3.0]]) == ([0], [0])
    # Crossing candidates: the diagonal gives 0.9 + 0.9, the greedy 1.0 only 1.0 + 0.1.
    weights = [[0.9, 1.0], [0.1, 0.9]]
    assert linear_sum_assignment(weights, maximize=True) == ([0, 1], [0, 1])
    assert linear_sum_assignment(weights) == ([0, 1], [1, 0])
    # Rectangular, both ways round; pairs are sorted by row.
    assert linear_sum_assignment([[0.2, 0.8, 0.6]], maximize=True) == ([0], [1])
    assert linear_sum_assignment([[0.2], [0.8], [0.6]], maximize=True) == ([1], [0])
    tall = [[0.0, 0.7], [0.6, 0.0], [0.9, 0.8]]
    assert linear_sum_assignment(tall, maximize=True) == ([0, 2], [1, 0])
    # A constant matrix gives the identity, as in SciPy.
    assert linear_sum_assignment([[1.0] * 3 for _ in range(3)]) == ([0, 1, 2], [0, 1, 2])


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="same length"):
        linear_sum_assignment([[1.0, 2.0], [3.0]])
    with pytest.raises(ValueError, match="finite"):
        linear_sum_assignment([[1.0, math.inf]])
    with pytest.raises(ValueError, match="finite"):
        linear_sum_assignment([[math.nan]])


def test_larger_random_matrices_stay_optimal() -> None:
    """A 40 x 60 matrix (larger than any span group) against SciPy when it is installed."""
    import random

    generator = random.Random(7)
    weights = [[generator.random() for _ in range(60)] for _ in range(40)]
    rows, columns = linear_sum_assignment(weights, maximize=True)
    _check_shape(weights, rows, columns)
    try:
        from scipy.optimize import linear_sum_assignment as scipy_assignment
    except ImportError:
        return
    expected_rows, expected_columns = scipy_assignment(weights, maximize=True)
    assert (rows, columns) == (expected_rows.tolist(), expected_columns.tolist())
