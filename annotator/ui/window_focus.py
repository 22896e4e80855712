"""Which main window has a project open, and bringing a window to the front.

One project file is open in at most one window of the app: a second window on the same file would
keep its own undo history and views of rows the first one changes. `windows.py` (projects handed
over by another launch) and the window's own File ▸ Open both ask here first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from annotator.db.location import ServerLocation, is_server_location, parse_location
from annotator.errors import AnnotatorError

Location = str | Path | ServerLocation


def location_key(location: Location) -> str:
    """How a project's location is remembered and compared: a file's full path, or a server
    project's URL without any password (safe to keep in the settings)."""
    if is_server_location(location):
        return str(parse_location(location))
    return str(Path(location).resolve())


def same_file(a: Location, b: Location) -> bool:
    """True when `a` and `b` are the same project (the same file, or the same server URL)."""
    try:
        return location_key(a) == location_key(b)
    except (OSError, AnnotatorError):
        return False


def activate(window: QWidget) -> None:
    """Bring the window to the front (as far as the window system lets an app do that)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def window_showing(path: Location, *, besides: QWidget | None = None) -> QWidget | None:
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
