"""Importing articles in the window: preview, column mapping, summary, drag-and-drop, metadata."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from annotator.db.project import open_project
from annotator.services.documents import list_documents
from annotator.ui.actions import ActionId
from annotator.ui.column_mapping import ColumnMappingDialog
from annotator.ui.import_preview import ImportPreviewDialog

EXISTING = "The minister said gas prices will rise. Gas exports to Turkey fell."


@pytest.fixture
def article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Gas deal signed\n\nThe two presidents signed a gas deal.\n")
    (folder / "b.txt").write_text("Farmers protest\n\nFarmers blocked the roads on Monday.\n")
    (folder / "same.txt").write_text(EXISTING)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "table.csv").write_text(
        "Heading,Words,Paper\nFirst row,The first article's text.,Daily\n"
        "Second row,The second article's text.,Weekly\n",
        encoding="utf-8",
    )
    return folder


def test_import_previews_maps_columns_and_summarises(
    make_window, articles_project, article_folder, monkeypatch, qtbot
):
    window = make_window(articles_project(EXISTING))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(article_folder))
    )
    seen: dict[str, object] = {}

    def map_text_column(dialog: ColumnMappingDialog) -> int:
        assert dialog.boxes["title"].currentData() == "Heading"  # guessed
        dialog.boxes["text"].setCurrentIndex(dialog.boxes["text"].findData("Words"))
        return QDialog.DialogCode.Accepted

    def review(dialog: ImportPreviewDialog) -> int:
        tree = dialog.tree
        names = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
        assert names == ["a.txt", "b.txt", "empty.txt", "same.txt", "table.csv"]
        seen["before"] = dialog.summary.text()
        assert tree.topLevelItem(3).text(1).startswith("skipped: already in the project")
        assert "not imported" in tree.topLevelItem(4).text(1)  # no text column yet
        assert dialog.labels["Title"].text() == "Gas deal signed"  # the first file is shown
        assert "signed a gas deal" in dialog.text.toPlainText()
        tree.setCurrentItem(tree.topLevelItem(4))
        assert dialog.map_button.isEnabled()
        dialog.map_button.click()
        qtbot.waitUntil(lambda: dialog.reading is None, timeout=20000)  # read again
        table = tree.topLevelItem(4)
        assert table.text(1) == "2 articles" and table.childCount() == 2
        tree.setCurrentItem(table.child(1))
        assert dialog.labels["Outlet"].text() == "Weekly"
        assert dialog.text.toPlainText() == "The second article's text."
        seen["after"] = dialog.summary.text()
        assert dialog.import_button.text() == "Import 4 Articles"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", map_text_column)
    monkeypatch.setattr(ImportPreviewDialog, "exec", review)
    window.actions[ActionId.IMPORT_FOLDER].trigger()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)  # the articles are stored

    assert "2 new articles" in str(seen["before"]) and "1 already" in str(seen["before"])
    assert "4 new articles" in str(seen["after"])
    titles = [row.title for row in window.document_panel.model.all_rows()]
    assert titles == [
        "Article 1",
        "Gas deal signed",
        "Farmers protest",
        "First row",
        "Second row",
    ]
    summary = window.file_tools.articles.summary
    assert summary is not None and summary.isVisible()
    assert "4 articles imported, 1 already in the project" in summary.label.text()
    failed = summary.tree.topLevelItem(0)
    assert failed.text(0) == "Not imported (1)" and failed.child(0).text(0) == "empty.txt"
    assert failed.child(0).text(1)  # its one-line reason
    summary.close()


def test_cancelling_the_preview_writes_nothing(make_window, articles_project, article_folder):
    window = make_window(articles_project(EXISTING))
    articles = window.file_tools.articles
    articles.preview = lambda paths, arrived, as_is=False: arrived(None)  # as if Cancel was pressed
    assert articles.import_paths([article_folder]) is None
    with open_project(window.workbench.project.path, read_only=True) as project:
        assert len(list_documents(project)) == 1


def drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, event)


def test_dropping_files_on_the_window_imports_them(
    make_window, articles_project, article_folder, monkeypatch, qtbot
):
    window = make_window(articles_project(EXISTING))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    drop(window, [article_folder / "a.txt", article_folder / "b.txt"])
    qtbot.waitUntil(lambda: window.document_panel.model.rowCount() == 3)
    window.file_tools.articles.summary.close()


def test_metadata_edit_is_validated_and_undoable(make_window, articles_project):
    window = make_window(articles_project(EXISTING))
    editing = window.file_tools.metadata
    dialog = editing.dialog(1)
    assert dialog.edits["title"].text() == "Article 1"
    dialog.edits["title"].setText("Gas prices")
    dialog.edits["published"].setText("10 June")
    dialog.try_save()
    assert "YYYY-MM-DD" in dialog.problem.text() and dialog.result() == 0  # stays open
    dialog.edits["published"].setText("2022-06-10")
    dialog.edits["language"].setText("EN")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = window.document_panel.model.find(1)
    assert (row.title, row.published) == ("Gas prices", datetime.date(2022, 6, 10))
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    row = window.document_panel.model.find(1)
    assert (row.title, row.published) == ("Article 1", None)
    window.undo_stack.redo()
    assert window.document_panel.model.find(1).title == "Gas prices"


def test_a_cancelled_import_says_what_stayed_and_how_to_undo_it(qtbot):
    from annotator.services.importing import ImportedDocument, ImportReport
    from annotator.ui.import_summary import ImportSummaryDialog

    report = ImportReport(imported=[ImportedDocument("a.txt", 1, "u", "Gas deal")], cancelled=True)
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.label.text().startswith("Import cancelled")
    assert "Undo" in dialog.label.text() and "1 article imported" in dialog.label.text()


def test_the_summary_lists_documents_to_check(qtbot):
    from annotator.services.importing import ImportedDocument, ImportReport, ImportWarning
    from annotator.ui.import_summary import ImportSummaryDialog

    warning = "only 221 characters of article text found in a page with 942 characters of text"
    report = ImportReport(
        imported=[ImportedDocument("/pages/teaser.html", 7, "u", "Turkmen Gas")],
        warnings=[ImportWarning("/pages/teaser.html", 7, "Turkmen Gas", warning)],
    )
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert "1 article imported" in dialog.label.text()
    assert "1 to check" in dialog.label.text()
    group = dialog.tree.topLevelItem(0)
    assert group.text(0) == "Check these (1)" and group.isExpanded()
    assert group.child(0).text(0) == "teaser.html"
    assert group.child(0).text(1) == f"#7 “Turkmen Gas”: {warning}"
