"""Undoable team edits: assigning documents to coders (Analysis → Assign Documents…).

The assignment is made once by `services.assignment_edits.assign_undoable`; the command arrives
with the record that takes the new set away (`SetRemoval`), so Ctrl+Z removes exactly that set
and redo puts the very same rows back (`SetRestore`). After each undo or redo the window re-reads
the document list (its "My documents" filter) and the team views.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from annotator.db.project import Project
from annotator.services.assignment_edits import SetRemoval
from annotator.ui.undo.step import UndoStep


class AssignDocuments(UndoStep):
    def __init__(
        self,
        project: Project,
        record: SetRemoval,
        changed: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        text = QCoreApplication.translate("AssignDocuments", "Assign documents (set “{name}”)")
        super().__init__(
            text.format(name=record.name), project, record, lambda _change: changed(), failed
        )
