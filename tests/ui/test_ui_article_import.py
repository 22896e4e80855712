"""Importing articles in the window: preview, column mapping, summary, drag-and-drop, metadata."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from annotator.db.project import open_project
from annotator.services.corpus.documents import list_documents
from annotator.ui.actions import ActionId
from annotator.ui.imports.column_mapping import ColumnMappingDialog
from annotator.ui.imports.preview import ImportPreviewDialog

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
    from annotator.services.imports.articles import ImportedDocument, ImportReport
    from annotator.ui.imports.summary import ImportSummaryDialog

    report = ImportReport(imported=[ImportedDocument("a.txt", 1, "u", "Gas deal")], cancelled=True)
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.label.text().startswith("Import cancelled")
    assert "Undo" in dialog.label.text() and "1 article imported" in dialog.label.text()


def test_the_summary_lists_documents_to_check(qtbot):
    from annotator.services.imports.articles import ImportedDocument, ImportReport, ImportWarning
    from annotator.ui.imports.summary import ImportSummaryDialog

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


@pytest.fixture
def held_reading(monkeypatch):
    """Reading the files again (after the first read) waits until `release` is set or the job
    is cancelled; returns the event and what each read was asked (as_is)."""
    import threading

    from annotator.ui.imports import article_import

    release = threading.Event()
    asked: list[bool] = []
    real = article_import.preview_paths

    def held(paths, options, **kwargs):
        asked.append(options.as_is)
        if len(asked) > 1:  # at most 10 s
            for _ in range(1000):
                if release.wait(0.01) or kwargs["should_cancel"]():
                    break
        return real(paths, options, **kwargs)

    monkeypatch.setattr(article_import, "preview_paths", held)
    return release, asked


def test_the_preview_shows_it_is_reading_again_and_waits_with_its_buttons(
    make_window, articles_project, article_folder, held_reading, monkeypatch, qtbot
):
    release, asked = held_reading
    window = make_window(articles_project(EXISTING))
    seen: dict[str, object] = {}

    def review(dialog: ImportPreviewDialog) -> int:
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(4))  # the spreadsheet
        assert dialog.map_button.isEnabled() and dialog.import_button.isEnabled()
        dialog.clean.setChecked(False)  # import as-is: read again
        seen["during"] = (
            dialog.busy.isVisibleTo(dialog),
            dialog.summary.text(),
            dialog.import_button.isEnabled(),
            dialog.map_button.isEnabled(),
            dialog.clean.isEnabled(),
        )
        release.set()
        qtbot.waitUntil(lambda: dialog.reading is None, timeout=20000)
        seen["after"] = (
            dialog.busy.isVisibleTo(dialog),
            dialog.summary.text(),
            dialog.import_button.isEnabled(),
            dialog.clean.isEnabled(),
        )
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", review)
    try:
        window.file_tools.articles.import_paths([article_folder])
        qtbot.waitUntil(lambda: "after" in seen and not window.jobs.busy, timeout=20000)
    finally:
        release.set()
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)

    assert asked == [False, True]
    assert seen["during"] == (True, "Reading the files…", False, False, False)
    busy, summary, importable, clean = seen["after"]
    assert not busy and "2 new articles" in str(summary) and importable and clean


def test_cancel_in_the_preview_stops_reading_again_and_imports_nothing(
    make_window, articles_project, article_folder, held_reading, monkeypatch, qtbot
):
    release, asked = held_reading
    window = make_window(articles_project(EXISTING))
    jobs: list[object] = []

    def review(dialog: ImportPreviewDialog) -> int:
        dialog.clean.setChecked(False)
        jobs.append(dialog.reading)
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", review)
    window.file_tools.articles.import_paths([article_folder])
    qtbot.waitUntil(lambda: bool(jobs) and not window.jobs.busy, timeout=20000)

    (job,) = jobs
    assert job.outcome is not None and job.outcome.cancelled  # not by `release`
    assert not release.is_set() and asked == [False, True]
    assert window.file_tools.articles.storing is None
    with open_project(window.workbench.project.path, read_only=True) as project:
        assert len(list_documents(project)) == 1
