"""A network as a picture (PNG, SVG, PDF): a force-directed layout drawn with matplotlib.

Nodes take their code's colour from the codebook (actors, concepts) or, without one, a colour per
mode; in a two-mode network actors are circles and concepts squares. Node size grows with the
node's total weight, edge width with |weight|; negative edges (aggregation subtract) are dashed
red. The caption says what the network is made of. Like the charts, drawn on matplotlib's own
canvas, never through pyplot.
"""

from __future__ import annotations

import math
from pathlib import Path

from annotator.core.findings.layout import force_layout
from annotator.core.findings.networks import NetworkMatrix
from annotator.io.atomic import atomic_output
from annotator.io.exports.charts import DPI, FALLBACK_COLOURS, require_matplotlib

FORMATS = (".png", ".svg", ".pdf")


def draw_network(
    matrix: NetworkMatrix,
    target: Path,
    *,
    one_mode: bool,
    colours: dict[str, str],
    title: str,
    caption: str,
) -> None:
    require_matplotlib()
    from matplotlib import patheffects
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    labels = list(matrix.rows) + ([] if one_mode else list(matrix.columns))
    rows = len(matrix.rows)
    edges = []
    for i, line in enumerate(matrix.matrix):
        for j, weight in enumerate(line):
            if weight and (not one_mode or j > i):
                edges.append((i, j if one_mode else rows + j, float(weight)))
    position = force_layout(len(labels), edges)
    strength = [0.0] * len(labels)
    for i, j, weight in edges:
        strength[i] += abs(weight)
        strength[j] += abs(weight)
    figure = Figure(figsize=(8.0, 7.0), layout="constrained")
    axes = figure.add_subplot()
    heaviest = max((abs(weight) for *_, weight in edges), default=1.0) or 1.0
    segments = [(position[i], position[j]) for i, j, _ in edges]
    widths = [0.6 + 4.0 * abs(weight) / heaviest for *_, weight in edges]
    styles = ["dashed" if weight < 0 else "solid" for *_, weight in edges]
    edge_colours = ["#c0392b" if weight < 0 else "#8a8a8a" for *_, weight in edges]
    axes.add_collection(LineCollection(segments, linewidths=widths, colors=edge_colours,
                                       linestyles=styles, alpha=0.7, zorder=1))  # fmt: skip
    most = max(strength, default=1.0) or 1.0
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]  # labels stay readable
    for index, label in enumerate(labels):
        mode = 1 if index < rows else 2
        colour = colours.get(label) or FALLBACK_COLOURS[mode - 1]
        size = 60 + 340 * math.sqrt(strength[index] / most)
        x, y = position[index]
        axes.scatter([x], [y], s=size, c=[colour], marker="o" if mode == 1 else "s",
                     edgecolors="#333333", linewidths=0.7, zorder=2)  # fmt: skip
        axes.annotate(label, (x, y), xytext=(0, 9), textcoords="offset points", ha="center",
                      fontsize=8, zorder=3, path_effects=halo)  # fmt: skip
    axes.set_xlim(-1.25, 1.25)
    axes.set_ylim(-1.2, 1.25)
    axes.set_aspect("equal")
    axes.set_axis_off()
    axes.set_title(title, loc="left", fontsize=12, fontweight="bold")
    import textwrap

    figure.supxlabel("\n".join(textwrap.wrap(caption, 120)), fontsize=8, color="#555555",
                     x=0.01, ha="left")  # fmt: skip
    with atomic_output(target) as temporary:
        figure.savefig(temporary, format=target.suffix.lower().lstrip("."), dpi=DPI)
