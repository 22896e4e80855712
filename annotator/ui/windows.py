"""The app's main windows: a handed-over project never replaces the one a window has open.

Another launch (`single_instance`) or a file-open event (macOS Finder) can ask for a project while
the user works in another one. Closing theirs behind their back would lose their place and, with a
job running, bind its result to the wrong file. So a project that is already open only has its
window raised, a window showing the welcome page takes the project, and otherwise it opens in a new
window. Each window keeps its own project, undo stack and jobs; the window layout is saved by
whichever window closes last. The launching process is told, in one line, what happens.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator import APP_NAME
from annotator.db.location import ServerLocation, parse_location
from annotator.errors import AnnotatorError
from annotator.ui.demo_copy import demo_copy_path
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Settings
from annotator.ui.window_focus import activate, same_file

if TYPE_CHECKING:
    from annotator.ui.single_instance import Request

CASCADE = QPoint(32, 32)  # a new window sits this far below and right of the one it comes from


class Where(enum.Enum):
    RAISE = "raise"  # already open there: bring that window to the front
    HERE = "here"  # a window showing the welcome page takes it
    NEW = "new"  # a new window


@dataclass(frozen=True)
class Placement:
    """Where one project of a request goes (`demo`: a fresh copy of the demo, at `path`)."""

    path: Path | ServerLocation
    where: Where
    window: MainWindow | None = None
    demo: bool = False


# What the launching process prints (marked for translation; translated when used).
MESSAGES = {
    Where.RAISE: QT_TRANSLATE_NOOP(
        "Windows",
        "{name} is already open in the running {app}; its window is brought to the front.",
    ),
    Where.HERE: QT_TRANSLATE_NOOP("Windows", "Opening {name} in the running {app} window."),
    Where.NEW: QT_TRANSLATE_NOOP("Windows", "Opening {name} in a new window of the running {app}."),
}
ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "Windows", "{app} is already running; its window is brought to the front."
)
FRESH_DEMO = QT_TRANSLATE_NOOP("Windows", "a fresh copy of the demo")
OPEN_DEMO = QT_TRANSLATE_NOOP("Windows", "The demo")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Windows", text)


def _location(path: str | Path) -> Path | ServerLocation:
    """A file's path, or a team project's URL (a URL that does not parse is kept as text for
    `MainWindow.open_path` to explain)."""
    try:
        return parse_location(path)
    except AnnotatorError:
        return Path(path)


class Windows:
    """Every main window of this process, and where a requested project opens."""

    def __init__(self, settings: Settings, first: MainWindow) -> None:
        self.settings = settings
        self.first = first
        self._windows = [first]

    def windows(self) -> list[MainWindow]:
        """The open (shown) windows, oldest first; closed ones are forgotten."""
        self._windows = [window for window in self._windows if shiboken6.isValid(window)]
        return [window for window in self._windows if window.isVisible()]

    def window_with(self, path: str | Path) -> MainWindow | None:
        for window in self.windows():
            if window.workbench is not None and same_file(window.workbench.project.path, path):
                return window
        return None

    def _front(self) -> MainWindow | None:
        open_windows = self.windows()
        active = QApplication.activeWindow()
        if active in open_windows:
            return active  # type: ignore[return-value]
        return open_windows[-1] if open_windows else None

    def _free(self, taken: Sequence[MainWindow] = ()) -> MainWindow | None:
        front = self._front()
        free = [w for w in self.windows() if w.workbench is None and w not in taken]
        return front if front in free else (free[0] if free else None)

    def plan(self, paths: Sequence[str | Path], demo: bool = False) -> list[Placement]:
        """Where each project goes, given the windows as they are now. A demo that is open
        already is raised, never replaced by a fresh copy under the window using it."""
        placements: list[Placement] = []
        taken: list[MainWindow] = []
        wanted: list[tuple[Path | ServerLocation, bool]] = [
            (_location(path), False) for path in paths
        ]
        if demo:
            wanted.append((demo_copy_path(), True))
        for path, is_demo in wanted:
            open_in = self.window_with(path)
            if open_in is not None:
                placements.append(Placement(path, Where.RAISE, open_in, is_demo))
                continue
            free = self._free(taken)
            if free is not None:
                taken.append(free)
            where = Where.NEW if free is None else Where.HERE
            placements.append(Placement(path, where, free, is_demo))
        return placements

    def accept(self, request: Request) -> str:
        """Take a request from another launch: answer at once with what happens, then open
        (after the answer, outside the socket's signal: opening may show a dialog)."""
        placements = self.plan(request.paths, request.demo)
        QTimer.singleShot(0, partial(self.open_paths, request.paths, request.demo))
        return self.describe(placements)

    def describe(self, placements: Sequence[Placement]) -> str:
        """One line for the launching process."""
        if not placements:
            return _tr(ALREADY_RUNNING).format(app=APP_NAME)
        lines = []
        for placement in placements:
            name = placement.path.name
            if placement.demo:
                name = _tr(OPEN_DEMO if placement.where is Where.RAISE else FRESH_DEMO)
            lines.append(_tr(MESSAGES[placement.where]).format(name=name, app=APP_NAME))
        return " ".join(lines)

    def open_paths(self, paths: Sequence[str | Path], demo: bool = False) -> None:
        """Open projects handed over by another launch or a file-open event, each where `plan`
        puts it as the windows are now; nothing open is ever closed for them."""
        if not paths and not demo:
            front = self._front()
            if front is not None:
                activate(front)
            return
        for path in paths:
            self._open_one(self.plan([path])[0])
        if demo:
            self._open_one(self.plan([], demo=True)[0])

    def _open_one(self, placement: Placement) -> None:
        if placement.where is Where.RAISE and placement.window is not None:
            activate(placement.window)
            return
        window = placement.window or self.new_window()
        opened = window.open_demo() if placement.demo else window.open_path(placement.path)
        if opened:
            activate(window)
        elif placement.where is Where.NEW:
            window.close()  # it showed why; an empty extra window would only be in the way

    def new_window(self) -> MainWindow:
        """A shown window on the welcome page, a little below the front one."""
        front = self._front()
        window = MainWindow(self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if front is not None:
            window.move(front.pos() + CASCADE)
        self._windows.append(window)
        window.show()
        return window
