"""Publication-ready charts of frequency tables, drawn with matplotlib's object API.

No pyplot and no global backend: each chart is a `matplotlib.figure.Figure` saved by its own
canvas (Agg for PNG; matplotlib's SVG and PDF writers), so nothing here can open a window or
change the backend a GUI uses. matplotlib is imported only when a chart is drawn.

* **bars**: one horizontal bar per code (codebook colours), its count at the end; with a
  grouping (`--by`), one stacked bar per group, segments by code, with a legend.
* **timeline**: one line per code over consecutive periods (empty periods count 0).
* **heatmap**: codes x groups, counts written in the cells.

Every chart carries a caption saying what was counted (coders, period, n) under the axes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import AnnotatorError
from annotator.io.atomic import atomic_output

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FORMATS = (".png", ".svg", ".pdf")
FALLBACK_COLOURS = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
DPI = 200


@dataclass(frozen=True)
class ChartData:
    """Counts of `codes` (rows) per group (columns; [""] when not grouped)."""

    kind: str
    variable: str
    codes: list[str]
    groups: list[str]
    counts: list[list[int]]
    colours: dict[str, str]
    group_title: str
    caption: str
    title: str


def _colour(data: ChartData, index: int) -> str:
    code = data.codes[index]
    return data.colours.get(code) or FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)]


def _deeper(colour: str, factor: float = 0.62) -> tuple[float, float, float]:
    """The same hue, darker: codebook colours are light highlight tints, too pale for lines."""
    import colorsys

    from matplotlib.colors import to_rgb

    hue, lightness, saturation = colorsys.rgb_to_hls(*to_rgb(colour))
    return colorsys.hls_to_rgb(hue, lightness * factor, min(1.0, saturation * 1.1))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _wrap(label: str, width: int = 28) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(label, width)) or label


def require_matplotlib() -> None:
    """A clear error where matplotlib is missing (a trimmed build), not an internal one."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise AnnotatorError(
            "charts and network pictures need matplotlib, which this installation lacks "
            "(pip install matplotlib)"
        ) from None


def draw_chart(data: ChartData, target: Path) -> None:
    figure = chart_figure(data)
    with atomic_output(target) as temporary:
        figure.savefig(temporary, format=target.suffix.lower().lstrip("."), dpi=DPI,
                       metadata=_metadata(target, data))  # fmt: skip


def chart_figure(data: ChartData) -> Figure:
    """The chart as a Figure without a canvas: saved by `draw_chart`, shown by the app."""
    require_matplotlib()
    from matplotlib.figure import Figure

    rows = len(data.codes)
    if data.kind == "bars" and data.groups == [""]:
        size = (7.0, 1.2 + 0.38 * max(rows, 3))
    elif data.kind == "bars":
        size = (8.0, 1.6 + 0.45 * max(len(data.groups), 3))
    elif data.kind == "heatmap":
        size = (2.6 + 0.75 * max(len(data.groups), 3), 1.4 + 0.42 * max(rows, 3))
    else:
        size = (8.0, 4.6)
    size = (max(size[0], 6.4), max(size[1], 3.4))
    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot()
    {"bars": _bars, "timeline": _timeline, "heatmap": _heatmap}[data.kind](figure, axes, data)
    axes.set_title(data.title, loc="left", fontsize=12, fontweight="bold")
    figure.get_layout_engine().set(h_pad=0.12)
    caption = _wrap(data.caption, int(size[0] * 15))  # about 15 characters of 8 pt per inch
    figure.supxlabel(caption, fontsize=8, color="#555555", x=0.01, ha="left")
    return figure


def _metadata(target: Path, data: ChartData) -> dict[str, str]:
    if target.suffix.lower() == ".png":
        return {"Title": data.title, "Description": data.caption, "Software": "Annotator"}
    if target.suffix.lower() == ".pdf":
        return {"Title": data.title, "Subject": data.caption, "Creator": "Annotator"}
    return {"Title": data.title, "Description": data.caption}


def _style(axes: Axes, grid_axis: str) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis=grid_axis, color="#dddddd", linewidth=0.8)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=9)


def _bars(figure: Figure, axes: Axes, data: ChartData) -> None:
    from matplotlib.ticker import MaxNLocator

    _style(axes, "x")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    if data.groups == [""]:
        counts = [row[0] for row in data.counts]
        positions = list(range(len(data.codes)))
        colours = [_colour(data, i) for i in positions]
        edges = [_deeper(colour) for colour in colours]
        bars = axes.barh(positions, counts, color=colours, edgecolor=edges, linewidth=0.8)
        axes.bar_label(bars, padding=3, fontsize=8)
        axes.set_yticks(positions, [_wrap(code) for code in data.codes])
        axes.invert_yaxis()
        axes.set_ylabel(_capital(data.variable))
        axes.set_xlabel("Count")
        axes.margins(x=0.08)
        return
    positions = list(range(len(data.groups)))
    left = [0] * len(data.groups)
    for i, code in enumerate(data.codes):
        widths = data.counts[i]
        if not any(widths):
            continue
        axes.barh(positions, widths, left=left, label=code, color=_colour(data, i),
                  edgecolor="white", linewidth=0.6)  # fmt: skip
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_yticks(positions, [_wrap(group) for group in data.groups])
    axes.invert_yaxis()
    axes.set_ylabel(data.group_title)
    axes.set_xlabel("Count")
    axes.legend(title=_capital(data.variable), fontsize=8, title_fontsize=9, frameon=False,
                loc="upper left", bbox_to_anchor=(1.01, 1.0))  # fmt: skip


def _timeline(figure: Figure, axes: Axes, data: ChartData) -> None:
    from matplotlib.ticker import MaxNLocator

    _style(axes, "y")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    positions = list(range(len(data.groups)))
    for i, code in enumerate(data.codes):
        if not any(data.counts[i]):
            continue
        axes.plot(positions, data.counts[i], marker="o", markersize=3.5, linewidth=1.8,
                  label=code, color=_deeper(_colour(data, i), 0.8))  # fmt: skip
    step = max(1, len(positions) // 12)
    axes.set_xticks(positions[::step], data.groups[::step], rotation=40, ha="right",
                    rotation_mode="anchor")  # fmt: skip
    axes.set_xlabel(data.group_title)
    axes.set_ylabel("Count")
    axes.set_ylim(bottom=0)
    axes.legend(title=_capital(data.variable), fontsize=8, title_fontsize=9, frameon=False,
                loc="upper left", bbox_to_anchor=(1.01, 1.0))  # fmt: skip


def _heatmap(figure: Figure, axes: Axes, data: ChartData) -> None:
    image = axes.imshow(data.counts, cmap="Blues", aspect="auto", vmin=0)
    highest = max((max(row) for row in data.counts if row), default=0)
    for i, row in enumerate(data.counts):
        for j, value in enumerate(row):
            colour = "white" if highest and value > highest * 0.6 else "#222222"
            if value == 0:
                colour = "#b8b8b8"
            axes.text(j, i, str(value), ha="center", va="center", fontsize=8, color=colour)
    axes.set_xticks(range(len(data.groups)), data.groups, rotation=40, ha="right",
                    rotation_mode="anchor", fontsize=9)  # fmt: skip
    axes.set_yticks(range(len(data.codes)), [_wrap(code) for code in data.codes], fontsize=9)
    axes.set_xlabel(data.group_title)
    axes.set_ylabel(_capital(data.variable))
    for side in axes.spines.values():
        side.set_visible(False)
    colourbar = figure.colorbar(image, ax=axes, shrink=0.8)
    colourbar.set_label("Count", fontsize=9)
    colourbar.ax.tick_params(labelsize=8)
    colourbar.outline.set_visible(False)


def consecutive_months(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from first to last."""
    year, month = int(first[:4]), int(first[5:7])
    result = []
    while f"{year:04d}-{month:02d}" <= last:
        result.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def consecutive_periods(periods: Sequence[str], per: str) -> list[str]:
    """The periods met, with the empty ones between them filled in (dates sort as text)."""
    dated = sorted(period for period in periods if not period.startswith("("))
    if not dated:
        return []
    if per == "month":
        return consecutive_months(dated[0], dated[-1])
    return [str(year) for year in range(int(dated[0]), int(dated[-1]) + 1)]
