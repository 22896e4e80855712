"""Coding in the real window: shortcut keys, undo/redo, emoji and Cyrillic offsets, the popup."""

from __future__ import annotations

from pathlib import Path

from conftest import utf16
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QComboBox

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.ui.actions import ActionId
from annotator.ui.main_window import MainWindow

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."


def select(window: MainWindow, start: int, end: int) -> None:
    """Select code points [start, end) of the article the way a user would: a Qt cursor."""
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def stored(path: Path) -> list:
    with open_project(path) as project:
        return list_annotations(project)


def test_shortcut_codes_selection_and_undo_redo_round_trip(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # Energy (sector)

    (record,) = stored(path)
    assert (record.start, record.end, record.quote) == (start, start + 12, "major energy")
    assert record.values == {"sector": ["Energy"]} and record.coder == "alice"
    assert window.article.records()[0].uuid == record.uuid
    assert window.annotation_table.model_.rowCount() == 1
    undo = window.actions[ActionId.UNDO]
    assert undo.text() == "&Undo Code span “major energy”" or "Code span" in undo.text()
    assert window.article.document().availableUndoSteps() == 0  # highlights are no text edits

    undo.trigger()
    assert stored(path) == []
    assert window.article.records() == []
    assert window.annotation_table.model_.rowCount() == 0

    window.actions[ActionId.REDO].trigger()
    (again,) = stored(path)
    assert again.uuid == record.uuid and again.quote == "major energy"
    assert window.document_panel.model.find(1).annotations == 1


def test_second_key_recodes_the_current_annotation(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")  # actor: Government
    qtbot.keyClick(window.article, "s")  # claim: Support, same span
    qtbot.keyClick(window.article, "1")  # framing: Conflict (several allowed)
    qtbot.keyClick(window.article, "3")  # framing: Economic consequences
    (record,) = stored(path)
    assert record.values == {
        "actor": ["Government"],
        "claim": ["Support or endorsement"],
        "framing": ["Conflict", "Economic consequences"],
    }
    window.undo_stack.undo()
    assert stored(path)[0].values["framing"] == ["Conflict"]


def test_emoji_and_cyrillic_article_codes_exactly_the_selected_characters(
    make_window, articles_project, qtbot
):
    text = "Путин 🙂 заявил: «Газпром 👍🏽 готов» — 🇹🇲 Туркменистан 𝄞 ждёт.\nВторой 😀 абзац."
    path = articles_project(text)
    window = make_window(path)
    window.actions[ActionId.SNAP_TO_WORDS].setChecked(False)
    quote = "«Газпром 👍🏽 готов» — 🇹🇲 Туркменистан 𝄞"
    start = text.index(quote)
    select(window, start, start + len(quote))
    qtbot.keyClick(window.article, "e")
    (record,) = stored(path)
    assert (record.start, record.end, record.quote) == (start, start + len(quote), quote)

    window.undo_stack.undo()
    assert stored(path) == []
    window.undo_stack.redo()
    assert stored(path)[0].quote == quote

    second = text.index("😀 абзац")
    select(window, second, second + 2)  # the emoji and the space after it
    qtbot.keyClick(window.article, "h")
    quotes = sorted(r.quote for r in stored(path))
    assert quotes == sorted([quote, "😀 "])


def test_selection_snaps_to_whole_words(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    start = TEXT.index("ajor ener")  # starts and ends inside words
    select(window, start, start + len("ajor ener"))
    qtbot.keyClick(window.article, "e")
    assert stored(path)[0].quote == "major energy"


def test_coding_popup_sets_all_four_variables(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, len("Putin stressed"))

    def fill() -> None:
        popup = window.active_popup
        assert popup is not None
        popup.field("actor").setEditText("Vladimir Putin")  # a new actor, filed under a type
        parent = popup.findChild(QComboBox, "new_code_parent")
        parent.setCurrentIndex(parent.findData("Head of state or government"))
        popup.field("claim").setEditText("Support or endorsement")
        popup.field("sector").setCurrentIndex(popup.field("sector").findData("Energy"))
        for check in popup.field("framing").findChildren(QCheckBox):
            check.setChecked(check.text() in {"Conflict", "Economic consequences"})
        popup.memo.setText("lead sentence")
        popup.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    (record,) = stored(path)
    assert record.values == {
        "actor": ["Vladimir Putin"],
        "claim": ["Support or endorsement"],
        "sector": ["Energy"],
        "framing": ["Conflict", "Economic consequences"],
    }
    assert record.memo == "lead sentence" and record.quote == "Putin stressed"
    putin = next(
        code
        for variable in window.workbench.index.variables
        for code in variable.codes
        if code.label == "Vladimir Putin"
    )
    assert putin.parent_id is not None  # filed under "Head of state or government"
    assert window.workbench.index.code_colour("actor", "Vladimir Putin") != "#d0d0d0"


def test_popup_refuses_an_unknown_code_of_a_closed_variable(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, 5)
    seen: list[str] = []

    def fill() -> None:
        popup = window.active_popup
        popup.field("sector").setEditText("Space travel")
        popup.accept()
        seen.append(popup.error.text())
        popup.reject()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    assert "no code “Space travel”" in seen[0]
    assert stored(path) == []


def test_click_selects_annotation_delete_and_memo_are_undoable(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")
    uuid = stored(path)[0].uuid
    window.article.set_current("")
    window.article.choose_annotation_at(utf16(TEXT, 2))
    assert window.article.current == uuid

    model = window.annotation_table.model_
    model.setData(model.index(0, model.columnCount() - 1), "check the source")
    assert stored(path)[0].memo == "check the source"
    assert model.data(model.index(0, model.columnCount() - 1)) == "check the source"

    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert stored(path) == []
    window.undo_stack.undo()
    assert stored(path)[0].memo == "check the source"
    window.undo_stack.undo()
    assert stored(path)[0].memo == ""
