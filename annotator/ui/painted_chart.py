"""A chart drawn with QPainter that shows itself on screen and saves itself as PNG or SVG.

The agreement chart and the team's done-per-day chart draw the same way everywhere: one `paint`
onto the widget, an image or an SVG file, so what a paper gets is what the window showed.
Subclasses set `title` and implement `paint`; the image sizes are class attributes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class PaintedChart(QWidget):
    PNG_SIZE = QSize(1600, 1000)
    SVG_SIZE = QSize(800, 500)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paint(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def _paint_on(self, device: QImage | QWidget | object, size: QSize) -> None:
        painter = QPainter(device)
        try:
            self.paint(painter, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()

    def paintEvent(self, _event: QPaintEvent) -> None:
        self._paint_on(self, self.size())

    def save_png(self, path: Path | str, size: QSize | None = None) -> None:
        size = size or self.PNG_SIZE
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        self._paint_on(image, size)
        if not image.save(str(path), "PNG"):
            # translate(), not self.tr(): tr() would look under the subclass's name
            message = QCoreApplication.translate(
                "PaintedChart", "{path}: the image could not be written"
            )
            raise OSError(message.format(path=path))

    def save_svg(self, path: Path | str, size: QSize | None = None) -> None:
        from PySide6.QtSvg import QSvgGenerator

        size = size or self.SVG_SIZE
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(self.title)
        self._paint_on(generator, size)
