"""Undoable project-wide edits: importing a coder's project or articles, correcting a document's
metadata, removing documents.

Each is the one undo command (`UndoStep`) with the record its service returned. "Import coder
project…" is done the first time by a background job (`merge_into` on the worker's own
connection); the command arrives with that merge's `MergeUndo`, so Ctrl+Z removes exactly what the
merge added (`MergeTakeBack`), and redo merges the same files again (`MergeAgain`). An article
import, also done by a background job, arrives with the ids it added: undo removes those
documents (`DocumentsToRemove`) and redo puts the very same rows back (`RemovedDocuments`);
removing documents from the list is the same pair the other way round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from annotator.db.project import Project
from annotator.services.corpus.metadata import MetadataEdit, edit_metadata
from annotator.services.corpus.removal import (
    DocumentsToRemove,
    RemovedDocuments,
    remove_documents,
)
from annotator.services.merging.report import MergeUndo
from annotator.services.merging.undo import MergeTakeBack
from annotator.services.undo_records import Change
from annotator.ui.undo.step import UndoStep

Failed = Callable[[str], None]
Shown = Callable[[int | None], None]  # refresh the views, showing this document if given
FIELD_NAMES = {
    "published": QT_TRANSLATE_NOOP("EditMetadata", "date"),
    "extra": QT_TRANSLATE_NOOP("EditMetadata", "other fields"),
}
BUSY_DOCUMENTS = 500  # taking out or putting back this many takes a noticeable moment


class StudyTexts(QObject):
    """The undo texts that count documents: lupdate gives a text plural forms only from a
    QObject's `tr` (an undo command is no QObject)."""

    def import_articles(self, count: int) -> str:
        return self.tr("Import %n article(s)", "", count)

    def remove_documents(self, count: int) -> str:
        return self.tr("Remove %n document(s)", "", count)


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


class ImportCoderProject(UndoStep):
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
        record = MergeTakeBack(tuple(inputs), undo)
        super().__init__(
            QCoreApplication.translate("ImportCoderProject", "Import coder project {names}").format(
                names=names
            ),
            project,
            record,
            lambda _change: changed(),
            failed,
        )


class EditMetadata(UndoStep):
    """Set some metadata fields of one document; undo sets back the values they replaced."""

    def __init__(
        self,
        project: Project,
        document_id: int,
        changes: dict[str, Any],
        changed: Callable[[int], None],
        failed: Failed,
    ) -> None:
        names = ", ".join(
            QCoreApplication.translate("EditMetadata", FIELD_NAMES[name])
            if name in FIELD_NAMES
            else name
            for name in changes
        )
        empty = MetadataEdit(document_id, {}, {})
        super().__init__(
            QCoreApplication.translate("EditMetadata", "Edit metadata ({fields})").format(
                fields=names
            ),
            project,
            empty,
            lambda _change: changed(document_id),
            failed,
            subject="document",
        )
        self.document_id = document_id
        self.changes = changes

    def apply(self) -> MetadataEdit:
        """Make the edit before the command goes on the stack (errors reach the dialog)."""
        edit = edit_metadata(self.project, self.document_id, self.changes)
        self.record = edit
        self.changed(Change(frozenset()))
        return edit


class _DocumentsOutAndBack(UndoStep):
    """Takes a set of documents out of the project (keeping every row) and puts them back."""

    def __init__(
        self,
        text: str,
        project: Project,
        document_ids: Sequence[int],
        record: DocumentsToRemove | RemovedDocuments,
        shown: Shown,
        failed: Failed,
        *,
        show_after: int | None = None,
    ) -> None:
        super().__init__(text, project, record, self._show, failed, subject="document")
        self.document_ids = list(document_ids)
        self.shown = shown
        self.show_after = show_after

    def _show(self, _change: Change) -> None:
        """Back in the project: show the first of them; taken out: show `show_after`."""
        back = isinstance(self.record, DocumentsToRemove)
        self.shown(self.document_ids[0] if back else self.show_after)

    def _apply(self, verb: str) -> None:
        with _busy(len(self.document_ids)):
            super()._apply(verb)


class ImportArticles(_DocumentsOutAndBack):
    """An article import a background job already stored; undo removes exactly its documents."""

    def __init__(
        self, project: Project, document_ids: Sequence[int], changed: Shown, failed: Failed
    ) -> None:
        text = StudyTexts().import_articles(len(document_ids))
        record = DocumentsToRemove(tuple(document_ids))
        super().__init__(text, project, document_ids, record, changed, failed)


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
        text = StudyTexts().remove_documents(len(document_ids))
        nothing_yet = RemovedDocuments(())
        super().__init__(
            text, project, document_ids, nothing_yet, changed, failed, show_after=show_after
        )

    def apply(self) -> RemovedDocuments:
        """Remove before the command goes on the stack, so a refusal reaches the caller."""
        removed = remove_documents(self.project, self.document_ids)
        self.record = removed
        self.changed(Change(removed.kinds))
        return removed
