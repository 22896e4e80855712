"""The PI's tools in the window: the codebook editor, codebook import/export, agreement.

Kept out of `main_window.py` (which lays out the coding window) so that module stays small: the
window calls `ResearchTools(window)` once, and this object connects the actions declared in
`actions.py`, enables them while a project is open, owns the editor and agreement windows (closed
with the project), and refreshes the coding views after every codebook edit or undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from annotator.errors import AnnotatorError
from annotator.ui.actions import ActionId

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

TOOL_ACTIONS = (
    ActionId.EDIT_CODEBOOK,
    ActionId.IMPORT_CODEBOOK,
    ActionId.EXPORT_CODEBOOK,
    ActionId.AGREEMENT,
)


class ResearchTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor: QDialog | None = None
        self.agreement: QDialog | None = None
        actions = window.actions
        actions[ActionId.EDIT_CODEBOOK].triggered.connect(self.edit_codebook)
        actions[ActionId.EXPORT_CODEBOOK].triggered.connect(lambda: self.export_codebook())
        actions[ActionId.IMPORT_CODEBOOK].triggered.connect(lambda: self.import_codebook())
        actions[ActionId.AGREEMENT].triggered.connect(self.open_agreement)
        window.pages.currentChanged.connect(self._project_shown)
        self._project_shown(window.pages.currentIndex())

    def _project_shown(self, page: int) -> None:
        open_ = page == 1 and self.window.workbench is not None
        for action_id in TOOL_ACTIONS:
            self.window.actions[action_id].setEnabled(open_)
        if not open_:
            for dialog in (self.editor, self.agreement):
                if dialog is not None:
                    dialog.close()
                    dialog.deleteLater()
            self.editor = self.agreement = None

    def refresh_codebook(self) -> None:
        """After a codebook edit or its undo: new colours, keys and recoded values, at once."""
        bench = self.window.workbench
        if bench is None:
            return
        bench.reload_codebook()
        if bench.document_id is not None:
            current = self.window.article.current
            scroll = self.window.article.verticalScrollBar().value()
            bench.show_document(bench.document_id)
            self.window.article.verticalScrollBar().setValue(scroll)
            if current and self.window.article.record(current) is not None:
                self.window.article.set_current(current)
        if self.editor is not None and self.editor.isVisible():
            self.editor.reload()  # type: ignore[attr-defined]

    def report(self, message: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Not changed: {reason}").format(reason=message), 10000
        )

    def edit_codebook(self) -> QDialog | None:
        from annotator.ui.codebook.editor import CodebookEditor

        bench = self.window.workbench
        if bench is None:
            return None
        if self.editor is None:
            self.editor = CodebookEditor(
                bench.project,
                self.window.undo_stack,
                self.refresh_codebook,
                self.report,
                self.window,
            )
            undo, redo = self.window.actions[ActionId.UNDO], self.window.actions[ActionId.REDO]
            self.editor.addActions([undo, redo])
        else:
            self.editor.reload()  # type: ignore[attr-defined]
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def export_codebook(self, path: str | None = None) -> None:
        from annotator.ui.codebook.transfer import export_codebook

        bench = self.window.workbench
        if bench is None:
            return
        try:
            message = export_codebook(self.window, bench.project, path)
        except (AnnotatorError, OSError) as error:
            self.window.show_error(self.tr("The codebook was not exported"), str(error))
            return
        if message:
            self.window.statusBar().showMessage(message, 10000)

    def import_codebook(self, path: str | None = None, confirm=None) -> None:
        from annotator.ui.codebook.transfer import import_codebook

        bench = self.window.workbench
        if bench is None:
            return
        message = import_codebook(
            self.window,
            bench.project,
            self.window.undo_stack,
            self.refresh_codebook,
            lambda text: self.window.show_error(self.tr("The codebook was not imported"), text),
            path,
            confirm,
        )
        if message:
            self.window.statusBar().showMessage(message, 10000)

    def open_agreement(self) -> QDialog | None:
        from annotator.ui.intercoder.agreement_dialog import AgreementDialog

        bench = self.window.workbench
        if bench is None:
            return None
        if self.agreement is None:
            self.agreement = AgreementDialog(
                bench.project, self.window.undo_stack, self.refresh_codebook, self.window
            )
        self.agreement.show()
        self.agreement.raise_()
        return self.agreement
