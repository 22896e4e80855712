"""Starting the desktop app: arguments, the QApplication, error reporting, the main window.

`annotator` opens the welcome page, `annotator study.annot` that project and `annotator --demo` a
fresh copy of the demo. An unexpected error never ends as a traceback in a terminal nobody
watches: it is logged to a file in the user's log folder and shown in a dialog.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import APP_ID, APP_NAME, ORGANIZATION, __version__
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Settings

log = logging.getLogger("annotator")


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="annotator", description="Open the desktop app.")
    parser.add_argument("project", nargs="?", help="a project file (*.annot) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    return parser.parse_args(list(arguments))


def _log_file() -> Path:
    folder = Path(user_log_dir(APP_NAME, ORGANIZATION))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "annotator.log"


def _setup_logging() -> Path | None:
    try:
        path = _log_file()
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def _install_excepthook(log_path: Path | None) -> None:
    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        where = f"The details are in {log_path}." if log_path else ""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Something went wrong",
            f"Annotator hit an unexpected problem: {error}\n\nYour saved work is safe: every "
            f"change is stored the moment you make it. {where} Please report it.",
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = report


def start(arguments: Sequence[str], settings: Settings | None = None) -> MainWindow:
    """Create the application and the shown main window, open what the arguments ask for."""
    options = parse_arguments(arguments)
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setOrganizationName(ORGANIZATION)
    application.setApplicationName(APP_NAME)
    application.setApplicationVersion(__version__)
    application.setDesktopFileName(APP_ID)
    window = MainWindow(settings or Settings())
    window.show()

    def open_requested() -> None:
        window.ensure_coder_name()
        if options.demo:
            window.open_demo()
        elif options.project:
            window.open_path(options.project)

    QTimer.singleShot(0, open_requested)
    return window


def run(arguments: Sequence[str]) -> int:
    _install_excepthook(_setup_logging())
    window = start(arguments)
    code = QApplication.instance().exec()
    del window
    return code
