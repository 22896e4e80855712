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

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from annotator.core.agreement.spans import CodedSpan
from annotator.core.agreement.unitizing_terms import (
    MARKED,
    category_terms,
    marked_pair_agreement,
    merge_units,
)

Interval = tuple[int, int]
# category -> coder -> document -> sorted, non-overlapping units
UnitsByCategory = dict[str, dict[str, dict[str, list[Interval]]]]


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
    spans = list(spans)
    if len(coders) < 2 or sum(doc_lengths.values()) <= 0:
        _units_by_category(spans, coders, doc_lengths, variable, code)  # validates the input
        return None
    _check(coders, variable, code)
    merged = merge_units(spans, coders, doc_lengths, [variable], code)
    return {label: terms for (_, label), terms in category_terms(merged, doc_lengths).items()}


def unitizing_disagreements_by_variable(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variables: Sequence[str],
) -> dict[str, dict[str, tuple[Fraction, Fraction]]] | None:
    """:func:`unitizing_disagreements` for several variables in one pass over the spans."""
    if len(coders) < 2 or sum(doc_lengths.values()) <= 0:
        return None
    _check(coders, None, None)
    merged = merge_units(spans, coders, doc_lengths, list(variables))
    result: dict[str, dict[str, tuple[Fraction, Fraction]]] = {name: {} for name in variables}
    for (variable, label), terms in category_terms(merged, doc_lengths).items():
        result[str(variable)][label] = terms
    return result


@dataclass(frozen=True)
class UnitizingOverview:
    """What a project's agreement report shows about unitizing, from one pass over the spans."""

    alpha_u: float | None  # :func:`unitizing_alpha` over every span
    character_percent_agreement: float | None  # the same, :func:`character_percent_agreement`
    by_variable: dict[str, dict[str, tuple[Fraction, Fraction]]]  # as ..._by_variable


def unitizing_overview(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variables: Sequence[str],
) -> UnitizingOverview | None:
    """alpha_u and character agreement over every span plus the terms of every variable.

    Equal to :func:`unitizing_alpha`, :func:`character_percent_agreement` (both without
    ``variable``) and :func:`unitizing_disagreements_by_variable`, but the spans are gathered
    and merged once for all of them.  ``None`` when those are undefined (fewer than two coders
    or an empty continuum).
    """
    spans = list(spans)
    total_length = sum(doc_lengths.values())
    if len(coders) < 2 or total_length <= 0:
        _units_by_category(spans, coders, doc_lengths, None, None)  # validates the input
        return None
    _check(coders, None, None)
    merged = merge_units(spans, coders, doc_lengths, [None, *variables])
    by_variable: dict[str, dict[str, tuple[Fraction, Fraction]]] = {name: {} for name in variables}
    observed = expected = Fraction(0)
    for (variable, label), terms in category_terms(merged, doc_lengths).items():
        if variable is None:
            observed, expected = terms
        else:
            by_variable[variable][label] = terms
    marked = merged.categories.get((None, MARKED))
    if marked is None:  # nobody marked anything: every pair agrees everywhere
        agreement = 1.0
    else:
        pair_count = len(coders) * (len(coders) - 1) // 2
        agreement = float(
            Fraction(marked_pair_agreement(merged, marked), total_length * pair_count)
        )
    return UnitizingOverview(
        alpha_u=None if expected == 0 else float(1 - observed / expected),
        character_percent_agreement=agreement,
        by_variable=by_variable,
    )


def _check(coders: Sequence[str], variable: str | None, code: str | None) -> None:
    if code is not None and variable is None:
        raise ValueError("code needs a variable")
    if len(set(coders)) != len(coders):
        raise ValueError("coders must be unique")


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
    spans = list(spans)
    total_length = sum(doc_lengths.values())
    if len(coders) < 2 or total_length <= 0:
        _units_by_category(spans, coders, doc_lengths, variable, code)  # validates the input
        return None
    _check(coders, variable, code)
    pair_count = len(coders) * (len(coders) - 1) // 2
    if variable is None or code is not None:  # one category: a coder marks a character or not
        merged = merge_units(spans, coders, doc_lengths, [variable], code)
        if not merged.categories:  # nobody marked anything: every pair agrees everywhere
            return 1.0
        agreeing = marked_pair_agreement(merged, 0)
        return float(Fraction(agreeing, total_length * pair_count))
    units = _units_by_category(spans, coders, doc_lengths, variable, code)
    events: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for category, by_coder in units.items():
        for coder, by_document in by_coder.items():
            for document, intervals in by_document.items():
                for start, end in intervals:
                    events[document].append((start, 1, coder, category))
                    events[document].append((end, -1, coder, category))

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
        if span.end == span.start:
            continue
        if variable is None:
            categories: Iterable[str] = (MARKED,)
        else:
            labels = span.values.get(variable, ())
            categories = labels if code is None else ((code,) if code in labels else ())
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
