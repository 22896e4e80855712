"""Renders the main window with the demo project to PNG files, for the README and for review.

`python -m annotator.ui.screenshots OUTDIR` writes `workbench.png` (the window while coding,
the coding popup open over a selected sentence) and `overlap.png` (all coders shown, two coders'
overlapping spans, the menu-free overlap drawing). It runs offscreen, with its own settings and a
fresh demo copy in a temporary folder, so it never touches the user's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from annotator.ui.actions import ActionId
from annotator.ui.coding.colour_by import COLOUR_BY_CODER
from annotator.ui.demo_copy import fresh_demo
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting, Settings

SIZE = (1440, 900)
CODING_QUOTE = "Putin stressed that Russia's major energy and industry companies are interested"


def _grab_with(window: MainWindow, popup: QWidget | None) -> QPixmap:
    picture = window.grab()
    if popup is not None:
        painter = QPainter(picture)
        offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(offset, popup.grab())
        painter.end()
    return picture


def _settle(application: QApplication) -> None:
    for _ in range(5):
        application.processEvents()


def render(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        settings.set(Setting.CODER_NAME, "alice")
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        window.open_path(fresh_demo(Path(scratch)))
        bench = window.workbench
        assert bench is not None
        rows = window.document_panel.model.all_rows()
        sputnik = next(row.id for row in rows if "Turkmen" in row.title)
        window.document_panel.select_document(sputnik)
        text = window.article.text
        start = text.index(CODING_QUOTE)
        window.article.select_span(start, start + len(CODING_QUOTE))
        window.article.setFocus()
        bench.set_colour_by("claim")  # View ▸ Colour By ▸ Claim, with its legend
        written = []

        def shoot_popup() -> None:
            popup = window.active_popup
            assert popup is not None
            popup.field("actor").setEditText("Vladimir Putin")
            popup.field("claim").setEditText("Support or endorsement")
            _settle(application)
            _grab_with(window, popup).save(str(folder / "workbench.png"))
            written.append(folder / "workbench.png")
            popup.reject()

        QTimer.singleShot(50, shoot_popup)
        bench.open_popup()
        window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
        bench.set_colour_by(COLOUR_BY_CODER)  # each coder's spans in the coder's colour
        overlapping = max(
            window.article.records(),
            key=lambda record: len(window.article.annotations_at(record.start)),
        )
        window.article.select_span(overlapping.start, overlapping.start)
        window.article.set_current(overlapping.uuid)
        _settle(application)
        window.grab().save(str(folder / "overlap.png"))
        written.append(folder / "overlap.png")
        window.close()
    return written


def main(arguments: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if arguments is None else arguments
    if len(arguments) != 1:
        sys.stderr.write("usage: python -m annotator.ui.screenshots OUTDIR\n")
        return 2
    for path in render(Path(arguments[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
