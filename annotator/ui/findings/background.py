"""Recomputing a findings window off the GUI thread, one computation at a time.

A frequency table and its chart over 50,000 spans take about 1.7 s, a network as long; on the GUI
thread that would freeze coding after every keystroke while a findings window is open. So the
windows compute through the project's one way of doing long work (`ui.project.background.Job`):
the work opens the project read-only by its path on a worker thread and returns plain results;
no progress dialog (the window keeps showing the last result, its summary says it is updating).
Changes that come in while a computation runs are not lost: one more runs when it has ended, with
the options as they are then. A window closed meanwhile never receives the result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.db.project import Project, open_project
from annotator.ui.project.background import Job, JobOutcome

Compute = Callable[[Project], Any]


class BackgroundRefresh(QObject):
    """Runs `compute(project)` for `window` on a worker thread; `done` after each outcome."""

    done = Signal()

    def __init__(self, window: QWidget, path: Path, what: str) -> None:
        super().__init__(window)
        self.window, self.path, self.what = window, path, what
        self.job: Job | None = None
        self.pending: tuple[Compute, Callable[[Any], None], Callable[[str], None]] | None = None
        self.generation = 0  # results of an earlier generation are dropped (see `discard`)

    @property
    def busy(self) -> bool:
        return self.job is not None or self.pending is not None

    def discard(self) -> None:
        """Drop the computation under way and any waiting one: the window shows something else."""
        self.pending = None
        self.generation += 1

    def run(
        self, compute: Compute, success: Callable[[Any], None], failure: Callable[[str], None]
    ) -> None:
        """Compute now, or once the computation under way has ended (the latest request wins)."""
        if self.job is not None:
            self.pending = (compute, success, failure)
            return
        path = self.path

        def work(_progress: object, _cancelled: Callable[[], bool]) -> Any:
            with open_project(path, read_only=True) as project:
                return compute(project)

        job = Job(
            self.window,
            work,
            title=self.window.windowTitle(),
            project=path,
            what=self.what,
            cancellable=False,
            progress_dialog=False,
        )
        generation = self.generation
        job.on_success(lambda result: self._deliver(generation, success, result))
        job.on_failure(lambda message: self._deliver(generation, failure, message))
        job.ended.connect(self._ended)
        self.job = job
        job.start()

    def _deliver(self, generation: int, callback: Callable[[Any], None], value: Any) -> None:
        if generation == self.generation and shiboken6.isValid(self.window):
            callback(value)

    def _ended(self, _outcome: JobOutcome[Any]) -> None:
        self.job = None
        if not shiboken6.isValid(self.window):
            return
        pending, self.pending = self.pending, None
        if pending is not None:
            self.run(*pending)
        else:
            self.done.emit()
