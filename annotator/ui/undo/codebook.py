"""Codebook edits as undo steps, and the refresh that follows each edit or undo.

The codebook services (`services.codebooks.edit`, `services.codebooks.recode`,
`services.codebooks.sync`) return an `EditResult` whose `undo` record (a row change log) reverses
the edit exactly and returns the record that redoes it. So the one undo command (`UndoStep`) covers
adding, renaming, moving, recolouring, merging, splitting, deleting and importing; `CodebookEdit`
only gathers the records of several edits made as one step. After each step the window refreshes, so
the coding panel, highlights and editor show the new codebook at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoStack

from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.codebooks.edit import EditResult
from annotator.services.undo_records import UndoRecord, steps
from annotator.ui.undo.step import UndoStep

Refresh = Callable[[], None]
Report = Callable[[str], None]


class CodebookEdit(UndoStep):
    """Service edits done as one step: `run` does each once; undo/redo apply their records."""

    def __init__(self, text: str, project: Project, refresh: Refresh, report: Report) -> None:
        super().__init__(text, project, steps([]), lambda _change: refresh(), report)
        self._records: list[UndoRecord] = []

    def run(self, edit: Callable[[], EditResult]) -> EditResult:
        """Do one more edit of this step (raises AnnotatorError when the service refuses)."""
        result = edit()
        self._records.append(result.undo)
        self.record = steps(self._records)
        return result


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
