"""Analysis → Assign Documents…: the dialog's preview, the assignment as one undoable step."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from annotator.db.project import open_project
from annotator.services.assignments import assign, assignment_table, set_names
from annotator.ui.actions import ActionId
from annotator.ui.team.assign_dialog import AssignDialog, free_set_name


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """40 articles from two outlets over two months."""
    from annotator.io.imports.documents import ParsedDocument
    from annotator.services.imports.articles import import_documents
    from annotator.services.projects import new_project

    path = tmp_path / "team.annot"
    with new_project(path) as project:
        import_documents(
            project,
            [
                (
                    Path(f"{n}.txt"),
                    ParsedDocument(
                        f"Article {n} about gas. " * (1 + n % 4),
                        f"Article {n}",
                        f"{n}.txt",
                        "Daily" if n % 2 else "Weekly",
                        published=date(2024, 1 + n % 2, 1 + n % 27),
                    ),
                )
                for n in range(40)
            ],
        )
    return path


def _preview(dialog: AssignDialog) -> dict[str, tuple[str, str]]:
    table = dialog.preview
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_the_dialog_previews_the_plan_and_assigns_in_one_undoable_step(make_window, corpus, qtbot):
    window = make_window(corpus)
    assert window.actions[ActionId.ASSIGN_DOCUMENTS].isEnabled()
    dialog = window.team.make_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.set_name.text() == "main"
    assert dialog.coders() == []  # nobody has coded yet
    assert "at least one coder" in dialog.summary.text()
    dialog.new_coders.setText("alice, bob, carol")
    qtbot.keyClick(dialog.new_coders, Qt.Key.Key_Return)
    assert dialog.coders() == ["alice", "bob", "carol"]
    assert dialog.isVisible()  # Return added the names; it did not assign
    dialog.overlap.setValue(10)  # 10% of 40 = 4 documents every coder codes
    dialog.by_outlet.setChecked(True)
    dialog.seed.setValue(7)
    preview = _preview(dialog)
    assert set(preview) == {"alice", "bob", "carol"}
    assert all(overlap == "4" for _documents, overlap in preview.values())
    assert sum(int(documents) for documents, _ in preview.values()) == 36 + 3 * 4
    assert re.search(r"\b40 documents?\b.*\b3 coders?\b.*\b4 overlap", dialog.summary.text())
    with open_project(corpus) as project:
        assert set_names(project) == []  # a preview writes nothing

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    assert window.team.assign(dialog.coders(), **dialog.options())
    with open_project(corpus) as project:
        table = assignment_table(project)["sets"]["main"]
        design = set_names(project)
    assert design == ["main"]
    assert {name: len(ids) for name, ids in table.items()} == {
        name: int(documents) for name, (documents, _) in preview.items()
    }
    assert window.undo_stack.undoText() == "Assign documents (set “main”)"
    panel = window.document_panel
    assert panel.mine_box.isVisible()
    assert panel.model.shown_count() == len(table["alice"])

    window.undo_stack.undo()
    with open_project(corpus) as project:
        assert set_names(project) == []
    assert not panel.mine_box.isVisible()
    assert panel.model.shown_count() == 40
    window.undo_stack.redo()
    with open_project(corpus) as project:
        assert assignment_table(project)["sets"]["main"] == table  # the very same rows
    assert panel.model.shown_count() == len(table["alice"])


def test_a_problem_shows_as_one_line_and_disables_assign(make_window, corpus, qtbot):
    with open_project(corpus) as project:
        assign(project, ["alice", "bob"], seed=1)
    window = make_window(corpus)
    dialog = window.team.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.set_name.text() == "main-2"  # "main" is taken
    dialog.set_name.setText("main")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "set 'main' exists already" in dialog.summary.text()
    dialog.set_name.setText("bad name!")
    assert "not usable" in dialog.summary.text() and not ok.isEnabled()
    dialog.set_name.setText("reliability")
    dialog.overlap_unit.setCurrentIndex(1)  # documents
    dialog.overlap.setValue(41)
    assert "more than the 40 documents" in dialog.summary.text()
    dialog.overlap.setValue(5)
    assert ok.isEnabled()


def test_selected_documents_and_rotating_pairs(make_window, corpus, qtbot):
    window = make_window(corpus)
    panel = window.document_panel
    panel.table.selectAll()
    dialog = window.team.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.selected_documents.isEnabled()
    assert re.fullmatch(r"The 40 selected documents?\S*", dialog.selected_documents.text())
    assert not dialog.filter_documents.isEnabled()  # the list shows everything
    dialog.new_coders.setText("bob, carol")
    dialog._add_typed()
    dialog.overlap_coders.setCurrentIndex(1)  # rotating pairs
    dialog.overlap.setValue(15)  # 6 documents, each coded by two coders
    preview = _preview(dialog)
    assert sum(int(overlap) for _, overlap in preview.values()) == 12


def test_the_menu_opens_the_dialog_and_cancel_changes_nothing(make_window, corpus, qtbot):
    window = make_window(corpus)
    seen: list[AssignDialog] = []

    def cancel() -> None:
        dialog = window.findChild(AssignDialog, "assign_dialog")
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.actions[ActionId.ASSIGN_DOCUMENTS].trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Rejected
    with open_project(corpus) as project:
        assert set_names(project) == []
    assert window.undo_stack.count() == 0


def test_free_set_name():
    assert free_set_name([]) == "main"
    assert free_set_name(["main", "main-2"]) == "main-3"


def test_the_preview_shows_every_count_beside_the_form(make_window, corpus, qtbot, qapp):
    """The counts stay in sight: the form beside the preview must not squeeze its columns (the
    German labels are the longest)."""
    from annotator.ui.i18n import install_translators

    install_translators(qapp, "de")
    try:
        window = make_window(corpus)
        dialog = window.team.make_dialog()
    finally:
        install_translators(qapp, "en")
    qtbot.addWidget(dialog)
    dialog.resize(900, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.new_coders.setText("alice, bob, carol")
    qtbot.keyClick(dialog.new_coders, Qt.Key.Key_Return)
    table = dialog.preview
    qtbot.waitUntil(lambda: table.rowCount() == 3)
    header = table.horizontalHeader()
    for column in range(3):  # coder, documents, overlap
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), column
