"""The read-only article view: shows one text with its highlights and turns gestures into signals.

It knows nothing about the database. The window hands it the text and the records to show (and
their colours); it converts between stored code-point offsets and Qt's UTF-16 positions only
through `OffsetMap`, repaints just the stretch a change touches, and reports what the coder did:
a code key pressed on a selection, a highlight clicked (with a menu when several overlap).
Its margins hold the paragraph numbers (left) and the coding stripes (right) beside a text column
of comfortable width, centred on wide windows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from annotator.core.offsets import OffsetMap
from annotator.services.coding.annotations import AnnotationRecord
from annotator.ui.coding.coding_stripes import CodingStripes
from annotator.ui.coding.highlights import HighlightPainter, readable
from annotator.ui.coding.paragraph_numbers import ParagraphNumbers
from annotator.ui.coding.reading_layout import DressedLayout, reading_font
from annotator.ui.coding.suggestion_marks import Mark, SuggestionMarks
from annotator.ui.coding.text_spans import Span, segments, snap_to_words
from annotator.ui.undo.coding import short_quote

FIND_HIT_COLOUR = QColor("#ff9632")
CURRENT_OUTLINE = QColor("#1a1a1a")

ARTICLE_SHORTCUT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete)
Colouring = Callable[[AnnotationRecord], str]
MEASURE_CHARACTERS = 80  # the longest comfortable line, in average characters of the text font
MIN_MEASURE_CHARACTERS = 45  # a shorter column makes the stripes narrower first


def describe(record: AnnotationRecord) -> str:
    values = " · ".join(", ".join(items) for items in record.values.values() if items)
    values = values or QCoreApplication.translate("ArticleView", "no values yet")
    return f"{record.coder}: {values} — {short_quote(record.quote)}"


class ArticleView(QPlainTextEdit):
    codeKeyPressed = Signal(str)  # the key typed (lower case) while the view had focus
    annotationClicked = Signal(str)  # uuid, or "" when the click hit no highlight
    annotationEditRequested = Signal(str)  # uuid (right-click on a coding stripe)
    annotationDeleteRequested = Signal(str)  # uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = QTextDocument(self)
        document.setDocumentLayout(DressedLayout(document))  # typography, see reading_layout
        self.setDocument(document)
        self.setObjectName("article_view")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(18)
        self._painter = HighlightPainter(self.document())
        self._text = ""
        self._map = OffsetMap.for_text("")
        self._spans: dict[str, tuple[AnnotationRecord, Span]] = {}
        self._colour: Colouring = lambda _record: "#dddddd"
        self._current = ""
        self._find_hits: list[tuple[int, int]] = []
        self.suggestion_marks = SuggestionMarks()  # machine spans, drawn dashed
        self.code_keys: set[str] = set()
        self.snap_to_words = True
        # Whether the coder may change a span (their own); others' spans are read only.
        self.editable: Callable[[AnnotationRecord], bool] = lambda _record: True
        self._build_margins()
        self.setFont(reading_font(self.font()))  # after the margins: a font change moves them

    # -- margins: paragraph numbers left, coding stripes right, the text column between --
    def _build_margins(self) -> None:
        self.records_version = 0  # counts record changes, so the stripes know when to recompute
        self._stripes_width = 0  # set by update_margins
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the space around the text column
        self.setAutoFillBackground(True)
        self.stripes = CodingStripes(self)
        self.stripes.clicked.connect(self.annotationClicked)
        self.stripes.editRequested.connect(self.annotationEditRequested)
        self.stripes.deleteRequested.connect(self.annotationDeleteRequested)
        self.paragraph_numbers = ParagraphNumbers(self)
        self.paragraph_numbers.hide()
        self.updateRequest.connect(self._text_area_updated)

    def set_stripes_shown(self, shown: bool) -> None:
        self.stripes.setVisible(shown)
        self.update_margins()

    def set_paragraph_numbers_shown(self, shown: bool) -> None:
        self.paragraph_numbers.setVisible(shown)
        self.update_margins()

    def set_stripe_colouring(self, colouring: Colouring | None) -> None:
        """Colour the stripes by `colouring` (e.g. by coder); None: as the highlights."""
        self.stripes.set_colouring(colouring)

    def highlight_colour(self, record: AnnotationRecord) -> str:
        return self._colour(record)

    def span_count(self) -> int:
        return len(self._spans)

    def utf16_spans(self) -> list[tuple[str, int, int]]:
        """(uuid, start, end) in Qt positions of every shown span."""
        return [(uuid, span.start, span.end) for uuid, (_, span) in self._spans.items()]

    def paragraph_positions(self) -> list[tuple[int, float]]:
        """(paragraph number, top in viewport coordinates) of the paragraphs on screen."""
        return [(number, top) for number, top, _ in self.paragraph_numbers.positions()]

    def text_column_limit(self) -> int:
        """The widest text column in whole pixels (the viewport's width is an integer too): a
        comfortable measure of the current font (follows zoom) and the document's margins."""
        measure = QFontMetricsF(self.font()).averageCharWidth() * MEASURE_CHARACTERS
        return math.floor(measure + 2 * self.document().documentMargin())

    def update_margins(self) -> None:
        """Centre a text column of at most `text_column_limit` with its margins beside it; when
        the window is narrow, the stripes give way (down to their minimum) before the text."""
        current = self.viewportMargins()
        scroll_bar = self.verticalScrollBar()
        total = self.contentsRect().width() - (
            scroll_bar.width() if scroll_bar.isVisibleTo(self) else 0
        )
        numbers = (
            self.paragraph_numbers.preferred_width()
            if self.paragraph_numbers.isVisibleTo(self)
            else 0
        )
        self._stripes_width = self._stripes_width_for(total - numbers)
        stripes = self._stripes_width if self.stripes.isVisibleTo(self) else 0
        text = max(0, min(total - numbers - stripes, self.text_column_limit()))
        slack = max(0, total - numbers - stripes - text)
        left = numbers + slack // 2
        right = max(0, total - left - text)
        if (left, right) != (current.left(), current.right()):
            self.setViewportMargins(left, current.top(), right, current.bottom())
        self._place_margins()

    def _stripes_width_for(self, room: int) -> int:
        """The stripes' width beside a text column in `room` pixels: their preferred width,
        less what a column of `MIN_MEASURE_CHARACTERS` would otherwise miss."""
        average = QFontMetricsF(self.font()).averageCharWidth()
        comfortable = min(
            self.text_column_limit(),
            math.ceil(average * MIN_MEASURE_CHARACTERS + 2 * self.document().documentMargin()),
        )
        preferred = self.stripes.preferred_width()
        return max(self.stripes.minimum_width(), min(preferred, room - comfortable))

    def _place_margins(self) -> None:
        area = self.viewport().geometry()
        numbers = self.paragraph_numbers.preferred_width()
        self.paragraph_numbers.setGeometry(
            QRect(area.left() - numbers, area.top(), numbers, area.height())
        )
        self.stripes.setGeometry(
            QRect(area.right() + 1, area.top(), self._stripes_width, area.height())
        )

    def _text_area_updated(self, rect: QRect, dy: int) -> None:
        for margin in (self.stripes, self.paragraph_numbers):
            if margin.isVisible():
                margin.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_margins()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            mark = self.suggestion_marks.at(position)
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark.tip, self.viewport())
                return True
            QToolTip.hideText()
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:  # e.g. the scroll bar appeared
            self.update_margins()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom
            self.update_margins()
            self.stripes.records_changed(at_once=True)

    def _records_changed(self, *, at_once: bool = False) -> None:
        self.records_version += 1
        self.stripes.records_changed(at_once=at_once)

    # -- content --
    @property
    def text(self) -> str:
        return self._text

    def set_article(
        self, text: str, records: Iterable[AnnotationRecord], colour: Colouring
    ) -> None:
        self._text = text
        self._map = OffsetMap.for_text(text)
        self._colour = colour
        self._current = ""
        self._find_hits = []
        self._spans = {}
        self.suggestion_marks.marks = []
        self.setPlainText(text)
        self.document().setUndoRedoEnabled(False)
        self.paragraph_numbers.text_changed()
        self.update_margins()
        # A new text is laid out at the width the editor had before its margins; lay it out
        # again at the text column's width (what a resize of the viewport does).
        size = self.viewport().size()
        QPlainTextEdit.resizeEvent(self, QResizeEvent(size, QSize(size.width() + 1, 0)))
        self.set_records(records, colour, fresh=True)

    def set_records(
        self, records: Iterable[AnnotationRecord], colour: Colouring, *, fresh: bool = False
    ) -> None:
        """Replace every highlight (a new article, or blind mode switched)."""
        self._colour = colour
        self._spans = {record.uuid: (record, self._span(record)) for record in records}
        spans = [span for _, span in self._spans.values()]
        length = self._map.utf16_length
        self._painter.paint(segments(spans, 0, length), 0, length, clear=not fresh)
        self._update_extra_selections()
        self._records_changed(at_once=True)

    def add_records(self, records: Sequence[AnnotationRecord]) -> None:
        for record in records:
            self._spans[record.uuid] = (record, self._span(record))
        self._repaint_around(records)
        self._records_changed()

    def remove_records(self, records: Sequence[AnnotationRecord]) -> None:
        for record in records:
            self._spans.pop(record.uuid, None)
        if self._current in {record.uuid for record in records}:
            self._current = ""
        self._repaint_around(records)
        self._records_changed()

    def _span(self, record: AnnotationRecord) -> Span:
        return Span(
            record.uuid,
            self._map.to_utf16(record.start),
            self._map.to_utf16(record.end),
            self._colour(record),
        )

    def _repaint_around(self, records: Sequence[AnnotationRecord]) -> None:
        if not records:
            return
        low = self._map.to_utf16(min(record.start for record in records))
        high = self._map.to_utf16(max(record.end for record in records))
        nearby = [span for _, span in self._spans.values() if span.start < high and span.end > low]
        self._painter.paint(segments(nearby, low, high), low, high)
        self._update_extra_selections()

    def records(self) -> list[AnnotationRecord]:
        return [record for record, _ in self._spans.values()]

    def record(self, uuid: str) -> AnnotationRecord | None:
        found = self._spans.get(uuid)
        return found[0] if found else None

    # -- machine suggestions --
    def set_suggestions(self, suggestions: Iterable[tuple[str, int, int, str]]) -> None:
        """Show these (uuid, start, end in code points, tooltip) as dashed suggestions."""
        self.suggestion_marks.marks = [
            Mark(key, self._map.to_utf16(start), self._map.to_utf16(end), tip)
            for key, start, end, tip in suggestions
        ]
        self.viewport().update()

    def suggestion_at_cursor(self) -> str:
        """The suggestion the caret is in (no selection), or the one the selection covers
        exactly (raw or snapped to words); "" when there is none."""
        cursor = self.textCursor()
        marks = self.suggestion_marks
        if not cursor.hasSelection():
            found = marks.at(cursor.position())
            return found.key if found else ""
        found = marks.covering(cursor.selectionStart(), cursor.selectionEnd())
        span = self.selection_span()
        if found is None and span is not None:
            found = marks.covering(self._map.to_utf16(span[0]), self._map.to_utf16(span[1]))
        return found.key if found else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.suggestion_marks.marks:
            painter = QPainter(self.viewport())
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            self.suggestion_marks.paint(self, painter, dark)
            painter.end()

    # -- selection and position --
    def selection_span(self) -> tuple[int, int] | None:
        """The selected span in code points (snapped to words when on), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_codepoint(cursor.selectionStart())
        end = self._map.to_codepoint(cursor.selectionEnd())
        if self.snap_to_words:
            start, end = snap_to_words(self._text, start, end)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def top_offset(self) -> int:
        """The code point at the start of the top line on screen (where the reader is)."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0
        top = -self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        layout = block.layout()
        position = block.position()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.y() + line.height() > top:
                position = block.position() + line.textStart()
                break
        return self._map.to_codepoint(position)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding code point `offset` is the top line on screen."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(min(max(0, offset), len(self._text))))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # from below, showing the cursor puts its line at the top
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def annotations_at(self, utf16_position: int) -> list[AnnotationRecord]:
        found = [
            (span.start, span.end, record)
            for record, span in self._spans.values()
            if span.start <= utf16_position < span.end
        ]
        return [record for *_, record in sorted(found, key=lambda item: item[:2])]

    def set_current(self, uuid: str) -> None:
        """Outline the current annotation (the one the coder clicked or just made)."""
        self._current = uuid if uuid in self._spans else ""
        self._update_extra_selections()
        self.stripes.update()

    @property
    def current(self) -> str:
        return self._current

    def set_find_hits(self, hits: Sequence[tuple[int, int]]) -> None:
        self._find_hits = list(hits)
        self._update_extra_selections()

    def _update_extra_selections(self) -> None:
        selections = []
        for start, end in self._find_hits:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(self._map.to_utf16(start), self._map.to_utf16(end))
            selection.format.setBackground(FIND_HIT_COLOUR)
            selection.format.setForeground(QColor("#000000"))
            selections.append(selection)
        if self._current in self._spans:
            _, span = self._spans[self._current]
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(span.start, span.end)
            # the painted (lightened) colour, a shade darker: dark text stays readable on it
            selection.format.setBackground(readable(QColor(span.colour)).darker(125))
            selection.format.setForeground(QColor("#000000"))
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection.format.setUnderlineColor(CURRENT_OUTLINE)
            selections.append(selection)
        self.setExtraSelections(selections)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- gestures --
    def event(self, event: QEvent) -> bool:
        # The read-only editor claims Return and Delete for itself; leave them to the window's
        # "Code Selection…" and "Delete Annotation" shortcuts.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ARTICLE_SHORTCUT_KEYS
            and not event.modifiers()
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        blocking = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        key = event.text().lower()
        if key and key in self.code_keys and not event.modifiers() & blocking:
            self.codeKeyPressed.emit(key)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            span = self.selection_span()
            if span is not None and self.snap_to_words:
                self.select_span(*span)
            return
        self.choose_annotation_at(self.cursorForPosition(event.position().toPoint()).position())

    def choose_annotation_at(self, utf16_position: int, menu_at: QPoint | None = None) -> None:
        """Select the annotation under a position; ask with a menu when several overlap."""
        found = self.annotations_at(utf16_position)
        if len(found) <= 1:
            self.annotationClicked.emit(found[0].uuid if found else "")
            return
        menu = QMenu(self)
        menu.setObjectName("overlap_menu")
        for record in found:
            action = menu.addAction(describe(record))
            action.setData(record.uuid)
        rect = self.cursorRect(self._cursor(utf16_position, utf16_position))
        chosen = menu.exec(menu_at or self.viewport().mapToGlobal(rect.bottomLeft()))
        if chosen is not None:
            self.annotationClicked.emit(str(chosen.data()))

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)
