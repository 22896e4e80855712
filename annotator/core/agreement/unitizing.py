"""Unitizing reliability: did the coders mark the same stretches of text at all?

Coding reliability (alpha on aligned units) says nothing about spans one coder marked and the
other did not, or marked much longer.  This module measures agreement on the character
continuum itself, all documents together (each document is its own stretch of continuum, so
a gap never runs across two documents and the result does not depend on document order).

What counts as a coder's *units* of a category:

* ``variable=None``: every span of the coder (one category: "marked");
* ``variable`` given: the spans carrying code c of that variable, for every code c that occurs
  (a span with several codes is a unit of each of them);
* ``code`` given (needs ``variable``): only code c -- binary, coded with it vs. not.

Overlapping units of one coder and category are merged into their union (alpha_u requires them
not to overlap); touching units stay separate.  Empty spans are ignored.  Spans of coders not in
``coders`` are ignored; a span outside ``doc_lengths`` raises ``ValueError``.

**Krippendorff's alpha_u** (Krippendorff 1995, "On the reliability of unitizing continuous
data", Sociological Methodology 25; Content Analysis, 2nd ed. 2004, ch. 12).  Each coder's
continuum is cut into *sections*: units (w = 1) and the gaps between them (w = 0).  With m coders,
continuum length L, b/l a section's begin/length, for sections g of coder i and h of coder j:

    delta^2 = (b_g - b_h)^2 + (b_g + l_g - b_h - l_h)^2   both units and they overlap
            = l_g^2                                        unit g lies inside gap h
            = l_h^2                                        unit h lies inside gap g
            = 0                                            otherwise
    D_o(c) = sum_{i != j} sum_g sum_h delta^2 / (m (m - 1) L^2)
    D_e(c) = 2/L * sum_units u [ (N - 1) (2 l_u^3 - 3 l_u^2 + l_u) / 3
                                 + l_u^2 sum_{gaps k with l_k >= l_u} (l_k - l_u + 1) ]
             / [ m L (m L - 1) - sum_units l_u (l_u - 1) ]
    alpha_u(c) = 1 - D_o(c) / D_e(c)

with N the number of units of category c over all coders.  Over several categories (a variable
without ``code``) alpha_u = 1 - sum_c D_o(c) / sum_c D_e(c), as DKPro Statistics computes it
(the same as averaging D_o and D_e over categories).  ``None`` when undefined: fewer than two
coders, an empty continuum, or D_e = 0 (no unit at all).  This is the 1995/2004 alpha_u, from
which ATLAS.ti's alpha-binary derives (not cross-checked against ATLAS.ti); the cu-alpha and
Cu-alpha of Krippendorff et al. (2016) are not implemented.  Computed with exact fractions.
Checked against the worked example in Krippendorff (2004: 254) (see the tests).
With ``variable=None`` the single category is called :data:`MARKED`.

**Character percent agreement** (as NVivo counts it): for every character and every pair of
coders, do both give it the same state (marked or not; with ``variable``, the same set of codes;
with ``code``, carrying it or not)?  The mean over all characters and pairs.  Text nobody marked
counts as agreement, so this number is inflated by sparse coding -- report alpha_u with it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations

from annotator.core.agreement.spans import CodedSpan

MARKED = "(marked)"
Interval = tuple[int, int]
# category -> coder -> document -> sorted, non-overlapping units
UnitsByCategory = dict[str, dict[str, dict[str, list[Interval]]]]


@dataclass(frozen=True)
class Section:
    """A stretch of one coder's continuum: a unit of the category or a gap."""

    start: int
    end: int
    is_unit: bool


def unitizing_alpha(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variable: str | None = None,
    code: str | None = None,
) -> float | None:
    """Krippendorff's alpha_u over the character continuum (module docstring); or ``None``."""
    disagreements = unitizing_disagreements(spans, coders, doc_lengths, variable, code)
    if disagreements is None:
        return None
    observed = sum((pair[0] for pair in disagreements.values()), Fraction(0))
    expected = sum((pair[1] for pair in disagreements.values()), Fraction(0))
    if expected == 0:
        return None
    return float(1 - observed / expected)


def unitizing_disagreements(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variable: str | None = None,
    code: str | None = None,
) -> dict[str, tuple[Fraction, Fraction]] | None:
    """Per category (sorted): exact (observed D_o, expected D_e) of alpha_u.

    ``None`` when fewer than two coders or the continuum is empty; a category without any unit
    has D_o = D_e = 0.
    """
    units = _units_by_category(spans, coders, doc_lengths, variable, code)
    total_length = sum(doc_lengths.values())
    if len(coders) < 2 or total_length <= 0:
        return None
    result: dict[str, tuple[Fraction, Fraction]] = {}
    for category, by_coder in units.items():
        # Only documents where the coder has units; elsewhere the document is one gap.
        sections = {
            coder: {
                document: _sections(intervals, doc_lengths[document])
                for document, intervals in by_coder.get(coder, {}).items()
            }
            for coder in coders
        }
        observed = _observed_disagreement(sections, coders, doc_lengths, total_length)
        expected = _expected_disagreement(sections, doc_lengths, total_length)
        result[category] = (observed, expected)
    return result


def character_percent_agreement(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variable: str | None = None,
    code: str | None = None,
) -> float | None:
    """Share of (character, coder pair) combinations in the same state; ``None`` if undefined.

    Undefined means fewer than two coders or an empty continuum.
    """
    units = _units_by_category(spans, coders, doc_lengths, variable, code)
    total_length = sum(doc_lengths.values())
    if len(coders) < 2 or total_length <= 0:
        return None
    events: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for category, by_coder in units.items():
        for coder, by_document in by_coder.items():
            for document, intervals in by_document.items():
                for start, end in intervals:
                    events[document].append((start, 1, coder, category))
                    events[document].append((end, -1, coder, category))

    pair_count = len(coders) * (len(coders) - 1) // 2
    agreeing = 0  # sum over characters of the number of agreeing coder pairs
    for document, length in doc_lengths.items():
        active: dict[str, Counter[str]] = {coder: Counter() for coder in coders}
        position = 0
        document_end = (length, 0, "", "")
        for offset, step, coder, category in [*sorted(events.get(document, [])), document_end]:
            if offset > position:
                states = Counter(
                    frozenset(c for c, n in active[name].items() if n > 0) for name in coders
                )
                same = sum(n * (n - 1) // 2 for n in states.values())
                agreeing += (offset - position) * same
                position = offset
            if step:
                active[coder][category] += step
    return float(Fraction(agreeing, total_length * pair_count))


def _units_by_category(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variable: str | None,
    code: str | None,
) -> UnitsByCategory:
    """Each coder's merged units per category and document (see module docstring)."""
    if code is not None and variable is None:
        raise ValueError("code needs a variable")
    if len(set(coders)) != len(coders):
        raise ValueError("coders must be unique")
    wanted = set(coders)
    raw: dict[str, dict[str, dict[str, list[Interval]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    if code is not None:
        raw[code]  # the category exists even if no span carries it
    for span in spans:
        if span.coder not in wanted:
            continue
        length = doc_lengths.get(span.document)
        if length is None or span.end > length:
            raise ValueError(f"span {span.key!r} lies outside its document's length")
        if span.length == 0:
            continue
        if variable is None:
            categories: Iterable[str] = (MARKED,)
        elif code is None:
            categories = span.codes(variable)
        else:
            categories = (code,) if code in span.codes(variable) else ()
        for category in categories:
            raw[category][span.coder][span.document].append((span.start, span.end))
    return {
        category: {
            coder: {document: _merge(intervals) for document, intervals in by_document.items()}
            for coder, by_document in by_coder.items()
        }
        for category, by_coder in sorted(raw.items())
    }


def _merge(intervals: list[Interval]) -> list[Interval]:
    """Sort and merge intervals that share at least one character."""
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _sections(units: list[Interval], length: int) -> list[Section]:
    """Cut ``[0, length)`` into the coder's units and the gaps between them."""
    sections: list[Section] = []
    position = 0
    for start, end in units:
        if start > position:
            sections.append(Section(position, start, False))
        sections.append(Section(start, end, True))
        position = end
    if position < length:
        sections.append(Section(position, length, False))
    return sections


def _section_distance(first: Section, second: Section) -> int:
    """Krippendorff's delta^2 for two overlapping sections of different coders."""
    if first.is_unit and second.is_unit:
        return (first.start - second.start) ** 2 + (first.end - second.end) ** 2
    if first.is_unit and not second.is_unit:
        inside = second.start <= first.start and first.end <= second.end
        return (first.end - first.start) ** 2 if inside else 0
    if second.is_unit and not first.is_unit:
        inside = first.start <= second.start and second.end <= first.end
        return (second.end - second.start) ** 2 if inside else 0
    return 0


def _pair_distance(first: list[Section], second: list[Section]) -> int:
    """Sum of delta^2 over all overlapping section pairs of two coders in one document."""
    total = 0
    index_a = index_b = 0
    while index_a < len(first) and index_b < len(second):
        section_a, section_b = first[index_a], second[index_b]
        total += _section_distance(section_a, section_b)
        if section_a.end <= section_b.end:
            index_a += 1
        if section_b.end <= section_a.end:
            index_b += 1
    return total


def _observed_disagreement(
    sections: Mapping[str, Mapping[str, list[Section]]],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    total_length: int,
) -> Fraction:
    coder_count = len(coders)
    total = 0
    for first, second in combinations(coders, 2):
        # Two coders without units in a document (two whole-document gaps) are at distance 0.
        for document in sections[first].keys() | sections[second].keys():
            whole_gap = [Section(0, doc_lengths[document], False)]
            total += _pair_distance(
                sections[first].get(document, whole_gap), sections[second].get(document, whole_gap)
            )
    # delta^2 is symmetric, so the sum over ordered pairs i != j is twice the unordered sum.
    return Fraction(2 * total, coder_count * (coder_count - 1) * total_length**2)


def _expected_disagreement(
    sections: Mapping[str, Mapping[str, list[Section]]],
    doc_lengths: Mapping[str, int],
    total_length: int,
) -> Fraction:
    coder_count = len(sections)
    unit_lengths: list[int] = []
    gap_lengths: list[int] = []
    for by_document in sections.values():
        for document, length in doc_lengths.items():
            if document not in by_document:
                if length > 0:
                    gap_lengths.append(length)
                continue
            for section in by_document[document]:
                length = section.end - section.start
                (unit_lengths if section.is_unit else gap_lengths).append(length)
    if not unit_lengths:
        return Fraction(0)
    unit_count = len(unit_lengths)
    gap_lengths.sort()
    suffix_counts, suffix_sums = _suffix_totals(gap_lengths)

    numerator = 0
    for length in unit_lengths:
        first_fitting = bisect_left(gap_lengths, length)
        placements = suffix_sums[first_fitting] - suffix_counts[first_fitting] * (length - 1)
        # 2l^3 - 3l^2 + l = l (l - 1)(2l - 1) is a multiple of 6, so the division is exact.
        numerator += (unit_count - 1) * (2 * length**3 - 3 * length**2 + length) // 3
        numerator += length**2 * placements
    denominator = coder_count * total_length * (coder_count * total_length - 1) - sum(
        length * (length - 1) for length in unit_lengths
    )
    # Positive: each coder's units fit in L, so sum l (l - 1) <= m L (L - 1) < m L (m L - 1).
    return Fraction(2, total_length) * numerator / denominator


def _suffix_totals(sorted_lengths: list[int]) -> tuple[list[int], list[int]]:
    """For each index k: how many lengths from k on, and their sum (one extra zero entry)."""
    counts = [0] * (len(sorted_lengths) + 1)
    sums = [0] * (len(sorted_lengths) + 1)
    for index in range(len(sorted_lengths) - 1, -1, -1):
        counts[index] = counts[index + 1] + 1
        sums[index] = sums[index + 1] + sorted_lengths[index]
    return counts, sums
