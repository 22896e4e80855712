"""Typography of the article view: a reading size, space between paragraphs, RTL paragraphs.

The article view is a `QPlainTextEdit` (fast for long texts, and its margins carry the paragraph
numbers and coding stripes), whose plain-text layout ignores block formats: no paragraph margins
and no per-paragraph alignment. So, once the layout has laid out a paragraph (a block), `dress`
moves its lines down by the paragraph spacing (the block grows by that much above its first line,
which the plain layout then uses for painting, hit testing and scrolling) and aligns it to the
right when its text runs right to left (Arabic, Hebrew), to the left otherwise. Neither touches
the text: every position, and so every stored offset, stays exactly as it was.

The plain layout lays a block out afresh whenever the text width, the font or the block's
formats change (a resize, a zoom, a new highlight), and everything that reads a block's geometry
— painting, hit testing, `cursorRect`, scrolling, the margins' paragraph numbers and coding
stripes — asks the document layout for the block's bounding rectangle first. `DressedLayout`
answers that question, so it is the one place that guarantees a laid-out block is dressed before
anyone reads its lines.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

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


def dress(block: QTextBlock, spacing: float) -> bool:
    """Align a laid-out block by its direction and put the paragraph spacing above it; whether
    its lines moved (its height changed).

    Idempotent: the plain layout lays a block out afresh (first line at y 0, the document's
    alignment) whenever its text, formats or width change, and only such a block is changed.
    """
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return False
    option = layout.textOption()
    wanted = alignment_for(block)
    if option.alignment() != wanted:
        option.setAlignment(wanted)
        layout.setTextOption(option)
    if block.blockNumber() > 0 and spacing > 0 and layout.lineAt(0).y() == 0:
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            line.setPosition(QPointF(line.x(), line.y() + spacing))
        return True
    return False


class DressedLayout(QPlainTextDocumentLayout):
    """The plain-text layout, with every block dressed as soon as it is laid out.

    Qt's plain-text editor, its hit testing and cursor rectangles, and the view's margins all
    read a block's geometry through `blockBoundingRect`, which lays the block out when it has no
    lines; dressing it there, before answering, means nobody ever sees an undressed block.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spacing_for: tuple[str, float] = ("", 0.0)  # (font key, its paragraph spacing)

    def spacing(self) -> float:
        """The paragraph spacing of the document's font (the view's font, zoom included)."""
        font = self.document().defaultFont()
        key = font.key()
        if key != self._spacing_for[0]:
            self._spacing_for = (key, paragraph_spacing(font))
        return self._spacing_for[1]

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)  # lays the block out if it has no lines
        if dress(block, self.spacing()):
            rect = super().blockBoundingRect(block)
        return rect
