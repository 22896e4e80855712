"""Machine coding in the window: Analysis ▸ Machine Coding… and View ▸ Show Machine Suggestions.

Like `team.tools`, kept out of `main_window.py`: the window makes one `MachineTools(window)`,
which connects the two actions, enables the dialog's while a project is open, opens the dialog
(`machine.coding_dialog`) and, once a run has stored spans, re-reads the window's views so the
new suggestions show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.ui.actions import ActionId
from annotator.ui.project.refresh import reload_project_views
from annotator.ui.settings import Setting

if TYPE_CHECKING:  # the dialog is imported when first opened: the window starts fast
    from annotator.ui.machine.coding_dialog import MachineCodingDialog
    from annotator.ui.main_window import MainWindow


class MachineTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MachineCodingDialog | None = None
        actions = window.actions
        show = actions[ActionId.SHOW_SUGGESTIONS]
        show.setChecked(bool(window.settings.get(Setting.SHOW_MACHINE_SUGGESTIONS)))
        show.toggled.connect(self._show_suggestions)
        actions[ActionId.MACHINE_CODING].triggered.connect(lambda: self.open_dialog())
        window.pages.currentChanged.connect(self._project_shown)
        self._project_shown(window.pages.currentIndex())

    def _project_shown(self, page: int) -> None:
        open_ = page == 1 and self.window.workbench is not None
        self.window.actions[ActionId.MACHINE_CODING].setEnabled(open_)
        if not open_ and self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _show_suggestions(self, on: bool) -> None:
        self.window.settings.set(Setting.SHOW_MACHINE_SUGGESTIONS, on)
        bench = self.window.workbench
        if bench is not None:
            bench.suggestions.set_enabled(on)

    def open_dialog(self) -> MachineCodingDialog | None:
        from annotator.ui.machine.coding_dialog import MachineCodingDialog

        bench = self.window.workbench
        if bench is None:
            return None
        if self.dialog is not None and self.dialog.job is None:  # read the list's choice anew
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.dialog is None:
            panel = self.window.document_panel
            filtered = panel.model.visible_ids() if panel.model.filtering() else None
            self.dialog = MachineCodingDialog(
                bench.project, filtered, panel.selected_ids(), self.window
            )
            settings = self.window.settings
            self.dialog.endpoint.setText(
                settings.get(Setting.MACHINE_ENDPOINT) or self.dialog.endpoint.text()
            )
            self.dialog.model.setText(settings.get(Setting.MACHINE_MODEL))
            self.dialog.started.connect(self._remember)
            self.dialog.stored.connect(self._stored)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _remember(self, endpoint: str, model: str) -> None:
        """The next dialog starts with the endpoint and model of the last run (never a key)."""
        self.window.settings.set(Setting.MACHINE_ENDPOINT, endpoint)
        self.window.settings.set(Setting.MACHINE_MODEL, model)

    def _stored(self) -> None:
        """A run stored spans: the document list, the article and its suggestions re-read."""
        reload_project_views(self.window)
