"""Connects Analysis ▸ Frequencies and Analysis ▸ Discourse Network to their windows.

Kept out of `main_window.py`: the window creates `FindingsTools(window)` once. This object enables
the two commands while a project is open, owns their windows (closed with the project), and tells
them when the project changed: after every step of the window's undo stack (the coder codes,
recodes, deletes, undoes; a codebook edit) and after another program's changes were read in
(`ExternalChanges.refreshed`). matplotlib and the windows are imported when first opened, so the
app starts as fast as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from annotator.ui.actions import ActionId

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

FINDINGS_ACTIONS = (ActionId.FREQUENCIES, ActionId.DISCOURSE_NETWORK)


class FindingsTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.frequencies: QDialog | None = None
        self.network: QDialog | None = None
        window.actions[ActionId.FREQUENCIES].triggered.connect(self.open_frequencies)
        window.actions[ActionId.DISCOURSE_NETWORK].triggered.connect(self.open_network)
        window.pages.currentChanged.connect(self._project_shown)
        window.undo_stack.indexChanged.connect(lambda _index: self.project_changed())
        window.external_changes.refreshed.connect(self.project_changed)
        self._project_shown(window.pages.currentIndex())

    def windows(self) -> list[QDialog]:
        return [w for w in (self.frequencies, self.network) if w is not None]

    def _project_shown(self, page: int) -> None:
        open_ = page == 1 and self.window.workbench is not None
        for action_id in FINDINGS_ACTIONS:
            self.window.actions[action_id].setEnabled(open_)
        if not open_:
            for dialog in self.windows():
                dialog.close()
                dialog.deleteLater()
            self.frequencies = self.network = None

    def project_changed(self) -> None:
        for dialog in self.windows():
            dialog.project_changed()  # type: ignore[attr-defined]

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_frequencies(self) -> QDialog | None:
        from annotator.ui.findings.frequencies import FrequenciesWindow

        bench = self.window.workbench
        if bench is None:
            return None
        if self.frequencies is None:
            self.frequencies = FrequenciesWindow(bench.project, self.window)
        else:
            self.frequencies.refresh()  # type: ignore[attr-defined]
        return self._show(self.frequencies)

    def open_network(self) -> QDialog | None:
        from annotator.ui.findings.network_window import NetworkWindow

        bench = self.window.workbench
        if bench is None:
            return None
        if self.network is None:
            self.network = NetworkWindow(bench.project, self.window)
        else:
            self.network.refresh()  # type: ignore[attr-defined]
        return self._show(self.network)
