"""Coding steps in the real window: each edit, undo and redo updates only the rows it changed,
and a span's undo restores it exactly, so a codebook step below it on the stack still undoes."""

from __future__ import annotations

from functools import partial

from conftest import utf16
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.db.project import open_project
from annotator.services.codebooks.recode import merge_codes
from annotator.services.coding.annotations import list_annotations
from annotator.ui.coding.workbench import Workbench
from annotator.ui.main_window import MainWindow
from annotator.ui.undo.codebook import push_edit

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def table_values(window: MainWindow) -> list[dict[str, list[str]]]:
    model = window.annotation_table.model_
    return [model.record_at(row).values for row in range(model.rowCount())]


def test_merge_codes_recode_another_variable_then_undo_both(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    window.external_changes.timer.stop()
    bench = window.workbench
    assert bench is not None
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # sector: Energy
    (coded,) = list_annotations(bench.project)

    def refresh() -> None:
        bench.reload_codebook()
        bench.reload_annotations()

    merge = partial(merge_codes, bench.project, ("sector", "Energy"), ("sector", "Health"))
    refusals: list[str] = []
    assert push_edit(window.undo_stack, bench.project, "Merge", merge, refresh, refusals.append)
    qtbot.keyClick(window.article, "g")  # the current span's actor: Government
    assert table_values(window) == [{"actor": ["Government"], "sector": ["Health"]}]

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # undo the recode
    assert table_values(window) == [{"sector": ["Health"]}]
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # undo the merge: not refused

    assert refusals == [] and window.last_error == ""
    with open_project(path) as project:
        assert list_annotations(project) == [coded]  # exactly as coded, updated_at too
    assert window.undo_stack.count() == 3 and window.undo_stack.index() == 1


def test_coding_undo_and_redo_update_rows_without_re_reading_the_article(
    make_window, articles_project, qtbot, monkeypatch
):
    path = articles_project(TEXT)
    window = make_window(path)
    window.external_changes.timer.stop()
    reads: list[str] = []
    for name in ("show_document", "reload_annotations", "reload_documents"):
        original = getattr(Workbench, name)
        monkeypatch.setattr(
            Workbench, name, lambda self, *a, _o=original, _n=name: (reads.append(_n), _o(self, *a))
        )
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # code: Energy
    qtbot.keyClick(window.article, "t")  # recode: Economy and trade
    (span,) = window.article.records()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert window.article.records() == [] and table_values(window) == []

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # the deletion
    assert [r.uuid for r in window.article.records()] == [span.uuid]
    assert table_values(window) == [{"sector": ["Economy and trade"]}]
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # the recode
    assert table_values(window) == [{"sector": ["Energy"]}]
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # the span
    assert table_values(window) == [] and window.article.records() == []
    model = window.document_panel.model
    assert model.data(model.index(model.row_of(1), 3)) == "Not started"
    for _ in range(3):
        qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL | SHIFT)
    assert table_values(window) == [] and window.undo_stack.index() == 3
    assert model.data(model.index(model.row_of(1), 3)) == "In progress"

    assert reads == []  # every step updated its rows, none re-read the article or the list
    with open_project(path) as project:
        assert list_annotations(project) == []
