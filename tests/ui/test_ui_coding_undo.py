"""Undo of coding in the real window: the document's status, and actors added from the popup."""

from __future__ import annotations

from pathlib import Path

from conftest import utf16
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem

from annotator.core.records.codebook import CodeRecord
from annotator.core.vocabulary import CodingStatus
from annotator.db.project import open_project
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coding.annotations import AnnotationRecord, list_annotations
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.ui.main_window import MainWindow

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."
OTHER = "Ankara said little about the pipeline."
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def status_cell(window: MainWindow, document_id: int) -> str:
    model = window.document_panel.model
    position = model.row_of(document_id)
    assert position is not None
    return model.data(model.index(position, 3))


def stored(path: Path) -> tuple[list[AnnotationRecord], dict[int, CodingStatus], list[CodeRecord]]:
    with open_project(path) as project:
        actors = next(v for v in list_codebook(project) if v.name == "actor").codes
        return list_annotations(project), statuses_of(project, "alice"), list(actors)


def panel_labels(window: MainWindow) -> set[str]:
    labels: set[str] = set()

    def visit(item: QTreeWidgetItem) -> None:
        labels.add(item.text(0))
        for number in range(item.childCount()):
            visit(item.child(number))

    tree = window.codebook_panel.tree
    for number in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(number))
    return labels


def test_first_span_starts_the_document_and_undo_puts_it_back(make_window, articles_project, qtbot):
    path = articles_project(TEXT, OTHER)
    with open_project(path) as project:
        set_status(project, 2, "alice", "done")
    window = make_window(path)
    progress = window.document_panel.progress
    assert status_cell(window, 1) == "Not started" and progress.text() == "1 of 2 done"

    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # Energy (sector)
    assert stored(path)[1] == {1: CodingStatus.IN_PROGRESS, 2: CodingStatus.DONE}
    assert status_cell(window, 1) == "In progress" and progress.text() == "1 of 2 done"

    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")  # a second span: the document was started already
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    assert len(stored(path)[0]) == 1 and status_cell(window, 1) == "In progress"
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    annotations, statuses, _ = stored(path)
    assert annotations == [] and statuses == {2: CodingStatus.DONE}
    assert status_cell(window, 1) == "Not started"

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(path)[1][1] is CodingStatus.IN_PROGRESS
    assert status_cell(window, 1) == "In progress"

    window.document_panel.select_document(2)  # coding a document marked done keeps it done
    select(window, 0, 6)
    qtbot.keyClick(window.article, "g")
    assert stored(path)[1][2] is CodingStatus.DONE and status_cell(window, 2) == "Done"
    assert progress.text() == "1 of 2 done"


def test_actor_added_from_the_popup_goes_and_comes_back_with_its_span(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, len("Putin"))

    def fill() -> None:
        popup = window.active_popup
        assert popup is not None
        qtbot.keyClicks(popup.field("actor").lineEdit(), "Vladimir Putin")
        parent = popup.findChild(QComboBox, "new_code_parent")
        parent.setCurrentIndex(parent.findData("Head of state or government"))
        popup.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    with qtbot.waitActive(window):  # offscreen Qt leaves the completer's list the active window
        window.activateWindow()
    (record,), statuses, actors = stored(path)
    assert record.values == {"actor": ["Vladimir Putin"]}
    (putin,) = [code for code in actors if code.label == "Vladimir Putin"]
    assert putin.parent_id is not None
    assert statuses == {1: CodingStatus.IN_PROGRESS}
    assert "Vladimir Putin" in panel_labels(window)
    assert "Vladimir Putin" in window.undo_stack.undoText()

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # one step: span, actor and status
    annotations, statuses, actors = stored(path)
    assert annotations == [] and statuses == {}
    assert "Vladimir Putin" not in {code.label for code in actors}
    assert "Vladimir Putin" not in panel_labels(window)
    assert window.article.records() == [] and not window.undo_stack.canUndo()

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL | SHIFT)
    (again,), statuses, actors = stored(path)
    assert again.uuid == record.uuid and again.values == {"actor": ["Vladimir Putin"]}
    assert [code.uuid for code in actors if code.label == "Vladimir Putin"] == [putin.uuid]
    assert statuses == {1: CodingStatus.IN_PROGRESS}
    assert "Vladimir Putin" in panel_labels(window)
    assert [r.uuid for r in window.article.records()] == [record.uuid]


def test_refused_coding_takes_back_the_actor_it_added(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, len("Putin"))
    window.workbench.document_id = 99  # the document vanished: the service refuses the span

    def fill() -> None:
        popup = window.active_popup
        assert popup is not None
        popup.field("actor").setEditText("Vladimir Putin")
        popup.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    assert "no document 99" in window.last_error
    annotations, statuses, actors = stored(path)
    assert annotations == [] and statuses == {}
    assert "Vladimir Putin" not in {code.label for code in actors}
    assert "Vladimir Putin" not in panel_labels(window)
    assert not window.undo_stack.canUndo()


def test_recoding_with_a_new_actor_is_one_step_too(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    select(window, 0, len("Putin"))
    qtbot.keyClick(window.article, "g")  # actor: Government

    def fill() -> None:
        popup = window.active_popup
        assert popup is not None
        popup.field("actor").setEditText("Vladimir  Putin ")  # stored as the codebook spells it
        popup.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)  # the popup for the current span
    (record,), _, actors = stored(path)
    assert record.values == {"actor": ["Vladimir Putin"]}
    assert [code.label for code in actors].count("Vladimir Putin") == 1

    window.undo_stack.undo()
    (record,), _, actors = stored(path)
    assert record.values == {"actor": ["Government"]}
    assert "Vladimir Putin" not in {code.label for code in actors}
    window.undo_stack.redo()
    assert stored(path)[0][0].values == {"actor": ["Vladimir Putin"]}
