"""The document list's right-click menu: Edit Metadata… and Remove Document(s)….

Kept apart from the two workflows it starts (`documents.metadata`, `documents.removal`), so each of
them stays about one thing. Removing acts on the selected documents when the clicked one is among
them, otherwise on the clicked one alone (as file managers do).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from annotator.ui.documents.metadata import MetadataEditing
from annotator.ui.documents.removal import DocumentRemoval

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


class DocumentMenu(QObject):
    def __init__(
        self, window: MainWindow, metadata: MetadataEditing, removal: DocumentRemoval
    ) -> None:
        super().__init__(window)
        self.window = window
        self.metadata = metadata
        self.removal = removal
        table = window.document_panel.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def menu_for(self, row: int) -> QMenu:
        """The menu for a click on `row` of the list."""
        panel = self.window.document_panel
        document_id = panel.model.document_at(row).id
        selected = panel.selected_ids()
        targets = selected if document_id in selected else [document_id]
        menu = QMenu(panel.table)
        menu.addAction(self.tr("Edit Metadata…"), lambda: self.metadata.edit(document_id))
        menu.addSeparator()
        label = self.tr("Remove %n Document(s)…", "", len(targets))
        menu.addAction(label, lambda: self.removal.remove(targets))
        return menu

    def _context_menu(self, point: QPoint) -> None:
        table = self.window.document_panel.table
        index = table.indexAt(point)
        if not index.isValid() or self.window.workbench is None:
            return
        self.menu_for(index.row()).popup(table.viewport().mapToGlobal(point))
