"""The fast paths added to the agreement core for issue #7 agree with the slow definitions.

Nominal alpha is computed in closed form (the ``krippendorff`` package's units x values table
was too slow for open actor lists), and alpha_u's terms are computed with numpy over merged units
rather than by walking every section.  These tests hold both to the package and to a brute-force
implementation of Krippendorff's definitions on random data.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.agreement import (
    CodedSpan,
    align_units,
    binary_matrices_per_code,
    brennan_prediger,
    character_percent_agreement,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    nominal_statistics,
    percent_agreement,
    unit_matrices,
    unit_matrix,
    unitizing_alpha,
    unitizing_disagreements,
    unitizing_disagreements_by_variable,
    unitizing_overview,
)
from annotator.core.agreement.reliability import cohen_kappa_of_pairs
from annotator.services.intercoder.agreement import _binary_agreements

cells = st.one_of(st.none(), st.sampled_from("abcde"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cells, min_size=6, max_size=6), min_size=2, max_size=5))
def test_closed_form_nominal_alpha_equals_the_krippendorff_package(matrix) -> None:
    ours = krippendorff_alpha(matrix, "nominal")
    codes = {v: i for i, v in enumerate("abcde")}
    data = np.array([[np.nan if v is None else codes[v] for v in row] for row in matrix], float)
    if ours is None:
        return
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert ours == pytest.approx(float(theirs))


def _brute_terms(units: dict[str, list[tuple[int, int]]], length: int) -> tuple[Fraction, Fraction]:
    """D_o and D_e of one category in one document straight from Krippendorff (1995)."""
    coders = list(units)
    sections = {}
    for coder, intervals in units.items():
        merged: list[list[int]] = []
        for start, end in sorted(intervals):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        cut, position = [], 0
        for start, end in merged:
            if start > position:
                cut.append((position, start, False))
            cut.append((start, end, True))
            position = end
        if position < length:
            cut.append((position, length, False))
        sections[coder] = cut

    def delta(g, h) -> int:
        if not (g[0] < h[1] and h[0] < g[1]):
            return 0
        if g[2] and h[2]:
            return (g[0] - h[0]) ** 2 + (g[1] - h[1]) ** 2
        if g[2] and h[0] <= g[0] and g[1] <= h[1]:
            return (g[1] - g[0]) ** 2
        if h[2] and g[0] <= h[0] and h[1] <= g[1]:
            return (h[1] - h[0]) ** 2
        return 0

    m = len(coders)
    observed = sum(
        delta(g, h)
        for i, j in itertools.permutations(coders, 2)
        for g in sections[i]
        for h in sections[j]
    )
    unit_lengths = [e - s for c in coders for s, e, u in sections[c] if u]
    gap_lengths = [e - s for c in coders for s, e, u in sections[c] if not u]
    if not unit_lengths:
        return Fraction(0), Fraction(0)
    n = len(unit_lengths)
    numerator = sum(
        (n - 1) * Fraction(2 * lu**3 - 3 * lu**2 + lu, 3)
        + lu**2 * sum(lk - lu + 1 for lk in gap_lengths if lk >= lu)
        for lu in unit_lengths
    )
    denominator = m * length * (m * length - 1) - sum(lu * (lu - 1) for lu in unit_lengths)
    return (
        Fraction(observed, m * (m - 1) * length**2),
        Fraction(2, length) * numerator / denominator,
    )


intervals = st.lists(
    st.tuples(st.integers(0, 38), st.integers(1, 12)).map(lambda t: (t[0], min(40, t[0] + t[1]))),
    max_size=4,
)


@settings(max_examples=80, deadline=None)
@given(st.lists(intervals, min_size=2, max_size=4))
def test_alpha_u_terms_equal_the_brute_force_definition(per_coder) -> None:
    coders = [f"c{index}" for index in range(len(per_coder))]
    spans = [
        CodedSpan(f"{coder}-{n}", "doc", coder, start, end, {"v": frozenset({"x"})})
        for coder, items in zip(coders, per_coder, strict=True)
        for n, (start, end) in enumerate(items)
    ]
    expected = _brute_terms(dict(zip(coders, per_coder, strict=True)), 40)
    result = unitizing_disagreements(spans, coders, {"doc": 40}, "v")
    assert result.get("x", (Fraction(0), Fraction(0))) == expected
    both = unitizing_disagreements_by_variable(spans, coders, {"doc": 40}, ["v"])
    assert both["v"] == result


def test_character_agreement_single_category_matches_the_general_walk() -> None:
    spans = [
        CodedSpan("a1", "d1", "a", 0, 10, {"v": frozenset({"x"})}),
        CodedSpan("a2", "d1", "a", 5, 15, {"v": frozenset({"x"})}),
        CodedSpan("b1", "d1", "b", 8, 20, {"v": frozenset({"x"})}),
        CodedSpan("b2", "d2", "b", 0, 3, {"v": frozenset({"x"})}),
    ]
    lengths = {"d1": 30, "d2": 10}
    # One category either way: "marked" (fast path) and variable v with its single code x.
    fast = character_percent_agreement(spans, ["a", "b"], lengths)
    general = character_percent_agreement(spans, ["a", "b"], lengths, "v")
    # a marks [0, 15), b marks [8, 20) in d1 and [0, 3) in d2: disagreement on 8 + 5 + 3 chars.
    assert fast == general == pytest.approx(1 - 16 / 40)


spans_strategy = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(["d1", "d2"]),
        st.integers(0, 30),
        st.integers(0, 10),
        st.frozensets(st.sampled_from(["x", "y", "z"]), max_size=2),
        st.frozensets(st.sampled_from(["p", "q"]), max_size=1),
    ),
    max_size=12,
)


def _spans(raw) -> list[CodedSpan]:
    return [
        CodedSpan(f"k{n}", document, coder, start, start + width, {"v": v_codes, "w": w_codes})
        for n, (coder, document, start, width, v_codes, w_codes) in enumerate(raw)
    ]


@settings(max_examples=80, deadline=None)
@given(spans_strategy)
def test_unitizing_overview_equals_the_separate_functions(raw) -> None:
    spans, coders, lengths = _spans(raw), ["a", "b", "c"], {"d1": 40, "d2": 45}
    overview = unitizing_overview(spans, coders, lengths, ["v", "w"])
    assert overview is not None
    assert overview.alpha_u == unitizing_alpha(spans, coders, lengths)
    assert overview.character_percent_agreement == character_percent_agreement(
        spans, coders, lengths
    )
    assert overview.by_variable == unitizing_disagreements_by_variable(
        spans, coders, lengths, ["v", "w"]
    )
    assert unitizing_overview([], coders, {"d1": 0}, ["v"]) is None  # an empty continuum
    assert unitizing_overview(spans, ["a"], lengths, ["v"]) is None  # a single coder


@settings(max_examples=80, deadline=None)
@given(spans_strategy, st.booleans())
def test_matrices_and_per_code_binary_alpha_equal_the_plain_definitions(raw, missing) -> None:
    coders = ["a", "b", "c"]
    units = align_units(_spans(raw), coders)
    matrices = unit_matrices(units, coders, ["v", "w"], missing)
    for name in ("v", "w"):
        assert matrices[name] == unit_matrix(units, coders, name, missing)
    matrix = matrices["v"]
    binary = binary_matrices_per_code(units, coders, "v", missing)
    codes = sorted(binary)
    per_code = _binary_agreements(matrix, codes, missing)
    for code in codes:
        expected_alpha = krippendorff_alpha(binary[code], "nominal")
        expected_percent = percent_agreement(binary[code])
        got = per_code[code]
        assert got.units == sum(
            1
            for column in zip(*binary[code], strict=True)
            if sum(v is not None for v in column) >= 2
        )
        if expected_percent is None:
            assert got.percent_agreement is None
        else:
            assert got.percent_agreement == pytest.approx(expected_percent)
        if expected_alpha is None:
            assert got.krippendorff_alpha is None
        else:
            assert got.krippendorff_alpha == pytest.approx(expected_alpha)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(cells, min_size=6, max_size=6), min_size=2, max_size=5))
def test_nominal_statistics_equal_each_statistic_on_its_own(matrix) -> None:
    both = nominal_statistics(matrix, 5)
    assert both.krippendorff_alpha == krippendorff_alpha(matrix, "nominal")
    assert both.percent_agreement == percent_agreement(matrix)
    assert both.fleiss_kappa == fleiss_kappa(matrix)
    assert both.brennan_prediger == brennan_prediger(matrix, 5)
    assert both.gwet_ac1 == gwet_ac1(matrix, 5)
    first, second = matrix[0], matrix[1]
    pairs = [(a, b) for a, b in zip(first, second, strict=True) if a is not None and b is not None]
    assert cohen_kappa(first, second) == cohen_kappa_of_pairs(pairs)
