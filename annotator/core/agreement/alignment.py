"""Align the spans of several coders into comparable units.

Reliability statistics need a units x coders table, but coders mark spans freely, so the spans
first have to be matched.  Two spans by different coders in the same document are *admissible*
partners when their overlap ratio (Jaccard index over characters,
``|a ∩ b| / |a ∪ b|``) is at least ``min_overlap`` -- the "segment overlap of at least X%" rule
MAXQDA uses.  A unit holds at most one span per coder; a span with no partner becomes a
one-member unit (the other coders are *missing* there).

Procedure, per document:

1. A sweep over the spans sorted by ``(start, end, coder, key)`` finds every admissible pair
   (only spans that actually overlap are compared, so the cost is linear in the corpus times the
   local density of spans).
2. The admissible pairs form a graph; each connected component is aligned on its own.
3. A component whose spans come from exactly two coders is aligned by optimal assignment
   (:func:`~annotator.core.agreement.assignment.linear_sum_assignment`, pure Python and the same
   method and tie-breaking as SciPy's, maximising the total overlap ratio over admissible
   pairs), so crossing candidates get the matching with the largest total overlap.
4. A component with three or more coders is aligned greedily: admissible links are taken in
   decreasing overlap, ties broken by the two spans' ``(start, end, coder, key)``; two clusters
   merge only when the result still has one span per coder and *every* pair of spans inside it
   is admissible (complete linkage).  The procedure depends only on the spans, not on the
   order they were passed in, so the alignment is deterministic.

Units are returned sorted by ``(document, start, end)`` (then by their members' keys).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from annotator.core.agreement.assignment import linear_sum_assignment
from annotator.core.agreement.spans import CodedSpan

SpanOrder = tuple[int, int, str, str]
Link = tuple[float, int, int]  # (overlap ratio, index of earlier span, index of later span)


@dataclass(frozen=True)
class Unit:
    """Spans by different coders that are taken to mark the same stretch of text.

    ``start``/``end`` are the union extent of the members; ``members`` maps coder -> span, in
    the order of the ``coders`` given to :func:`align_units`.
    """

    document: str
    start: int
    end: int
    members: Mapping[str, CodedSpan] = field(hash=False)


def overlap_ratio(a: CodedSpan, b: CodedSpan) -> float:
    """``|a ∩ b| / |a ∪ b|`` in characters; 0.0 for different documents or no shared character.

    Empty spans (``start == end``) share no character with anything, so their ratio is 0.0.
    """
    if a.document != b.document:
        return 0.0
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0
    return shared / (a.length + b.length - shared)


def align_units(
    spans: Iterable[CodedSpan], coders: Sequence[str], min_overlap: float = 0.5
) -> list[Unit]:
    """Group ``spans`` into units (see the module docstring for the procedure).

    Spans by coders not listed in ``coders`` are ignored.  Raises ``ValueError`` when
    ``min_overlap`` is not in (0, 1], when ``coders`` repeats a name, or when two spans share a
    key.  Every remaining span ends up in exactly one unit.
    """
    if not 0.0 < min_overlap <= 1.0:
        raise ValueError(f"min_overlap must be in (0, 1], got {min_overlap}")
    if len(set(coders)) != len(coders):
        raise ValueError("coders must be unique")
    wanted = set(coders)
    seen_keys: set[str] = set()
    by_document: dict[str, list[CodedSpan]] = defaultdict(list)
    for span in spans:
        if span.coder not in wanted:
            continue
        if span.key in seen_keys:
            raise ValueError(f"duplicate span key {span.key!r}")
        seen_keys.add(span.key)
        by_document[span.document].append(span)

    coder_rank = {coder: rank for rank, coder in enumerate(coders)}
    units: list[Unit] = []
    for document_spans in by_document.values():
        ordered = sorted(document_spans, key=_span_order)
        for cluster in _align_document(ordered, min_overlap):
            if len(cluster) == 1:
                span = ordered[cluster[0]]
                units.append(Unit(span.document, span.start, span.end, {span.coder: span}))
                continue
            members = sorted(
                (ordered[index] for index in cluster), key=lambda s: coder_rank[s.coder]
            )
            units.append(
                Unit(
                    document=members[0].document,
                    start=min(span.start for span in members),
                    end=max(span.end for span in members),
                    members={span.coder: span for span in members},
                )
            )
    _sort_units(units)
    return units


_span_order = attrgetter("start", "end", "coder", "key")  # SpanOrder of a span
_unit_extent = attrgetter("document", "start", "end")


def _unit_order(unit: Unit) -> tuple[str, int, int, tuple[SpanOrder, ...]]:
    member_orders = tuple(sorted(_span_order(span) for span in unit.members.values()))
    return (unit.document, unit.start, unit.end, member_orders)


def _sort_units(units: list[Unit]) -> None:
    """Sort by :func:`_unit_order`, computing the members' orders only for units that tie on
    ``(document, start, end)`` (the same order: both sorts are stable)."""
    units.sort(key=_unit_extent)
    index, count = 0, len(units)
    while index < count:
        extent = _unit_extent(units[index])
        end = index + 1
        while end < count and _unit_extent(units[end]) == extent:
            end += 1
        if end - index > 1:
            units[index:end] = sorted(units[index:end], key=_unit_order)
        index = end


def _align_document(ordered: Sequence[CodedSpan], min_overlap: float) -> list[list[int]]:
    """Clusters (lists of indices into ``ordered``) for the spans of one document."""
    links = _admissible_links(ordered, min_overlap)
    clusters: list[list[int]] = []
    for component, component_links in _components(len(ordered), links):
        if len(component) == 1:
            clusters.append(component)
            continue
        component_coders = {ordered[index].coder for index in component}
        size = len(component)
        if len(component_coders) == size and len(component_links) == size * (size - 1) // 2:
            # One span per coder and every pair admissible: both procedures below keep the
            # whole component together (the common case of coders marking the same stretch).
            clusters.append(component)
        elif len(component_coders) == 2:
            clusters.extend(_optimal_pairs(ordered, component, component_links))
        else:
            clusters.extend(_greedy_clusters(ordered, component, component_links))
    return clusters


def _admissible_links(ordered: Sequence[CodedSpan], min_overlap: float) -> list[Link]:
    """All pairs of different coders' spans with overlap ratio >= ``min_overlap`` (a sweep)."""
    starts = [span.start for span in ordered]
    ends = [span.end for span in ordered]
    coders = [span.coder for span in ordered]
    links: list[Link] = []
    active: list[int] = []
    for later in range(len(ordered)):
        start, end, coder = starts[later], ends[later], coders[later]
        active = [index for index in active if ends[index] > start]
        for earlier in active:
            if coders[earlier] == coder:
                continue
            # Inlined overlap_ratio: both spans are in one document and overlap (other end >
            # start >= other start), so the shared part is positive.
            other_end = ends[earlier]
            shared = (other_end if other_end < end else end) - start
            ratio = shared / (other_end - starts[earlier] + end - start - shared)
            if ratio >= min_overlap:
                links.append((ratio, earlier, later))
        if end > start:
            active.append(later)
    return links


def _components(count: int, links: Sequence[Link]) -> list[tuple[list[int], list[Link]]]:
    """Connected components of the link graph, each with its own links, in index order."""
    parent = list(range(count))
    for _, first, second in links:
        while parent[first] != first:
            parent[first] = first = parent[parent[first]]
        while parent[second] != second:
            parent[second] = second = parent[parent[second]]
        if first != second:  # the smaller index stays root: a root is its component's minimum
            if first < second:
                parent[second] = first
            else:
                parent[first] = second
    for index in range(count):  # flatten: parents precede their children
        parent[index] = parent[parent[index]]
    # Roots are minima, so components appear in the order of their first index.
    members: dict[int, list[int]] = {}
    for index, root in enumerate(parent):
        group = members.get(root)
        if group is None:
            members[root] = [index]
        else:
            group.append(index)
    component_links: dict[int, list[Link]] = {root: [] for root in members}
    for link in links:
        component_links[parent[link[1]]].append(link)
    return [(group, component_links[root]) for root, group in members.items()]


def _optimal_pairs(
    ordered: Sequence[CodedSpan], component: list[int], links: Sequence[Link]
) -> list[list[int]]:
    """Two coders: the matching with maximal total overlap ratio, the rest as singletons."""
    first_coder = ordered[component[0]].coder
    rows = [index for index in component if ordered[index].coder == first_coder]
    columns = [index for index in component if ordered[index].coder != first_coder]
    if len(rows) == 1 or len(columns) == 1:
        # One span faces several: the optimum is its best link (earliest link wins a tie).
        _, earlier, later = max(links, key=lambda link: (link[0], -link[1], -link[2]))
        return [[earlier, later]] + [[i] for i in component if i not in (earlier, later)]

    row_of = {index: position for position, index in enumerate(rows)}
    column_of = {index: position for position, index in enumerate(columns)}
    weights = [[0.0] * len(columns) for _ in rows]
    for ratio, earlier, later in links:
        if earlier in row_of:
            weights[row_of[earlier]][column_of[later]] = ratio
        else:
            weights[row_of[later]][column_of[earlier]] = ratio
    row_positions, column_positions = linear_sum_assignment(weights, maximize=True)

    clusters: list[list[int]] = []
    matched: set[int] = set()
    for row, column in zip(row_positions, column_positions, strict=True):
        if weights[row][column] > 0.0:  # admissible ratios are >= min_overlap > 0
            clusters.append([rows[row], columns[column]])
            matched.update((rows[row], columns[column]))
    clusters.extend([index] for index in component if index not in matched)
    return clusters


def _greedy_clusters(
    ordered: Sequence[CodedSpan], component: list[int], links: Sequence[Link]
) -> list[list[int]]:
    """Three or more coders: complete-linkage greedy merging in decreasing overlap."""
    admissible = {(earlier, later) for _, earlier, later in links}
    cluster_of = {index: index for index in component}
    clusters: dict[int, dict[str, int]] = {
        index: {ordered[index].coder: index} for index in component
    }
    # Indices follow the (start, end, coder, key) order, so sorting by them breaks ties.
    for _, earlier, later in sorted(links, key=lambda link: (-link[0], link[1], link[2])):
        first, second = cluster_of[earlier], cluster_of[later]
        if first == second:
            continue
        first_members, second_members = clusters[first], clusters[second]
        if first_members.keys() & second_members.keys():
            continue
        if not all(
            (min(a, b), max(a, b)) in admissible
            for a in first_members.values()
            for b in second_members.values()
        ):
            continue
        first_members.update(second_members)
        for index in second_members.values():
            cluster_of[index] = first
        del clusters[second]
    return [sorted(members.values()) for members in clusters.values()]
