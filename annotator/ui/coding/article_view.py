"""The read-only article view: shows one text with its highlights and turns gestures into signals.

It knows nothing about the database. The window hands it the text and the records to show (and
their colours); it converts between stored code-point offsets and Qt's UTF-16 positions only
through `OffsetMap`, repaints just the stretch a change touches, and reports what the coder did:
a code key pressed on a selection, a highlight clicked (with a menu when several overlap).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from annotator.core.offsets import OffsetMap
from annotator.services.coding.annotations import AnnotationRecord
from annotator.ui.coding.highlights import HighlightPainter
from annotator.ui.coding.text_spans import Span, segments, snap_to_words
from annotator.ui.undo.coding import short_quote

FIND_HIT_COLOUR = QColor("#ff9632")
CURRENT_OUTLINE = QColor("#1a1a1a")

ARTICLE_SHORTCUT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete)
Colouring = Callable[[AnnotationRecord], str]


def describe(record: AnnotationRecord) -> str:
    values = " · ".join(", ".join(items) for items in record.values.values() if items)
    return f"{record.coder}: {values or 'no values yet'} — {short_quote(record.quote)}"


class ArticleView(QPlainTextEdit):
    codeKeyPressed = Signal(str)  # the key typed (lower case) while the view had focus
    annotationClicked = Signal(str)  # uuid, or "" when the click hit no highlight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.code_keys: set[str] = set()
        self.snap_to_words = True
        self.stripe_colouring: Colouring | None = None  # coders' colours when all are shown

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
        self.setPlainText(text)
        self.document().setUndoRedoEnabled(False)
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

    def set_stripe_colouring(self, colouring: Colouring | None) -> None:
        """How the coding stripes are coloured (by coder while all coders are shown), or None
        to colour them like the highlights."""
        self.stripe_colouring = colouring

    def add_records(self, records: Sequence[AnnotationRecord]) -> None:
        for record in records:
            self._spans[record.uuid] = (record, self._span(record))
        self._repaint_around(records)

    def remove_records(self, records: Sequence[AnnotationRecord]) -> None:
        for record in records:
            self._spans.pop(record.uuid, None)
        if self._current in {record.uuid for record in records}:
            self._current = ""
        self._repaint_around(records)

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
            selection.format.setBackground(QColor(span.colour).darker(135))
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
