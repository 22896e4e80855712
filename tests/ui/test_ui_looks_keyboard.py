"""Every action reachable from the keyboard and named with its shortcut; crisp SVG icons on the
toolbar and the window."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from annotator.resources import resource_path
from annotator.ui.actions import SPECS, ActionId

NATIVE = QKeySequence.SequenceFormat.NativeText


def menu_actions(menu: QMenu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def test_every_action_is_in_a_menu_with_its_own_mnemonic_and_shortcut(make_window):
    window = make_window()
    assert not QApplication.testAttribute(
        Qt.ApplicationAttribute.AA_DontShowShortcutsInContextMenus
    )
    in_menus = [
        action
        for top in window.menuBar().actions()
        if top.menu() is not None
        for action in menu_actions(top.menu())
    ]
    for action_id in SPECS:
        action = window.actions[action_id]
        assert action in in_menus, action_id
        assert action.isShortcutVisibleInContextMenu() or not action.shortcuts()
    for top in window.menuBar().actions():  # Alt+letter reaches every item once
        letters = [
            match.group(1).lower()
            for action in top.menu().actions()
            if (match := re.search(r"&([^&])", action.text()))
        ]
        assert len(letters) == len(set(letters)), (top.text(), letters)


def test_toolbar_buttons_name_their_shortcut_and_have_crisp_icons(make_window):
    window = make_window()
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert [a for a in toolbar.actions() if not a.isSeparator()], "an empty toolbar"
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        keys = action.shortcut().toString(NATIVE)
        assert button.toolTip().startswith(button.toolTip().split(" (")[0])
        assert button.toolTip(), action.objectName()
        if keys:
            assert f"({keys})" in button.toolTip(), action.objectName()
        assert not action.icon().isNull(), action.objectName()
        sharp = action.icon().pixmap(QSize(24, 24), 2.0)  # a 200 % screen: drawn at 48 px
        assert sharp.deviceIndependentSize().toSize() == QSize(24, 24)
        assert sharp.width() == 48 and not sharp.toImage().isNull()
    next_button = toolbar.widgetForAction(window.actions[ActionId.NEXT_DOCUMENT])
    keys = QKeySequence("Ctrl+PgDown").toString(NATIVE)
    assert next_button.toolTip() == f"Next Document ({keys})"
    assert not window.windowIcon().isNull()
    assert resource_path("icons", "annotator.svg").read_text("utf-8").lstrip().startswith("<?xml")
