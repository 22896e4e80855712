"""Paragraph numbers in a margin left of the article, as MAXQDA shows them (View menu, default off).

A paragraph is a non-empty block of the text; its number stands beside its first line, so a coder
can say "paragraph 12" in a memo or a meeting. Numbers are counted once per text and painted only
for the blocks on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from annotator.ui.coding.article_view import ArticleView

NUMBER_FONT_SHARE = 0.85


def paragraph_numbers(texts: list[str]) -> list[int]:
    """The paragraph number of each block (0 for an empty block)."""
    numbers, count = [], 0
    for text in texts:
        if text.strip():
            count += 1
            numbers.append(count)
        else:
            numbers.append(0)
    return numbers


class ParagraphNumbers(QWidget):
    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.setObjectName("paragraph_numbers")
        self._view = view
        self._numbers: list[int] = []

    def text_changed(self) -> None:
        document = self._view.document()
        texts = []
        block = document.begin()
        while block.isValid():
            texts.append(block.text())
            block = block.next()
        self._numbers = paragraph_numbers(texts)
        self.update()

    def number_font(self) -> QFont:
        font = QFont(self._view.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * NUMBER_FONT_SHARE))
        return font

    def preferred_width(self) -> int:
        metrics = QFontMetricsF(self.number_font())
        digits = len(str(max(self._numbers, default=0))) if self._numbers else 1
        digit = metrics.horizontalAdvance("9")
        return round(digit * max(2, digits) + metrics.averageCharWidth() * 2)

    def positions(self) -> list[tuple[int, float, float]]:
        """(paragraph number, top, first line height) in viewport coordinates, for the
        paragraphs whose first line is on screen."""
        view = self._view
        found: list[tuple[int, float, float]] = []
        block = view.firstVisibleBlock()
        top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
        bottom_edge = view.viewport().height()
        while block.isValid() and top <= bottom_edge:
            height = view.blockBoundingRect(block).height()  # lays the block out
            index = block.blockNumber()
            number = self._numbers[index] if index < len(self._numbers) else 0  # text unseen
            layout = block.layout()
            if number and layout.lineCount():
                line = layout.lineAt(0)
                found.append((number, top + layout.position().y() + line.y(), line.height()))
            top += height
            block = block.next()
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()  # an active painter left behind by an error would crash Qt

    def _paint(self, painter: QPainter, area: QRect) -> None:
        palette = self.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        painter.setFont(self.number_font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        padding = QFontMetricsF(self.number_font()).averageCharWidth()
        for number, top, height in self.positions():
            box = QRectF(0, top, self.width() - padding, height)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, str(number))
