"""One undo command for every codebook edit, and the refresh that follows each edit or undo.

The codebook services (`codebook_edit`, `codebook_recode`, `codebook_sync`) return an `EditResult`
whose `undo` payload `apply_undo` reverses exactly (and which returns the payload that redoes it).
So one tiny `QUndoCommand` covers adding, renaming, moving, recolouring, merging, splitting,
deleting and importing: the first `redo` runs the edit, `undo`/`redo` swap payloads. After each
step the command calls `refresh`, so the coding panel, highlights and editor show the new codebook
at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.codebook_edit import EditResult
from annotator.services.codebook_undo import CodebookUndo, apply_undo

Refresh = Callable[[], None]
Report = Callable[[str], None]


class _Step:
    """One service edit and the payload that reverses (or, after an undo, redoes) it."""

    def __init__(self, edit: Callable[[], EditResult]) -> None:
        self.edit = edit
        self.payload: CodebookUndo | None = None

    def first(self) -> EditResult:
        result = self.edit()
        self.payload = result.undo
        return result

    def swap(self, project: Project) -> None:
        assert self.payload is not None
        self.payload = apply_undo(project, self.payload)


class CodebookEdit(QUndoCommand):
    """Wraps service edits done as one step: `run` does each once; undo/redo replay payloads."""

    def __init__(self, text: str, project: Project, refresh: Refresh, report: Report) -> None:
        super().__init__(text)
        self.project = project
        self._refresh = refresh
        self._report = report
        self._steps: list[_Step] = []
        self._in_file = True

    def run(self, edit: Callable[[], EditResult]) -> EditResult:
        """Do one more edit of this step (raises AnnotatorError when the service refuses)."""
        step = _Step(edit)
        result = step.first()
        self._steps.append(step)
        return result

    def redo(self) -> None:
        if not self._in_file:  # QUndoStack.push calls redo after `run`: nothing to do then
            self._replay(self._steps, into_file=True)

    def undo(self) -> None:
        if self._in_file:
            self._replay(list(reversed(self._steps)), into_file=False)

    def _replay(self, steps: list[_Step], *, into_file: bool) -> None:
        try:
            for step in steps:
                step.swap(self.project)
        except AnnotatorError as error:
            self._report(str(error))
            return
        finally:
            self._refresh()
        self._in_file = into_file


def push_edit(
    stack: QUndoStack,
    project: Project,
    text: str,
    edit: Callable[[], EditResult],
    refresh: Refresh,
    report: Report,
) -> EditResult | None:
    """Do `edit` now; on success put it on `stack` and refresh, else report the service's message.

    An edit that changed nothing (e.g. the same label again) is not pushed."""
    results = push_edits(stack, project, text, [edit], refresh, report)
    return results[0] if results else None


def push_edits(
    stack: QUndoStack,
    project: Project,
    text: str,
    edits: Sequence[Callable[[], EditResult]],
    refresh: Refresh,
    report: Report,
) -> list[EditResult]:
    """Several edits as one undo step (e.g. a code's form); a refused edit stops the rest, and
    the ones done before it stay done (and undoable). Nothing is pushed when none changed."""
    command = CodebookEdit(text, project, refresh, report)
    results: list[EditResult] = []
    for edit in edits:
        try:
            results.append(command.run(edit))
        except AnnotatorError as error:
            report(str(error))
            break
    if any(result.undo for result in results):
        stack.push(command)
    if results:
        refresh()
    return results
