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

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
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
BAR_SHARE = 0.75  # a bar's width, in average characters of the label font
GAP_SHARE = 0.55  # space between two columns
CURRENT_OUTLINE = QColor("#1a1a1a")


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


class Bar(NamedTuple):
    key: str
    column: int
    top: float  # in the margin's coordinates (the viewport's), may lie above or below it
    bottom: float
    first_line_height: float
    first_line: int
    last_line: int


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
        self._columns: dict[str, tuple[int, int, int]] = {}  # uuid: (column, first, last line)
        self._columns_key: tuple | None = None
        self._block_lines: list[int] = []  # the first line number of each block
        self._line_starts: list[int] = []  # the position where each line starts
        self._labels: dict[tuple[str, int], str] = {}  # (uuid, width): elided label

    # -- what is shown --
    def set_colouring(self, colouring: Callable[[AnnotationRecord], str] | None) -> None:
        self._colouring = colouring
        self.update()

    def records_changed(self) -> None:
        self._columns_key = None
        self._labels.clear()
        self.update()

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

    def colour(self, record: AnnotationRecord) -> QColor:
        if self._colouring is not None:
            return QColor(self._colouring(record))
        return QColor(self._view.highlight_colour(record))

    # -- columns, once per record set and layout --
    def columns(self) -> dict[str, tuple[int, int, int]]:
        view = self._view
        document = view.document()
        key = (
            view.records_version,
            document.blockCount(),
            view.viewport().width(),
            view.font().pointSizeF(),
        )
        if key != self._columns_key:
            self._block_lines = self._lay_out_lines()
            intervals = [
                (uuid, self._line_of(start), self._line_of(max(start, end - 1)))
                for uuid, start, end in view.utf16_spans()
            ]
            placed = assign_columns(intervals)
            self._columns = {uuid: (placed[uuid], first, last) for uuid, first, last in intervals}
            self._columns_key = key
        return self._columns

    def _lay_out_lines(self) -> list[int]:
        """The first line number of each block; notes where every line starts."""
        document = self._view.document()
        layout = document.documentLayout()
        firsts: list[int] = []
        self._line_starts = []
        block = document.begin()
        while block.isValid():
            firsts.append(len(self._line_starts))
            text_layout = block.layout()
            if text_layout.lineCount() == 0:
                layout.blockBoundingRect(block)  # lays the block out
            position = block.position()
            starts = [
                position + text_layout.lineAt(index).textStart()
                for index in range(text_layout.lineCount())
            ]
            self._line_starts.extend(starts or [position])
            block = block.next()
        return firsts

    def _line_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._line_starts, position) - 1)

    # -- geometry of what is on screen --
    def visible_lines(self) -> dict[int, tuple[float, float]]:
        """Line number: (top, height) in viewport coordinates, for the lines on screen."""
        view = self._view
        self.columns()
        lines: dict[int, tuple[float, float]] = {}
        block = view.firstVisibleBlock()
        top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
        bottom_edge = view.viewport().height()
        while block.isValid() and top <= bottom_edge:
            height = view.blockBoundingRect(block).height()  # lays the block out
            layout = block.layout()
            origin = top + layout.position().y()
            if block.blockNumber() >= len(self._block_lines):
                break
            first = self._block_lines[block.blockNumber()]
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                lines[first + index] = (origin + line.y(), line.height())
            top += height
            block = block.next()
        return lines

    def bars(self) -> list[Bar]:
        """The bars that reach the screen, in column order."""
        lines = self.visible_lines()
        if not lines:
            return []
        low, high = min(lines), max(lines)
        above, below = -1.0, float(self.height() + 1)
        found = []
        for uuid, (column, first, last) in self.columns().items():
            if last < low or first > high:
                continue
            top, height = lines.get(first, (above, 0.0))
            last_top, last_height = lines.get(last, (below, 0.0))
            found.append(Bar(uuid, column, top, last_top + last_height, height, first, last))
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
        tops = sorted(
            (top, top + line_height, number) for number, (top, line_height) in lines.items()
        )
        if not bars or not tops:
            return []
        starts = [top for top, _, _ in tops]
        widest: dict[int, int] = {}  # line number: the rightmost column with a bar on it
        crowded: dict[int, int] = {}  # line number: how many bars it has
        for bar in bars:
            for number in range(
                max(bar.first_line, tops[0][2]), min(bar.last_line, tops[-1][2]) + 1
            ):
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
                painter.setPen(QPen(CURRENT_OUTLINE, 1.5))
                painter.drawRect(rect.adjusted(-1, 0, 1, 0))
        font = self.label_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font)
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
            painter.setPen(QColor(CURRENT_OUTLINE) if label.key == current else text_colour)
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
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        uuid = self.bar_at(event.pos())
        if not uuid:
            event.ignore()
            return
        self.clicked.emit(uuid)
        self.context_menu(uuid).exec(event.globalPos())
