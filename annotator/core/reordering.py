"""Which items of a list moved: those outside a longest increasing run of their old positions.

A codebook import lists as "reordered" the fewest codes that must have moved among their
siblings. That is the complement of a longest increasing subsequence of their old positions,
found here in O(n log n) (a Fenwick tree of the best run ending at each old position), so a
variable with 10,000 sibling codes is compared in milliseconds instead of minutes. Among equally
long runs the one kept is the one the earlier quadratic search kept: each item extends the
earliest of the longest runs before it, and the earliest-ending longest run wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def out_of_order(old_positions: Sequence[Any]) -> set[int]:
    """Indexes outside a longest increasing run of `old_positions` (distinct, comparable keys)."""
    count = len(old_positions)
    if count == 0:
        return set()
    rank = {key: number for number, key in enumerate(sorted(old_positions), start=1)}
    tree: list[tuple[int, int]] = [(0, 1)] * (count + 1)  # per rank: (run length, -index)
    previous = [-1] * count
    best: tuple[int, int] = (0, 1)
    for index, key in enumerate(old_positions):
        found, position = (0, 1), rank[key] - 1  # the best run among smaller keys
        while position > 0:
            found = max(found, tree[position])
            position -= position & -position
        previous[index] = -found[1] if found[0] else -1
        entry = (found[0] + 1, -index)
        best = max(best, entry)
        position = rank[key]
        while position <= count:
            tree[position] = max(tree[position], entry)
            position += position & -position
    kept, index = set(), -best[1]
    while index >= 0:
        kept.add(index)
        index = previous[index]
    return set(range(count)) - kept
