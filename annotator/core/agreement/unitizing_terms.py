"""The two terms of Krippendorff's alpha_u, D_o and D_e, computed fast and exactly.

:mod:`unitizing` defines what a coder's units are; this module does the arithmetic, which for a
study of 100,000 spans coded on four variables means some 80 categories x 10 coder pairs x
thousands of units -- too slow as a Python walk over every section.  Two reformulations, both
exact (integers throughout, results as ``Fraction``):

* **Observed** (D_o).  Walking two coders' sections, a pair of overlapping units adds
  (b_g - b_h)^2 + (e_g - e_h)^2, a unit lying inside the other coder's gap adds l^2, and every
  other section pair adds 0.  A unit lies inside a gap exactly when it overlaps none of the other
  coder's units.  Documents are laid end to end on one continuum (units never cross a document,
  so nothing overlaps across a boundary) and the overlapping pairs are found with numpy's
  ``searchsorted`` on the sorted, non-overlapping units.
* **Expected** (D_e).  The sum over units of l^2 * sum over gaps k with l_k >= l of
  (l_k - l + 1) is grouped by distinct unit length; the gaps are every coder's documents as
  whole gaps (computed once), minus the documents where the coder has units, plus the gaps
  around those units.

All units of all categories -- of several variables at once, if asked -- are gathered into one
numpy array (category, coder, start, end), sorted and merged per coder and category in a few
vectorised steps, so the Python work is one pass over the spans.  The same merged units give
NVivo-style character agreement for a single category ("marked" or not) in closed form:
with k of m coders marking a character, C(k, 2) + C(m - k, 2) coder pairs agree on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate, combinations
from typing import Any

from annotator.core.agreement.spans import CodedSpan

MARKED = "(marked)"
_SAFE_SUM = 2**62  # int64 sums below this cannot overflow
Category = tuple[str | None, str]  # (variable, label); variable None = every span, "marked"


class LengthTable:
    """Sorted lengths with suffix counts and sums, for placements of units in fitting gaps."""

    def __init__(self, lengths: Any) -> None:
        import numpy as np

        self.lengths = np.sort(np.asarray(lengths, dtype=np.int64))
        self.suffix_sums = np.append(np.cumsum(self.lengths[::-1])[::-1], 0)

    def placements(self, lengths: Any) -> Any:
        """For each unit length l: sum over table lengths l_k >= l of (l_k - l + 1)."""
        import numpy as np

        first = np.searchsorted(self.lengths, lengths, side="left")
        return self.suffix_sums[first] - (self.lengths.size - first) * (lengths - 1)


def _exact_sum(values: Any) -> int:
    """Sum of a non-negative int64 array, falling back to Python ints if it could overflow."""
    if values.size == 0:
        return 0
    if int(values.max()) * values.size < _SAFE_SUM:
        return int(values.sum())
    return sum(values.tolist())


def pair_distance(first: tuple[Any, Any], second: tuple[Any, Any]) -> int:
    """Sum of delta^2 between two coders' units (start and end arrays on one continuum)."""
    import numpy as np

    first_start, first_end = first
    second_start, second_end = second
    first_lengths = first_end - first_start
    second_lengths = second_end - second_start
    if second_start.size == 0 or first_start.size == 0:
        return _exact_sum(first_lengths**2) + _exact_sum(second_lengths**2)
    low = np.searchsorted(second_end, first_start, side="right")  # first unit ending after start
    high = np.searchsorted(second_start, first_end, side="left")  # first unit starting at/after end
    counts = high - low
    total = _exact_sum(first_lengths[counts == 0] ** 2)
    pair_count = int(counts.sum())
    matched = np.zeros(second_start.size, dtype=bool)
    if pair_count:
        first_index = np.repeat(np.arange(first_start.size), counts)
        within = np.arange(pair_count) - np.repeat(np.cumsum(counts) - counts, counts)
        second_index = np.repeat(low, counts) + within
        total += _exact_sum((first_start[first_index] - second_start[second_index]) ** 2)
        total += _exact_sum((first_end[first_index] - second_end[second_index]) ** 2)
        matched[second_index] = True
    return total + _exact_sum(second_lengths[~matched] ** 2)


@dataclass(frozen=True)
class MergedUnits:
    """Every coder's merged units per category, on one continuum of all documents."""

    coder_count: int
    total_length: int
    document_starts: Any  # int64 array, one offset per document, in doc_lengths order
    categories: dict[Category, int]
    group: Any  # category number * coder_count + coder index, sorted
    starts: Any
    ends: Any
    boundaries: Any  # units of group g are [boundaries[g], boundaries[g + 1])

    def coder_units(self, category: int, coder: int) -> tuple[Any, Any]:
        group = category * self.coder_count + coder
        low, high = self.boundaries[group], self.boundaries[group + 1]
        return self.starts[low:high], self.ends[low:high]


def merge_units(
    spans: Iterable[CodedSpan],
    coders: Sequence[str],
    doc_lengths: Mapping[str, int],
    variables: Sequence[str | None],
    code: str | None = None,
) -> MergedUnits:
    """Gather and merge the units of every category of ``variables`` in one pass over spans.

    ``None`` in ``variables`` stands for "every span" (category :data:`MARKED`); ``code``
    (with a single variable) keeps only that code.  Raises ``ValueError`` for a span outside
    its document.
    """
    import numpy as np

    coder_index = {coder: index for index, coder in enumerate(coders)}
    offsets = dict(zip(doc_lengths, accumulate([0, *doc_lengths.values()]), strict=False))
    numbers: dict[Category, int] = {}
    if code is not None:
        numbers[(variables[0], code)] = 0
    # label -> category number, per variable (the numbers are handed out in order of appearance)
    labels_of: list[tuple[str | None, dict[str, int]]] = [(variable, {}) for variable in variables]
    # Columns of (category, coder, start, end) on the continuum.
    categories: list[int] = []
    coder_column: list[int] = []
    start_column: list[int] = []
    end_column: list[int] = []
    for span in spans:
        coder = coder_index.get(span.coder)
        if coder is None:
            continue
        length = doc_lengths.get(span.document)
        if length is None or span.end > length:
            raise ValueError(f"span {span.key!r} lies outside its document's length")
        if span.end == span.start:
            continue
        offset = offsets[span.document]
        values = span.values
        before = len(categories)
        for variable, numbered in labels_of:
            if variable is None:
                labels: Iterable[str] = (MARKED,)
            else:
                labels = values.get(variable, ())
                if code is not None:
                    labels = (code,) if code in labels else ()
            for label in labels:
                category = numbered.get(label)
                if category is None:
                    category = numbered[label] = numbers.setdefault((variable, label), len(numbers))
                categories.append(category)
        added = len(categories) - before
        if added:
            coder_column.extend([coder] * added)
            start_column.extend([offset + span.start] * added)
            end_column.extend([offset + span.end] * added)
    total_length = sum(doc_lengths.values())
    coder_count = len(coders)
    group = np.array(categories, dtype=np.int64) * coder_count + np.array(
        coder_column, dtype=np.int64
    )
    starts = np.array(start_column, dtype=np.int64)
    order = np.lexsort((starts, group))
    group, starts = group[order], starts[order]
    ends = np.array(end_column, dtype=np.int64)[order]
    # Merge overlapping units per group (touching ones stay apart): shifting each group past
    # the previous one lets a single running maximum of the ends serve all groups.
    shift = group * (total_length + 1)
    running_end = np.maximum.accumulate(ends + shift)
    begins = np.ones(starts.size, dtype=bool)
    begins[1:] = starts[1:] + shift[1:] >= running_end[:-1]
    heads = np.flatnonzero(begins)
    if heads.size:
        group, starts, ends = group[heads], starts[heads], np.maximum.reduceat(ends, heads)
    return MergedUnits(
        coder_count=coder_count,
        total_length=total_length,
        document_starts=np.array(list(offsets.values())[: len(doc_lengths)], dtype=np.int64),
        categories=numbers,
        group=group,
        starts=starts,
        ends=ends,
        boundaries=np.searchsorted(group, np.arange(len(numbers) * coder_count + 1)),
    )


def category_terms(
    merged: MergedUnits, doc_lengths: Mapping[str, int]
) -> dict[Category, tuple[Fraction, Fraction]]:
    """(D_o, D_e) of every category, sorted by (variable, label)."""
    coder_count, total_length = merged.coder_count, merged.total_length
    all_gaps = LengthTable([length for length in doc_lengths.values() if length > 0] * coder_count)
    result: dict[Category, tuple[Fraction, Fraction]] = {}
    for key, category in sorted(merged.categories.items(), key=lambda item: _sort_key(item[0])):
        by_coder = [merged.coder_units(category, coder) for coder in range(coder_count)]
        observed = sum(pair_distance(a, b) for a, b in combinations(by_coder, 2))
        low = merged.boundaries[category * coder_count]
        high = merged.boundaries[(category + 1) * coder_count]
        result[key] = (
            Fraction(2 * observed, coder_count * (coder_count - 1) * total_length**2),
            _expected(merged, low, high, all_gaps),
        )
    return result


def _sort_key(category: Category) -> tuple[str, str]:
    return (category[0] or "", category[1])


def _expected(merged: MergedUnits, low: int, high: int, all_gaps: LengthTable) -> Fraction:
    """D_e of one category from its merged units ``[low, high)`` (sorted by coder, start)."""
    import numpy as np

    if high <= low:
        return Fraction(0)
    group, starts, ends = merged.group[low:high], merged.starts[low:high], merged.ends[low:high]
    coder_count, total_length = merged.coder_count, merged.total_length
    document_starts = merged.document_starts
    document = np.searchsorted(document_starts, starts, side="right") - 1
    document_ends = np.append(document_starts[1:], total_length)
    new_run = np.ones(starts.size, dtype=bool)  # first unit of a coder in a document
    new_run[1:] = (group[1:] != group[:-1]) | (document[1:] != document[:-1])
    end_run = np.append(new_run[1:], True)
    gaps = np.concatenate(
        [
            (starts - document_starts[document])[new_run],
            (starts[1:] - ends[:-1])[~new_run[1:]],
            (document_ends[document] - ends)[end_run],
        ]
    )
    inner = LengthTable(gaps[gaps > 0])
    gone = LengthTable((document_ends - document_starts)[document[new_run]])
    lengths, counts = np.unique(ends - starts, return_counts=True)
    placements = all_gaps.placements(lengths) - gone.placements(lengths)
    placements += inner.placements(lengths)
    unit_count = int(starts.size)
    numerator = 0
    denominator = coder_count * total_length * (coder_count * total_length - 1)
    for length, count, placed in zip(
        lengths.tolist(), counts.tolist(), placements.tolist(), strict=True
    ):
        # 2l^3 - 3l^2 + l = l (l - 1)(2l - 1) is a multiple of 6, so the division is exact.
        numerator += count * (unit_count - 1) * (2 * length**3 - 3 * length**2 + length) // 3
        numerator += count * length**2 * placed
        denominator -= count * length * (length - 1)
    # Positive: each coder's units fit in L, so sum l (l - 1) <= m L (L - 1) < m L (m L - 1).
    return Fraction(2, total_length) * numerator / denominator


def marked_pair_agreement(merged: MergedUnits, category: int) -> int:
    """Sum over characters of agreeing coder pairs for one category (marked or not)."""
    import numpy as np

    coder_count = merged.coder_count
    low = merged.boundaries[category * coder_count]
    high = merged.boundaries[(category + 1) * coder_count]
    positions = np.concatenate([merged.starts[low:high], merged.ends[low:high], [0]])
    steps = np.concatenate([np.ones(high - low, np.int64), -np.ones(high - low, np.int64), [0]])
    order = np.argsort(positions, kind="stable")
    positions, steps = positions[order], steps[order]
    marked = np.cumsum(steps)  # coders marking the stretch after each position
    widths = np.diff(np.append(positions, merged.total_length))
    unmarked = coder_count - marked
    same = marked * (marked - 1) // 2 + unmarked * (unmarked - 1) // 2
    return _exact_sum(widths * same)
