"""Reliability coefficients checked against published worked examples and hand arithmetic."""

from __future__ import annotations

import math

import pytest

from annotator.core.agreement import (
    alpha_with_distance,
    brennan_prediger,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    masi_alpha,
    masi_distance,
    nominal_distance,
    pairable_values,
    percent_agreement,
)

_ = None
# Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section D: four coders A-D,
# twelve units, values 1-5, "." missing.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]
# Krippendorff (2011) section A: two observers, ten units, binary data; alpha = 0.095.
KRIPPENDORFF_2011_BINARY = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]


@pytest.mark.parametrize(
    ("level", "expected"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_alpha_matches_krippendorff_2011_four_coders(level: str, expected: float) -> None:
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, level), 3) == expected


def test_alpha_binary_two_coders_matches_krippendorff_2011() -> None:
    assert round(krippendorff_alpha(KRIPPENDORFF_2011_BINARY, "nominal"), 3) == 0.095


def test_ordinal_alpha_on_labels_uses_value_order() -> None:
    scale = ["very low", "low", "mid", "high", "very high"]
    labelled = [[None if v is None else scale[v - 1] for v in row] for row in KRIPPENDORFF_2011]
    assert round(krippendorff_alpha(labelled, "ordinal", value_order=scale), 3) == 0.815
    assert round(krippendorff_alpha(labelled, "interval", value_order=scale), 3) == 0.849
    assert round(krippendorff_alpha(labelled, "nominal"), 3) == 0.743


def test_interval_alpha_depends_on_value_order_positions_not_on_labels() -> None:
    reordered = ["very high", "high", "mid", "low", "very low"]  # reversing keeps distances
    scale = ["very low", "low", "mid", "high", "very high"]
    labelled = [[None if v is None else scale[v - 1] for v in row] for row in KRIPPENDORFF_2011]
    assert krippendorff_alpha(labelled, "interval", value_order=reordered) == pytest.approx(
        krippendorff_alpha(labelled, "interval", value_order=scale)
    )


def test_alpha_rejects_labels_without_order_or_outside_it() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([["a", "b"], ["a", "a"]], "ordinal")
    with pytest.raises(ValueError):
        krippendorff_alpha([["a", "b"], ["a", "c"]], "ordinal", value_order=["a", "b"])
    with pytest.raises(ValueError):
        krippendorff_alpha([[1, 2]], "cardinal")  # type: ignore[arg-type]


def test_alpha_undefined_cases_return_none() -> None:
    assert krippendorff_alpha([], "nominal") is None
    assert krippendorff_alpha([[1, None], [None, 2]], "nominal") is None  # nothing pairable
    assert krippendorff_alpha([["a", "a"], ["a", "a"]], "nominal") is None  # no variation
    # variation only in an unpairable unit does not count
    assert krippendorff_alpha([["a", "b"], ["a", None]], "nominal") is None


def test_alpha_perfect_agreement_is_one_and_nominal_accepts_tuples() -> None:
    matrix = [["a", ("a", "b"), "c"], ["a", ("a", "b"), "c"]]
    assert krippendorff_alpha(matrix, "nominal") == pytest.approx(1.0)


def test_pairable_values_and_percent_agreement_on_krippendorff_2011() -> None:
    # Pairable values n = 40 (unit 12 has a single value).  Agreement per unit,
    # sum_c n_uc (n_uc - 1) / (m_u - 1): u1 (1,1,1) 3; u2 (2,2,3,2) 6/3 = 2; u3, u4, u5, u7, u9
    # (four equal values) 4 each = 20; u6 (1,2,3,4) 0; u8 (1,1,2,1) 2; u10 (5,5,5) 3; u11 (1,1) 2.
    # Total 32, so A_o = 32 / 40 = 0.8, and alpha = 1 - D_o / D_e with D_o = 0.2 is 0.743.
    assert pairable_values(KRIPPENDORFF_2011) == 40
    assert percent_agreement(KRIPPENDORFF_2011) == pytest.approx(0.8)
    assert percent_agreement([[1, None], [None, 1]]) is None
    assert pairable_values([[1, None], [None, 1]]) == 0


def test_percent_agreement_two_coders_is_share_of_agreeing_units() -> None:
    assert percent_agreement(KRIPPENDORFF_2011_BINARY) == pytest.approx(0.6)


def test_rows_of_unequal_length_are_rejected() -> None:
    with pytest.raises(ValueError):
        percent_agreement([[1, 2], [1]])


# Wikipedia "Cohen's kappa", worked example: 50 proposals; both yes 20, A yes/B no 5,
# A no/B yes 10, both no 15.  p_o = 35/50 = 0.7; p_yes = 25/50 * 30/50 = 0.3,
# p_no = 25/50 * 20/50 = 0.2, p_e = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
COHEN_A = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
COHEN_B = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15


def test_cohen_kappa_matches_wikipedia_example() -> None:
    assert cohen_kappa(COHEN_A, COHEN_B) == pytest.approx(0.4)


def test_cohen_kappa_uses_units_both_coded_and_handles_undefined() -> None:
    assert cohen_kappa([*COHEN_A, "yes", None], [*COHEN_B, None, "no"]) == pytest.approx(0.4)
    assert cohen_kappa([None, "a"], ["a", None]) is None
    assert cohen_kappa(["a", "a"], ["a", "a"]) is None  # p_e = 1
    with pytest.raises(ValueError):
        cohen_kappa(["a"], ["a", "b"])


# Wikipedia "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; each row is
# how many raters put the subject into categories 1..5.
FLEISS_COUNTS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def _matrix_from_counts(counts: list[list[int]]) -> list[list[int]]:
    """Raters x subjects; which rater gave which category does not matter to these statistics."""
    columns = [
        [category for category, n in enumerate(row, start=1) for _ in range(n)] for row in counts
    ]
    return [list(ratings) for ratings in zip(*columns, strict=True)]


def test_fleiss_kappa_matches_wikipedia_example() -> None:
    # P_bar = 0.378, P_e = 0.213 (Wikipedia), kappa = 0.210.
    assert round(fleiss_kappa(_matrix_from_counts(FLEISS_COUNTS)), 3) == 0.210


def test_ac1_and_brennan_prediger_on_fleiss_data_by_hand() -> None:
    # Exact P_i = (sum_k n_ik^2 - 14) / (14 * 13): numerators 182, 46, 56, 80, 60, 84, 44, 32,
    # 52, 52 -> sum 688, so p_a = 688 / 1820.
    # pi_k = column sums / 140 = 20, 28, 39, 21, 32 over 140; sum pi_k^2 = 4170 / 19600.
    # AC1: p_e = (1 - 4170/19600) / (5 - 1) = 15430 / 78400; AC1 = (p_a - p_e) / (1 - p_e)
    #      = 0.225615...
    # BP (q = 5): p_e = 1/5; (688/1820 - 0.2) / 0.8 = 0.222527...
    matrix = _matrix_from_counts(FLEISS_COUNTS)
    p_a = 688 / 1820
    p_e_ac1 = (1 - 4170 / 19600) / 4
    assert gwet_ac1(matrix) == pytest.approx((p_a - p_e_ac1) / (1 - p_e_ac1))
    assert round(gwet_ac1(matrix), 4) == 0.2256
    assert brennan_prediger(matrix) == pytest.approx((p_a - 0.2) / 0.8)
    assert round(brennan_prediger(matrix), 4) == 0.2225


def test_ac1_and_brennan_prediger_two_coders_by_hand() -> None:
    # Cohen data above: p_a = 0.7.  BP: p_e = 1/2, (0.7 - 0.5) / 0.5 = 0.4.
    # AC1: pi_yes = (25/50 + 30/50) / 2 = 0.55, pi_no = 0.45;
    #      p_e = (0.55 * 0.45 + 0.45 * 0.55) / (2 - 1) = 0.495; AC1 = 0.205 / 0.505 = 0.405941.
    matrix = [COHEN_A, COHEN_B]
    assert brennan_prediger(matrix) == pytest.approx(0.4)
    assert gwet_ac1(matrix) == pytest.approx(0.205 / 0.505)
    # With 4 codebook categories BP's chance term is 1/4: (0.7 - 0.25) / 0.75 = 0.6.
    assert brennan_prediger(matrix, categories=4) == pytest.approx(0.6)
    # AC1 with q = 4: p_e = 0.495 / 3 = 0.165; (0.7 - 0.165) / 0.835 = 0.640719...
    assert gwet_ac1(matrix, categories=4) == pytest.approx(0.535 / 0.835)
    with pytest.raises(ValueError):
        brennan_prediger(matrix, categories=1)


def test_fleiss_family_with_missing_values_by_hand() -> None:
    # Three coders, four units:  u1 (a, a, a)  u2 (a, b, -)  u3 (b, b, -)  u4 (-, -, a)
    # Units with >= 2 values: u1 agreement 6/6 = 1, u2 0/2 = 0, u3 2/2 = 1 -> p_a = 2/3.
    # pi over the four coded units: a = (1 + 1/2 + 0 + 1) / 4 = 5/8, b = 3/8.
    # Fleiss: p_e = 25/64 + 9/64 = 34/64; kappa = (2/3 - 34/64) / (30/64) = 0.288888...
    # AC1: p_e = 2 * (5/8 * 3/8) / 1 = 30/64; AC1 = (2/3 - 30/64) / (34/64) = 0.372549...
    # BP: (2/3 - 1/2) / (1/2) = 1/3.
    matrix = [["a", "a", "b", None], ["a", "b", "b", None], ["a", None, None, "a"]]
    assert fleiss_kappa(matrix) == pytest.approx((2 / 3 - 34 / 64) / (30 / 64))
    assert gwet_ac1(matrix) == pytest.approx((2 / 3 - 30 / 64) / (34 / 64))
    assert brennan_prediger(matrix) == pytest.approx(1 / 3)


def test_fleiss_family_undefined_cases_return_none() -> None:
    single_category = [["a", "a"], ["a", "a"]]
    assert fleiss_kappa(single_category) is None
    assert gwet_ac1(single_category) is None
    assert brennan_prediger(single_category) is None
    nothing_pairable = [["a", None], [None, "b"]]
    assert fleiss_kappa(nothing_pairable) is None
    assert gwet_ac1(nothing_pairable) is None
    assert brennan_prediger(nothing_pairable) is None
    assert fleiss_kappa([]) is None


def test_alpha_with_distance_reproduces_published_nominal_values() -> None:
    # An independent pure-Python implementation of the coincidence formula.
    assert round(alpha_with_distance(KRIPPENDORFF_2011, nominal_distance), 3) == 0.743
    assert round(alpha_with_distance(KRIPPENDORFF_2011_BINARY, nominal_distance), 3) == 0.095
    assert round(
        alpha_with_distance(KRIPPENDORFF_2011, lambda a, b: float(a - b) ** 2), 3
    ) == pytest.approx(0.849)
    assert alpha_with_distance([[1, None], [None, 1]], nominal_distance) is None


def test_masi_distance_values() -> None:
    assert masi_distance(("a", "b"), ("a", "b")) == 0.0
    assert masi_distance("a", "a") == 0.0
    assert masi_distance("a", "b") == 1.0
    # subset: J = 1/2, M = 2/3 -> 1 - 1/3 = 2/3
    assert masi_distance("a", ("a", "b")) == pytest.approx(2 / 3)
    # overlap only: J = 1/3, M = 1/3 -> 1 - 1/9 = 8/9
    assert masi_distance(("a", "b"), ("b", "c")) == pytest.approx(8 / 9)


def test_masi_alpha_by_hand() -> None:
    # Two coders, two units: u1 ({a}, {a,b}) u2 ({c}, {c}).  n = 4 values.
    # D_o = (1/4) * [u1: 2 * d({a},{a,b}) / 1 + u2: 0] = (1/4) * (4/3) = 1/3.
    # D_e: ordered pairs over the four values {a}, {a,b}, {c}, {c} (12 pairs):
    #   {a}-{a,b} 2/3 (x2), {a}-{c} 1 (x4), {a,b}-{c} 1 (x4), {c}-{c} 0 (x2)
    #   = (4/3 + 8) / 12 = 28/36 = 7/9.   alpha = 1 - (1/3) / (7/9) = 1 - 3/7 = 4/7.
    matrix = [["a", "c"], [("a", "b"), "c"]]
    assert masi_alpha(matrix) == pytest.approx(4 / 7)
    assert math.isclose(masi_alpha([["a", "b"], ["a", "b"]]), 1.0)
