"""Auto-coding search hits on the demo: a confirmation with the numbers, hits already coded with
the code skipped (and counted), context with its spaces, the code tree, a choice that survives
codebook edits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.db.project import open_project
from annotator.services.codebooks.edit import create_code, rename_code, retire_code
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId
from annotator.ui.main_window import MainWindow


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Answer every confirmation with Code; the questions asked are collected."""
    questions: list[str] = []

    def answer(box: QMessageBox) -> int:
        questions.append(f"{box.text()}\n{box.informativeText()}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return questions


def energy_spans(path: Path) -> list[tuple[int, int, int]]:
    with open_project(path) as project:
        return [
            (r.document_id, r.start, r.end)
            for r in list_annotations(project, coder="alice")
            if "Energy" in r.values.get("sector", [])
        ]


def search(window: MainWindow, qtbot, query: str) -> None:
    window.actions[ActionId.SEARCH_CORPUS].trigger()
    panel = window.search_panel
    panel.query.clear()
    qtbot.keyClicks(panel.query, query)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)


def click_code(window: MainWindow, qtbot, variable: str, label: str) -> None:
    tree = window.search_panel.code
    item = window.search_panel.code_item(variable, label)
    assert item is not None, label
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def covered(spans: list[tuple[int, int, int]], hit) -> bool:
    return any(d == hit.document_id and s <= hit.start and hit.end <= e for d, s, e in spans)


def test_auto_coding_confirms_the_numbers_and_skips_what_is_coded(make_window, demo, qtbot, asked):
    with open_project(demo) as project:  # alice coded one hit as Energy inside a longer span
        from annotator.services.coding.search import search_corpus

        first = search_corpus(project, "energy")[0]
        create_annotation(
            project,
            document=first.document_id,
            coder="alice",
            start=first.start - 6,
            end=first.end + 4,
            values={"sector": ["Energy"]},
        )
    window = make_window(demo)
    search(window, qtbot, "energy")
    panel = window.search_panel
    hits = panel.chosen_hits()
    before = energy_spans(demo)
    skipped = [hit for hit in hits if covered(before, hit)]
    to_code = [hit for hit in hits if not covered(before, hit)]
    assert len(hits) >= 10 and len(skipped) >= 1 and to_code
    documents = len({hit.document_id for hit in to_code})

    click_code(window, qtbot, "sector", "Energy")
    assert panel.chosen_code() == ("sector", "Energy")
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)

    question, detail = asked[0].split("\n")
    assert re.fullmatch(
        rf"Code {len(to_code)} hits?\b.* in {documents} documents?\b.* as Energy\?", question
    )
    assert re.match(rf"{len(skipped)} hits?\b.* already coded as Energy by you", detail)
    after = energy_spans(demo)
    assert len(after) == len(before) + len(to_code)
    assert all(covered(after, hit) for hit in hits)
    assert re.search(
        rf"Coded {len(to_code)} hits?\b.*Skipped {len(skipped)}\b", panel.summary.text()
    )
    assert "Auto-code" in window.actions[ActionId.UNDO].text()

    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)  # again: all coded
    assert len(asked) == 1  # nothing to confirm
    assert len(energy_spans(demo)) == len(after)
    assert re.search(rf"{len(hits)} hits?\b.* already coded as Energy", panel.summary.text())

    window.undo_stack.undo()  # the auto-coding, as one step
    assert energy_spans(demo) == before


def test_cancelling_the_confirmation_codes_nothing(make_window, demo, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    window = make_window(demo)
    before = energy_spans(demo)
    search(window, qtbot, "energy")
    click_code(window, qtbot, "sector", "Energy")
    qtbot.mouseClick(window.search_panel.apply_button, Qt.MouseButton.LeftButton)
    assert energy_spans(demo) == before
    assert window.undo_stack.count() == 0


def test_hit_context_keeps_its_spaces(make_window, articles_project, qtbot):
    window = make_window(articles_project("Russia's major  energy\ncompanies are interested."))
    search(window, qtbot, "energy")
    results = window.search_panel.results
    label = results.itemWidget(results.topLevelItem(0), 1)
    assert "major  <b>energy</b>⏎companies are" in label.text()
    assert "white-space: pre" in label.text()  # Qt keeps both spaces when drawing


def test_the_code_tree_is_nested_as_in_the_codebook(make_window, demo, qtbot, asked):
    window = make_window(demo)
    tree = window.search_panel.code
    tops = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert tops == ["Actor", "Claim", "Sector", "Framing"]
    head = window.search_panel.code_item("actor", "Head of state or government")
    assert head.parent().text(0) == "Government" and head.parent().parent().text(0) == "Actor"
    assert window.search_panel.chosen_code() is None  # nothing chosen until the coder chooses
    search(window, qtbot, "energy")
    qtbot.mouseClick(window.search_panel.apply_button, Qt.MouseButton.LeftButton)
    assert "Choose the code" in window.search_panel.summary.text()


def test_the_chosen_code_survives_codebook_edits(make_window, demo, qtbot):
    window = make_window(demo)
    panel = window.search_panel
    click_code(window, qtbot, "sector", "Energy")
    with open_project(demo) as project:
        rename_code(project, ("sector", "Transport"), "Transport and logistics")
        create_code(project, "sector", "Mining")
    window.workbench.reload_codebook()
    assert panel.code_item("sector", "Mining") is not None
    assert panel.chosen_code() == ("sector", "Energy")

    with open_project(demo) as project:
        rename_code(project, ("sector", "Energy"), "Energy and fuel")
    window.workbench.reload_codebook()
    assert panel.chosen_code() == ("sector", "Energy and fuel")  # the same code, renamed

    with open_project(demo) as project:
        retire_code(project, ("sector", "Energy and fuel"))
    window.workbench.reload_codebook()
    assert panel.chosen_code() is None
