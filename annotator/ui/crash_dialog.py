"""What a user without a terminal sees when Annotator hits an unexpected error.

Installed as `sys.excepthook` (PySide6 passes exceptions raised in slots there too): the error is
logged with its traceback to the log file, and a dialog shows the message, where the log is, and a
"Copy details" button that puts everything a bug report needs on the clipboard. A second error
while the dialog is open (say, one in every repaint) is logged, not shown again.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from html import escape
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME, __version__

log = logging.getLogger("annotator")
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_details(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """The text of a bug report: versions, platform and the traceback."""
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    return (
        f"{APP_NAME} {__version__}{frozen}, Qt {qVersion()}, Python {platform.python_version()}, "
        f"{platform.platform()}\n\n" + "".join(traceback.format_exception(kind, error, tb))
    )


class CrashDialog(QDialog):
    def __init__(
        self, error: BaseException, details: str, log_path: Path | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        where = (
            self.tr("The details were written to <b>{path}</b>.").format(path=escape(str(log_path)))
            if log_path
            else self.tr("The log file could not be written.")
        )
        summary = escape(str(error) or type(error).__name__)
        message = QLabel(
            self.tr(
                "<p>{app} hit an unexpected problem:<br><b>{summary}</b></p>"
                "<p>Your saved work is safe: every change is stored the moment you make it. "
                "{where} Please report the problem with these details.</p>"
            ).format(app=APP_NAME, summary=summary, where=where)
        )
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("copy_details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def make_excepthook(log_path: Path | None) -> ExceptHook:
    """A `sys.excepthook` that logs every unexpected error and shows it in a `CrashDialog`."""
    showing = False

    def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = crash_details(kind, error, tb)
        log.error("unexpected error\n%s", details)
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or showing:
            sys.__excepthook__(kind, error, tb)
            return
        showing = True
        try:
            CrashDialog(error, details, log_path, QApplication.activeWindow()).exec()
        except Exception:  # the dialog itself failed: the log and stderr must do
            log.exception("the error dialog failed")
        finally:
            showing = False

    return report
