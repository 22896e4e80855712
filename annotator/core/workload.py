"""Dividing a corpus among coders: the overlap sample, its strata, and an even split of the rest.

Pure Python, so the rules a methods section describes are tested on their own:

- the overlap (reliability) sample is drawn at random; with strata (outlet, month, ...) each stratum
  gets its proportional share (largest remainders), and at least one document when the sample has
  room for one per non-empty stratum;
- each overlap document goes to every coder, or to a rotating group of `overlap_coders` (alice+bob,
  bob+carol, carol+alice, ...), so every coder codes about as many overlap documents as the others;
- the other documents are split evenly: by count (each to the coder with the fewest so far), or by
  length (longest first, each to the coder with the fewest characters so far), counting the overlap
  work each coder already has.

Everything random comes from one `random.Random(seed)`, so the same seed gives the same plan.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WorkItem:
    """A document as the planner sees it: its id, length and stratum key."""

    id: int
    length: int
    stratum: Hashable = ()


@dataclass
class WorkPlan:
    """Who codes what: coder position → document ids, and the overlap sample's ids."""

    by_coder: list[list[int]]
    overlap: list[int] = field(default_factory=list)


def proportional_allocation(sizes: Mapping[Hashable, int], total: int) -> dict[Hashable, int]:
    """How many of `total` draws each stratum gets: its proportional share by largest
    remainders, at least one per non-empty stratum when `total` allows, never more than it has."""
    strata = [key for key, size in sizes.items() if size > 0]
    population = sum(sizes[key] for key in strata)
    total = min(total, population)
    if total <= 0 or not strata:
        return {key: 0 for key in sizes}
    floor_one = total >= len(strata)
    quotas = {key: total * sizes[key] / population for key in strata}
    allocation = {key: min(sizes[key], int(quotas[key])) for key in strata}
    if floor_one:
        for key in strata:
            allocation[key] = max(allocation[key], 1)
    while sum(allocation.values()) > total:  # the floors overshot: take from the largest surplus
        key = max(
            (key for key in strata if allocation[key] > (1 if floor_one else 0)),
            key=lambda key: (allocation[key] - quotas[key], allocation[key], str(key)),
        )
        allocation[key] -= 1
    order = sorted(strata, key=lambda key: (-(quotas[key] - int(quotas[key])), str(key)))
    while sum(allocation.values()) < total:
        for key in order:
            if sum(allocation.values()) >= total:
                break
            if allocation[key] < sizes[key]:
                allocation[key] += 1
    return {key: allocation.get(key, 0) for key in sizes}


def draw_sample(
    items: Sequence[WorkItem], size: int, rng: random.Random, stratified: bool
) -> list[int]:
    """`size` document ids drawn at random, in strata when asked; sorted by id."""
    if not stratified:
        return sorted(item.id for item in rng.sample(list(items), min(size, len(items))))
    strata: dict[Hashable, list[WorkItem]] = {}
    for item in items:
        strata.setdefault(item.stratum, []).append(item)
    keys = sorted(strata, key=str)
    allocation = proportional_allocation({key: len(strata[key]) for key in keys}, size)
    chosen: list[int] = []
    for key in keys:
        chosen.extend(item.id for item in rng.sample(strata[key], allocation[key]))
    return sorted(chosen)


def overlap_groups(documents: int, coders: int, group_size: int) -> list[list[int]]:
    """For each overlap document in turn, the coder positions that code it: all of them, or
    `group_size` consecutive coders starting one further each time."""
    if group_size >= coders:
        return [list(range(coders)) for _ in range(documents)]
    return [[(start + step) % coders for step in range(group_size)] for start in range(documents)]


def plan_work(
    items: Sequence[WorkItem],
    coders: int,
    *,
    overlap_size: int,
    overlap_coders: int,
    stratified: bool,
    by_length: bool,
    rng: random.Random,
) -> WorkPlan:
    """Draw the overlap sample and split the remaining documents among `coders`."""
    plan = WorkPlan(by_coder=[[] for _ in range(coders)])
    plan.overlap = draw_sample(items, overlap_size, rng, stratified) if overlap_size else []
    load = [0] * coders
    lengths = {item.id: max(item.length, 1) for item in items}
    shuffled_overlap = list(plan.overlap)
    rng.shuffle(shuffled_overlap)  # which rotating group gets which document: random too
    groups = overlap_groups(len(shuffled_overlap), coders, overlap_coders)
    for document_id, group in zip(shuffled_overlap, groups, strict=True):
        for position in group:
            plan.by_coder[position].append(document_id)
            load[position] += lengths[document_id] if by_length else 1
    in_overlap = set(plan.overlap)
    rest = [item for item in items if item.id not in in_overlap]
    rng.shuffle(rest)
    if by_length:
        rest.sort(key=lambda item: -item.length)  # stable: equal lengths stay shuffled
    for item in rest:
        position = min(range(coders), key=lambda index: (load[index], index))
        plan.by_coder[position].append(item.id)
        load[position] += lengths[item.id] if by_length else 1
    for documents in plan.by_coder:
        documents.sort()
    return plan
