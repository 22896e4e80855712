"""Light, distinguishable colours for codes that are added without one.

A named actor typed into the coding popup (or given to `annotate --set`) used to get no colour,
so its spans were plain grey. Such a code now takes the first colour of this palette that none
of its siblings wears: light enough for black text on top, and far enough apart to tell apart.
"""

from __future__ import annotations

from collections.abc import Iterable

CODE_PALETTE = (
    "#AEC7E8",
    "#FFBB78",
    "#98DF8A",
    "#FF9896",
    "#C5B0D5",
    "#F7B6D2",
    "#DBDB8D",
    "#9EDAE5",
    "#C49C94",
    "#FDD0A2",
    "#C7E9C0",
    "#DADAEB",
    "#FCBBA1",
    "#C6DBEF",
    "#FEE391",
    "#D9F0A3",
)


def unused_colour(used: Iterable[str | None]) -> str:
    """The first palette colour not in `used`; once all are taken, the least used one."""
    counts = dict.fromkeys(CODE_PALETTE, 0)
    for colour in used:
        key = (colour or "").upper()
        if key in counts:
            counts[key] += 1
    return min(CODE_PALETTE, key=lambda colour: counts[colour])
