"""Removing documents from the document list, after saying what goes with them, undoably.

Right-click → "Remove Document(s)…" removes the selected documents. The confirmation names how
many annotations (and whose) would be lost, since coders' work goes with the documents; the
removal is one `RemoveDocuments` command, so Ctrl+Z brings every row back exactly. An article
import becomes one undo step here too (`imported`): Ctrl+Z removes what that import added.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.corpus.removal import RemovalPlan, plan_removal
from annotator.services.imports.articles import ImportReport
from annotator.ui.project.refresh import reload_project_views
from annotator.ui.undo.study import ImportArticles, RemoveDocuments

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class DocumentRemoval(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _show(self, document_id: int | None) -> None:
        reload_project_views(self.window, select=document_id)

    def _failed(self, message: str) -> None:
        self.window.show_error(self.tr("The documents were not changed"), message)

    def confirmation_text(self, plan: RemovalPlan) -> tuple[str, str]:
        """The question and the explanation the confirmation shows."""
        count = len(plan.document_ids)
        if count == 1:
            question = self.tr("Remove “{title}”?").format(title=plan.titles[0])
        else:
            question = self.tr("Remove %n document(s)?", "", count)
        if plan.annotations:
            detail = self.tr("{annotations} by {coders} will be lost with them.", "", count)
            detail = detail.format(
                annotations=self.tr("%n annotation(s)", "", plan.annotations),
                coders=", ".join(plan.coders),
            )
        else:
            detail = self.tr("No one has coded them yet.", "", count)
        back = self.tr("{detail} Edit ▸ Undo (Ctrl+Z) brings everything back.")
        return question, back.format(detail=detail)

    def confirm(self, plan: RemovalPlan) -> bool:
        question, detail = self.confirmation_text(plan)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Remove documents"), question, parent=self.window
        )
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def remove(self, document_ids: Sequence[int]) -> bool:
        """Ask, then remove the documents as one undoable step; False when nothing was removed."""
        bench = self.window.workbench
        if bench is None or not document_ids:
            return False
        try:
            plan = plan_removal(bench.project, document_ids)
        except AnnotatorError as error:
            self._failed(str(error))
            return False
        if not self.confirm(plan):
            return False
        command = RemoveDocuments(
            bench.project,
            plan.document_ids,
            self._show,
            self._failed,
            show_after=self._next_shown(plan.document_ids),
        )
        try:
            command.apply()
        except AnnotatorError as error:
            self._failed(str(error))
            return False
        self.window.undo_stack.push(command)
        self.window.statusBar().showMessage(
            self.tr("Removed %n document(s) (Ctrl+Z undoes it).", "", len(plan.document_ids)),
            10000,
        )
        return True

    def _next_shown(self, removed: Sequence[int]) -> int | None:
        """The document to show once these are gone: the one being read, or the next one left."""
        bench = self.window.workbench
        current = bench.document_id if bench is not None else None
        visible = self.window.document_panel.model.visible_ids()
        if current not in removed:
            return current
        gone = set(removed)
        position = visible.index(current) if current in visible else 0
        later = [i for i in visible[position:] if i not in gone]
        earlier = [i for i in visible[:position] if i not in gone]
        return (later or earlier[-1:] or [None])[0]

    def imported(self, project: Project, report: ImportReport) -> None:
        """Put a finished article import into `project` on the undo stack (undo removes what it
        added) — only while that project is the open one: the stack holds its edits alone."""
        bench = self.window.workbench
        if bench is None or bench.project is not project or not report.imported:
            return
        ids = [item.id for item in report.imported]
        self.window.undo_stack.push(ImportArticles(project, ids, self._show, self._failed))
        self.window.statusBar().showMessage(
            self.tr("Imported %n article(s) (Ctrl+Z undoes the import).", "", len(ids)), 10000
        )
