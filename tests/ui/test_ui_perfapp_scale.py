"""The app at #16's scale: what keeps a project of 100,000 documents responsive once it is open."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.db.project import open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import list_annotations
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project
from annotator.ui.actions import ActionId


def test_an_open_projects_rows_are_left_out_of_full_garbage_collections(
    make_window, metadata_project
):
    # A full collection walks every tracked object: with 100,000 document rows open that is a
    # ~70 ms pause at a random moment (an article switch, a key). The rows read at opening are
    # set aside while the project is open and handed back when it closes.
    gc.unfreeze()
    window = make_window(metadata_project)
    assert window.workbench is not None
    assert gc.get_freeze_count() > 0
    window.close_project()
    assert gc.get_freeze_count() == 0


def test_auto_coding_many_documents_recounts_the_list_once_per_step(
    make_window, metadata_project, monkeypatch
):
    # Recounting "N of M done" walks every document: once per coded document it made
    # auto-coding 10,000 hits in 2,500 of 10,000 documents spend seconds in the footer alone.
    from annotator.db.project import open_project
    from annotator.services.coding.search import search_corpus
    from annotator.ui.coding import workbench as workbench_module

    with open_project(metadata_project) as project:
        hits = search_corpus(project, "a")
    documents = {hit.document_id for hit in hits}
    assert len(documents) >= 3
    window = make_window(metadata_project)
    panel = window.document_panel
    recounts: list[int] = []
    original = type(panel).update_progress
    monkeypatch.setattr(
        type(panel), "update_progress", lambda self: (recounts.append(1), original(self))
    )
    monkeypatch.setattr(workbench_module, "confirm_auto_coding", lambda *args: True)
    before = {row.id: row.annotations for row in panel.model.all_rows()}
    window.workbench.auto_code("sector", "Energy", hits)
    assert len(recounts) == 1
    per_document = {d: sum(1 for hit in hits if hit.document_id == d) for d in documents}
    assert {row.id: row.annotations for row in panel.model.all_rows()} == {
        d: before[d] + per_document.get(d, 0) for d in before
    }
    recounts.clear()
    window.undo_stack.undo()
    assert len(recounts) == 1
    assert {row.id: row.annotations for row in panel.model.all_rows()} == before


@pytest.fixture
def many_hits(tmp_path: Path) -> Path:
    """Three articles with 700 "energy" hits each: more than auto-coding does at once."""
    path = tmp_path / "hits.annot"
    text = " ".join(["Energy prices rose."] * 700)
    with new_project(path) as project:
        import_documents(
            project,
            [
                (Path(f"{n}.txt"), ParsedDocument(f"{text} {n}", f"Energy story {n}", "x"))
                for n in range(3)
            ],
        )
    return path


def search_and_code(window, qtbot, query: str) -> None:
    window.actions[ActionId.SEARCH_CORPUS].trigger()
    panel = window.search_panel
    qtbot.keyClicks(panel.query, query)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    item = panel.code_item("sector", "Energy")
    panel.code.setCurrentItem(item)
    assert panel.chosen_code() == ("sector", "Energy")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)


def energy_count(path: Path) -> int:
    with open_project(path, read_only=True) as project:
        return sum(
            "Energy" in record.values.get("sector", []) for record in list_annotations(project)
        )


def test_auto_coding_thousands_of_hits_runs_with_progress_and_lands_as_one_step(
    make_window, many_hits, qtbot, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window = make_window(many_hits)
    search_and_code(window, qtbot, "energy")
    job = window.workbench.auto_coding
    assert job is not None  # 2,100 hits: in the background, with a progress dialog and Cancel
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30_000)
    assert energy_count(many_hits) == 2100
    assert "Coded 2100 hits as Energy." in window.search_panel.summary.text()
    assert [row.annotations for row in window.document_panel.model.all_rows()] == [700] * 3
    assert len(window.article.records()) == 700
    assert not window.external_changes.check()  # the worker's commit was the window's own
    window.undo_stack.undo()  # one step
    assert energy_count(many_hits) == 0 and window.undo_stack.index() == 0
    window.undo_stack.redo()
    assert energy_count(many_hits) == 2100


def test_cancelling_auto_coding_codes_nothing(make_window, many_hits, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window = make_window(many_hits)
    search_and_code(window, qtbot, "energy")
    job = window.workbench.auto_coding
    job.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30_000)
    assert job.outcome.cancelled
    assert energy_count(many_hits) == 0
    assert window.undo_stack.count() == 0
    assert "cancelled" in window.search_panel.summary.text()
