"""Alignment of coders' spans into units: thresholds, optimal matching, determinism, speed."""

from __future__ import annotations

import itertools
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.agreement import CodedSpan, Unit, align_units, overlap_ratio

_counter = itertools.count()


def span(coder: str, start: int, end: int, document: str = "doc") -> CodedSpan:
    return CodedSpan(f"{coder}-{next(_counter)}", document, coder, start, end, {})


def member_sets(units: list[Unit]) -> set[frozenset[str]]:
    return {frozenset(s.key for s in unit.members.values()) for unit in units}


def test_overlap_ratio_is_jaccard_over_characters() -> None:
    assert overlap_ratio(span("a", 0, 10), span("b", 0, 10)) == 1.0
    assert overlap_ratio(span("a", 0, 10), span("b", 5, 15)) == pytest.approx(5 / 15)
    assert overlap_ratio(span("a", 0, 10), span("b", 10, 20)) == 0.0
    assert overlap_ratio(span("a", 0, 10, "d1"), span("b", 0, 10, "d2")) == 0.0
    assert overlap_ratio(span("a", 3, 3), span("b", 3, 3)) == 0.0


def test_identical_spans_align_into_one_unit() -> None:
    a, b = span("A", 5, 20), span("B", 5, 20)
    units = align_units([a, b], ["A", "B"])
    assert units == [Unit("doc", 5, 20, {"A": a, "B": b})]


def test_exactly_half_overlap_aligns_and_just_under_does_not() -> None:
    a = span("A", 0, 100)
    half = span("B", 0, 50)  # 50 / 100 = 0.5
    under = span("B", 0, 49, "doc2")  # 49 / 100 < 0.5
    a2 = span("A", 0, 100, "doc2")
    units = align_units([a, half, under, a2], ["A", "B"], min_overlap=0.5)
    assert member_sets(units) == {
        frozenset({a.key, half.key}),
        frozenset({a2.key}),
        frozenset({under.key}),
    }


def test_two_coders_get_the_matching_with_maximal_total_overlap() -> None:
    a1, a2 = span("A", 0, 100), span("A", 0, 60)
    b1, b2 = span("B", 0, 90), span("B", 50, 100)
    # a1-b1 0.9, a1-b2 0.5, a2-b1 0.667, a2-b2 0.1 (inadmissible).  Taking the best link first
    # (a1-b1) would leave 0.9 in total; the optimum pairs a1-b2 and a2-b1 (1.167).
    units = align_units([a1, a2, b1, b2], ["A", "B"])
    assert member_sets(units) == {frozenset({a1.key, b2.key}), frozenset({a2.key, b1.key})}


def test_three_coders_form_one_unit_only_if_every_pair_is_admissible() -> None:
    a, b, c = span("A", 0, 100), span("B", 30, 130), span("C", 60, 160)
    # a-b 70/130 and b-c 70/130 are admissible, a-c 40/160 is not.
    units = align_units([a, b, c], ["A", "B", "C"])
    assert len(units) == 2
    assert all(len(unit.members) <= 2 for unit in units)
    same = [span("A", 0, 10), span("B", 0, 10), span("C", 1, 10)]
    assert member_sets(align_units(same, ["A", "B", "C"])) == {frozenset(s.key for s in same)}


def test_one_span_per_coder_per_unit_even_when_a_coder_repeats_a_span() -> None:
    a1, a2, b = span("A", 0, 10), span("A", 0, 10), span("B", 0, 10)
    for coders in (["A", "B"], ["A", "B", "C"]):
        units = align_units([a1, a2, b], coders)
        assert sorted(len(unit.members) for unit in units) == [1, 2]


def random_spans(rng: random.Random, coders: list[str], documents: int, per_coder: int):
    spans = []
    for document in range(documents):
        anchors = [rng.randrange(0, 4000) for _ in range(per_coder)]
        for coder in coders:
            for anchor in anchors:
                start = max(0, anchor + rng.randint(-30, 30))
                spans.append(span(coder, start, start + rng.randint(10, 200), f"d{document}"))
    return spans


@pytest.mark.parametrize("coders", [["A", "B"], ["A", "B", "C", "D"]])
def test_alignment_does_not_depend_on_input_order(coders: list[str]) -> None:
    rng = random.Random(7)
    spans = random_spans(rng, coders, documents=5, per_coder=12)
    expected = align_units(spans, coders)
    for _ in range(5):
        rng.shuffle(spans)
        assert align_units(spans, coders) == expected
    starts = [(unit.document, unit.start, unit.end) for unit in expected]
    assert starts == sorted(starts)


def test_unknown_coders_are_ignored_and_bad_input_rejected() -> None:
    a, z = span("A", 0, 10), span("Z", 0, 10)
    assert member_sets(align_units([a, z], ["A", "B"])) == {frozenset({a.key})}
    with pytest.raises(ValueError):
        align_units([a, a], ["A"])
    with pytest.raises(ValueError):
        align_units([a], ["A", "A"])
    with pytest.raises(ValueError):
        align_units([a], ["A"], min_overlap=0.0)


span_lists = st.lists(
    st.tuples(
        st.sampled_from(["A", "B", "C", "D"]),
        st.sampled_from(["d1", "d2"]),
        st.integers(0, 60),
        st.integers(0, 40),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None, database=None)
@given(
    raw=span_lists,
    coder_count=st.sampled_from([2, 3, 4]),
    threshold=st.sampled_from([0.3, 0.5, 0.8]),
)
def test_every_span_lands_in_exactly_one_valid_unit(raw, coder_count, threshold) -> None:
    coders = ["A", "B", "C", "D"][:coder_count]
    spans = [
        CodedSpan(f"k{index}", document, coder, start, start + length, {})
        for index, (coder, document, start, length) in enumerate(raw)
    ]
    units = align_units(spans, coders, min_overlap=threshold)
    placed = [s.key for unit in units for s in unit.members.values()]
    assert sorted(placed) == sorted(s.key for s in spans if s.coder in coders)
    for unit in units:
        members = list(unit.members.values())
        assert all(coder == s.coder for coder, s in unit.members.items())
        assert unit.start == min(s.start for s in members)
        assert unit.end == max(s.end for s in members)
        assert all(s.document == unit.document for s in members)
        for first, second in itertools.combinations(members, 2):
            assert overlap_ratio(first, second) >= threshold


def test_performance_smoke_five_coders_twenty_thousand_spans_each() -> None:
    rng = random.Random(2024)
    coders = ["A", "B", "C", "D", "E"]
    spans = random_spans(rng, coders, documents=2000, per_coder=10)
    assert len(spans) == 5 * 20_000
    started = time.perf_counter()
    units = align_units(spans, coders)
    elapsed = time.perf_counter() - started
    print(f"\naligned {len(spans)} spans into {len(units)} units in {elapsed:.2f} s")
    assert sum(len(unit.members) for unit in units) == len(spans)
