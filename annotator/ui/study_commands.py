"""Undoable project-wide edits: importing a coder's project or articles, correcting a document's
metadata, removing documents.

Tiny like `commands.py`: `redo`/`undo` call one service each and then tell the window what
changed. "Import coder project…" is done the first time by a background job (`merge_into` on the
worker's own connection); the command arrives with that merge's `MergeUndo`, so Ctrl+Z removes
exactly what the merge added (`undo_merge`), and redo merges the same files again. An article
import, also done by a background job, arrives with the ids it added: undo removes those
documents (`remove_documents`) and redo puts the very same rows back (`restore_documents`);
removing documents from the list is the same pair the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from annotator.core.text import counted
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.document_removal import (
    RemovedDocuments,
    remove_documents,
    restore_documents,
)
from annotator.services.merge import merge_into
from annotator.services.merge_report import MergeUndo
from annotator.services.merge_undo import undo_merge
from annotator.services.metadata import MetadataEdit, edit_metadata

Failed = Callable[[str], None]
Shown = Callable[[int | None], None]  # refresh the views, showing this document if given
FIELD_NAMES = {"published": "date", "extra": "other fields"}
BUSY_DOCUMENTS = 500  # taking out or putting back this many takes a noticeable moment


@contextmanager
def _busy(count: int) -> Iterator[None]:
    """A wait cursor while many documents go out or come back (10,000 take about a second)."""
    if count < BUSY_DOCUMENTS or QApplication.instance() is None:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


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
        names = ", ".join(FIELD_NAMES.get(name, name) for name in changes)
        super().__init__(f"Edit metadata ({names})")
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


class _DocumentsOutAndBack(QUndoCommand):
    """Takes a set of documents out of the project (keeping every row) and puts them back."""

    def __init__(
        self,
        text: str,
        project: Project,
        document_ids: Sequence[int],
        changed: Shown,
        failed: Failed,
    ) -> None:
        super().__init__(text)
        self.project = project
        self.document_ids = list(document_ids)
        self.changed = changed
        self.failed = failed
        self.removed: RemovedDocuments | None = None

    def take_out(self, show: int | None = None) -> None:
        try:
            with _busy(len(self.document_ids)):
                self.removed = remove_documents(self.project, self.document_ids)
        except AnnotatorError as error:
            self.failed(str(error))
        self.changed(show)

    def put_back(self) -> None:
        if self.removed is None:
            return
        try:
            with _busy(len(self.document_ids)):
                restore_documents(self.project, self.removed)
            self.removed = None
        except AnnotatorError as error:
            self.failed(str(error))
        self.changed(self.document_ids[0])


class ImportArticles(_DocumentsOutAndBack):
    """An article import a background job already stored; undo removes exactly its documents."""

    def __init__(
        self, project: Project, document_ids: Sequence[int], changed: Shown, failed: Failed
    ) -> None:
        text = f"Import {counted(len(document_ids), 'article')}"
        super().__init__(text, project, document_ids, changed, failed)
        self._first = True  # the background job already did the import

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.put_back()

    def undo(self) -> None:
        self.take_out()


class RemoveDocuments(_DocumentsOutAndBack):
    """Remove documents with their annotations; undo puts every row back as it was."""

    def __init__(
        self,
        project: Project,
        document_ids: Sequence[int],
        changed: Shown,
        failed: Failed,
        *,
        show_after: int | None = None,
    ) -> None:
        text = f"Remove {counted(len(document_ids), 'document')}"
        super().__init__(text, project, document_ids, changed, failed)
        self.show_after = show_after
        self._done_before_push = False

    def apply(self) -> RemovedDocuments:
        """Remove before the command goes on the stack, so a refusal reaches the caller."""
        self.removed = remove_documents(self.project, self.document_ids)
        self._done_before_push = True
        self.changed(self.show_after)
        return self.removed

    def redo(self) -> None:
        if self._done_before_push:  # QUndoStack.push calls redo; `apply` already removed them
            self._done_before_push = False
        else:
            self.take_out(self.show_after)

    def undo(self) -> None:
        self.put_back()
