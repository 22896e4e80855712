"""Connects the File menu's import, coder-copy, merge and export commands to their workflows.

Kept out of `main_window.py`: the window creates `FileTools(window)` once; this object owns the
article import (menu and drag-and-drop), the several-coders workflows, REFI-QDA .qdpx export and
import (`exchange.qdpx_workflows`) and the document list's right-click menu (metadata editing,
removing documents), and enables the commands that need an open project while one is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.ui.actions import ActionId
from annotator.ui.coders.workflows import CoderWorkflows
from annotator.ui.documents.context_menu import DocumentMenu
from annotator.ui.documents.metadata import MetadataEditing
from annotator.ui.documents.removal import DocumentRemoval
from annotator.ui.exchange.qdpx_workflows import QdpxWorkflows
from annotator.ui.imports.article_import import ArticleImport

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

PROJECT_ACTIONS = (
    ActionId.IMPORT_ARTICLES,
    ActionId.IMPORT_FOLDER,
    ActionId.CREATE_CODER_COPIES,
    ActionId.IMPORT_CODER_PROJECT,
    ActionId.EXPORT_CODINGS,
    ActionId.EXPORT_QDPX,
)


class FileTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.articles = ArticleImport(window)
        self.coders = CoderWorkflows(window)
        self.metadata = MetadataEditing(window)
        self.removal = DocumentRemoval(window)
        self.qdpx = QdpxWorkflows(window)
        self.document_menu = DocumentMenu(window, self.metadata, self.removal)
        self.articles.imported.connect(self.removal.imported)
        actions = window.actions
        actions[ActionId.IMPORT_ARTICLES].triggered.connect(self.articles.choose_files)
        actions[ActionId.IMPORT_FOLDER].triggered.connect(self.articles.choose_folder)
        actions[ActionId.CREATE_CODER_COPIES].triggered.connect(self.coders.create_copies_dialog)
        actions[ActionId.MERGE_PROJECTS].triggered.connect(self.coders.merge_dialog)
        actions[ActionId.IMPORT_CODER_PROJECT].triggered.connect(self.coders.import_dialog)
        actions[ActionId.EXPORT_CODINGS].triggered.connect(self.coders.export_dialog)
        actions[ActionId.EXPORT_QDPX].triggered.connect(self.qdpx.export_dialog)
        actions[ActionId.NEW_FROM_QDPX].triggered.connect(self.qdpx.new_from_dialog)
        window.pages.currentChanged.connect(self._project_shown)
        self._project_shown(window.pages.currentIndex())

    def _project_shown(self, page: int) -> None:
        open_ = page == 1 and self.window.workbench is not None
        for action_id in PROJECT_ACTIONS:
            self.window.actions[action_id].setEnabled(open_)
