"""Typography of the article view: a reading size, space between paragraphs, RTL paragraphs.

The article view is a `QPlainTextEdit` (fast for long texts, and its margins carry the paragraph
numbers and coding stripes), whose plain-text layout ignores block formats: no paragraph margins
and no per-paragraph alignment. So, once the layout has laid out a paragraph (a block), `dress`
moves its lines down by the paragraph spacing (the block grows by that much above its first line,
which the plain layout then uses for painting, hit testing and scrolling) and aligns it to the
right when its text runs right to left (Arabic, Hebrew), to the left otherwise. Neither touches
the text: every position, and so every stored offset, stays exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock

READING_SCALE = 1.2  # the reading size is the system font this much larger ...
MIN_READING_POINTS = 12.0  # ... and at least this size
PARAGRAPH_SPACING = 0.6  # space between paragraphs, in lines of the current font


def reading_font(base: QFont) -> QFont:
    """The article's default font: the system font at a comfortable reading size."""
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(MIN_READING_POINTS, round(size * READING_SCALE * 2) / 2))
    else:  # a font sized in pixels
        font.setPixelSize(max(16, round(base.pixelSize() * READING_SCALE)))
    return font


def paragraph_spacing(font: QFont) -> float:
    """The space above each paragraph but the first, following the zoom (the font)."""
    return round(QFontMetricsF(font).height() * PARAGRAPH_SPACING)


def alignment_for(block: QTextBlock) -> Qt.AlignmentFlag:
    if block.textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight
    return Qt.AlignmentFlag.AlignLeft


def dress(block: QTextBlock, spacing: float) -> None:
    """Align a laid-out block by its direction and put the paragraph spacing above it.

    Idempotent: the plain layout lays a block out afresh (first line at y 0, the document's
    alignment) whenever its text, formats or width change, and only such a block is changed.
    """
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return
    option = layout.textOption()
    wanted = alignment_for(block)
    if option.alignment() != wanted:
        option.setAlignment(wanted)
        layout.setTextOption(option)
    if block.blockNumber() > 0 and spacing > 0 and layout.lineAt(0).y() == 0:
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            line.setPosition(QPointF(line.x(), line.y() + spacing))
