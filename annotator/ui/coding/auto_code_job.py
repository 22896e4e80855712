"""Auto-coding thousands of search hits in the background, with a progress dialog and Cancel.

Coding 10,000 hits takes seconds, too long for a busy cursor that nobody can stop. More hits than
`AUTO_CODE_AT_ONCE` are written by a `Job` on a worker thread (its own `Project` on the same
file, one transaction), reporting progress every `bulk.WRITE_BATCH` spans; Cancel rolls the
transaction back, so the project stays as it was. The finished coding lands on the undo stack as
one step whose first `do` hands over what the worker wrote; undo and redo then work as for any
coding step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.db.project import open_project
from annotator.services.coding.bulk import CodingCancelled, NewAnnotation
from annotator.services.coding.undo import Coded, code_spans
from annotator.ui.project.background import Job, Progress
from annotator.ui.undo import coding as commands

if TYPE_CHECKING:
    from annotator.ui.coding.workbench import Workbench

AUTO_CODE_AT_ONCE = 1000  # more hits than this are coded in the background, with Cancel


class AutoCodingJob(QObject):
    """One background auto-coding for a workbench (a QObject, so lupdate sees its `tr`)."""

    def __init__(self, bench: Workbench, spans: list[NewAnnotation], text: str) -> None:
        super().__init__(bench)
        self.bench, self.spans, self.text = bench, spans, text
        self.done: Callable[[], None] = lambda: None  # what the workbench says once coded

    def start(self, label: str) -> Job:
        path, coder, spans = self.bench.project.path, self.bench.coder, self.spans

        def work(progress: Progress, should_cancel: Callable[[], bool]) -> Coded | None:
            with open_project(path) as project:
                try:
                    return code_spans(
                        project,
                        coder,
                        spans,
                        progress=lambda written, total: progress(written, total, ""),
                        should_cancel=should_cancel,
                    )
                except CodingCancelled:
                    return None

        job = Job(
            self.bench.window,
            work,
            title=self.tr("Auto-code"),
            label=self.tr("Coding %n hit(s) as {code}…", "", len(spans)).format(code=label),
            project=path,
            what=self.tr("Auto-coding"),
        )
        job.on_success(self._coded).on_failure(self.bench.command_failed)
        job.on_cancelled(self._cancelled)
        return job.start()

    def _coded(self, result: Coded | None) -> None:
        if result is None:
            return
        bench = self.bench
        # the worker's commit is this window's own edit, not another program's
        bench.changes_seen = bench.project.change_counter()
        step = commands.CodingStep(self.text, bench.project, bench, lambda: result)
        if commands.push(bench.window.undo_stack, step):
            self.done()

    def _cancelled(self, _result: object) -> None:
        self.bench.auto_code_report(self.tr("Auto-coding cancelled: nothing was coded."))
