"""Blind coding, overlaps, corpus search with auto-coding, status, navigation and error dialogs."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import utf16
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QMessageBox, QTreeWidget

from annotator.core.vocabulary import CodingStatus
from annotator.db.project import open_project
from annotator.services.coders import add_coder
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.coding.statuses import statuses_of
from annotator.ui.actions import ActionId
from annotator.ui.coding.highlights import readable

TEXT = "The minister said gas prices will rise. Gas exports to Turkey fell, the gas board said."
OTHER = "Farmers protest. Gas is cheap here, said the farmers' union; GAS subsidies stay."


def background_at(window, text: str, index: int) -> QColor:
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, index) + 1)  # the format of the character before the cursor
    return cursor.charFormat().background().color()


def test_blind_mode_hides_other_coders_spans_until_shown(make_window, articles_project):
    path = articles_project(TEXT)
    with open_project(path) as project:
        add_coder(project, "bob", "#D9731A")
        create_annotation(project, document=1, coder="bob", start=0, end=12, values={})
        create_annotation(
            project, document=1, coder="alice", start=18, end=21, values={"sector": ["Energy"]}
        )
    window = make_window(path)
    assert [r.coder for r in window.article.records()] == ["alice"]
    assert window.annotation_table.model_.rowCount() == 1
    assert "1 span by other coders hidden" in window.hidden_label.text()
    assert background_at(window, TEXT, 2) != readable(QColor("#D9731A"))
    window.colour_by_menu.choice_action("sector").trigger()  # View ▸ Colour By ▸ Sector
    assert background_at(window, TEXT, 19) == QColor("#FFD27F")  # Energy's colour

    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
    assert sorted(r.coder for r in window.article.records()) == ["alice", "bob"]
    window.colour_by_menu.choice_action(":coder").trigger()
    assert background_at(window, TEXT, 2) == readable(QColor("#D9731A"))  # by coder
    assert window.annotation_table.model_.rowCount() == 2
    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(False)
    assert [r.coder for r in window.article.records()] == ["alice"]


def test_overlapping_spans_are_drawn_distinctly_and_both_reachable(make_window, articles_project):
    path = articles_project(TEXT)
    with open_project(path) as project:
        create_annotation(project, document=1, coder="alice", start=0, end=17, values={})
        create_annotation(project, document=1, coder="alice", start=4, end=38, values={})
    window = make_window(path)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(8)
    assert cursor.charFormat().fontUnderline()  # the overlap is underlined
    cursor.setPosition(30)
    assert not cursor.charFormat().fontUnderline()
    assert len(window.article.annotations_at(8)) == 2
    assert len(window.article.annotations_at(30)) == 1


def test_corpus_search_auto_codes_every_hit_in_one_undo_step(
    make_window, articles_project, qtbot, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    window.actions[ActionId.SEARCH_CORPUS].trigger()
    panel = window.search_panel
    panel.query.setText("gas")
    panel.run_search()
    results: QTreeWidget = panel.results
    assert results.topLevelItemCount() == 5
    assert re.search(r"\b5 hits?\b.* in 2 documents?\b", panel.summary.text())
    panel.choose_code("sector", "Energy")
    panel.apply_button.click()

    with open_project(path) as project:
        coded = list_annotations(project)
    assert len(coded) == 5
    assert {r.quote.lower() for r in coded} == {"gas"}
    assert all(r.values == {"sector": ["Energy"]} for r in coded)
    assert len(window.article.records()) == 3  # the hits in the open article show at once
    assert "Auto-code 5 hits" in window.actions[ActionId.UNDO].text()

    window.undo_stack.undo()
    with open_project(path) as project:
        assert list_annotations(project) == []
    assert window.article.records() == []
    window.undo_stack.redo()
    with open_project(path) as project:
        assert len(list_annotations(project)) == 5
    assert window.document_panel.model.find(2).annotations == 2

    results.itemClicked.emit(results.topLevelItem(4), 0)  # jump to a hit in the other article
    assert window.workbench.document_id == 2
    cursor = window.article.textCursor()
    assert cursor.selectedText().lower() == "gas"


def test_find_in_article_highlights_all_hits(make_window, articles_project):
    window = make_window(articles_project(TEXT))
    window.actions[ActionId.FIND].trigger()
    window.find_bar.query.setText("gas")
    assert window.find_bar.count.text() == "3 hits"
    assert len(window.article.extraSelections()) == 3
    window.find_bar.step(1)
    assert window.article.textCursor().selectedText() == "gas"


def test_mark_done_progress_and_next_document(make_window, articles_project):
    path = articles_project(TEXT, OTHER)
    window = make_window(path)
    assert window.document_panel.progress.text() == "0 of 2 done"
    window.actions[ActionId.MARK_DONE].trigger()
    assert window.document_panel.progress.text() == "1 of 2 done"
    with open_project(path) as project:
        assert statuses_of(project, "alice") == {1: CodingStatus.DONE}
    window.undo_stack.undo()
    assert window.document_panel.progress.text() == "0 of 2 done"
    window.actions[ActionId.NEXT_DOCUMENT].trigger()
    assert window.workbench.document_id == 2 and window.article.text == OTHER
    window.actions[ActionId.PREVIOUS_DOCUMENT].trigger()
    assert window.workbench.document_id == 1


def test_document_filter_and_sort(make_window, articles_project):
    window = make_window(articles_project(TEXT, OTHER, "Third one about nothing."))
    panel = window.document_panel
    panel.filter_box.setText("article 2")
    assert panel.model.rowCount() == 1
    panel.filter_box.clear()
    panel.model.sort(0, Qt.SortOrder.DescendingOrder)
    assert panel.model.document_at(0).title == "Article 3"


def test_unopenable_files_give_a_clear_message_not_a_traceback(make_window, tmp_path: Path):
    window = make_window()
    bogus = tmp_path / "notes.annot"
    bogus.write_text("just some notes")
    assert not window.open_path(bogus)
    assert "is not an Annotator project" in window.last_error
    assert not window.open_path(tmp_path / "missing.annot")
    assert "no such file" in window.last_error
    assert window.workbench is None and window.pages.currentIndex() == 0


def test_layout_and_zoom_are_remembered(make_window, articles_project, ui_settings):
    window = make_window(articles_project(TEXT))
    size = window.article.font().pointSizeF()
    window.actions[ActionId.ZOOM_IN].trigger()
    window.actions[ActionId.ZOOM_IN].trigger()
    assert window.article.font().pointSizeF() > size
    window.close()
    again = make_window()
    assert again._zoom == 2
    assert again.article.font().pointSizeF() > size
