"""Running long work (import, merge, export, coder copies) off the GUI thread, with Cancel.

`run_job` starts the work on a `QThread`, shows a window-modal progress dialog with a Cancel
button and waits in a local event loop, so the window keeps painting while callers read like plain
sequential code (and tests need no waiting). The work gets `progress(done, total, label)` and
`should_cancel()`; it must open its own `Project` by path — a database session never crosses
threads. Errors come back as values: `AnnotatorError` and `OSError` are messages for the user,
anything else is re-raised on the GUI thread so the app's error report sees it. A running job is
one of its window's `ProjectJobs`, so the window never switches projects under it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.errors import AnnotatorError
from annotator.ui.project_jobs import ProjectJobs

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], T]


@dataclass
class JobOutcome(Generic[T]):
    result: T | None = None
    error: str = ""  # a user-facing message (names the file when the error does)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.error and not self.cancelled


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Work[Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancel_requested = threading.Event()
        self.result: Any = None
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progressed.emit, self.cancel_requested.is_set)
        except BaseException as error:  # handed to the GUI thread, never lost in this one
            self.failure = error


def describe(error: BaseException) -> str:
    """One line for an error dialog; an OSError names its file."""
    if isinstance(error, OSError) and error.filename:
        return f"{error.filename}: {error.strerror or error}"
    return str(error)


def run_job(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Work[T],
    *,
    cancellable: bool = True,
    project: Path | None = None,
    what: str = "",
) -> JobOutcome[T]:
    """Run `work` on a worker thread behind a progress dialog; return when it has finished.

    `cancellable=False` (a short step that cannot stop halfway) shows no Cancel button. While it
    runs, the job is one of its window's `ProjectJobs`, so the window does not switch to another
    project under it; `what` ("An import") and `project` (the file it works on) name it then.
    """
    worker = _Worker(work, parent)
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setObjectName("job_progress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(420)

    def show_progress(done: int, total: int, current: str) -> None:
        if worker.cancel_requested.is_set():
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        dialog.setLabelText(f"{label}\n{current}" if current else label)

    def cancel() -> None:
        worker.cancel_requested.set()
        dialog.setLabelText("Cancelling… nothing more will be changed.")

    worker.progressed.connect(show_progress)
    dialog.canceled.connect(cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    jobs = ProjectJobs.of(parent)
    with (
        jobs.running(what or f"“{title}”", project, cancel if cancellable else None)
        if jobs is not None
        else contextlib.nullcontext()
    ):
        worker.start()
        if not worker.isFinished():
            loop.exec()
        worker.wait()
    outcome: JobOutcome[T] = JobOutcome(worker.result)
    outcome.cancelled = worker.cancel_requested.is_set()
    dialog.canceled.disconnect(cancel)  # closing a progress dialog emits `canceled`
    dialog.close()
    dialog.deleteLater()
    worker.deleteLater()
    if worker.failure is not None:
        if not isinstance(worker.failure, AnnotatorError | OSError):
            raise worker.failure
        outcome.error = describe(worker.failure)
    return outcome
