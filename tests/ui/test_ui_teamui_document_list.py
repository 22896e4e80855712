"""The document list with coding assignments: "My documents" and the set filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.db.project import open_project
from annotator.services.assignments import assign


def _titles(window) -> set[str]:
    model = window.document_panel.model
    return {model.document_at(row).title for row in range(model.shown_count())}


def _assigned_titles(path: Path, coder: str, set_name: str | None = None) -> set[str]:
    from sqlalchemy import select

    from annotator.db.models import Document
    from annotator.services.assignments import assignment_table

    with open_project(path) as project:
        table = assignment_table(project)["sets"]
        with project.reading() as session:
            rows = session.execute(select(Document.uuid, Document.title)).all()
        titles = {str(uuid): title for uuid, title in rows}
    names = [set_name] if set_name else list(table)
    return {titles[u] for name in names for u in table[name].get(coder, [])}


def test_my_documents_shows_only_the_coders_assignment_and_toggles_off(
    make_window, articles_project, qtbot
):
    path = articles_project(*(f"Article text number {n}." for n in range(12)))
    with open_project(path) as project:
        assign(project, ["alice", "bob", "carol"], seed=3, overlap="2")
    window = make_window(path, coder="alice")
    panel = window.document_panel
    assert panel.mine_box.isVisible() and panel.mine_box.isChecked()
    mine = _assigned_titles(path, "alice")
    assert 2 < len(mine) < 12
    assert _titles(window) == mine
    assert panel.count.text() == f"{len(mine)} of 12 documents"
    shown = panel.model.document_at(panel.table.currentIndex().row()).title
    assert shown in mine  # the first document opened is one of hers

    qtbot.mouseClick(panel.mine_box, Qt.MouseButton.LeftButton)
    assert not panel.mine_box.isChecked()
    assert len(_titles(window)) == 12
    assert panel.count.text() == "12 documents"


def test_the_set_filter_narrows_to_one_set(make_window, articles_project, qtbot):
    path = articles_project(*(f"Article text number {n}." for n in range(10)))
    with open_project(path) as project:
        assign(project, ["alice", "bob"], seed=1, documents=[1, 2, 3, 4], set_name="training-1")
        assign(project, ["alice", "bob"], seed=1, set_name="main")
    window = make_window(path, coder="bob")
    panel = window.document_panel
    assert [panel.set_box.itemText(i) for i in range(panel.set_box.count())] == [
        "All sets",
        "training-1",
        "main",
    ]
    panel.set_box.setCurrentIndex(1)
    assert _titles(window) == _assigned_titles(path, "bob", "training-1")
    panel.mine_box.setChecked(False)
    assert _titles(window) == {f"Article {n}" for n in range(1, 5)}  # the whole set


def test_without_assignments_there_is_no_assignment_filter(make_window, articles_project):
    window = make_window(articles_project("One.", "Two."))
    panel = window.document_panel
    assert not panel.mine_box.isVisible() and not panel.set_box.isVisible()
    assert len(_titles(window)) == 2
