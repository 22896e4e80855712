"""Machine suggestions drawn in the article: a dashed outline around each span, never a fill.

A human's highlight is a filled colour; a machine coder's span that the coder has not yet accepted
or dismissed is only a suggestion, so it is drawn apart — a dashed frame around each line of the
span, on top of the text and its highlights — and names its codes in a tooltip. The article view
owns one `SuggestionMarks`; it knows positions only in Qt's UTF-16 units, as the view gives them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

OUTLINE_LIGHT = QColor("#6a3fb5")  # violet: no code colour of the default codebook
OUTLINE_DARK = QColor("#c7a8ff")
OUTLINE_WIDTH = 1.6


@dataclass(frozen=True)
class Mark:
    key: str  # the suggestion's (machine annotation's) uuid
    start: int  # UTF-16
    end: int
    tip: str


class SuggestionMarks:
    def __init__(self) -> None:
        self.marks: list[Mark] = []

    def at(self, position: int) -> Mark | None:
        """The shortest suggestion covering `position` (the most precise one)."""
        found = [mark for mark in self.marks if mark.start <= position < mark.end]
        return min(found, key=lambda mark: mark.end - mark.start) if found else None

    def covering(self, start: int, end: int) -> Mark | None:
        """The suggestion exactly on [start, end)."""
        return next((m for m in self.marks if (m.start, m.end) == (start, end)), None)

    def paint(self, view: QPlainTextEdit, painter: QPainter, dark: bool) -> None:
        if not self.marks:
            return
        pen = QPen(OUTLINE_DARK if dark else OUTLINE_LIGHT, OUTLINE_WIDTH)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        visible = QRectF(view.viewport().rect())
        for mark in self.marks:
            for rect in line_rects(view, mark.start, mark.end):
                if rect.intersects(visible):
                    painter.drawRoundedRect(rect.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3)


def line_rects(view: QPlainTextEdit, start: int, end: int) -> list[QRectF]:
    """The rectangles, in viewport coordinates, that [start, end) covers on each laid-out line."""
    document = view.document()
    rects: list[QRectF] = []
    block: QTextBlock = document.findBlock(start)
    offset: QPointF = view.contentOffset()
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = view.blockBoundingGeometry(block).translated(offset).topLeft()
        origin += layout.position()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            line_start = block.position() + line.textStart()
            line_end = line_start + line.textLength()
            low, high = max(start, line_start), min(end, line_end)
            if low >= high:
                continue
            left = line.cursorToX(low - block.position())[0]
            right = line.cursorToX(high - block.position())[0]
            if right < left:  # right-to-left text
                left, right = right, left
            rects.append(
                QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height())
            )
        block = block.next()
    return rects
