"""Coding stripes: a margin beside the article with one bar per coded span, as MAXQDA shows them.

Each span of the shown records gets a vertical bar from the top of its first line to the bottom
of its last, in its colour, labelled with its codes. Spans that share a line never share a column
(greedy interval colouring over line numbers), so a bar always belongs to exactly one span; spans
on different lines reuse column 0. Columns are computed once per record set and text layout (the
line numbers need the laid-out text), bar geometry only for the lines on screen at each paint.
A click selects the span, hovering shows its coder, codes and memo, right-click offers to edit or
delete it; the margin only reports these, the view turns them into its own signals.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from annotator.services.coding.annotations import AnnotationRecord

if TYPE_CHECKING:
    from annotator.ui.coding.article_view import ArticleView

LABEL_FONT_SHARE = 0.85  # labels are set a little smaller than the text
MARGIN_CHARACTERS = 26  # the margin's width, in average characters of the label font
MIN_MARGIN_CHARACTERS = 10  # when the text needs the room: a few bars and a short label
BAR_SHARE = 0.75  # a bar's width, in average characters of the label font
GAP_SHARE = 0.55  # space between two columns
# Laying out the stripes of an article costs ~18 ms per 1,000 spans that overlap into one stretch.
# Above this many spans, a change (a span coded, recoded, deleted) is laid out once the coder
# pauses for RELAYOUT_DELAY_MS: the highlight shows at once, its bar a moment later, and quick
# coding in an auto-coded article with 20,000 spans is not held up by the margin (220 ms a key).
LARGE_ARTICLE_SPANS = 2_000
RELAYOUT_DELAY_MS = 150


def assign_columns(intervals: Iterable[tuple[str, int, int]]) -> dict[str, int]:
    """Columns for (key, first line, last line) intervals, inclusive: intervals that share a line
    get different columns, and each takes the lowest column free at its first line."""
    ordered = sorted(intervals, key=lambda item: (item[1], -item[2], item[0]))
    free: list[int] = []
    busy: list[tuple[int, int]] = []  # (last line, column) of the intervals still running
    columns: dict[str, int] = {}
    opened = 0  # columns used so far
    for key, first, last in ordered:
        while busy and busy[0][0] < first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column, opened = opened, opened + 1
        columns[key] = column
        heapq.heappush(busy, (last, column))
    return columns


Line = tuple[int, int]  # (block number, line in the block)
Placement = tuple[int, Line, Line]  # (column, first line, last line) of a span


class Stretch(NamedTuple):
    """Blocks that spans tie together: no span crosses from one stretch into another, so each
    stretch gets its columns on its own (what the greedy colouring of the whole text gives)."""

    first_block: int
    last_block: int
    spans: list[tuple[str, int, int]]  # (uuid, start, end) in Qt positions


class Bar(NamedTuple):
    key: str
    column: int
    top: float  # in the margin's coordinates (the viewport's), may lie above or below it
    bottom: float
    first_line_height: float
    first_line: Line
    last_line: Line


class Label(NamedTuple):
    key: str
    box: QRectF
    swatch: bool  # away from its bar or among several: a square of the bar's colour


def codes_text(record: AnnotationRecord) -> str:
    return " · ".join(label for labels in record.values.values() for label in labels)


class CodingStripes(QWidget):
    """The stripes margin of one `ArticleView` (it reads the view's records and layout)."""

    clicked = Signal(str)  # uuid
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.setObjectName("coding_stripes")
        self.setMouseTracking(True)
        self._view = view
        self._colouring: Callable[[AnnotationRecord], str] | None = None
        self._stretches: list[Stretch] = []
        self._stretches_key: tuple | None = None
        self._placed: dict[int, dict[str, Placement]] = {}  # stretch index: its spans' places
        self._placed_key: tuple | None = None
        self._labels: dict[tuple[str, int], str] = {}  # (uuid, width): elided label
        self._records_version = view.records_version  # the record set the bars are laid out for
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(RELAYOUT_DELAY_MS)
        self._relayout.timeout.connect(self._catch_up)

    # -- what is shown --
    def set_colouring(self, colouring: Callable[[AnnotationRecord], str] | None) -> None:
        self._colouring = colouring
        self.update()

    def records_changed(self, *, at_once: bool = False) -> None:
        """The view's spans changed: lay the bars out again — at once, or, in an article with
        more than LARGE_ARTICLE_SPANS spans, when the changes pause (a new article, a switch of
        blind mode and a zoom are always at once)."""
        self._labels.clear()
        if not at_once and self._view.span_count() > LARGE_ARTICLE_SPANS:
            self._relayout.start()  # until then the bars of the spans before (gone ones hidden)
            return
        self._catch_up()

    def _catch_up(self) -> None:
        self._relayout.stop()
        self._records_version = self._view.records_version
        self._stretches_key = None
        self.update()

    def laid_out(self) -> bool:
        """True when the bars follow the view's current spans (no change waits for a pause)."""
        return self._records_version == self._view.records_version

    def _elided(self, record: AnnotationRecord, metrics: QFontMetricsF, width: float) -> str:
        key = (record.uuid, round(width))
        text = self._labels.get(key)
        if text is None:
            text = metrics.elidedText(codes_text(record), Qt.TextElideMode.ElideRight, width)
            self._labels[key] = text
        return text

    def label_font(self) -> QFont:
        font = QFont(self._view.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * LABEL_FONT_SHARE))
        return font

    def _metrics(self) -> tuple[float, float, float]:
        """(bar width, column step, padding) for the current zoom."""
        average = QFontMetricsF(self.label_font()).averageCharWidth()
        bar = max(3.0, round(average * BAR_SHARE))
        return bar, bar + max(2.0, round(average * GAP_SHARE)), max(2.0, round(average * 0.5))

    def preferred_width(self) -> int:
        return round(QFontMetricsF(self.label_font()).averageCharWidth() * MARGIN_CHARACTERS)

    def minimum_width(self) -> int:
        """The narrowest the margin gets when the text column needs the room."""
        return round(QFontMetricsF(self.label_font()).averageCharWidth() * MIN_MARGIN_CHARACTERS)

    def colour(self, record: AnnotationRecord) -> QColor:
        if self._colouring is not None:
            return QColor(self._colouring(record))
        return QColor(self._view.highlight_colour(record))

    # -- columns, once per record set and layout --
    def _stretches_now(self) -> list[Stretch]:
        """The stretches of the current records, from positions alone (no layout needed)."""
        view = self._view
        document = view.document()
        key = (self._records_version, document.blockCount(), document.characterCount())
        if key != self._stretches_key:
            starts = []
            block = document.begin()
            while block.isValid():
                starts.append(block.position())
                block = block.next()
            spans = sorted(view.utf16_spans(), key=lambda item: item[1])
            stretches: list[Stretch] = []
            for uuid, start, end in spans:
                first = bisect.bisect_right(starts, start) - 1
                last = bisect.bisect_right(starts, max(start, end - 1)) - 1
                if stretches and first <= stretches[-1].last_block:
                    previous = stretches[-1]
                    previous.spans.append((uuid, start, end))
                    stretches[-1] = previous._replace(last_block=max(previous.last_block, last))
                else:
                    stretches.append(Stretch(first, last, [(uuid, start, end)]))
            self._stretches = stretches
            self._stretches_key = key
            self._placed = {}
        layout_key = (view.viewport().width(), view.font().pointSizeF())
        if layout_key != self._placed_key:
            self._placed = {}
            self._placed_key = layout_key
        return self._stretches

    def _place(self, index: int) -> dict[str, Placement]:
        """Columns of one stretch's spans (laying out its blocks), computed once."""
        placed = self._placed.get(index)
        if placed is not None:
            return placed
        stretch = self._stretches[index]
        document = self._view.document()
        layout = document.documentLayout()
        first_lines: dict[int, int] = {}  # block number: its first line, counted in the stretch
        count = 0
        block = document.findBlockByNumber(stretch.first_block)
        while block.isValid() and block.blockNumber() <= stretch.last_block:
            if block.layout().lineCount() == 0:
                layout.blockBoundingRect(block)  # lays the block out
            first_lines[block.blockNumber()] = count
            count += max(1, block.layout().lineCount())
            block = block.next()

        def line_of(position: int) -> Line:
            block = document.findBlock(position)
            line = block.layout().lineForTextPosition(position - block.position())
            return block.blockNumber(), max(0, line.lineNumber())

        lines = {}
        for uuid, start, end in stretch.spans:
            lines[uuid] = (line_of(start), line_of(max(start, end - 1)))
        columns = assign_columns(
            (uuid, first_lines[first[0]] + first[1], first_lines[last[0]] + last[1])
            for uuid, (first, last) in lines.items()
        )
        placed = {uuid: (columns[uuid], *lines[uuid]) for uuid in lines}
        self._placed[index] = placed
        return placed

    def columns(self) -> dict[str, Placement]:
        """Every span's (column, first line, last line); lays out the whole text."""
        found: dict[str, Placement] = {}
        for index in range(len(self._stretches_now())):
            found.update(self._place(index))
        return found

    # -- geometry of what is on screen --
    def visible_lines(self) -> dict[Line, tuple[float, float]]:
        """(block, line): (top, height) in viewport coordinates, for the lines on screen, in
        order."""
        view = self._view
        lines: dict[Line, tuple[float, float]] = {}
        block = view.firstVisibleBlock()
        top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
        bottom_edge = view.viewport().height()
        while block.isValid() and top <= bottom_edge:
            height = view.blockBoundingRect(block).height()  # lays the block out
            layout = block.layout()
            origin = top + layout.position().y()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                lines[(block.blockNumber(), index)] = (origin + line.y(), line.height())
            top += height
            block = block.next()
        return lines

    def bars(self) -> list[Bar]:
        """The bars that reach the screen, in column order (only their stretches are placed)."""
        stretches = self._stretches_now()
        lines = self.visible_lines()
        if not lines or not stretches:
            return []
        low, high = min(lines), max(lines)
        above, below = -1.0, float(self.height() + 1)
        firsts = [stretch.first_block for stretch in stretches]
        index = max(0, bisect.bisect_right(firsts, low[0]) - 1)
        found = []
        while index < len(stretches) and stretches[index].first_block <= high[0]:
            if stretches[index].last_block >= low[0]:
                for uuid, (column, first, last) in self._place(index).items():
                    if last < low or first > high or self._view.record(uuid) is None:
                        continue  # off screen, or deleted while a relayout waits
                    top, height = lines.get(first, (above, 0.0))
                    last_top, last_height = lines.get(last, (below, 0.0))
                    bottom = last_top + last_height
                    found.append(Bar(uuid, column, top, bottom, height, first, last))
            index += 1
        found.sort(key=lambda bar: (bar.column, bar.top))
        return found

    def bar_rect(self, bar: Bar) -> QRectF:
        width, step, padding = self._metrics()
        return QRectF(padding + bar.column * step, bar.top, width, bar.bottom - bar.top)

    def labels(self, bars: list[Bar]) -> list[Label]:
        """Where each label goes: on its span's first line, right of every bar on that row,
        pushed down below the label before it when several spans start on one line."""
        _, step, padding = self._metrics()
        height = QFontMetricsF(self.label_font()).lineSpacing()
        lines = self.visible_lines()
        if not bars or not lines:
            return []
        order = list(lines)  # the lines on screen, top to bottom
        position = {line: index for index, line in enumerate(order)}
        tops = [
            (top, top + line_height, index)
            for index, (top, line_height) in enumerate(lines.values())
        ]
        starts = [top for top, _, _ in tops]
        widest: dict[int, int] = {}  # line on screen: the rightmost column with a bar on it
        crowded: dict[int, int] = {}  # line on screen: how many bars it has
        for bar in bars:
            low = position.get(bar.first_line, 0)
            high = position.get(bar.last_line, len(order) - 1)
            for number in range(low, high + 1):
                widest[number] = max(widest.get(number, 0), bar.column)
                crowded[number] = crowded.get(number, 0) + 1
        placed: list[Label] = []
        below = 0.0  # the bottom of the last label
        for bar in sorted(bars, key=lambda item: (item.top, item.column)):
            if bar.top < 0:  # its first line is above the screen
                continue
            top = max(bar.top + max(0.0, (bar.first_line_height - height) / 2), below)
            first = max(0, bisect.bisect_right(starts, top) - 1)
            last = bisect.bisect_left(starts, top + height)
            row = [tops[index][2] for index in range(first, last) if tops[index][1] > top]
            rightmost = max((widest.get(number, 0) for number in row), default=bar.column)
            count = max((crowded.get(number, 0) for number in row), default=1)
            left = padding + (max(rightmost, bar.column) + 1) * step
            next_to_bar = left == padding + (bar.column + 1) * step
            beside = next_to_bar and top < bar.top + bar.first_line_height
            box = QRectF(left, top, self.width() - left - padding, height)
            if box.width() > 0:
                placed.append(Label(bar.key, box, not beside or count > 1))
                below = box.bottom()
        return placed

    def bar_at(self, point: QPoint) -> str:
        """The uuid of the span whose bar (or label) is under `point`, or ""."""
        bars = self.bars()
        padding = self._metrics()[2]
        for bar in bars:
            if self.bar_rect(bar).adjusted(-padding / 2, 0, padding / 2, 0).contains(point):
                return bar.key
        for label in self.labels(bars):
            if label.box.contains(point):
                return label.key
        return ""

    # -- painting --
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()  # an active painter left behind by an error would crash Qt

    def _paint(self, painter: QPainter, area: QRect) -> None:
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Base))
        bars = self.bars()
        current = self._view.current
        colours: dict[str, QColor] = {}
        for bar in bars:
            record = self._view.record(bar.key)
            if record is None:
                continue
            colour = colours[bar.key] = self.colour(record)
            rect = self.bar_rect(bar)
            painter.fillRect(rect, colour)
            if bar.key == current:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.5))
                painter.drawRect(rect.adjusted(-1, 0, 1, 0))
        font = self.label_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        bold = QFont(font)
        bold.setBold(True)  # the current span's label
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        for label in self.labels(bars):
            record = self._view.record(label.key)
            if record is None:
                continue
            box = QRectF(label.box)
            if label.swatch:  # a square of the bar's colour says which bar the label names
                side = metrics.height() * 0.6
                swatch = QRectF(box.left(), box.center().y() - side / 2, side, side)
                painter.fillRect(swatch, colours.get(label.key, self.colour(record)))
                box.setLeft(swatch.right() + side / 2)
            if box.width() < metrics.averageCharWidth() * 2:
                continue
            text = self._elided(record, metrics, box.width())
            painter.setFont(bold if label.key == current else font)
            painter.setPen(text_colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    # -- gestures --
    def tooltip_text(self, uuid: str) -> str:
        record = self._view.record(uuid)
        if record is None:
            return ""
        lines = [self.tr("Coded by {coder}").format(coder=record.coder)]
        for variable, labels in record.values.items():
            if labels:
                codes = ", ".join(labels)
                lines.append(self.tr("{variable}: {codes}").format(variable=variable, codes=codes))
        if not any(record.values.values()):
            lines.append(self.tr("No codes yet"))
        if record.memo:
            lines.append(self.tr("Memo: {memo}").format(memo=record.memo))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            uuid = self.bar_at(event.pos())
            if uuid:
                QToolTip.showText(event.globalPos(), self.tooltip_text(uuid), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        uuid = self.bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and uuid:
            self.clicked.emit(uuid)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovering = bool(self.bar_at(event.position().toPoint()))
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if hovering else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def context_menu(self, uuid: str) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("stripe_menu")
        edit = menu.addAction(self.tr("Edit Annotation…"))
        edit.setObjectName("stripe_edit")
        edit.triggered.connect(lambda: self.editRequested.emit(uuid))
        remove = menu.addAction(self.tr("Delete Annotation"))
        remove.setObjectName("stripe_delete")
        remove.triggered.connect(lambda: self.deleteRequested.emit(uuid))
        record = self._view.record(uuid)
        if record is not None and not self._view.editable(record):  # another coder's span
            for action in (edit, remove):
                action.setEnabled(False)
            menu.addSeparator()
            note = menu.addAction(
                self.tr("Coded by {coder} (read only)").format(coder=record.coder)
            )
            note.setEnabled(False)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        uuid = self.bar_at(event.pos())
        if not uuid:
            event.ignore()
            return
        self.clicked.emit(uuid)
        self.context_menu(uuid).exec(event.globalPos())
