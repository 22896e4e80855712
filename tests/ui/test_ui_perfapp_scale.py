"""The app at #16's scale: what keeps a project of 100,000 documents responsive once it is open."""

from __future__ import annotations

import gc


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
