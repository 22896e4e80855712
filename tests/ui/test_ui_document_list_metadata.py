"""Editing a document's extra metadata in the metadata form: change, add, remove, one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.db.project import open_project
from annotator.services.corpus.metadata import document_metadata


def stored_extra(window, document_id: int) -> dict:
    with open_project(window.workbench.project.path, read_only=True) as project:
        return document_metadata(project, document_id)["extra"]


def test_extra_fields_are_edited_added_and_removed_in_one_undo_step(
    make_window, metadata_project, qtbot
):
    window = make_window(metadata_project)
    dialog = window.file_tools.metadata.dialog(2)  # Kommersant: section Economy, page 3
    table = dialog.extra.table
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["section", "page"]
    table.item(0, 1).setText("Politics")
    table.selectRow(1)
    assert dialog.extra.remove_button.isEnabled()
    qtbot.mouseClick(dialog.extra.remove_button, Qt.MouseButton.LeftButton)
    dialog.extra.add_button.click()
    row = table.rowCount() - 1
    table.item(row, 0).setText("tone")
    table.item(row, 1).setText(" negative ")
    dialog.edits["outlet"].setText("Kommersant.ru")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert stored_extra(window, 2) == {"section": "Politics", "tone": "negative"}
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Edit metadata (outlet, other fields)"
    panel = window.document_panel
    panel.filter_box.setText("tone:negative")  # the list filters on the new value at once
    assert panel.model.visible_ids() == [2]

    window.undo_stack.undo()
    assert stored_extra(window, 2) == {"section": "Economy", "page": "3"}
    row = panel.model.find(2)
    assert (row.outlet, row.extra) == ("Kommersant", {"section": "Economy", "page": "3"})
    panel.filter_box.setText("tone:*")  # an edited row stays in view until the filter changes
    assert panel.model.visible_ids() == []
    window.undo_stack.redo()
    assert stored_extra(window, 2) == {"section": "Politics", "tone": "negative"}


def test_unchanged_values_keep_their_type_and_bad_fields_keep_the_form_open(
    make_window, metadata_project
):
    window = make_window(metadata_project)
    editing = window.file_tools.metadata
    editing.save(1, {"extra": {"section": "Politics", "tags": ["gas", "deal"], "page": 3}})
    dialog = editing.dialog(1)
    table = dialog.extra.table
    assert table.item(1, 1).text() == '["gas", "deal"]'
    assert dialog.changes() == {}  # shown as JSON, stored as it was
    dialog.extra.add_field("", "orphan value")
    dialog.try_save()
    assert "needs a name" in dialog.problem.text() and dialog.result() == 0
    row = table.rowCount() - 1
    table.item(row, 0).setText("Section")
    dialog.try_save()
    assert "two fields called “Section”" in dialog.problem.text()
    table.item(row, 0).setText("")
    table.item(row, 1).setText("")  # an empty new row is ignored
    assert dialog.changes() == {}
    table.item(2, 1).setText("4")
    assert dialog.changes() == {
        "extra": {"section": "Politics", "tags": ["gas", "deal"], "page": "4"}
    }
