"""Span geometry for the article view, in plain Python: word snapping and overlap segments.

Kept apart from the widgets so the rules can be tested without Qt. `snap_to_words` works on
code-point offsets of the stored text; `segments` works on whatever unit its spans use (the view
passes Qt's UTF-16 positions, converted once through `core.offsets.OffsetMap`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import NamedTuple


def is_word_character(character: str) -> bool:
    return character.isalnum() or unicodedata.category(character)[0] == "M" or character == "_"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim surrounding white space, then widen a span that cuts a word to the whole word."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, start
    while start > 0 and is_word_character(text[start - 1]) and is_word_character(text[start]):
        start -= 1
    while end < len(text) and is_word_character(text[end - 1]) and is_word_character(text[end]):
        end += 1
    return start, end


class Span(NamedTuple):  # tuples: an article's thousands are made at every open
    key: str
    start: int
    end: int
    colour: str


class Segment(NamedTuple):
    start: int
    end: int
    colours: tuple[str, ...]  # one per span covering the segment, in order of their start


def segments(spans: Iterable[Span], low: int, high: int) -> list[Segment]:
    """Cut [low, high) into pieces covered by the same spans (a sweep over span boundaries)."""
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[str]] = {}
    for span in spans:
        start, end = max(span.start, low), min(span.end, high)
        if start < end:
            starts.setdefault(start, []).append(span)
            ends.setdefault(end, []).append(span.key)
    points = sorted(starts.keys() | ends.keys())
    active: dict[str, str] = {}
    result: list[Segment] = []
    for index, point in enumerate(points):
        for key in ends.get(point, ()):
            active.pop(key, None)
        for span in sorted(starts.get(point, ()), key=lambda item: (-item.end, item.key)):
            active[span.key] = span.colour
        if active and index + 1 < len(points):
            result.append(Segment(point, points[index + 1], tuple(active.values())))
    return result
