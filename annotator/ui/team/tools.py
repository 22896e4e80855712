"""The lead's team tools in the window: Assign Documents… and Team Progress (Analysis menu).

Like `research_tools`, kept out of `main_window.py`: the window makes one `TeamTools(window)`,
which connects the two actions, enables them while a project is open, and owns the progress
window (closed with the project). An assignment is made on the window's thread (one short
transaction, like any edit) and pushed on the undo stack as one `AssignDocuments` step; after it,
and after its undo or redo, the document list and the progress window are re-read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from annotator.errors import AnnotatorError
from annotator.services.coders import list_coders
from annotator.ui.actions import ActionId
from annotator.ui.project.refresh import reload_project_views

if TYPE_CHECKING:  # the dialogs are imported when first opened: the window starts fast
    from annotator.ui.main_window import MainWindow
    from annotator.ui.team.assign_dialog import AssignDialog
    from annotator.ui.team.progress_window import ProgressWindow

TEAM_ACTIONS = (ActionId.ASSIGN_DOCUMENTS, ActionId.TEAM_PROGRESS)
CONSENSUS = "consensus"  # the adjudicator's coder codes nothing new


class TeamTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.progress: ProgressWindow | None = None
        self.last_message = ""
        window.actions[ActionId.ASSIGN_DOCUMENTS].triggered.connect(lambda: self.assign_dialog())
        window.actions[ActionId.TEAM_PROGRESS].triggered.connect(self.open_progress)
        window.pages.currentChanged.connect(self._project_shown)
        window.undo_stack.indexChanged.connect(lambda _index: self._project_changed())
        window.document_panel.model.modelReset.connect(self._project_changed)
        window.document_panel.model.rowUpdated.connect(lambda _id: self._project_changed())
        self._project_shown(window.pages.currentIndex())

    def _project_shown(self, page: int) -> None:
        open_ = page == 1 and self.window.workbench is not None
        for action_id in TEAM_ACTIONS:
            self.window.actions[action_id].setEnabled(open_)
        if not open_ and self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _project_changed(self) -> None:
        if self.progress is not None:
            self.progress.refresh_soon()

    # -- assigning --
    def make_dialog(self) -> AssignDialog | None:
        from annotator.ui.team.assign_dialog import AssignDialog

        bench = self.window.workbench
        if bench is None:
            return None
        panel = self.window.document_panel
        coders = [c.name for c in list_coders(bench.project) if c.name.casefold() != CONSENSUS]
        filtered = panel.model.visible_ids() if panel.model.filtering() else None
        return AssignDialog(bench.project, coders, filtered, panel.selected_ids(), self.window)

    def assign_dialog(self) -> None:
        dialog = self.make_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.assign(dialog.coders(), **dialog.options())

    def assign(self, coders: list[str], **options: object) -> bool:
        """Make the assignment (one undoable step); False, with the reason shown, if refused."""
        from annotator.services.assignment_edits import assign_undoable
        from annotator.ui.undo.team import AssignDocuments

        bench = self.window.workbench
        if bench is None:
            return False
        try:
            report, record = assign_undoable(bench.project, coders, **options)  # type: ignore[arg-type]
        except AnnotatorError as error:
            self.window.show_error(self.tr("The documents were not assigned"), str(error))
            return False
        step = AssignDocuments(bench.project, record, self._after_step, self._refused)
        self.window.undo_stack.push(step)
        self._after_step()
        self.last_message = self.tr(
            "Assigned {documents} to {coders} in the set “{name}” (seed {seed})."
        ).format(
            documents=self.tr("%n document(s)", "", report.documents),
            coders=self.tr("%n coder(s)", "", len(report.coders)),
            name=report.set_name,
            seed=report.seed,
        )
        self.window.statusBar().showMessage(self.last_message, 10000)
        return True

    def _after_step(self) -> None:
        reload_project_views(self.window)
        self._project_changed()

    def _refused(self, message: str) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message, 10000)

    # -- progress --
    def open_progress(self) -> ProgressWindow | None:
        from annotator.ui.team.progress_window import ProgressWindow

        bench = self.window.workbench
        if bench is None:
            return None
        if self.progress is None:
            self.progress = ProgressWindow(bench.project, self.window)
        else:
            self.progress.refresh()
        self.progress.show()
        self.progress.raise_()
        return self.progress
