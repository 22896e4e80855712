"""Which main window has a project open, and bringing a window to the front.

One project file is open in at most one window of the app: a second window on the same file would
keep its own undo history and views of rows the first one changes. `windows.py` (projects handed
over by another launch) and the window's own File ▸ Open both ask here first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def activate(window: QWidget) -> None:
    """Bring the window to the front (as far as the window system lets an app do that)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def window_showing(path: str | Path, *, besides: QWidget | None = None) -> QWidget | None:
    """A shown top-level window other than `besides` whose open project is `path`."""
    for widget in QApplication.topLevelWidgets():
        project_path = getattr(widget, "project_path", None)
        if (
            widget is not besides
            and widget.isVisible()
            and project_path is not None
            and same_file(project_path, path)
        ):
            return widget
    return None
