"""The codebook editor: add a code with a shortcut, refuse a taken key, merge two codes, undo."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from annotator.db.project import open_project
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coding.annotations import list_annotations
from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId
from annotator.ui.codebook.code_tree import ID_ROLE

SUPPORT, FACTUAL = "Support or endorsement", "Factual assertion"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def claims(path: Path) -> Counter[str]:
    with open_project(path, read_only=True) as project:
        return Counter(
            label
            for record in list_annotations(project)
            for label in record.values.get("claim", [])
        )


def codes_of(window, variable: str) -> dict[str, object]:
    records = list_codebook(window.workbench.project)
    return {c.label: c for v in records if v.name == variable for c in v.codes}


def test_add_code_with_shortcut_then_undo(make_window, demo):
    window = make_window(demo)
    assert window.actions[ActionId.EDIT_CODEBOOK].isEnabled()
    editor = window.research.edit_codebook()
    editor.select_variable("sector")
    code = editor.add_code("Nuclear power")
    assert code is not None and editor.tree.current_code().label == "Nuclear power"

    editor.form.shortcut.setText("9")
    editor.form.texts["definition"].setPlainText("Reactors, uranium, atomic energy agencies.")
    editor.form.save.click()
    stored = codes_of(window, "sector")["Nuclear power"]
    assert stored.shortcut == "9" and stored.definition.startswith("Reactors")
    assert window.workbench.index.shortcuts["9"].label == "Nuclear power"  # coding panel follows
    panel_labels = [
        window.codebook_panel.tree.topLevelItem(2).child(n).text(0)
        for n in range(window.codebook_panel.tree.topLevelItem(2).childCount())
    ]
    assert "Nuclear power" in panel_labels

    taken = next(c for c in codes_of(window, "claim").values() if c.shortcut)
    editor.form.shortcut.setText(taken.shortcut)
    editor.form.save.click()
    assert "already used by" in editor.status.text()
    assert codes_of(window, "sector")["Nuclear power"].shortcut == "9"

    window.undo_stack.undo()  # the shortcut and definition (one step)
    assert codes_of(window, "sector")["Nuclear power"].shortcut is None
    window.undo_stack.undo()  # the new code
    assert "Nuclear power" not in codes_of(window, "sector")
    assert "9" not in window.workbench.index.shortcuts
    window.undo_stack.redo()
    assert "Nuclear power" in codes_of(window, "sector")


def test_merge_two_codes_recodes_annotations_and_undoes(make_window, demo):
    before = claims(demo)
    assert before[SUPPORT] and before[FACTUAL]
    window = make_window(demo)
    editor = window.research.edit_codebook()
    editor.select_variable("claim")
    codes = codes_of(window, "claim")
    editor.merge_code(codes[SUPPORT].id, codes[FACTUAL].id)
    assert f"{before[SUPPORT]} annotations recoded" in editor.status.text()

    after = claims(demo)
    assert after[SUPPORT] == 0
    assert after[FACTUAL] == before[FACTUAL] + before[SUPPORT]
    assert SUPPORT not in codes_of(window, "claim")
    assert all(SUPPORT not in r.values.get("claim", []) for r in window.article.records())

    window.undo_stack.undo()
    assert claims(demo) == before
    assert SUPPORT in codes_of(window, "claim")
    assert editor.code_by_label(SUPPORT) is not None  # the editor shows it again
    window.undo_stack.redo()
    assert claims(demo)[SUPPORT] == 0


def test_deleting_a_used_code_offers_merge_or_retire(make_window, demo, monkeypatch):
    from annotator.ui.codebook import recode_dialogs as code_recode_dialogs

    window = make_window(demo)
    editor = window.research.edit_codebook()
    editor.select_variable("claim")
    codes = codes_of(window, "claim")
    shown: list[str] = []

    def choose_retire(dialog) -> int:
        shown.append(dialog.findChild(object, "impact").text())
        dialog.retire.setChecked(True)
        return 1

    monkeypatch.setattr(code_recode_dialogs.DeleteDialog, "exec", choose_retire)
    editor.delete_code(codes[SUPPORT].id)
    assert "annotation" in shown[0]
    assert codes_of(window, "claim")[SUPPORT].retired
    assert claims(demo)[SUPPORT] > 0  # nothing recoded
    window.undo_stack.undo()
    assert not codes_of(window, "claim")[SUPPORT].retired


def test_codebook_panel_shows_the_rules_of_the_chosen_code(make_window, demo):
    window = make_window(demo)
    tree = window.codebook_panel.tree
    claim = tree.topLevelItem(1)
    tree.setCurrentItem(claim.child(0))
    assert "Use when" in window.codebook_panel.details.text()


def test_import_shows_the_changes_then_applies_undoably(make_window, demo, tmp_path):
    window = make_window(demo)
    tools = window.research
    tools.export_codebook(str(tmp_path / "codebook.xlsx"))
    editor = tools.edit_codebook()
    editor.select_variable("sector")
    editor.add_code("Space industry")  # in the project, not in the workbook
    shown: list[list[str]] = []

    def confirm(preview) -> bool:
        shown.append([preview.list.item(n).text() for n in range(preview.list.count())])
        return True

    tools.import_codebook(str(tmp_path / "codebook.xlsx"), confirm)
    assert any("Space industry" in line for line in shown[0])
    assert "Space industry" not in codes_of(window, "sector")
    window.undo_stack.undo()
    assert "Space industry" in codes_of(window, "sector")


def test_drop_moves_a_code_under_another_and_variable_edits_are_undoable(make_window, demo):
    window = make_window(demo)
    editor = window.research.edit_codebook()
    editor.select_variable("sector")
    codes = codes_of(window, "sector")
    energy, economy = codes["Energy"], codes["Economy and trade"]
    editor.tree.moveRequested.emit(energy.id, economy.id, 0)  # what a drop onto a code asks
    assert codes_of(window, "sector")["Energy"].parent_id == economy.id
    assert window.workbench.index.code_path("sector", "Energy") == "Economy and trade › Energy"
    window.undo_stack.undo()
    assert codes_of(window, "sector")["Energy"].parent_id is None

    editor.select_variable("framing")
    editor.multiple.click()  # refused: annotations hold several frames
    assert "several values" in editor.status.text()
    assert editor.multiple.isChecked()
    editor.add_variable("tone")
    assert editor.current_variable().name == "tone"
    window.undo_stack.undo()
    assert "tone" not in [v.name for v in list_codebook(window.workbench.project)]


def test_drop_positions_become_parent_and_place(make_window, demo):
    from PySide6.QtWidgets import QAbstractItemView

    Indicator = QAbstractItemView.DropIndicatorPosition
    window = make_window(demo)
    editor = window.research.edit_codebook()
    editor.select_variable("claim")
    tree = editor.tree
    first, third = tree.topLevelItem(0), tree.topLevelItem(2)
    assert tree.drop_move(first, third, Indicator.OnItem) == (third.data(0, ID_ROLE), 0)
    assert tree.drop_move(first, third, Indicator.BelowItem) == (None, 2)
    assert tree.drop_move(third, first, Indicator.AboveItem) == (None, 0)
    assert tree.drop_move(first, first, Indicator.OnItem) is None
    assert tree.drop_move(first, None, Indicator.OnViewport) == (None, tree.topLevelItemCount())


def codebook_rows(path: Path) -> list[tuple[str, str, bool]]:
    with open_project(path, read_only=True) as project:
        return [(v.name, c.label, c.retired) for v in list_codebook(project) for c in v.codes]


@pytest.mark.parametrize("answer", ["Cancel", "Import Anyway"])
def test_an_import_retiring_every_code_asks_first(make_window, demo, tmp_path, answer):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window(demo)
    path = tmp_path / "codebook.xlsx"
    window.research.export_codebook(str(path))
    workbook = openpyxl.load_workbook(path)
    workbook["Codes"].delete_rows(2, workbook["Codes"].max_row)  # the headers alone
    workbook.save(path)
    before = codebook_rows(demo)
    asked: list[tuple[str, bool]] = []

    def answer_the_box() -> None:  # polled: the box runs its own event loop
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            poll.stop()
            cancel = box.button(QMessageBox.StandardButton.Cancel)
            asked.append((box.text(), box.defaultButton() is cancel))
            next(b for b in box.buttons() if b.text() == answer).click()

    poll = QTimer()
    poll.timeout.connect(answer_the_box)
    poll.start(10)
    window.research.import_codebook(str(path), lambda preview: True)
    poll.stop()
    assert len(asked) == 1
    text, cancel_is_default = asked[0]
    assert cancel_is_default
    found = re.fullmatch(
        r"Importing codebook\.xlsx would take every code of the project out of use: "
        r"(\d+) retired, (\d+) removed\.",
        text,
    )
    assert found, text
    retired, removed = int(found[1]), int(found[2])
    assert retired > 0 and retired + removed == len(before)  # used codes and their parents stay
    if answer == "Cancel":
        assert codebook_rows(demo) == before
        assert window.statusBar().currentMessage() == "Nothing was imported."
        return
    after = codebook_rows(demo)
    assert len(after) == retired and all(is_retired for _v, _l, is_retired in after)
    window.undo_stack.undo()
    assert codebook_rows(demo) == before


def test_moving_annotations_lists_only_those_coded_with_the_code(make_window, demo, monkeypatch):
    # At a million annotations the list must come from the spans carrying the code, read in SQL,
    # not from every annotation of the project loaded and filtered in Python (~9 GB).
    from annotator.ui.codebook import editor as codebook_editor
    from annotator.ui.codebook import recode_dialogs as code_recode_dialogs

    window = make_window(demo)
    editor = window.research.edit_codebook()
    editor.select_variable("claim")
    codes = codes_of(window, "claim")
    with open_project(demo, read_only=True) as project:
        expected = [
            (record.uuid, f"{record.coder}: ")
            for record in list_annotations(project)
            if SUPPORT in record.values.get("claim", [])
        ]
    assert expected
    monkeypatch.setattr(codebook_editor, "list_annotations", None, raising=False)
    listed: list[tuple[str, str]] = []

    def move_the_first(dialog) -> int:
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            listed.append((item.data(0x0100), item.text().split("“")[0]))
        dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.target.setCurrentIndex(dialog.target.findData(codes[FACTUAL].id))
        return 1

    monkeypatch.setattr(code_recode_dialogs.SplitDialog, "exec", move_the_first)
    before = claims(demo)
    editor.split_code(codes[SUPPORT].id)
    assert listed == expected
    after = claims(demo)
    assert after[SUPPORT] == before[SUPPORT] - 1 and after[FACTUAL] == before[FACTUAL] + 1
