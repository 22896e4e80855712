"""Starting the desktop app: arguments, the QApplication, error reporting, the main window.

`annotator` opens the welcome page, `annotator study.annot` that project and `annotator --demo` a
fresh copy of the demo; `annotator --smoke-test REPORT.json` runs the unattended self-test. A
launch while the app already runs hands its request to the running app and exits
(`single_instance`), printing what the running app does. Projects also arrive as file-open
events (macOS Finder), queued until the window exists; neither ever replaces an open project: it
opens in a window of its own (`windows`). An unexpected error never ends as a traceback in a
terminal nobody watches: it is logged to a file in the user's log folder and shown in a dialog
(`crash_dialog`).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator import APP_ID, APP_NAME, ORGANIZATION, __version__
from annotator.db.location import is_server_location
from annotator.ui.i18n import install_translators
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting, Settings
from annotator.ui.windows import Windows

log = logging.getLogger("annotator")


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="annotator", description="Open the desktop app.")
    parser.add_argument(
        "project", nargs="?", help="a project file (*.annot) or a postgresql:// URL to open"
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument("--smoke-test", metavar="REPORT.json", help="run the GUI self-test")
    return parser.parse_args(list(arguments))


class AnnotatorApplication(QApplication):
    """The QApplication, plus the file-open events macOS sends for a double-clicked project.

    Finder passes no arguments: a project double-clicked while the app starts or runs arrives as
    a `QFileOpenEvent`. Paths that arrive before the main window can take them are queued.
    """

    def __init__(self, argv: Sequence[str]) -> None:
        super().__init__(list(argv))
        self.pending_files: list[str] = []
        self._file_handler: Callable[[str], None] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.pending_files.append(path)
                self._deliver_files()
            return True
        return super().event(event)

    def set_file_handler(self, handler: Callable[[str], None]) -> None:
        """From now on hand file-open paths to `handler`, starting with those queued."""
        self._file_handler = handler
        self._deliver_files()

    def _deliver_files(self) -> None:
        while self._file_handler is not None and self.pending_files:
            self._file_handler(self.pending_files.pop(0))


def make_application() -> QApplication:
    """The application object with the app's identity (an existing one is reused)."""
    application = QApplication.instance() or AnnotatorApplication(sys.argv[:1])
    application.setOrganizationName(ORGANIZATION)
    application.setApplicationName(APP_NAME)
    application.setApplicationVersion(__version__)
    application.setDesktopFileName(APP_ID)
    return application


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
    from annotator.ui.crash_dialog import make_excepthook

    sys.excepthook = make_excepthook(log_path)


def launch(
    arguments: Sequence[str],
    settings: Settings | None = None,
    on_opened: Callable[[MainWindow], None] | None = None,
) -> Windows:
    """Create the application and the first, shown main window, open what the arguments ask
    for; returns the windows, where later requests open (`windows`).

    `on_opened` is called with the window once that is done (the start-up benchmark's hook)."""
    options = parse_arguments(arguments)
    application = make_application()
    settings = settings or Settings()
    install_translators(application, settings.get(Setting.LANGUAGE))  # before any window exists
    window = MainWindow(settings)
    window.show()
    windows = Windows(settings, window)

    def open_from_arguments() -> None:
        if options.demo or options.project or on_opened is None:  # a benchmark never asks
            window.ensure_coder_name()
        if options.demo:
            window.open_demo()
        elif options.project:
            window.open_path(options.project)
        elif on_opened is None:  # started bare: back where the coder left off
            reopen = settings.get(Setting.REOPEN_PROJECT)
            # Set again once it opens: a file that cannot open is not retried at every start.
            settings.set(Setting.REOPEN_PROJECT, "")
            if reopen and (is_server_location(reopen) or Path(reopen).is_file()):
                window.open_path(reopen)
        if isinstance(application, AnnotatorApplication):
            application.set_file_handler(lambda path: windows.open_paths([path]))
        if on_opened is not None:
            on_opened(window)

    QTimer.singleShot(0, open_from_arguments)
    return windows


def start(
    arguments: Sequence[str],
    settings: Settings | None = None,
    on_opened: Callable[[MainWindow], None] | None = None,
) -> MainWindow:
    """`launch`, returning the first window."""
    return launch(arguments, settings, on_opened).first


def _benchmark_settings(report: Path) -> Settings:
    """Settings of their own for a timed start beside the report: the user's recent projects and
    layout stay untouched, and a coder name is set so that no dialog waits for an answer."""
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(report.with_suffix(".ini")), QSettings.Format.IniFormat))
    if not settings.get(Setting.CODER_NAME):
        settings.set(Setting.CODER_NAME, "benchmark")
    return settings


def run(arguments: Sequence[str]) -> int:
    options = parse_arguments(arguments)
    log_path = _setup_logging()
    if options.smoke_test:
        from annotator.ui.smoke_test import run_smoke_test

        return run_smoke_test(options.smoke_test)
    from annotator.ui.single_instance import InstanceServer, hand_over, request_for
    from annotator.ui.startup_probe import PaintProbe, requested_report

    application = make_application()
    benchmark = requested_report()
    if benchmark is None:  # a benchmark run is timed alone, never handed to a running app
        request = request_for([options.project] if options.project else [], options.demo)
        answer = hand_over(request)
        if answer is not None:
            translate = QCoreApplication.translate
            if answer.ok:
                handed = translate("Application", "Handed over to the running {app}.")
                print(answer.message or handed.format(app=APP_NAME), flush=True)
                return 0
            silent = translate("Application", "A running {app} did not answer; nothing was opened.")
            reason = answer.message or silent.format(app=APP_NAME)
            log.error("%s", reason)
            print(reason, file=sys.stderr, flush=True)
            return 1
    _install_excepthook(log_path)
    windows = launch(
        arguments,
        settings=None if benchmark is None else _benchmark_settings(benchmark),
        on_opened=None if benchmark is None else lambda shown: PaintProbe(shown, benchmark).arm(),
    )
    instance: InstanceServer | None = None
    if benchmark is None:  # owned here, not by a window: it refers to every window
        instance = InstanceServer(windows.accept)
        instance.listen()
    code = application.exec()
    if instance is not None:
        instance.close()
    del instance, windows  # the server first, then the windows, while the application exists
    return code
