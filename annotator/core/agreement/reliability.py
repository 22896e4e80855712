"""Inter-coder reliability coefficients on a reliability matrix.

A *reliability matrix* has one row per coder and one column per unit; a cell holds a hashable
value or ``None`` (missing: the coder did not code that unit).  A unit's *values* are its
non-missing cells; a unit with at least two values is *pairable*, and only pairable units carry
information about agreement (Krippendorff 2011).

Coefficients and references:

* Krippendorff's alpha -- ordinal, interval and ratio computed by the maintained ``krippendorff``
  package (Castro); nominal in Krippendorff's closed form (exact, linear time -- the package's
  units x values table is too slow for open code lists); both checked against Krippendorff
  (2011) "Computing Krippendorff's Alpha-Reliability" and against each other.  Ordinal, interval
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
from dataclasses import dataclass
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
    _check_rows(matrix)
    return [
        [value for value in column if value is not None] for column in zip(*matrix, strict=True)
    ]


def _check_rows(matrix: ReliabilityMatrix) -> None:
    if matrix and any(len(row) != len(matrix[0]) for row in matrix):
        raise ValueError("all rows of a reliability matrix must have the same length")


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
    if level == "nominal":
        return _nominal_alpha(pairable)

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
    """Map ordinal, interval or ratio cells to floats (NaN = missing) and the value domain to pass
    to ``krippendorff`` (nominal alpha never reaches here: it has its closed form)."""
    nan = float("nan")
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
    pairable = [values for values in unit_values(matrix) if len(values) >= 2]
    total = sum(len(values) for values in pairable)
    return float(_observed_agreement(pairable) / total) if total else None


def _same_pairs(values: list[Hashable]) -> int:
    """Ordered pairs of equal values in a unit: sum_c n_c (n_c - 1)."""
    count = len(values)
    if count == 2:  # the common cases first, without building a Counter
        return 2 if values[0] == values[1] else 0
    distinct = len(set(values))
    if distinct == 1:
        return count * (count - 1)
    if distinct == count:
        return 0
    return sum(n * (n - 1) for n in Counter(values).values())


def _same_by_size(pairable: list[list[Hashable]]) -> Counter[int]:
    """Per number of values m_u: sum over those units of sum_c n_uc (n_uc - 1) (integers)."""
    by_size: Counter[int] = Counter()
    for values in pairable:
        by_size[len(values)] += _same_pairs(values)
    return by_size


def _observed_agreement(
    pairable: list[list[Hashable]], same_by_size: Counter[int] | None = None
) -> Fraction:
    """sum_u sum_c n_uc (n_uc - 1) / (m_u - 1), exactly (integer sums grouped by m_u)."""
    by_size = _same_by_size(pairable) if same_by_size is None else same_by_size
    return sum((Fraction(same, size - 1) for size, same in by_size.items()), Fraction(0))


def _nominal_alpha(pairable: list[list[Hashable]]) -> float | None:
    """Nominal alpha in closed form (Krippendorff 2011), see :func:`_alpha_from`."""
    total = sum(len(values) for values in pairable)
    margins = Counter(value for values in pairable for value in values)
    return _alpha_from(_observed_agreement(pairable), total, margins)


def _alpha_from(agreement: Fraction, total: int, margins: Counter[Hashable]) -> float | None:
    """1 - D_o / D_e with D_o = 1 - A_o / n and D_e = 1 - sum_c n_c (n_c - 1) / (n (n - 1)).

    ``agreement`` is A_o (:func:`_observed_agreement`), ``total`` n, ``margins`` n_c.  Exact,
    and linear in the data: the ``krippendorff`` package builds a units x values table, which
    for an open actor list with hundreds of codes costs seconds and gigabytes.  The tests check
    both against each other and against the published examples.
    """
    observed = 1 - agreement / total
    expected = 1 - Fraction(sum(n * (n - 1) for n in margins.values()), total * (total - 1))
    if expected == 0:
        return None
    return float(1 - observed / expected)


def cohen_kappa(
    values_a: Sequence[Hashable | None], values_b: Sequence[Hashable | None]
) -> float | None:
    """Cohen's kappa over the units both coders coded.

    ``None`` when no unit was coded by both, or when chance agreement is 1 (both coders used one
    and the same category throughout).
    """
    if len(values_a) != len(values_b):
        raise ValueError("both coders need a value (or None) for every unit")
    return cohen_kappa_of_pairs(
        [(a, b) for a, b in zip(values_a, values_b, strict=True) if a is not None and b is not None]
    )


def cohen_kappa_of_pairs(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """:func:`cohen_kappa` from the (first coder, second coder) values of the units both coded."""
    if not pairs:
        return None
    count = len(pairs)
    tally = Counter(pairs)  # few distinct pairs: the sums below run over them, not the units
    observed = Fraction(sum(n for (a, b), n in tally.items() if a == b), count)
    margins_a: Counter[Hashable] = Counter()
    margins_b: Counter[Hashable] = Counter()
    for (a, b), n in tally.items():
        margins_a[a] += n
        margins_b[b] += n
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


@dataclass(frozen=True)
class NominalStatistics:
    """Every nominal statistic of one matrix, computed from a single pass over its units."""

    units: int  # pairable units (at least two values)
    pairable_values: int
    krippendorff_alpha: float | None
    percent_agreement: float | None
    fleiss_kappa: float | None
    brennan_prediger: float | None
    gwet_ac1: float | None


def nominal_statistics(
    matrix: ReliabilityMatrix, categories: int | None = None
) -> NominalStatistics:
    """Nominal alpha, percent agreement, Fleiss, Brennan-Prediger and AC1 at once.

    Each value equals what its own function returns (``categories`` as for
    :func:`brennan_prediger`, but a q below the observed count is raised to it); this only
    saves re-reading the matrix for every statistic, which matters for 100,000 units.  Units
    with the same values (all coders choosing one code, say) are tallied once, with their count:
    every sum is an integer or exact fraction, so the results do not change.
    """
    _check_rows(matrix)
    coded_units = pairable_units = total = 0
    same_by_size: Counter[int] = Counter()
    counts_by_size: dict[int, Counter[Hashable]] = {}  # m_u -> values in such units
    for column, repeats in Counter(zip(*matrix, strict=True)).items():
        values = [value for value in column if value is not None]
        size = len(values)
        if not size:
            continue
        coded_units += repeats
        counts = counts_by_size.get(size)
        if counts is None:
            counts = counts_by_size[size] = Counter()
        for value in values:
            counts[value] += repeats
        if size >= 2:
            pairable_units += repeats
            total += size * repeats
            same_by_size[size] += _same_pairs(values) * repeats
    alpha = percent = None
    if total:
        agreement = _observed_agreement([], same_by_size)
        percent = float(agreement / total)
        margins: Counter[Hashable] = Counter()
        for size, counts in counts_by_size.items():
            if size >= 2:
                margins.update(counts)
        if len(margins) >= 2:
            alpha = _alpha_from(agreement, total, margins)
    fleiss = brennan = ac1 = None
    if pairable_units:
        observed, shares = _shares(counts_by_size, coded_units, pairable_units, same_by_size)
        chance = sum((share * share for share in shares.values()), Fraction(0))
        fleiss = None if chance == 1 else float((observed - chance) / (1 - chance))
        count = max(categories or 0, len(shares))
        if count >= 2:
            brennan = float((observed - Fraction(1, count)) / (1 - Fraction(1, count)))
            spread = sum((share * (1 - share) for share in shares.values()), Fraction(0))
            chance = spread / (count - 1)
            ac1 = None if chance == 1 else float((observed - chance) / (1 - chance))
    return NominalStatistics(pairable_units, total, alpha, percent, fleiss, brennan, ac1)


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
    return _profile_of(unit_values(matrix))


def _profile_of(columns: list[list[Hashable]]) -> tuple[Fraction, dict[Hashable, Fraction]] | None:
    coded_units = [values for values in columns if values]
    pairable = [values for values in coded_units if len(values) >= 2]
    if not pairable:
        return None
    return _profile(coded_units, pairable, _same_by_size(pairable))


def _profile(
    coded_units: list[list[Hashable]],
    pairable: list[list[Hashable]],
    same_by_size: Counter[int],
) -> tuple[Fraction, dict[Hashable, Fraction]]:
    """p_a and pi_k of :func:`_rating_profile` from the units with values (some pairable)."""
    counts_by_size: dict[int, Counter[Hashable]] = {}
    for values in coded_units:
        counts_by_size.setdefault(len(values), Counter()).update(values)
    return _shares(counts_by_size, len(coded_units), len(pairable), same_by_size)


def _shares(
    counts_by_size: dict[int, Counter[Hashable]],
    coded_units: int,
    pairable_units: int,
    same_by_size: Counter[int],
) -> tuple[Fraction, dict[Hashable, Fraction]]:
    """p_a and pi_k from value counts per number of values m_u; ``pairable_units`` > 0.

    Integer sums grouped by the number of values per unit keep the fractions exact and few.
    """
    observed = sum(
        (Fraction(same, size * (size - 1)) for size, same in same_by_size.items()), Fraction(0)
    )
    observed /= pairable_units
    shares: dict[Hashable, Fraction] = {}
    for size, counts in counts_by_size.items():
        for value, n in counts.items():
            shares[value] = shares.get(value, Fraction(0)) + Fraction(n, size)
    return observed, {value: share / coded_units for value, share in shares.items()}
