"""View ▸ Appearance: the window turns dark or light on request and stays readable; keyboard
focus is always visible."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.services.codebooks.reading import list_codebook
from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId
from annotator.ui.appearance import done_colour
from annotator.ui.coding.highlights import TEXT_ON_HIGHLIGHT, readable
from annotator.ui.settings import Setting

Role = QPalette.ColorRole


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_dark_appearance_is_dark_readable_and_remembered(make_window, demo, ui_settings, qtbot):
    window = make_window(demo)
    try:
        dark = window.actions[ActionId.APPEARANCE_DARK]
        assert dark in window.menus["&View/A&ppearance"].actions()
        assert window.actions[ActionId.APPEARANCE_SYSTEM].isChecked()
        dark.trigger()
        assert dark.isChecked() and not window.actions[ActionId.APPEARANCE_SYSTEM].isChecked()
        assert ui_settings.get(Setting.APPEARANCE) == "dark"
        assert QApplication.palette().color(Role.Window).lightness() < 80
        article = window.article
        qtbot.waitUntil(lambda: article.palette().color(Role.Base).lightness() < 80)
        base, text = article.palette().color(Role.Base), article.palette().color(Role.Text)
        assert base.lightness() < 80 and text.lightness() > 180
        assert contrast(base, text) >= 4.5

        def corner_lightness() -> int:  # what is painted, not only the palette
            drawn = article.viewport().grab().toImage()
            return drawn.pixelColor(drawn.width() - 3, drawn.height() - 3).lightness()

        qtbot.waitUntil(lambda: corner_lightness() < 80)
        for variable in list_codebook(window.workbench.project):
            for code in variable.codes:
                background = readable(QColor(code.colour))
                assert contrast(TEXT_ON_HIGHLIGHT, background) >= 4.5, code.label
        assert contrast(done_colour(), window.document_panel.palette().color(Role.Base)) >= 4.5

        window.actions[ActionId.APPEARANCE_LIGHT].trigger()
        assert QApplication.palette().color(Role.Window).lightness() > 180
        assert contrast(done_colour(), article.palette().color(Role.Base)) >= 4.5
        dark.trigger()
        again = make_window()  # a new window (and the next start) keeps the choice
        assert again.actions[ActionId.APPEARANCE_DARK].isChecked()
        assert QApplication.palette().color(Role.Window).lightness() < 80
    finally:
        window.actions[ActionId.APPEARANCE_SYSTEM].trigger()
    assert QApplication.palette().color(Role.Window).lightness() > 180


def test_keyboard_focus_is_drawn_around_the_article_and_lists(make_window, demo, qtbot):
    window = make_window(demo)
    highlight = window.palette().color(Role.Highlight)

    def left_edge(widget) -> QColor:
        image = widget.grab().toImage()
        return image.pixelColor(0, image.height() // 2)

    for widget in (window.article, window.document_panel.table):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert left_edge(widget) == highlight, widget.objectName()
    window.annotation_table.setFocus()
    qtbot.waitUntil(lambda: not window.article.hasFocus())
    assert left_edge(window.article) != highlight
