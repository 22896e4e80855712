"""Paints annotation highlights into the article as character formats.

Formats are set with one `QTextCursor` inside one edit block on a document whose undo stack is
off, so thousands of spans cost one layout pass and never become undo steps of the text. A span
alone is drawn in its colour; where spans overlap the colours are blended and underlined, so the
overlap is visible and every span stays reachable (the view offers a menu on click).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from annotator.ui.coding.text_spans import Segment

TEXT_ON_HIGHLIGHT = QColor("#111111")  # highlight colours are light; keep text dark on them
OVERLAP_UNDERLINE = QColor("#3b3b3b")


def blend(colours: Sequence[str]) -> QColor:
    parsed = [QColor(colour) for colour in colours]
    red = sum(colour.red() for colour in parsed) // len(parsed)
    green = sum(colour.green() for colour in parsed) // len(parsed)
    blue = sum(colour.blue() for colour in parsed) // len(parsed)
    return QColor(red, green, blue)


def readable(colour: QColor) -> QColor:
    """A light enough version of `colour` for dark text on top (coder colours are strong)."""
    if colour.lightness() >= 185:
        return colour
    share = 0.6
    return QColor(
        round(colour.red() + (255 - colour.red()) * share),
        round(colour.green() + (255 - colour.green()) * share),
        round(colour.blue() + (255 - colour.blue()) * share),
    )


class HighlightPainter:
    """Applies segments to one document, caching one format per colour combination."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._readable: dict[str, str] = {}

    def _format(self, colours: tuple[str, ...]) -> QTextCharFormat:
        found = self._formats.get(colours)
        if found is None:
            # A blend does not depend on the order of its colours: dense overlaps reach the
            # same mixture in many orders, so the sorted colours are the cache key.
            key = colours if len(colours) == 1 else tuple(sorted(colours))
            found = self._formats.get(key)
            if found is None:
                found = self._new_format(key)
                self._formats[key] = found
            self._formats[colours] = found
        return found

    def _new_format(self, colours: tuple[str, ...]) -> QTextCharFormat:
        made = QTextCharFormat()
        made.setForeground(TEXT_ON_HIGHLIGHT)
        if len(colours) == 1:
            made.setBackground(QColor(self._readable_name(colours[0])))
        else:
            mixed = blend([self._readable_name(colour) for colour in colours])
            made.setBackground(mixed.darker(100 + 6 * min(len(colours), 4)))
            made.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            made.setUnderlineColor(OVERLAP_UNDERLINE)
        return made

    def _readable_name(self, colour: str) -> str:
        name = self._readable.get(colour)
        if name is None:
            name = self._readable[colour] = readable(QColor(colour)).name()
        return name

    def paint(self, pieces: Sequence[Segment], low: int, high: int, *, clear: bool = True) -> None:
        """Clear [low, high) and draw `pieces` (which lie inside it), as one edit."""
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        high = min(high, self._document.characterCount() - 1)
        if clear and low < high:
            cursor.setPosition(low)
            cursor.setPosition(high, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(QTextCharFormat())
        for piece in pieces:
            cursor.setPosition(piece.start)
            cursor.setPosition(piece.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(self._format(piece.colours))
        cursor.endEditBlock()
