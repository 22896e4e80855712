"""Machine suggestions in the real window: drawn dashed, accepted with Enter, dismissed with
Delete, both recorded and undoable; hidden unless turned on, and on the reliability sample while
the coder codes blind."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import utf16
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from annotator.db.project import open_project
from annotator.services.assignments import assign
from annotator.services.coding.annotations import list_annotations
from annotator.services.machine.storage import MachineSpan, RunSettings, begin_run, store_document
from annotator.services.machine.suggestions import document_suggestions, suggestion_decisions
from annotator.ui.actions import ActionId
from annotator.ui.coding.suggestion_marks import OUTLINE_LIGHT, line_rects
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting

TEXT = "Putin stressed that Russia's energy companies are interested. Gas prices rose."
PUTIN = (0, 14)  # "Putin stressed"
GAS = (TEXT.index("Gas prices"), TEXT.index("Gas prices") + len("Gas prices"))
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SETTINGS = RunSettings(
    coder="llama3.1",
    model="llama3.1:8b",
    endpoint_host="localhost:11434",
    prompt_version="1",
    prompt_hash="p" * 64,
    codebook_version="c" * 64,
    variables=("actor", "sector"),
    temperature=0.0,
    seed=7,
)


@pytest.fixture
def suggested(articles_project) -> Path:
    """A project whose one article holds two machine suggestions."""
    path = articles_project(TEXT, "Another article.")
    with open_project(path) as project:
        run = begin_run(project, SETTINGS)
        store_document(
            project,
            run,
            document_id=1,
            document_sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
            response='{"annotations": []}',
            spans=[
                MachineSpan(*PUTIN, {"actor": ["Vladimir Putin"], "sector": ["Energy"]}),
                MachineSpan(*GAS, {"sector": ["Energy"]}),
            ],
        )
    return path


def caret(window: MainWindow, offset: int) -> None:
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(window.article.text, offset))
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def state(path: Path) -> tuple[list, list]:
    with open_project(path) as project:
        mine = [a for a in list_annotations(project) if a.coder == "alice"]
        return mine, suggestion_decisions(project)


def shown(window: MainWindow) -> list[tuple[int, int]]:
    """(start, length) of the suggestions drawn (the text is ASCII: Qt's units are offsets)."""
    return [(m.start, m.end - m.start) for m in window.article.suggestion_marks.marks]


def open_with_suggestions(make_window, ui_settings, path: Path) -> MainWindow:
    ui_settings.set(Setting.SHOW_MACHINE_SUGGESTIONS, True)
    return make_window(path)


def test_enter_accepts_a_suggestion_as_the_coders_own_span_and_undo_takes_it_back(
    make_window, ui_settings, suggested, qtbot
):
    window = open_with_suggestions(make_window, ui_settings, suggested)
    assert window.actions[ActionId.SHOW_SUGGESTIONS].isChecked()
    assert shown(window) == [(PUTIN[0], 14), (GAS[0], 10)]
    assert window.article.records() == []  # a suggestion is not a highlight
    assert window.statusBar().currentMessage() == (
        "2 machine suggestions, dashed: with the caret in one, Enter accepts it and Delete "
        "dismisses it."
    )

    assert window.article_header.status.text() == "Not started"
    caret(window, 3)  # inside "Putin stressed"
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    assert window.article_header.status.text() == "In progress"
    mine, decisions = state(suggested)
    assert [(a.start, a.end, a.values) for a in mine] == [
        (*PUTIN, {"actor": ["Vladimir Putin"], "sector": ["Energy"]})
    ]
    assert [(d.coder, d.decision, d.accepted_annotation_uuid) for d in decisions] == [
        ("alice", "accepted", mine[0].uuid)
    ]
    assert shown(window) == [(GAS[0], 10)]
    assert [r.uuid for r in window.article.records()] == [mine[0].uuid]
    assert window.article.current == mine[0].uuid
    assert window.undo_stack.undoText() == "Accept suggestion “Putin stressed”"

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert state(suggested) == ([], [])
    assert shown(window) == [(PUTIN[0], 14), (GAS[0], 10)]
    assert window.article.records() == []

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: the same annotation
    again, decisions = state(suggested)
    assert [a.uuid for a in again] == [mine[0].uuid] and len(decisions) == 1
    assert shown(window) == [(GAS[0], 10)]


def test_delete_dismisses_a_selected_suggestion_and_undo_brings_it_back(
    make_window, ui_settings, suggested, qtbot
):
    window = open_with_suggestions(make_window, ui_settings, suggested)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(GAS[0])
    cursor.setPosition(GAS[1], QTextCursor.MoveMode.KeepAnchor)  # the suggestion's text
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    mine, decisions = state(suggested)
    assert mine == [] and [(d.decision, d.accepted_annotation_uuid) for d in decisions] == [
        ("dismissed", None)
    ]
    assert shown(window) == [(PUTIN[0], 14)]
    with open_project(suggested) as project:  # the machine's span stays the machine's
        assert len(document_suggestions(project, 1)) == 2

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert state(suggested) == ([], [])
    assert shown(window) == [(PUTIN[0], 14), (GAS[0], 10)]
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: dismissed again
    assert [d.decision for d in state(suggested)[1]] == ["dismissed"]
    assert shown(window) == [(PUTIN[0], 14)]


def test_a_selection_inside_a_suggestion_is_coded_as_usual(
    make_window, ui_settings, suggested, qtbot
):
    window = open_with_suggestions(make_window, ui_settings, suggested)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)  # "Putin", part of a suggestion
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    qtbot.keyClick(window.article, "e")  # Energy's key codes the selection
    mine, decisions = state(suggested)
    assert [(a.start, a.end) for a in mine] == [(0, 5)] and decisions == []


def test_suggestions_are_off_by_default(make_window, suggested, qtbot):
    window = make_window(suggested)
    assert not window.actions[ActionId.SHOW_SUGGESTIONS].isChecked()
    assert shown(window) == []
    caret(window, 3)
    qtbot.keyClick(window.article, Qt.Key.Key_Delete)
    assert state(suggested) == ([], [])
    window.actions[ActionId.SHOW_SUGGESTIONS].trigger()
    assert shown(window) == [(PUTIN[0], 14), (GAS[0], 10)]


def test_hidden_on_the_reliability_sample_while_coding_blind(
    make_window, ui_settings, suggested, qtbot
):
    with open_project(suggested) as project:
        assign(project, ["alice", "bob"], set_name="reliability", documents=[1], overlap=1)
    window = open_with_suggestions(make_window, ui_settings, suggested)
    window.document_panel.select_document(1)
    assert shown(window) == []
    assert "reliability sample" in window.statusBar().currentMessage()
    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)  # not blind: they show
    assert shown(window) == [(PUTIN[0], 14), (GAS[0], 10)]


def test_a_suggestion_is_drawn_dashed_and_names_its_codes(
    make_window, ui_settings, suggested, qtbot
):
    window = open_with_suggestions(make_window, ui_settings, suggested)
    mark = window.article.suggestion_marks.marks[0]
    assert "Actor: Vladimir Putin\nSector: Energy" in mark.tip
    assert mark.tip.startswith("Suggestion by llama3.1 (llama3.1:8b)\n")
    rects = line_rects(window.article, mark.start, mark.end)
    assert len(rects) == 1
    image = window.article.viewport().grab().toImage()
    rect = rects[0].toRect()
    top_edge = [
        QColor(image.pixel(QPoint(x, rect.top()))) for x in range(rect.left(), rect.right())
    ]
    outlined = [c for c in top_edge if abs(c.hue() - OUTLINE_LIGHT.hue()) < 20 and c.saturation()]
    assert 0 < len(outlined) < len(top_edge)  # an outline, and dashed (gaps in it)
    middle = QColor(image.pixel(rect.center()))
    assert not (abs(middle.hue() - OUTLINE_LIGHT.hue()) < 20 and middle.saturation() > 60)
