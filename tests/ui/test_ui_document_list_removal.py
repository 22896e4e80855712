"""Removing documents from the list and undoing an article import, each one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation
from annotator.services.corpus.documents import list_documents
from annotator.ui.actions import ActionId
from annotator.ui.imports.preview import ImportPreviewDialog


def stored(window) -> list[tuple[int, str]]:
    with open_project(window.workbench.project.path, read_only=True) as project:
        return [(document.id, document.uuid) for document in list_documents(project)]


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Confirm every removal; the questions asked are collected."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_remove_selected_documents_then_undo_and_redo(
    make_window, metadata_project, qtbot, answers
):
    with open_project(metadata_project) as project:
        create_annotation(project, document=2, coder="bob", start=0, end=5)
        create_annotation(project, document=2, coder="alice", start=6, end=12)
    window = make_window(metadata_project)
    before = stored(window)
    panel = window.document_panel
    click_row(qtbot, panel.table, 1)
    click_row(qtbot, panel.table, 2, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == [2, 3]
    menu = window.file_tools.document_menu.menu_for(2)
    remove = next(action for action in menu.actions() if action.text().startswith("Remove"))
    assert remove.text() == "Remove 2 Documents…"
    remove.trigger()

    assert answers == [
        "Remove 2 documents? 2 annotations by alice, bob will be lost with them. "
        "Edit ▸ Undo (Ctrl+Z) brings everything back."
    ]
    assert [row.id for row in panel.model.all_rows()] == [1, 4]
    assert stored(window) == [before[0], before[3]]
    assert window.workbench.document_id == 4  # the next one left after the removed
    assert window.undo_stack.undoText() == "Remove 2 documents"

    window.undo_stack.undo()
    assert stored(window) == before
    assert [row.id for row in panel.model.all_rows()] == [1, 2, 3, 4]
    assert window.workbench.document_id == 2
    assert window.annotation_table.model_.rowCount() == 1  # alice's span is back
    window.undo_stack.redo()
    assert stored(window) == [before[0], before[3]]


def test_a_refused_confirmation_removes_nothing(make_window, metadata_project, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    window = make_window(metadata_project)
    menu = window.file_tools.document_menu.menu_for(0)
    assert [action.text() for action in menu.actions() if action.text()] == [
        "Edit Metadata…",
        "Remove Document…",
    ]
    assert not window.file_tools.removal.remove([1])
    assert len(stored(window)) == 4 and window.undo_stack.count() == 0


def test_removing_every_document_empties_the_views(make_window, metadata_project, answers):
    with open_project(metadata_project) as project:
        create_annotation(project, document=1, coder="alice", start=0, end=3)
    window = make_window(metadata_project)
    assert window.annotation_table.model_.rowCount() == 1
    assert window.file_tools.removal.remove([4])
    assert "No one has coded it yet." in answers[0]
    assert window.file_tools.removal.remove([1, 2, 3])
    assert answers[1].startswith("Remove 3 documents? 1 annotation by alice will be lost")
    assert window.document_panel.model.all_rows() == []
    assert window.document_panel.progress.text() == "No documents yet"
    assert window.workbench.document_id is None and window.article.toPlainText() == ""
    assert window.annotation_table.model_.rowCount() == 0
    window.undo_stack.undo()
    assert len(window.document_panel.model.all_rows()) == 3
    assert window.workbench.document_id == 1
    assert window.annotation_table.model_.rowCount() == 1


def test_an_article_import_is_undone_and_redone(
    make_window, articles_project, tmp_path: Path, monkeypatch, qtbot
):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Gas deal signed\n\nThe two presidents signed a gas deal.\n")
    (folder / "b.txt").write_text("Farmers protest\n\nFarmers blocked the roads on Monday.\n")
    window = make_window(articles_project("An article that was there before."))
    before = stored(window)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.actions[ActionId.IMPORT_FOLDER].trigger()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)  # the articles are stored
    window.file_tools.articles.summary.close()
    imported = stored(window)
    assert len(imported) == 3 and window.workbench.document_id == 2
    assert window.undo_stack.undoText() == "Import 2 articles"

    window.undo_stack.undo()
    assert stored(window) == before
    assert [row.title for row in window.document_panel.model.all_rows()] == ["Article 1"]
    assert window.workbench.document_id == 1
    window.undo_stack.redo()
    assert stored(window) == imported  # the same ids and uuids
    assert len(window.document_panel.model.all_rows()) == 3
    assert window.workbench.document_id == 2


def test_taking_many_documents_out_shows_a_wait_cursor(qtbot, project, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from annotator.io.imports.documents import ParsedDocument
    from annotator.services.corpus import removal as document_removal
    from annotator.services.imports.articles import import_documents
    from annotator.ui.undo import study as study_commands

    report = import_documents(
        project,
        [(Path(f"{n}.txt"), ParsedDocument(f"Text {n}", f"T{n}", f"{n}.txt")) for n in range(3)],
    )
    ids = [item.id for item in report.imported]
    seen: list[object] = []
    real_remove = document_removal.remove_documents

    def watched(*args, **kwargs):
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real_remove(*args, **kwargs)

    monkeypatch.setattr(document_removal, "remove_documents", watched)
    monkeypatch.setattr(study_commands, "BUSY_DOCUMENTS", 3)
    command = study_commands.ImportArticles(project, ids, lambda _show: None, seen.append)
    command.redo()  # the background job already stored them
    command.undo()
    assert seen == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None
    monkeypatch.setattr(study_commands, "BUSY_DOCUMENTS", 4)
    command.redo()
    command.undo()
    assert seen[-1] is None  # fewer than the threshold: no cursor change
