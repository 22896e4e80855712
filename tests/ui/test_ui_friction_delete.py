"""Delete removes the selected span and leaves nothing selected: a second Delete removes nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import utf16
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.ui.main_window import MainWindow

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."


def select(window: MainWindow, start: int, end: int) -> None:
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(TEXT, start))
    cursor.setPosition(utf16(TEXT, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def stored(path: Path) -> list:
    with open_project(path) as project:
        return list_annotations(project)


def two_spans(window: MainWindow, qtbot) -> None:
    select(window, 0, len("Putin"))
    qtbot.keyClick(window.article, "g")  # actor: Government
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # sector: Energy


def test_delete_twice_in_the_article_removes_exactly_the_clicked_span(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    two_spans(window, qtbot)
    first = next(r for r in stored(path) if r.quote == "Putin")
    window.article.choose_annotation_at(utf16(TEXT, 2))
    assert window.article.current == first.uuid
    window.article.setFocus()

    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert [r.quote for r in stored(path)] == ["major energy"]
    assert window.article.current == ""
    assert window.workbench.current_record() is None
    assert window.annotation_table.selectionModel().selectedRows() == []
    assert not window.article.textCursor().hasSelection()

    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert [r.quote for r in stored(path)] == ["major energy"]
    assert window.article.current == ""
    assert "Select an annotation" in window.statusBar().currentMessage()


def test_delete_twice_in_the_annotation_table_removes_exactly_one_row(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    two_spans(window, qtbot)
    table = window.annotation_table
    table.setFocus()
    table.selectRow(0)  # "Putin", first in text order
    assert window.article.current == next(r for r in stored(path) if r.quote == "Putin").uuid

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r.quote for r in stored(path)] == ["major energy"]
    assert table.selectionModel().selectedRows() == []
    assert window.article.current == ""

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r.quote for r in stored(path)] == ["major energy"]
    assert table.model_.rowCount() == 1
    assert "Select an annotation" in window.statusBar().currentMessage()
