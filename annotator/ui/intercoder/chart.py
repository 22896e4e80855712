"""A bar chart of Krippendorff's alpha per variable, drawn with QPainter, for the screen and papers.

QtCharts is not part of PySide6-Essentials, and a chart this simple needs none: one bar per
variable, the conventional thresholds 0.667 (tentative) and 0.8 (reliable) as dashed lines, the
value above each bar. The same `paint` draws on the widget, into a PNG (at twice the size, for
print) and into an SVG through QtSvg's `QSvgGenerator`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from annotator.ui.painted_chart import PaintedChart

RELIABLE, TENTATIVE = 0.8, 0.667
GOOD, FAIR, POOR = QColor("#3C8D5A"), QColor("#D9A53A"), QColor("#C6533F")
Bar = tuple[str, float | None]


def bar_colour(alpha: float) -> QColor:
    return GOOD if alpha >= RELIABLE else FAIR if alpha >= TENTATIVE else POOR


class AlphaChart(PaintedChart):
    PNG_SIZE = QSize(1600, 1000)
    SVG_SIZE = QSize(800, 500)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alpha_chart")
        self.bars: list[Bar] = []
        self.title = self.tr("Krippendorff's alpha per variable")
        self.setMinimumSize(360, 240)

    def set_bars(self, bars: Sequence[Bar], title: str | None = None) -> None:
        self.bars = list(bars)
        if title:
            self.title = title
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 340)

    def paint(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, QColor("white"))
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, area.height() / 36))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        reliable = self.tr("0.8 reliable")
        right = metrics.horizontalAdvance(reliable) + line
        plot = area.adjusted(line * 3, line * 3.4, -right, -line * 2.2)
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(area.left(), area.top() + line * 0.3, area.width(), line * 1.4),
            Qt.AlignmentFlag.AlignCenter,
            self.title,
        )
        low = min([0.0, *[alpha for _, alpha in self.bars if alpha is not None]])
        low = -1.0 if low < 0 else 0.0

        def y(value: float) -> float:
            return plot.bottom() - (value - low) / (1.0 - low) * plot.height()

        painter.setPen(QPen(QColor("#999999"), 1))
        for tick in (low, (low + 1) / 2, 1.0) if low < 0 else (0.0, 0.2, 0.4, 0.6, 0.8, 1.0):
            painter.drawLine(plot.left() - 4, y(tick), plot.left(), y(tick))
            painter.drawText(
                QRectF(area.left(), y(tick) - line / 2, plot.left() - area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{tick:.1f}",
            )
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.left(), y(0.0), plot.right(), y(0.0))
        if self.bars:
            slot = plot.width() / len(self.bars)
            for index, (name, alpha) in enumerate(self.bars):
                left = plot.left() + slot * (index + 0.2)
                label_box = QRectF(plot.left() + slot * index, plot.bottom() + 4, slot, line * 1.2)
                painter.setPen(QColor("#222222"))
                painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, name)
                if alpha is None:
                    painter.drawText(
                        QRectF(left, y(0.0) - line * 1.4, slot * 0.6, line),
                        Qt.AlignmentFlag.AlignCenter,
                        self.tr("n/a"),
                    )
                    continue
                top, base = y(max(alpha, low)), y(0.0)
                rect = QRectF(left, min(top, base), slot * 0.6, abs(base - top))
                painter.fillRect(rect, bar_colour(alpha))
                painter.drawText(
                    QRectF(left - slot * 0.2, min(top, base) - line * 1.1, slot, line),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{alpha:.3f}",
                )
        for value, text, colour in ((RELIABLE, reliable, GOOD), (TENTATIVE, "0.667", FAIR)):
            pen = QPen(colour.darker(120), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(plot.left(), y(value), plot.right(), y(value))
            painter.drawText(
                QRectF(plot.right() + 4, y(value) - line / 2, area.right() - plot.right(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
