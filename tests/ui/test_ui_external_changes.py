"""The window follows changes other programs make to its project file, and its undo stays sound."""

from __future__ import annotations

import subprocess
import sys
import threading

from conftest import utf16
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from annotator.db.project import open_project
from annotator.services.coding.annotations import (
    create_annotation,
    delete_annotation,
    list_annotations,
    update_annotation,
)
from annotator.services.corpus.metadata import edit_metadata
from annotator.services.corpus.removal import remove_documents
from annotator.ui.coding.workbench import Workbench
from annotator.ui.main_window import MainWindow
from annotator.ui.project.background import Job

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."
OTHER = "Ankara said little about the pipeline."
THIRD = "Brussels answered with a statement on gas prices."
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def cli(*arguments: str) -> None:
    """Run the real command line on the file, as another program would."""
    done = subprocess.run(
        [sys.executable, "-m", "annotator", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def list_cell(window: MainWindow, document_id: int, column: int) -> str | None:
    model = window.document_panel.model
    position = model.row_of(document_id)
    return None if position is None else model.data(model.index(position, column))


def table_quotes(window: MainWindow) -> list[str]:
    model = window.annotation_table.model_
    return [model.record_at(row).quote for row in range(model.rowCount())]


def highlighted(window: MainWindow) -> list[str]:
    return sorted(record.quote for record in window.article.records())


def test_a_span_coded_by_the_command_line_appears_within_the_timer(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.setInterval(100)
    select(window, 0, 5)  # the coder is about to code "Putin"
    cli(
        "annotate", str(path), "--coder", "alice", "--document", "1",
        "--find", "major energy", "--set", "sector=Energy",
    )  # fmt: skip

    qtbot.waitUntil(lambda: table_quotes(window) == ["major energy"], timeout=10000)
    assert highlighted(window) == ["major energy"]
    assert list_cell(window, 1, 4) == "1"  # "Mine": the coder's count in the document list
    assert list_cell(window, 1, 3) == "In progress"
    assert window.workbench is not None and window.workbench.document_id == 1
    assert window.article.selection_span() == (0, 5)  # the coder's selection is still there
    assert "Another program changed this project" in window.statusBar().currentMessage()
    window.grab().save("/tmp/external-after-refresh.png")


def test_activating_the_window_shows_changes_at_once(make_window, articles_project):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    with open_project(path) as other:
        edit_metadata(other, 2, {"title": "Ankara stays silent"})
        create_annotation(other, document=1, coder="bob", start=0, end=5)
    assert list_cell(window, 2, 0) == "Article 2"

    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    QApplication.processEvents()  # the check runs once the activation is handled

    assert list_cell(window, 2, 0) == "Ankara stays silent"
    assert window.external_changes.refreshes == 1
    assert window.hidden_label.text().startswith("Blind coding: 1 span")


def test_removing_the_open_document_elsewhere_shows_the_next_and_says_so(
    make_window, articles_project
):
    path = articles_project(TEXT, OTHER, THIRD)
    window = make_window(path)
    window.document_panel.select_document(2)
    assert window.article.text == OTHER
    cli("remove", str(path), "2")

    assert window.external_changes.check()

    assert window.workbench is not None and window.workbench.document_id == 3
    assert window.article.text == THIRD
    assert window.document_panel.count.text() == "2 documents"
    assert window.statusBar().currentMessage() == "“Article 2” was removed by another program."


def test_removing_another_document_keeps_the_coders_place(make_window, articles_project):
    path = articles_project(TEXT, OTHER, THIRD)
    window = make_window(path)
    select(window, 6, 14)
    with open_project(path) as other:
        remove_documents(other, [3])

    assert window.external_changes.check()

    assert window.workbench is not None and window.workbench.document_id == 1
    assert window.article.selection_span() == (6, 14)
    assert window.document_panel.model.visible_ids() == [1, 2]
    assert window.document_panel.table.currentIndex().row() == 0


def test_the_apps_own_edits_never_trigger_a_reload(
    make_window, articles_project, qtbot, monkeypatch
):
    reloads: list[int] = []
    original = Workbench.reload_documents

    def counted(self: Workbench) -> None:
        reloads.append(1)
        original(self)

    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    monkeypatch.setattr(Workbench, "reload_documents", counted)
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # code a span (Energy)
    qtbot.keyClick(window.article, Qt.Key.Key_D, CTRL)  # mark the document done
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window.article, Qt.Key.Key_Z, SHIFT | CTRL)
    assert len(list_annotations(window.workbench.project)) == 1

    assert not window.external_changes.check()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    QApplication.processEvents()
    assert window.external_changes.refreshes == 0 and reloads == []


def code_two_spans(window: MainWindow, qtbot) -> None:
    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")  # "Putin"
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # "major energy": the step on top of the stack


def test_undoing_a_span_another_program_deleted_says_so_and_changes_nothing(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    code_two_spans(window, qtbot)
    with open_project(path) as other:
        energy = next(r for r in list_annotations(other) if r.quote == "major energy")
        delete_annotation(other, energy.uuid)
    stack = window.undo_stack

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)

    assert window.last_error == (
        "This step cannot be undone: the annotation was removed by another program."
    )
    with open_project(path) as project:
        assert [r.quote for r in list_annotations(project)] == ["Putin"]
    assert stack.count() == 1 and not stack.canRedo()  # the refused step left the stack
    assert stack.undoText().startswith("Code span “Putin”")
    assert table_quotes(window) == ["Putin"] and highlighted(window) == ["Putin"]
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # the step below still undoes
    with open_project(path) as project:
        assert list_annotations(project) == []


def test_undoing_a_recode_another_program_changed_keeps_its_values(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # Energy
    qtbot.keyClick(window.article, "t")  # recode the current span: Economy and trade
    (mine,) = list_annotations(window.workbench.project)
    assert mine.values == {"sector": ["Economy and trade"]}
    with open_project(path) as other:
        update_annotation(other, mine.uuid, memo="checked by the PI")

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)

    assert window.last_error == (
        "This step cannot be undone: the annotation was changed by another program."
    )
    with open_project(path) as project:
        (stored,) = list_annotations(project)
    assert stored.values == mine.values and stored.memo == "checked by the PI"
    assert window.undo_stack.count() == 1 and not window.undo_stack.canRedo()


def code_labels(window: MainWindow) -> list[str]:
    labels: list[str] = []

    def visit(item: QTreeWidgetItem) -> None:
        labels.append(item.text(0))
        for number in range(item.childCount()):
            visit(item.child(number))

    tree = window.codebook_panel.tree
    for number in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(number))
    return labels


def test_a_code_renamed_elsewhere_shows_in_the_panel_and_the_table(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")
    cli("codebook", "rename", str(path), "sector", "Energy", "Energy supply")

    assert window.external_changes.check()

    assert "Energy supply" in code_labels(window) and "Energy" not in code_labels(window)
    record = window.annotation_table.model_.record_at(0)
    assert record.values == {"sector": ["Energy supply"]}
    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # the span itself did not change
    with open_project(path) as project:
        assert list_annotations(project) == []


def test_an_unchanged_codebook_panel_is_left_as_the_coder_arranged_it(
    make_window, articles_project
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    tree = window.codebook_panel.tree
    government = tree.findItems(
        "Government", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )[0]
    government.setExpanded(True)
    with open_project(path) as other:
        edit_metadata(other, 2, {"title": "Ankara stays silent"})

    assert window.external_changes.check()

    assert list_cell(window, 2, 0) == "Ankara stays silent"
    again = tree.findItems("Government", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert again[0] is government and government.isExpanded()


def test_nothing_is_re_read_while_a_background_job_runs(make_window, articles_project, qtbot):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    release = threading.Event()
    # stands in for a job writing on its own thread
    job = Job(window, lambda _p, _c: release.wait(10), title="Test", progress_dialog=False)
    job.start()
    try:
        with open_project(path) as other:
            edit_metadata(other, 2, {"title": "Ankara stays silent"})
        assert not window.external_changes.check()
        assert list_cell(window, 2, 0) == "Article 2"
    finally:
        release.set()
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10000)
    assert window.external_changes.check()
    assert list_cell(window, 2, 0) == "Ankara stays silent"


def test_undoing_a_recode_to_a_code_renamed_elsewhere_says_why(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    start = TEXT.index("major energy")
    select(window, start, start + len("major energy"))
    qtbot.keyClick(window.article, "e")  # Energy
    qtbot.keyClick(window.article, "t")  # recode: Economy and trade
    cli("codebook", "rename", str(path), "sector", "Energy", "Energy supply")

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)  # back to "Energy", which is gone

    assert window.last_error.startswith(
        "This step cannot be undone: the project was changed by another program ("
    )
    assert "Energy" in window.last_error
    with open_project(path) as project:
        (stored,) = list_annotations(project)
    assert stored.values == {"sector": ["Economy and trade"]}
    assert window.undo_stack.count() == 1


def test_a_refused_undo_of_a_span_with_its_new_actor_keeps_the_actor(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.external_changes.timer.stop()
    bench = window.workbench
    assert bench is not None
    command = bench._creation((0, 5), {"actor": ["Vladimir Putin"]})
    assert bench._push_with_new_codes([("actor", "Vladimir Putin", None)], command)
    with open_project(path) as other:
        (span,) = list_annotations(other)
        delete_annotation(other, span.uuid)

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)

    assert window.last_error == (
        "This step cannot be undone: the annotation was removed by another program."
    )
    assert "Vladimir Putin" in code_labels(window)  # nothing of the step was taken back
    assert window.undo_stack.count() == 0
    qtbot.keyClick(window.article, Qt.Key.Key_Z, SHIFT | CTRL)
    with open_project(path) as project:
        assert list_annotations(project) == []


def test_undoing_done_on_a_document_removed_elsewhere_says_so_and_moves_on(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT, OTHER, THIRD)
    window = make_window(path)
    window.external_changes.timer.stop()
    window.document_panel.select_document(2)
    qtbot.keyClick(window.article, Qt.Key.Key_D, CTRL)  # mark "Article 2" done
    with open_project(path) as other:
        remove_documents(other, [2])

    qtbot.keyClick(window.article, Qt.Key.Key_Z, CTRL)

    assert window.last_error == (
        "This step cannot be undone: the document was removed by another program."
    )
    assert window.undo_stack.count() == 0
    assert window.workbench is not None and window.workbench.document_id == 3
    assert window.document_panel.model.visible_ids() == [1, 3]
