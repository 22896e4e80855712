"""Keeping a window's project in place while work for it is under way.

A background job (`background.Job`: import, merge, export, the agreement computation) hands its
result to code that acts on the project the window had open when it started, and every modal
dialog waits in a nested event loop whose caller does the same when it returns: it builds an undo
command, stores what the user chose, refreshes the views. Meanwhile another project can be asked
for — File ▸ Open, a recent file, a dropped `.annot`, the demo, a hand-over from another launch —
and switching then would make the finished job push an undo command against the wrong file. So
the window never switches while anything is under way: `ProjectJobs` knows the running jobs,
`hold_switch` asks the user whether to open the other project once they have finished (or to
cancel them first) or not at all, and runs the open only when the window is free again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


@dataclass
class RunningJob:
    """One piece of work under way: "An import" in first.annot, and how to cancel it."""

    what: str
    project: Path | None = None
    cancel: Callable[[], None] | None = None


class ProjectJobs(QObject):
    """The jobs running for one window; `idle` is emitted when the last one has ended."""

    idle = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("project_jobs")
        self._running: list[RunningJob] = []

    @staticmethod
    def of(widget: QWidget | None) -> ProjectJobs | None:
        """The jobs of the main window `widget` belongs to, also from inside one of its dialogs
        (None outside a main window)."""
        while widget is not None:
            window = widget.window()
            jobs = window.findChild(
                ProjectJobs, "project_jobs", Qt.FindChildOption.FindDirectChildrenOnly
            )
            if jobs is not None:
                return jobs
            widget = window.parentWidget()
        return None

    def start(self, job: RunningJob) -> None:
        """Register a job that has started; call `end` when it has ended."""
        self._running.append(job)

    def end(self, job: RunningJob) -> None:
        if job in self._running:
            self._running.remove(job)
            if not self._running:
                self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def describe(self) -> str:
        """One sentence, "An import is still running in first.annot." (the outermost job)."""
        job = self._running[0]
        project = next((j.project for j in self._running if j.project is not None), None)
        if project is None:
            return QCoreApplication.translate("ProjectJobs", "{what} is still running.").format(
                what=job.what
            )
        return QCoreApplication.translate(
            "ProjectJobs", "{what} is still running in {name}."
        ).format(what=job.what, name=project.name)

    @property
    def cancellable(self) -> bool:
        return any(job.cancel is not None for job in self._running)

    def cancel(self) -> None:
        for job in list(self._running):
            if job.cancel is not None:
                job.cancel()


def modal_dialog_of(window: QWidget) -> QDialog | None:
    """The dialog over `window` whose caller waits for its answer (`exec`), if one is open.

    Such dialogs are application-modal; a window-modal one opened with `open()` (the import
    summary) keeps no code waiting, and a job's progress dialog is known from `ProjectJobs`."""
    modal = QApplication.activeModalWidget()
    if not isinstance(modal, QDialog):
        return None
    if modal.windowModality() != Qt.WindowModality.ApplicationModal:
        return None
    widget: QWidget | None = modal
    while widget is not None and widget is not window:
        widget = widget.parentWidget()
    return modal if widget is window else None


class Choice(Enum):
    WAIT = "wait"
    CANCEL = "cancel"
    DONT = "dont"


def ask(window: QWidget, situation: str, target: str, cancellable: bool, closing: bool) -> Choice:
    """Ask what to do with an open (or close) request that arrived while the window is busy."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ProjectJobs", "Still working"),
        situation,
        parent=window,
    )
    box.setObjectName("still_working")
    note = QCoreApplication.translate(
        "ProjectJobs", "Annotator does not switch projects while work on the open one is under way."
    )
    if closing:
        question = QCoreApplication.translate(
            "ProjectJobs", "Close {name} when it has finished?"
        ).format(name=target)
        texts = (
            QCoreApplication.translate("ProjectJobs", "Close When Finished"),
            QCoreApplication.translate("ProjectJobs", "Cancel It and Close"),
            QCoreApplication.translate("ProjectJobs", "Don't Close"),
        )
    else:
        question = QCoreApplication.translate(
            "ProjectJobs", "Open {name} when it has finished?"
        ).format(name=target)
        texts = (
            QCoreApplication.translate("ProjectJobs", "Open When Finished"),
            QCoreApplication.translate("ProjectJobs", "Cancel It and Open"),
            QCoreApplication.translate("ProjectJobs", "Don't Open"),
        )
    box.setInformativeText(f"{note} {question}")
    wait = box.addButton(texts[0], QMessageBox.ButtonRole.AcceptRole)
    cancel = (
        box.addButton(texts[1], QMessageBox.ButtonRole.DestructiveRole) if cancellable else None
    )
    dont = box.addButton(texts[2], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(wait)
    box.setEscapeButton(dont)
    box.exec()
    clicked = box.clickedButton()
    if clicked is wait:
        return Choice.WAIT
    if cancel is not None and clicked is cancel:
        return Choice.CANCEL
    return Choice.DONT


def busy_situation(window: QWidget, jobs: ProjectJobs, project: Path | None) -> str:
    """What keeps the window busy, in one sentence; empty when nothing does."""
    if jobs.busy:
        return jobs.describe()
    dialog = modal_dialog_of(window)
    if dialog is None:
        return ""
    title = dialog.windowTitle() or QCoreApplication.translate("ProjectJobs", "A dialog")
    if project is None:
        return QCoreApplication.translate("ProjectJobs", "“{title}” is still open.").format(
            title=title
        )
    return QCoreApplication.translate("ProjectJobs", "“{title}” is still open for {name}.").format(
        title=title, name=project.name
    )


def hold_switch(
    window: QWidget,
    jobs: ProjectJobs,
    project: Path | None,
    switch: Callable[[], object],
    *,
    target: str,
    closing: bool = False,
) -> bool:
    """True when the window is free to open `target` (or close, `closing`) now. Otherwise the
    user is asked and, unless they decline, `switch` runs once every job has ended and no dialog
    waits any more (after cancelling the jobs, when they chose that)."""
    situation = busy_situation(window, jobs, project)
    if not situation:
        return True
    choice = ask(window, situation, target, jobs.cancellable, closing)
    if choice is Choice.DONT:
        return False
    if choice is Choice.CANCEL:
        jobs.cancel()
    _when_free(window, jobs, switch)
    return False


def _when_free(window: QWidget, jobs: ProjectJobs, action: Callable[[], object]) -> None:
    """Run `action` once no job runs and no modal dialog of `window` waits (checked again after
    each one ends, from the event loop, so the code after them has finished first)."""

    def retry() -> None:
        QTimer.singleShot(0, attempt)

    def attempt() -> None:
        if jobs.busy:
            jobs.idle.connect(retry, Qt.ConnectionType.SingleShotConnection)
            return
        dialog = modal_dialog_of(window)
        if dialog is not None:
            dialog.finished.connect(retry, Qt.ConnectionType.SingleShotConnection)
            return
        action()

    attempt()
