"""Undoable project-wide edits: importing a coder's project, and correcting a document's metadata.

Tiny like `commands.py`: `redo`/`undo` call one service each and then tell the window what
changed. "Import coder project…" is done the first time by a background job (`merge_into` on the
worker's own connection); the command arrives with that merge's `MergeUndo`, so Ctrl+Z removes
exactly what the merge added (`undo_merge`), and redo merges the same files again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand

from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.merge import merge_into
from annotator.services.merge_report import MergeUndo
from annotator.services.merge_undo import undo_merge
from annotator.services.metadata import MetadataEdit, edit_metadata

Failed = Callable[[str], None]


class ImportCoderProject(QUndoCommand):
    """One merge into the open project; `changed()` refreshes the views after undo and redo."""

    def __init__(
        self,
        project: Project,
        inputs: Sequence[Path],
        undo: MergeUndo,
        changed: Callable[[], None],
        failed: Failed,
    ) -> None:
        names = ", ".join(path.name for path in inputs)
        super().__init__(f"Import coder project {names}")
        self.project = project
        self.inputs = list(inputs)
        self.merge_undo = undo
        self.changed = changed
        self.failed = failed
        self._first = True  # the background job already did the first merge

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.merge_undo = merge_into(self.project, self.inputs).undo
        except AnnotatorError as error:
            self.failed(str(error))
        self.changed()

    def undo(self) -> None:
        try:
            undo_merge(self.project, self.merge_undo)
        except AnnotatorError as error:
            self.failed(str(error))
        self.changed()


class EditMetadata(QUndoCommand):
    """Set some metadata fields of one document; undo sets back the values they replaced."""

    def __init__(
        self,
        project: Project,
        document_id: int,
        changes: dict[str, Any],
        changed: Callable[[int], None],
        failed: Failed,
    ) -> None:
        super().__init__(f"Edit metadata ({', '.join(changes)})")
        self.project = project
        self.document_id = document_id
        self.changes = changes
        self.changed = changed
        self.failed = failed
        self.edit: MetadataEdit | None = None
        self._done_before_push = False

    def apply(self) -> MetadataEdit:
        """Make the edit before the command goes on the stack (errors reach the dialog)."""
        self.edit = edit_metadata(self.project, self.document_id, self.changes)
        self._done_before_push = True
        self.changed(self.document_id)
        return self.edit

    def redo(self) -> None:
        if self._done_before_push:  # QUndoStack.push calls redo; `apply` already did the edit
            self._done_before_push = False
        elif self.edit is not None:
            self._set(self.edit.new)

    def undo(self) -> None:
        if self.edit is not None:
            self._set(self.edit.old)

    def _set(self, values: dict[str, Any]) -> None:
        try:
            edit_metadata(self.project, self.document_id, values)
        except AnnotatorError as error:
            self.failed(str(error))
        self.changed(self.document_id)
