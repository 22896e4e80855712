"""A bar chart of documents marked done per day, one bar per coder, drawn with QPainter.

QtCharts is not in PySide6-Essentials (see `intercoder.chart`): each day (UTC) with any work gets
a group of bars, one per coder in the coder's colour, with a legend above. Days without work are
left out, so a study that paused for a month stays readable. The same `paint` draws the widget,
a PNG (large, for print) and an SVG.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from annotator.ui.painted_chart import PaintedChart

FALLBACK = "#4C72B0"


class DoneChart(PaintedChart):
    PNG_SIZE = QSize(1600, 900)
    SVG_SIZE = QSize(800, 450)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done_chart")
        self.days: dict[str, dict[date, int]] = {}
        self.colours: dict[str, str] = {}
        self.title = self.tr("Documents done per day")
        self.setMinimumSize(360, 220)

    def set_days(self, days: dict[str, dict[date, int]], colours: dict[str, str]) -> None:
        self.days, self.colours = days, colours
        self.update()

    def all_days(self) -> list[date]:
        return sorted({day for counts in self.days.values() for day in counts})

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def paint(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, min(area.height() / 30, 14.0)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        ink = QColor("#222222")
        painter.setPen(ink)
        painter.drawText(
            QRectF(area.left(), area.top() + line * 0.3, area.width(), line * 1.3),
            Qt.AlignmentFlag.AlignCenter,
            self.title,
        )
        coders = list(self.days)
        x = area.left() + line * 3
        for coder in coders:  # the legend
            painter.fillRect(
                QRectF(x, area.top() + line * 1.9, line * 0.8, line * 0.8),
                QColor(self.colours.get(coder, FALLBACK)),
            )
            painter.setPen(ink)
            painter.drawText(
                QRectF(x + line, area.top() + line * 1.7, area.width(), line * 1.2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                coder,
            )
            x += line * 2 + metrics.horizontalAdvance(coder)
        plot = area.adjusted(line * 3, line * 3.6, -line, -line * 2.2)
        days = self.all_days()
        if not days:
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No document marked done yet.")
            )
            return
        top = max(count for counts in self.days.values() for count in counts.values())
        step = max(1, -(-top // 5))  # about five ticks, whole documents
        top = step * -(-top // step)

        def y(value: float) -> float:
            return plot.bottom() - value / top * plot.height()

        painter.setPen(QPen(QColor("#999999"), 1))
        for tick in range(0, top + 1, step):
            painter.drawLine(plot.left() - 4, y(tick), plot.right(), y(tick))
            painter.drawText(
                QRectF(area.left(), y(tick) - line / 2, plot.left() - area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
        slot = plot.width() / len(days)
        width = slot * 0.8 / max(1, len(coders))
        label_every = max(1, int(metrics.horizontalAdvance("2026-12-31") * 1.2 / slot) + 1)
        for index, day in enumerate(days):
            left = plot.left() + slot * (index + 0.1)
            for number, coder in enumerate(coders):
                count = self.days[coder].get(day, 0)
                if count:
                    painter.fillRect(
                        QRectF(left + width * number, y(count), width, y(0) - y(count)),
                        QColor(self.colours.get(coder, FALLBACK)),
                    )
            if index % label_every == 0:
                painter.setPen(ink)
                painter.drawText(
                    QRectF(plot.left() + slot * index - slot, plot.bottom() + 4, slot * 3, line),
                    Qt.AlignmentFlag.AlignCenter,
                    day.isoformat(),
                )
