"""The force-directed layout: deterministic, in frame, linked nodes closer than unlinked ones."""

from __future__ import annotations

import math

from annotator.core.findings.layout import force_layout


def test_linked_nodes_end_up_closer_and_the_layout_repeats() -> None:
    # two triangles joined by nothing: each triangle's nodes sit together
    edges = [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 2.0), (4, 5, 2.0), (3, 5, 2.0)]
    first = force_layout(6, edges)
    assert first == force_layout(6, edges)
    assert all(-1.0 <= x <= 1.0 and -1.0 <= y <= 1.0 for x, y in first)
    within = math.dist(first[0], first[1])
    across = math.dist(first[0], first[3])
    assert within < across / 2


def test_small_cases() -> None:
    assert force_layout(0, []) == []
    assert force_layout(1, []) == [(0.0, 0.0)]
    alone = force_layout(3, [])
    assert len({(round(x, 3), round(y, 3)) for x, y in alone}) == 3  # isolates do not pile up
