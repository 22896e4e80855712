"""Texts that tell the truth and columns that fit their labels: the show-all-coders tip, the
codebook editor's code tree and the welcome page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QToolBar

from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def test_show_all_coders_tip_describes_the_action_in_both_states(make_window, qtbot):
    window = make_window()
    action = window.actions[ActionId.SHOW_ALL_CODERS]
    for checked in (False, True):
        action.setChecked(checked)
        assert action.statusTip().startswith("Show every coder's annotations")
        assert "off: blind coding" in action.statusTip()
        assert "(Ctrl+Shift+A)" in action.toolTip()
    button = window.findChild(QToolBar, "main_toolbar").widgetForAction(action)
    assert button.toolTip() == action.toolTip()


def test_codebook_editor_columns_fit_their_labels_and_codes(make_window, demo, qtbot):
    window = make_window(demo)
    editor = window.research.edit_codebook()
    QApplication.sendPostedEvents()
    tree = editor.tree
    header, metrics = tree.header(), tree.fontMetrics()
    labels = [tree.headerItem().text(column) for column in range(tree.columnCount())]
    for column, label in enumerate(labels):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(label), label
    for number in range(tree.topLevelItemCount()):  # the top-level codes are never elided
        item = tree.topLevelItem(number)
        needed = (
            tree.indentation() + tree.iconSize().width() + metrics.horizontalAdvance(item.text(0))
        )
        assert header.sectionSize(0) >= needed, item.text(0)


def test_welcome_page_gives_its_text_room(make_window, ui_settings, qtbot):
    ui_settings.add_recent("/home/alice/studies/gas-deal.annot")
    window = make_window()
    QApplication.sendPostedEvents()
    welcome = window.welcome
    item = welcome.recent.item(0)
    metrics = welcome.recent.fontMetrics()
    assert welcome.recent.viewport().width() >= metrics.horizontalAdvance(item.text())
    assert welcome.recent.width() >= 440
