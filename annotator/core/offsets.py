"""The offset rule, in one place: spans are code-point indices, and Qt counts UTF-16 units.

Stored offsets are Python string indices (code points) into `document.text`, end exclusive. Qt's
text positions count UTF-16 code units, in which a character outside the Basic Multilingual Plane
(most emoji) takes two. Every conversion between the two goes through these functions, which are
tested with emoji, combining accents, Cyrillic, Arabic and CJK text; nothing else does offset
arithmetic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class OffsetMap:
    """Converts positions in one text between code points and UTF-16 units in O(log n).

    `astral_positions` lists the code-point index of every astral character; each one before a
    position adds one extra UTF-16 unit.
    """

    text_length: int
    astral_positions: tuple[int, ...]

    @classmethod
    def for_text(cls, text: str) -> OffsetMap:
        if text.isascii():
            return cls(len(text), ())
        return cls(len(text), tuple(match.start() for match in _ASTRAL.finditer(text)))

    @property
    def utf16_length(self) -> int:
        return self.text_length + len(self.astral_positions)

    def to_utf16(self, codepoint_index: int) -> int:
        """UTF-16 position of the boundary before code point `codepoint_index`."""
        if not 0 <= codepoint_index <= self.text_length:
            raise ValueError(
                f"offset {codepoint_index} is outside the text (0..{self.text_length})"
            )
        return codepoint_index + bisect_right(self.astral_positions, codepoint_index - 1)

    def to_codepoint(self, utf16_index: int) -> int:
        """Code-point index of a UTF-16 position; a position inside a surrogate pair moves back."""
        if not 0 <= utf16_index <= self.utf16_length:
            raise ValueError(f"position {utf16_index} is outside the text (0..{self.utf16_length})")
        low, high = 0, self.text_length
        while low < high:  # largest code point whose UTF-16 position is <= utf16_index
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= utf16_index:
                low = middle
            else:
                high = middle - 1
        return low


def utf16_to_codepoint(text: str, utf16_index: int) -> int:
    return OffsetMap.for_text(text).to_codepoint(utf16_index)


def codepoint_to_utf16(text: str, codepoint_index: int) -> int:
    return OffsetMap.for_text(text).to_utf16(codepoint_index)


def span_problem(text: str, start: int, end: int) -> str | None:
    """Why (start, end) is not a valid span of `text`, or None when it is."""
    if start < 0:
        return f"start {start} is negative"
    if end <= start:
        return f"end {end} must be greater than start {start}"
    if end > len(text):
        return f"end {end} is past the end of the text ({len(text)} characters)"
    return None


_LINE_BREAK = re.compile(r"\r\n?")


@dataclass(frozen=True)
class FilePositions:
    """Positions into a text file as another program counts them, mapped onto the stored text.

    A REFI-QDA project counts positions in its plain-text file as written: the standard says
    Unicode code points (`codepoints`), while NVivo, a .NET program, counts UTF-16 units
    (`utf16`, measured on its exports: emoji take two). The file may end lines with CRLF or CR;
    the stored text ends them with LF, so each dropped `\\r` moves later positions back by one.
    """

    text: str  # the stored text: LF line ends
    raw: OffsetMap  # for the text as written
    dropped: tuple[int, ...]  # code-point indices (in the text as written) of dropped "\r"s
    convention: str  # "codepoints" or "utf16"

    @classmethod
    def for_text(cls, raw: str, convention: str = "codepoints") -> FilePositions:
        if convention not in ("codepoints", "utf16"):
            raise ValueError(f"unknown position convention {convention!r}")
        dropped: list[int] = []
        for match in _LINE_BREAK.finditer(raw):
            if match.group() == "\r\n":
                dropped.append(match.start())
        stored = _LINE_BREAK.sub("\n", raw)
        return cls(stored, OffsetMap.for_text(raw), tuple(dropped), convention)

    def to_stored(self, position: int) -> int:
        """The stored-text index of a position in the file (ValueError when outside it)."""
        codepoint = self.raw.to_codepoint(position) if self.convention == "utf16" else position
        if not 0 <= codepoint <= self.raw.text_length:
            raise ValueError(f"position {position} is outside the text (0..{self.raw.text_length})")
        return codepoint - bisect_right(self.dropped, codepoint - 1)
