"""The one way long work (import, merge, export, coder copies, agreement) runs off the GUI thread.

A `Job` runs its work on a thread, bound to the project it was started for (the file is captured at
start; the work opens its own `Project` by that path — a database session never crosses threads)
and to the window it was started from: while it runs it is one of that window's `ProjectJobs`, so
the window never switches projects under it, and its result reaches only the callbacks given by
that window's code, on the GUI thread, through a queued signal. The work gets
`progress(done, total, label)` and `should_cancel()`; a progress dialog with Cancel appears when
it takes longer than 400 ms (or none, for work that shows its own busy sign). Errors come back as
values: `AnnotatorError` and `OSError` are one message for the user, anything else is re-raised on
the GUI thread so the app's error report sees it. Modelled on Anki's `CollectionOp`/`QueryOp`:

    Job(window, work, title="Export codings", label="Writing…", project=path, what="An export")
        .on_success(show_report).on_failure(show_error).start()

Nothing waits for a job: code that needs its result continues in a callback (a dialog that asks
for new work shows itself busy until its result arrives), so there is no nested event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.errors import AnnotatorError
from annotator.ui.project.jobs import ProjectJobs, RunningJob

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], T]

PROGRESS_DELAY_MS = 400  # quicker jobs end without a dialog flashing up


@dataclass
class JobOutcome(Generic[T]):
    result: T | None = None
    error: str = ""  # a user-facing message (names the file when the error does)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.error and not self.cancelled


def describe(error: BaseException) -> str:
    """One line for an error dialog; an OSError names its file."""
    if isinstance(error, OSError) and error.filename:
        return f"{error.filename}: {error.strerror or error}"
    return str(error)


class _Thread(QThread):
    """Runs the work; keeps its result or its exception for the GUI thread to collect."""

    def __init__(self, work: Work[Any], progress: Progress, cancelled: Callable[[], bool],
                 parent: QObject | None) -> None:  # fmt: skip
        super().__init__(parent)
        self._work, self._progress, self._cancelled = work, progress, cancelled
        self.result: Any = None
        self.failure: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self._progress, self._cancelled)
        except BaseException as error:  # handed to the GUI thread, never lost in this one
            self.failure = error


class Job(QObject):
    """Work for one project on a worker thread; its outcome is handed to the GUI thread.

    Callbacks (`on_success(result)`, `on_failure(message)`, `on_cancelled(result)`), then the
    `ended(JobOutcome)` signal, run on the GUI thread once the thread and the progress dialog are
    gone, in one go with the job's leaving its window's `ProjectJobs`: a switch of projects asked
    for while it ran waits for the event loop, so what they do (an undo command, a refresh, opening
    a merged file) happens for the project the job was started for."""

    progressed = Signal(int, int, str)  # emitted from the worker thread, shown on the GUI thread
    ended = Signal(object)  # the JobOutcome, on the GUI thread

    _alive: ClassVar[set[Job]] = set()  # running jobs, kept from garbage collection

    def __init__(
        self,
        parent: QWidget | None,
        work: Work[Any],
        *,
        title: str,
        label: str = "",
        project: Path | None = None,
        what: str = "",
        cancellable: bool = True,
        progress_dialog: bool = True,
    ) -> None:
        super().__init__()
        self.parent_widget, self.work = parent, work
        self.title, self.label, self.project = title, label, project
        self.what = what or f"“{title}”"
        self.cancellable, self.progress_dialog = cancellable, progress_dialog
        self.outcome: JobOutcome[Any] | None = None
        self._cancel_requested = threading.Event()
        self._success: list[Callable[[Any], object]] = []
        self._failure: list[Callable[[str], object]] = []
        self._cancelled: list[Callable[[Any], object]] = []
        self._thread: _Thread | None = None
        self._dialog: QProgressDialog | None = None
        self._jobs: ProjectJobs | None = None
        self._running: RunningJob | None = None
        self._unexpected: BaseException | None = None

    # -- what happens at the end --
    def on_success(self, callback: Callable[[Any], object]) -> Job:
        self._success.append(callback)
        return self

    def on_failure(self, callback: Callable[[str], object]) -> Job:
        self._failure.append(callback)
        return self

    def on_cancelled(self, callback: Callable[[Any], object]) -> Job:
        self._cancelled.append(callback)
        return self

    # -- running --
    @property
    def running(self) -> bool:
        return self._thread is not None

    def should_cancel(self) -> bool:
        return self._cancel_requested.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next `should_cancel()`; it leaves the project as it was."""
        if not self.cancellable or self._cancel_requested.is_set():
            return
        self._cancel_requested.set()
        if self._dialog is not None:
            self._dialog.setLabelText(
                QCoreApplication.translate("Job", "Cancelling… nothing more will be changed.")
            )

    def start(self) -> Job:
        if self.running or self.outcome is not None:
            raise RuntimeError("a job runs once")
        Job._alive.add(self)
        self._jobs = ProjectJobs.of(self.parent_widget)
        if self._jobs is not None:  # the window does not switch projects under it
            self._running = RunningJob(
                self.what, self.project, self.cancel if self.cancellable else None
            )
            self._jobs.start(self._running)
        if self.progress_dialog:
            self._dialog = self._make_dialog()
            self.progressed.connect(self._show_progress)
        # the job keeps its thread (no widget that may go owns it); the window's `ProjectJobs`
        # is what tells that work is under way
        self._thread = _Thread(self.work, self.progressed.emit, self.should_cancel, None)
        self._thread.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        return self

    # -- the progress dialog --
    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(
            self.label, QCoreApplication.translate("Job", "Cancel"), 0, 0, self.parent_widget
        )
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.setObjectName("job_progress")
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _show_progress(self, done: int, total: int, current: str) -> None:
        if self._dialog is None or self.should_cancel():
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        self._dialog.setLabelText(f"{self.label}\n{current}" if current else self.label)

    # -- the end, on the GUI thread --
    def _finish(self) -> None:
        thread = self._thread
        assert thread is not None
        thread.wait()  # `finished` comes just before the thread ends; let it end
        outcome: JobOutcome[Any] = JobOutcome(thread.result, cancelled=self.should_cancel())
        failure = thread.failure
        if failure is not None and isinstance(failure, AnnotatorError | OSError):
            outcome.error = describe(failure)
        elif failure is not None:
            self._unexpected = failure
        self._close_dialog()
        thread.deleteLater()
        self._thread = None
        self.outcome = outcome
        if self._jobs is not None and self._running is not None:
            self._jobs.end(self._running)  # a switch asked for meanwhile waits for the event loop
        Job._alive.discard(self)
        try:
            if self._unexpected is None:
                self._deliver(outcome)
        finally:
            self.ended.emit(outcome)
        if self._unexpected is not None:
            raise self._unexpected  # into the app's error report

    def _close_dialog(self) -> None:
        if self._dialog is None:
            return
        self.progressed.disconnect(self._show_progress)
        self._dialog.canceled.disconnect(self.cancel)  # closing a progress dialog emits it
        self._dialog.close()
        self._dialog.deleteLater()
        self._dialog = None

    def _deliver(self, outcome: JobOutcome[Any]) -> None:
        if outcome.error:
            for failed in self._failure:
                failed(outcome.error)
        elif outcome.cancelled:
            for cancelled in self._cancelled:
                cancelled(outcome.result)
        else:
            for succeeded in self._success:
                succeeded(outcome.result)
