"""Unitizing agreement on the character continuum: Krippendorff's alpha_u and percent agreement."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.agreement import (
    CodedSpan,
    character_percent_agreement,
    unitizing_alpha,
    unitizing_disagreements,
)

_counter = itertools.count()


def span(coder: str, start: int, end: int, document: str = "doc", **values: set[str]) -> CodedSpan:
    frozen = {variable: frozenset(codes) for variable, codes in values.items()}
    return CodedSpan(f"s{next(_counter)}", document, coder, start, end, frozen)


def krippendorff_2004_example() -> list[CodedSpan]:
    """Krippendorff (2004) Content Analysis, 2nd ed., p. 254: two observers i and j, categories
    c and k, continuum 150..450 (shifted here to 0..300), units given as (begin, length).

    The data and the per-category results (c: D_o = .0144, D_e = .0532, alpha = .7286;
    k: D_e = .0490, alpha = 1) are as reproduced in DKPro Statistics' test Krippendorff2004Test.
    """
    raw = [
        (225, 70, "i", "c"),
        (370, 30, "i", "c"),
        (220, 80, "j", "c"),
        (355, 20, "j", "c"),
        (400, 20, "j", "c"),
        (180, 60, "i", "k"),
        (300, 50, "i", "k"),
        (180, 60, "j", "k"),
        (300, 50, "j", "k"),
    ]
    return [span(coder, b - 150, b - 150 + n, topic={cat}) for b, n, coder, cat in raw]


def test_published_example_per_category() -> None:
    result = unitizing_disagreements(krippendorff_2004_example(), ["i", "j"], {"doc": 300}, "topic")
    observed_c, expected_c = result["c"]
    observed_k, expected_k = result["k"]
    assert float(observed_c) == pytest.approx(0.0144, abs=0.00005)
    assert float(expected_c) == pytest.approx(0.0532, abs=0.00005)
    assert float(observed_k) == 0.0
    assert float(expected_k) == pytest.approx(0.0490, abs=0.00005)
    alpha_c = unitizing_alpha(krippendorff_2004_example(), ["i", "j"], {"doc": 300}, "topic", "c")
    alpha_k = unitizing_alpha(krippendorff_2004_example(), ["i", "j"], {"doc": 300}, "topic", "k")
    assert alpha_c == pytest.approx(0.7286, abs=0.00005)
    assert alpha_k == 1.0


def test_published_example_over_both_categories() -> None:
    # 1 - (D_o(c) + D_o(k)) / (D_e(c) + D_e(k)) = 1 - .0144 / (.0532 + .0490) = .8591 from the
    # rounded published parts; unrounded it is .85867.
    alpha = unitizing_alpha(krippendorff_2004_example(), ["i", "j"], {"doc": 300}, "topic")
    assert alpha == pytest.approx(0.8591, abs=0.0005)


def test_tiny_case_computed_by_hand() -> None:
    # Document of 10 characters; A marks [2, 6), B marks [3, 7).  m = 2, L = 10.
    # Sections A: gap [0,2) unit [2,6) gap [6,10);  B: gap [0,3) unit [3,7) gap [7,10).
    # Only the two units give a distance: (2 - 3)^2 + (6 - 7)^2 = 2 (no unit lies inside a gap).
    # D_o = 2 * 2 / (m (m - 1) L^2) = 4 / 200 = 1/50.
    # D_e: N = 2 units of length 4; gaps 2, 4 (A) and 3, 3 (B).
    #   per unit: (N - 1)(2*64 - 3*16 + 4)/3 = 28, plus 4^2 * (4 - 4 + 1) for the one gap >= 4 = 16
    #   numerator 2 * 44 = 88; denominator mL(mL - 1) - sum l(l - 1) = 20*19 - 2*12 = 356
    #   D_e = (2/10) * 88 / 356 = 22/445.
    # alpha_u = 1 - (1/50) / (22/445) = 1 - 445/1100 = 131/220 = 0.59545...
    spans = [span("A", 2, 6), span("B", 3, 7)]
    observed, expected = unitizing_disagreements(spans, ["A", "B"], {"doc": 10})["(marked)"]
    assert observed == Fraction(1, 50)
    assert expected == Fraction(22, 445)
    assert unitizing_alpha(spans, ["A", "B"], {"doc": 10}) == pytest.approx(131 / 220)


def test_perfect_agreement_is_one() -> None:
    spans = [span(coder, 5, 20, d) for coder in "ABC" for d in ("d1", "d2")]
    assert unitizing_alpha(spans, ["A", "B", "C"], {"d1": 50, "d2": 40}) == 1.0


def test_systematic_disagreement_is_at_most_zero() -> None:
    spans = []
    lengths = {}
    for index in range(5):
        document = f"d{index}"
        lengths[document] = 100
        spans += [span("A", 0, 50, document), span("B", 50, 100, document)]
    assert unitizing_alpha(spans, ["A", "B"], lengths) <= 0.0


def test_overlapping_spans_of_one_coder_are_merged() -> None:
    split = [span("A", 0, 5), span("A", 3, 8), span("B", 0, 8)]
    assert unitizing_alpha(split, ["A", "B"], {"doc": 20}) == 1.0


def test_undefined_and_invalid_cases() -> None:
    assert unitizing_alpha([], ["A", "B"], {"doc": 10}) is None  # no unit: D_e = 0
    assert unitizing_alpha([span("A", 0, 5)], ["A"], {"doc": 10}) is None  # one coder
    assert unitizing_alpha([], ["A", "B"], {}) is None  # empty continuum
    coded = [span("A", 0, 5, actor={"x"}), span("B", 0, 5, actor={"x"})]
    assert unitizing_alpha(coded, ["A", "B"], {"doc": 10}, "actor", "nobody") is None
    with pytest.raises(ValueError):
        unitizing_alpha(coded, ["A", "B"], {"doc": 10}, code="x")
    with pytest.raises(ValueError):
        unitizing_alpha(coded, ["A", "B"], {"doc": 4})
    with pytest.raises(ValueError):
        unitizing_alpha(coded, ["A", "B"], {"other": 40})


def test_code_restricts_to_spans_carrying_it() -> None:
    spans = [span("A", 0, 10, actor={"x"}), span("B", 0, 10, actor={"y"})]
    lengths = {"doc": 40}
    assert unitizing_alpha(spans, ["A", "B"], lengths) == 1.0  # both marked the same stretch
    assert unitizing_alpha(spans, ["A", "B"], lengths, "actor", "x") < 0
    assert unitizing_alpha(spans, ["A", "B"], lengths, "actor") < 0


raw_spans = st.lists(
    st.tuples(
        st.sampled_from(["A", "B", "C"]),
        st.sampled_from(["d1", "d2", "d3"]),
        st.integers(0, 50),
        st.integers(1, 30),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=150, deadline=None, database=None)
@given(raw=raw_spans)
def test_alpha_is_symmetric_in_coders_and_invariant_to_document_order(raw) -> None:
    spans = [
        CodedSpan(f"k{index}", document, coder, start, start + length, {})
        for index, (coder, document, start, length) in enumerate(raw)
    ]
    lengths = {"d1": 90, "d2": 80, "d3": 100}
    reference = unitizing_alpha(spans, ["A", "B", "C"], lengths)
    reversed_lengths = dict(reversed(list(lengths.items())))
    for coders in itertools.permutations(["A", "B", "C"]):
        for order in (lengths, reversed_lengths):
            alpha = unitizing_alpha(list(reversed(spans)), list(coders), order)
            assert (alpha is None) == (reference is None)
            if alpha is not None:
                assert alpha == pytest.approx(reference)
                assert alpha <= 1.0
    percent = character_percent_agreement(spans, ["A", "B", "C"], lengths)
    assert percent == character_percent_agreement(spans, ["C", "A", "B"], reversed_lengths)
    assert 0.0 <= percent <= 1.0


def test_character_percent_agreement_by_hand() -> None:
    # A [2, 6), B [3, 7) in 10 characters: they differ on characters 2 and 6 -> 8/10.
    assert character_percent_agreement(
        [span("A", 2, 6), span("B", 3, 7)], ["A", "B"], {"doc": 10}
    ) == pytest.approx(0.8)
    # Three coders, A and B mark [0, 5), C nothing: characters 0-4 have 1 of 3 agreeing pairs,
    # 5-9 have 3 of 3 -> (5 * 1 + 5 * 3) / (10 * 3) = 2/3.
    assert character_percent_agreement(
        [span("A", 0, 5), span("B", 0, 5)], ["A", "B", "C"], {"doc": 10}
    ) == pytest.approx(2 / 3)


def test_character_percent_agreement_compares_codes_when_asked() -> None:
    spans = [span("A", 0, 10, actor={"x"}), span("B", 0, 10, actor={"y"})]
    lengths = {"doc": 20}
    assert character_percent_agreement(spans, ["A", "B"], lengths) == 1.0
    assert character_percent_agreement(spans, ["A", "B"], lengths, "actor") == 0.5
    assert character_percent_agreement(spans, ["A", "B"], lengths, "actor", "x") == 0.5
    assert character_percent_agreement(spans, ["A"], lengths) is None
