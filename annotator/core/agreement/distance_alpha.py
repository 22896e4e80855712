"""Krippendorff's alpha with any distance function, and the MASI distance for sets of codes.

The ``krippendorff`` package covers the four standard levels; multi-valued variables (a span may
carry several codes) need a set distance instead.  This module computes alpha from its
definition (Krippendorff 2011, coincidence form) for a caller-supplied distance:

    D_o = 1/n * sum_u 1/(m_u - 1) * sum over ordered pairs of values i != j in u of d(v_i, v_j)
    D_e = 1/(n (n - 1)) * sum over ordered pairs of distinct pairable values of d(v_i, v_j)
    alpha = 1 - D_o / D_e

where m_u is the number of values in unit u and n the number of pairable values (values in units
with m_u >= 2).  Returns ``None`` when n < 2 or D_e == 0.

MASI (Passonneau 2006, "Measuring agreement on set-valued items"):
``d(A, B) = 1 - J(A, B) * M(A, B)`` with J the Jaccard index and M = 1 if A == B, 2/3 if one is a
subset of the other, 1/3 if they only intersect, 0 if disjoint.  A cell that is not a
tuple/set/frozenset counts as a one-element set, so the cells of
:func:`annotator.core.agreement.matrices.unit_matrix` can be passed unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence

from annotator.core.agreement.reliability import ReliabilityMatrix, unit_values

Distance = Callable[[Hashable, Hashable], float]


def nominal_distance(a: Hashable, b: Hashable) -> float:
    """0 for equal values, 1 otherwise."""
    return 0.0 if a == b else 1.0


def as_code_set(value: Hashable) -> frozenset[Hashable]:
    """A cell as a set of codes: tuples and sets as they are, anything else as ``{value}``."""
    if isinstance(value, tuple | frozenset | set):
        return frozenset(value)
    return frozenset((value,))


def masi_distance(a: Hashable, b: Hashable) -> float:
    """MASI distance between two cells (see module docstring); two empty sets are at 0."""
    first, second = as_code_set(a), as_code_set(b)
    if first == second:
        return 0.0
    shared = len(first & second)
    if shared == 0:
        return 1.0
    monotonicity = 2 / 3 if first <= second or second <= first else 1 / 3
    return 1.0 - shared / len(first | second) * monotonicity


def alpha_with_distance(matrix: ReliabilityMatrix, distance: Distance) -> float | None:
    """Krippendorff's alpha for an arbitrary distance; ``None`` when undefined."""
    pairable = [values for values in unit_values(matrix) if len(values) >= 2]
    total = sum(len(values) for values in pairable)
    if total < 2:
        return None
    observed = 0.0
    for values in pairable:
        observed += _ordered_pair_sum(Counter(values), distance) / (len(values) - 1)
    observed /= total
    expected = _ordered_pair_sum(Counter(v for values in pairable for v in values), distance)
    expected /= total * (total - 1)
    if expected == 0:
        return None
    return 1.0 - observed / expected


def masi_alpha(matrix: ReliabilityMatrix) -> float | None:
    """Krippendorff's alpha with the MASI distance, for multi-valued variables."""
    return alpha_with_distance(matrix, masi_distance)


def _ordered_pair_sum(counts: Counter[Hashable], distance: Distance) -> float:
    """Sum of d(v_i, v_j) over ordered pairs of different positions i != j in a multiset."""
    values: Sequence[Hashable] = list(counts)
    total = 0.0
    for first in values:
        for second in values:
            pairs = counts[first] * (counts[second] - (1 if first == second else 0))
            if pairs:
                total += pairs * distance(first, second)
    return total
