"""Messages about a past state go away: the codebook editor's refusal once another variable is
chosen, the status bar's hint about a span once that span is deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import utf16
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.services.demo import build_demo

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def test_editor_refusal_clears_when_another_variable_is_chosen(make_window, demo):
    window = make_window(demo)
    editor = window.research.edit_codebook()
    editor.select_variable("framing")
    editor.multiple.click()  # refused: annotations hold several frames
    assert "Not changed" in editor.status.text()
    editor.select_variable("sector")
    assert "Not changed" not in editor.status.text()
    assert editor.status.text().startswith("Every change is saved at once")
    editor.select_variable("framing")
    editor.multiple.click()
    assert "Not changed" in editor.status.text()
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1))  # another code chosen
    assert "Not changed" not in editor.status.text()


def test_status_hint_about_a_span_clears_when_the_span_is_deleted(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(0)
    cursor.setPosition(utf16(TEXT, 5), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    qtbot.keyClick(window.article, "g")
    assert "recode it" in window.statusBar().currentMessage()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    with open_project(path) as project:
        assert list_annotations(project) == []
    assert "recode it" not in window.statusBar().currentMessage()
    window.statusBar().showMessage("Select some text first, then code it.", 5000)
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == ""  # the undo changed what it was about
