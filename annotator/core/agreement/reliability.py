"""Inter-coder reliability coefficients on a reliability matrix.

A *reliability matrix* has one row per coder and one column per unit; a cell holds a hashable
value or ``None`` (missing: the coder did not code that unit).  A unit's *values* are its
non-missing cells; a unit with at least two values is *pairable*, and only pairable units carry
information about agreement (Krippendorff 2011).

Coefficients and references:

* Krippendorff's alpha -- computed by the maintained ``krippendorff`` package (Castro), checked
  against Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability".  Ordinal, interval
  and ratio levels need numbers: pass ``value_order`` (labels from lowest to highest; label
  ``value_order[i]`` becomes the number ``i + 1``) or use numeric cells directly.
* Percent agreement -- Krippendorff's observed agreement ``A_o = 1 - D_o`` (nominal): over all
  pairable units, sum_u sum_c n_uc (n_uc - 1) / (m_u - 1), divided by the number of pairable
  values n.  Each unit counts with the share of coder pairs that agree, weighted by its number of
  values; with two coders and no missing data it is the plain share of agreeing units.
* Cohen's kappa (Cohen 1960) for two coders, on the units both coded.
* Fleiss' kappa (Fleiss 1971), Brennan-Prediger (1981) and Gwet's AC1 (Gwet 2008) for any number
  of coders, in the formulation for missing ratings of Gwet (2014) "Handbook of Inter-Rater
  Reliability", ch. 2 (as in the R package irrCAC): units nobody coded are dropped; the
  observed agreement p_a is the mean over units with r_i >= 2 values of
  sum_k r_ik (r_ik - 1) / (r_i (r_i - 1)); category shares are pi_k = mean over units with
  r_i >= 1 of r_ik / r_i.  Chance agreement: Fleiss sum_k pi_k^2, Brennan-Prediger 1/q, AC1
  sum_k pi_k (1 - pi_k) / (q - 1), with q categories.  For complete data Fleiss' kappa reduces
  exactly to Fleiss (1971).

Undefined cases return ``None`` rather than raising: no pairable value (nobody double-coded
anything), chance agreement of exactly 1 (e.g. every value the same category), or fewer than
two categories where the coefficient divides by q - 1.  Ratios are computed with exact fractions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from fractions import Fraction
from numbers import Real
from typing import Literal

Level = Literal["nominal", "ordinal", "interval", "ratio"]
ReliabilityMatrix = Sequence[Sequence[Hashable | None]]

LEVELS: tuple[Level, ...] = ("nominal", "ordinal", "interval", "ratio")


def unit_values(matrix: ReliabilityMatrix) -> list[list[Hashable]]:
    """The non-missing values of each unit (column).  Rows must have equal length."""
    if not matrix:
        return []
    width = len(matrix[0])
    if any(len(row) != width for row in matrix):
        raise ValueError("all rows of a reliability matrix must have the same length")
    return [[row[column] for row in matrix if row[column] is not None] for column in range(width)]


def pairable_values(matrix: ReliabilityMatrix) -> int:
    """Number of values in units that hold at least two values (Krippendorff's n)."""
    return sum(len(values) for values in unit_values(matrix) if len(values) >= 2)


def krippendorff_alpha(
    matrix: ReliabilityMatrix,
    level: Level = "nominal",
    value_order: Sequence[Hashable] | None = None,
) -> float | None:
    """Krippendorff's alpha at the given level of measurement.

    ``value_order`` lists the labels from lowest to highest for ordinal/interval/ratio data
    (label ``value_order[i]`` is scored ``i + 1``; a value not listed raises ``ValueError``);
    without it those levels need numeric cells.  It is ignored for nominal data.
    Returns ``None`` when fewer than two values are pairable or the pairable values show no
    variation (expected disagreement 0).
    """
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, got {level!r}")
    pairable = [values for values in unit_values(matrix) if len(values) >= 2]
    if len({value for values in pairable for value in values}) < 2:
        return None

    import krippendorff
    import numpy as np

    numbers, domain = _encode(matrix, level, value_order)
    data = np.array(numbers, dtype=float)
    result = float(
        krippendorff.alpha(reliability_data=data, value_domain=domain, level_of_measurement=level)
    )
    return result if math.isfinite(result) else None


def _encode(
    matrix: ReliabilityMatrix, level: Level, value_order: Sequence[Hashable] | None
) -> tuple[list[list[float]], list[float] | None]:
    """Map cells to floats (NaN = missing) and the value domain to pass to ``krippendorff``."""
    nan = float("nan")
    if level == "nominal":
        codes: dict[Hashable, int] = {}
        for row in matrix:
            for value in row:
                if value is not None:
                    codes.setdefault(value, len(codes))
        numbers = [[nan if v is None else float(codes[v]) for v in row] for row in matrix]
        return numbers, [float(code) for code in range(len(codes))]
    if value_order is not None:
        ranks = {label: float(rank) for rank, label in enumerate(value_order, start=1)}
        if len(ranks) != len(value_order):
            raise ValueError("value_order contains a label twice")
        unknown = {v for row in matrix for v in row if v is not None and v not in ranks}
        if unknown:
            raise ValueError(f"values not in value_order: {sorted(map(repr, unknown))}")
        numbers = [[nan if v is None else ranks[v] for v in row] for row in matrix]
        return numbers, sorted(ranks.values())
    non_numeric = {v for row in matrix for v in row if v is not None and not isinstance(v, Real)}
    if non_numeric:
        raise ValueError(f"{level} alpha needs numeric values or a value_order")
    if level == "ratio" and any(v is not None and v < 0 for row in matrix for v in row):
        raise ValueError("ratio alpha needs non-negative values")
    return [[nan if v is None else float(v) for v in row] for row in matrix], None


def percent_agreement(matrix: ReliabilityMatrix) -> float | None:
    """Observed agreement ``1 - D_o`` (nominal) in [0, 1]; ``None`` without pairable values."""
    agreeing = Fraction(0)
    total = 0
    for values in unit_values(matrix):
        count = len(values)
        if count < 2:
            continue
        same = sum(n * (n - 1) for n in Counter(values).values())
        agreeing += Fraction(same, count - 1)
        total += count
    return float(agreeing / total) if total else None


def cohen_kappa(
    values_a: Sequence[Hashable | None], values_b: Sequence[Hashable | None]
) -> float | None:
    """Cohen's kappa over the units both coders coded.

    ``None`` when no unit was coded by both, or when chance agreement is 1 (both coders used one
    and the same category throughout).
    """
    if len(values_a) != len(values_b):
        raise ValueError("both coders need a value (or None) for every unit")
    pairs = [
        (a, b) for a, b in zip(values_a, values_b, strict=True) if a is not None and b is not None
    ]
    if not pairs:
        return None
    count = len(pairs)
    observed = Fraction(sum(1 for a, b in pairs if a == b), count)
    margins_a = Counter(a for a, _ in pairs)
    margins_b = Counter(b for _, b in pairs)
    chance = Fraction(sum(n * margins_b[value] for value, n in margins_a.items()), count * count)
    if chance == 1:
        return None
    return float((observed - chance) / (1 - chance))


def fleiss_kappa(matrix: ReliabilityMatrix) -> float | None:
    """Fleiss' kappa, Gwet's missing-data form (module docstring).

    ``None`` without a unit holding two values, or when chance agreement is 1 (one category).
    """
    profile = _rating_profile(matrix)
    if profile is None:
        return None
    observed, shares = profile
    chance = sum((share * share for share in shares.values()), Fraction(0))
    if chance == 1:
        return None
    return float((observed - chance) / (1 - chance))


def brennan_prediger(matrix: ReliabilityMatrix, categories: int | None = None) -> float | None:
    """Brennan-Prediger kappa (chance agreement 1/q; MAXQDA's kappa for two coders).

    ``categories`` is q, the number of categories in the codebook; by default the number of
    distinct values observed.  ``None`` without a unit holding two values, or when q < 2.
    """
    profile = _rating_profile(matrix)
    if profile is None:
        return None
    observed, shares = profile
    category_count = _category_count(shares, categories)
    if category_count < 2:
        return None
    chance = Fraction(1, category_count)
    return float((observed - chance) / (1 - chance))


def gwet_ac1(matrix: ReliabilityMatrix, categories: int | None = None) -> float | None:
    """Gwet's AC1 (chance agreement sum_k pi_k (1 - pi_k) / (q - 1)).

    ``categories`` is q as for :func:`brennan_prediger`.  ``None`` without a unit holding two
    values, or when q < 2.
    """
    profile = _rating_profile(matrix)
    if profile is None:
        return None
    observed, shares = profile
    category_count = _category_count(shares, categories)
    if category_count < 2:
        return None
    spread = sum((share * (1 - share) for share in shares.values()), Fraction(0))
    chance = spread / (category_count - 1)
    if chance == 1:
        return None
    return float((observed - chance) / (1 - chance))


def _category_count(shares: dict[Hashable, Fraction], categories: int | None) -> int:
    if categories is None:
        return len(shares)
    if categories < len(shares):
        raise ValueError(f"{len(shares)} categories observed but categories={categories}")
    return categories


def _rating_profile(
    matrix: ReliabilityMatrix,
) -> tuple[Fraction, dict[Hashable, Fraction]] | None:
    """(observed agreement p_a, category shares pi_k) per Gwet (2014); None if nothing pairable."""
    coded_units = [values for values in unit_values(matrix) if values]
    pairable = [values for values in coded_units if len(values) >= 2]
    if not pairable:
        return None
    observed = Fraction(0)
    for values in pairable:
        count = len(values)
        same = sum(n * (n - 1) for n in Counter(values).values())
        observed += Fraction(same, count * (count - 1))
    observed /= len(pairable)
    shares: dict[Hashable, Fraction] = {}
    for values in coded_units:
        for value, n in Counter(values).items():
            shares[value] = shares.get(value, Fraction(0)) + Fraction(n, len(values))
    return observed, {value: share / len(coded_units) for value, share in shares.items()}
