"""A force-directed layout for drawing networks (Fruchterman & Reingold 1991), deterministic.

Nodes repel each other (k² / d), edges pull their ends together (d² / k, scaled by the edge's
weight relative to the heaviest), and the step cools linearly; a fixed seed places the nodes on
a circle with a little jitter first, so the same network is always drawn the same way. Isolated
nodes are kept in frame by a weak pull towards the centre. NumPy does the O(n²) repulsion; a few
hundred nodes take well under a second.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def force_layout(
    size: int,
    edges: Sequence[tuple[int, int, float]],
    *,
    iterations: int = 300,
    seed: int = 7,
) -> list[tuple[float, float]]:
    """Positions in [-1, 1]² for `size` nodes linked by (i, j, weight) edges."""
    import numpy as np  # imported when a network is drawn, not at start-up

    if size == 0:
        return []
    if size == 1:
        return [(0.0, 0.0)]
    rng = np.random.default_rng(seed)
    angles = np.linspace(0, 2 * math.pi, size, endpoint=False)
    position = np.column_stack([np.cos(angles), np.sin(angles)])
    position += rng.normal(scale=0.05, size=position.shape)
    k = math.sqrt(4.0 / size)
    heaviest = max((abs(weight) for _, _, weight in edges), default=1.0) or 1.0
    pairs = np.array([(i, j) for i, j, _ in edges], dtype=int).reshape(-1, 2)
    strength = np.array([0.3 + 0.7 * abs(w) / heaviest for *_, w in edges]).reshape(-1)
    temperature = 0.1
    for step in range(iterations):
        delta = position[:, None, :] - position[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (k * k / distance**2)[:, :, None] * delta  # repulsion, along delta / d
        displacement = force.sum(axis=1)
        if len(pairs):
            d = position[pairs[:, 0]] - position[pairs[:, 1]]
            length = np.maximum(np.linalg.norm(d, axis=1), 1e-3)
            pull = (length / k * strength)[:, None] * d
            np.add.at(displacement, pairs[:, 0], -pull)
            np.add.at(displacement, pairs[:, 1], pull)
        displacement -= 0.05 * position * size  # gravity keeps isolates in frame
        norm = np.maximum(np.linalg.norm(displacement, axis=1), 1e-9)
        cooled = temperature * (1 - step / iterations) + 0.002
        position += displacement / norm[:, None] * np.minimum(norm, cooled)[:, None]
    position -= position.mean(axis=0)
    scale = np.abs(position).max() or 1.0
    position /= scale
    return [(float(x), float(y)) for x, y in position]
