"""The Edit menu names what an undo takes back truthfully, and long undo texts never push the
toolbar's actions into its overflow menu."""

from __future__ import annotations

from conftest import utf16
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QToolBar

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.ui.actions import ActionId
from annotator.ui.main_window import MainWindow

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."
LONG = (
    "The minister said that the negotiations over the new pipeline through the Caspian Sea "
    "would continue for several more months before any decision on financing was taken."
)


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def test_toggling_a_framing_code_off_says_off(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")  # Government: the span exists and is selected
    qtbot.keyClick(window.article, "1")  # Framing: Conflict on
    assert window.undo_stack.undoText() == "Framing: Conflict on “Putin”"
    qtbot.keyClick(window.article, "1")  # and off again
    assert window.undo_stack.undoText() == "Framing: Conflict off “Putin”"
    with open_project(path) as project:
        assert list_annotations(project)[0].values.get("framing", []) == []
    undo = window.actions[ActionId.UNDO]
    assert undo.text() == "&Undo Framing: Conflict off “Putin”"
    qtbot.keyClick(window.article, "s")  # a single-choice variable: set, not toggled
    assert window.undo_stack.undoText() == "Claim: Support or endorsement “Putin”"


def test_a_long_undo_text_leaves_every_toolbar_action_visible(make_window, articles_project, qtbot):
    window = make_window(articles_project(LONG))
    window.resize(1000, 800)
    select(window, 0, len(LONG))
    qtbot.keyClick(window.article, "g")
    qtbot.keyClick(window.article, "3")
    assert "Economic consequences" in window.actions[ActionId.UNDO].text()
    toolbar = window.findChild(QToolBar, "main_toolbar")
    QApplication.sendPostedEvents()  # the undo text's change reaches the toolbar's layout
    toolbar.layout().activate()
    assert window.width() == 1000
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert toolbar.rect().contains(button.geometry()), action.text()
    undo_button = next(
        toolbar.widgetForAction(a) for a in toolbar.actions() if a.objectName() == "undo"
    )
    assert undo_button.text() == "Undo"
    assert "Economic consequences" in undo_button.toolTip()
    assert "Ctrl+Z" in undo_button.toolTip()
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert "Economic consequences" in window.actions[ActionId.REDO].text()


def test_codebook_edits_name_what_they_did(make_window, tmp_path, qtbot):
    from annotator.services.demo import build_demo

    window = make_window(build_demo(tmp_path / "demo"))
    editor = window.research.edit_codebook()
    stack = window.undo_stack
    editor.select_variable("claim")
    editor.multiple.click()
    assert stack.undoText() == "Allow several codes per span in claim"
    editor.multiple.click()
    assert stack.undoText() == "Allow one code per span in claim"
    editor.select_variable("actor")
    editor.open_list.click()
    assert stack.undoText() == "Stop coders adding codes to actor"
    editor.select_variable("claim")
    codes = {code.label: code.id for code in editor.tree.codes.values()}
    editor.merge_code(codes["Proposal"], codes["Demand or call for action"])
    assert stack.undoText() == "Merge Proposal into Demand or call for action"
    stack.undo()
    assert "Proposal" in {code.label for code in editor.tree.codes.values()}
