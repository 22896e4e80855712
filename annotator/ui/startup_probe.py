"""The start-up benchmark's hook: report the main window's first paint to a file, then quit.

`tests/benchmarks/bench_frozen_start.py` and `bench_gui_workbench.py` time a launch until the
window is painted. When the environment variable `ANNOTATOR_BENCHMARK_PAINTED` names a file, the
app arms this probe once the window shows what was asked for (the welcome page, or the project or
demo opened from the command line); after the next paint of the window it writes
`{"painted": true}` to that file and quits. Without the variable nothing here runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PAINTED_HOOK = "ANNOTATOR_BENCHMARK_PAINTED"


def requested_report() -> Path | None:
    value = os.environ.get(PAINTED_HOOK, "")
    return Path(value) if value else None


class PaintProbe(QObject):
    """Event filter on the window and its children: the first paint after arming reports."""

    def __init__(self, window: QWidget, report: Path) -> None:
        super().__init__(window)
        self.window = window
        self.report = report
        self.fired = False

    def arm(self) -> None:
        self.window.installEventFilter(self)
        for child in self.window.findChildren(QWidget):
            child.installEventFilter(self)
        self.window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        self.report.write_text(json.dumps({"painted": True}), encoding="utf-8")
        QApplication.quit()
