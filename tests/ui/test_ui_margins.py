"""The article's margins in the real window: line length, paragraph numbers, coding stripes."""

from __future__ import annotations

from conftest import utf16
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.ui.actions import ActionId
from annotator.ui.coding.article_view import ArticleView
from annotator.ui.coding.coding_stripes import assign_columns
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting

SENTENCE = "Putin stressed that Russia's major energy companies are interested in Turkmenistan. "
PARAGRAPHS = [f"Paragraph {n}. " + SENTENCE * 3 for n in range(1, 9)]
TEXT = "\n\n".join(PARAGRAPHS)


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def code(window: MainWindow, qtbot, start: int, end: int, key: str) -> str:
    """Code [start, end) with a code key the way a coder does; the new span's uuid."""
    window.article.set_current("")
    select(window, start, end)
    qtbot.keyClick(window.article, key)
    return window.article.current


def first_line_width(view: ArticleView) -> float:
    block = view.document().firstBlock()
    view.blockBoundingGeometry(block)  # lays the block out (the plain layout is lazy)
    assert block.layout().lineCount() > 0
    return block.layout().lineAt(0).width()


def show_three_paragraphs(window: MainWindow, qtbot) -> None:
    """A window where the reading font shows the first three paragraphs at once (the default
    test window's article pane is too narrow for that)."""
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.article.viewport().width() > 500)


def bar_centre(window: MainWindow, uuid: str) -> QPoint:
    stripes = window.article.stripes
    (bar,) = [bar for bar in stripes.bars() if bar.key == uuid]
    return stripes.bar_rect(bar).center().toPoint()


# -- line length --


def test_text_column_keeps_a_comfortable_measure_on_a_wide_window(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(2400, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_article(TEXT, [], lambda _record: "#88aaee")
    limit = view.text_column_limit()
    line_width = first_line_width(view)
    assert 0 < line_width <= limit - 2 * view.document().documentMargin()
    area = view.viewport().geometry()
    left_space = area.left()
    right_space = view.width() - area.right() - view.stripes.width()
    assert abs(left_space - right_space) < 40  # centred, with the stripes right beside it
    assert view.stripes.geometry().left() == area.right() + 1

    view.resize(600, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < 600)
    margin = view.document().documentMargin()
    line_width = first_line_width(view)
    assert line_width == view.viewport().width() - 2 * margin
    assert view.viewport().width() >= 600 - view.stripes.width() - 40  # all the width it has

    wide = view.text_column_limit()
    view.zoom(4)
    assert view.text_column_limit() > wide  # the measure follows the zoom


# -- paragraph numbers --


def test_paragraph_numbers_stand_beside_each_paragraph_and_are_remembered(
    make_window, articles_project, qtbot, ui_settings
):
    window = make_window(articles_project(TEXT))
    show_three_paragraphs(window, qtbot)
    action = window.actions[ActionId.PARAGRAPH_NUMBERS]
    assert not action.isChecked() and not window.article.paragraph_numbers.isVisible()

    action.trigger()
    numbers = window.article.paragraph_numbers
    assert numbers.isVisible() and numbers.width() > 0
    assert ui_settings.get(Setting.PARAGRAPH_NUMBERS) is True
    positions = window.article.paragraph_positions()
    assert [number for number, _ in positions][:3] == [1, 2, 3]
    document = window.article.document()
    for number, top in positions[:3]:
        block = document.findBlockByNumber(2 * (number - 1))  # empty blocks between paragraphs
        assert block.text().startswith(f"Paragraph {number}.")
        cursor = QTextCursor(block)
        assert abs(window.article.cursorRect(cursor).top() - top) <= 1

    picture = numbers.grab().toImage()
    background = picture.pixelColor(1, 1)
    inked = {
        (x, y)
        for x in range(picture.width())
        for y in range(0, picture.height(), 2)
        if picture.pixelColor(x, y) != background
    }
    assert inked  # the numbers are painted

    action.trigger()
    assert not numbers.isVisible() and ui_settings.get(Setting.PARAGRAPH_NUMBERS) is False


# -- coding stripes --


def test_overlapping_spans_get_their_own_columns_and_others_reuse_column_zero():
    columns = assign_columns([("a", 0, 2), ("b", 1, 1), ("c", 3, 4), ("d", 2, 3), ("e", 9, 9)])
    assert columns["a"] != columns["b"] and columns["a"] != columns["d"]
    assert columns["c"] != columns["d"]
    assert columns["e"] == 0 and columns["a"] == 0


def test_two_overlapping_spans_in_the_window_get_different_columns(
    make_window, articles_project, qtbot
):
    window = make_window(articles_project(TEXT))
    assert window.actions[ActionId.CODING_STRIPES].isChecked()  # on by default
    actor = code(window, qtbot, 0, 40, "g")
    sector = code(window, qtbot, 20, 90, "e")
    later = code(window, qtbot, TEXT.index("Paragraph 3"), TEXT.index("Paragraph 3") + 11, "e")
    columns = window.article.stripes.columns()
    assert columns[actor][0] != columns[sector][0]
    assert columns[later][0] == 0
    bars = {bar.key: bar for bar in window.article.stripes.bars()}
    start_rect = window.article.cursorRect(window.article._cursor(0, 0))
    assert abs(bars[actor].top - start_rect.top()) <= 1  # from the top of the span's first line


def test_clicking_a_stripe_selects_its_span(make_window, articles_project, qtbot):
    window = make_window(articles_project(TEXT))
    first = code(window, qtbot, 0, 40, "g")
    second = code(window, qtbot, 20, 90, "e")
    assert window.article.current == second
    qtbot.mouseClick(
        window.article.stripes, Qt.MouseButton.LeftButton, pos=bar_centre(window, first)
    )
    assert window.article.current == first
    table = window.annotation_table
    assert table.model_.record_at(table.currentIndex().row()).uuid == first
    assert window.article.textCursor().selectedText() == TEXT[0:40]


def test_hovering_a_stripe_shows_its_coder_codes_and_memo(make_window, articles_project, qtbot):
    window = make_window(articles_project(TEXT))
    uuid = code(window, qtbot, 0, 40, "g")
    window.workbench.set_memo(uuid, "lead sentence")
    stripes = window.article.stripes
    point = bar_centre(window, uuid)
    QApplication.sendEvent(
        stripes, QHelpEvent(QEvent.Type.ToolTip, point, stripes.mapToGlobal(point))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    shown = QToolTip.text()
    assert "Government" in shown and "alice" in shown and "lead sentence" in shown
    QToolTip.hideText()


def test_right_click_edit_opens_the_popup_for_that_span(make_window, articles_project, qtbot):
    window = make_window(articles_project(TEXT))
    first = code(window, qtbot, 0, 40, "g")
    code(window, qtbot, 20, 90, "e")
    seen: dict[str, object] = {}

    def choose_edit() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and menu.objectName() == "stripe_menu"
        QTimer.singleShot(0, read_popup)
        menu.findChild(type(menu.actions()[0]), "stripe_edit").trigger()
        menu.close()

    def read_popup() -> None:
        popup = window.active_popup
        if popup is None:
            QTimer.singleShot(10, read_popup)
            return
        seen["values"] = popup.values()
        popup.reject()

    QTimer.singleShot(0, choose_edit)
    stripes = window.article.stripes
    point = bar_centre(window, first)
    QApplication.sendEvent(
        stripes,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, stripes.mapToGlobal(point)),
    )
    qtbot.waitUntil(lambda: "values" in seen)
    assert seen["values"]["actor"] == ["Government"]
    assert window.article.current == first


def test_undoing_a_new_span_removes_its_stripe(make_window, articles_project, qtbot):
    window = make_window(articles_project(TEXT))
    uuid = code(window, qtbot, 0, 40, "g")
    assert uuid in {bar.key for bar in window.article.stripes.bars()}
    window.actions[ActionId.UNDO].trigger()
    assert window.article.stripes.bars() == []
    window.actions[ActionId.REDO].trigger()
    assert uuid in {bar.key for bar in window.article.stripes.bars()}


def test_stripes_use_the_stripe_colouring_and_can_be_switched_off(
    make_window, articles_project, qtbot, ui_settings
):
    window = make_window(articles_project(TEXT))
    uuid = code(window, qtbot, 0, 40, "g")
    stripes = window.article.stripes
    point = bar_centre(window, uuid)
    window.article.set_stripe_colouring(lambda _record: "#00c000")
    assert stripes.grab().toImage().pixelColor(point) == QColor("#00c000")
    window.article.set_stripe_colouring(None)
    highlight = QColor(window.article.highlight_colour(window.article.record(uuid)))
    assert stripes.grab().toImage().pixelColor(point) == highlight

    window.actions[ActionId.CODING_STRIPES].trigger()
    assert not stripes.isVisible() and ui_settings.get(Setting.CODING_STRIPES) is False


def test_right_click_delete_removes_the_span_from_the_project(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    first = code(window, qtbot, 0, 40, "g")
    second = code(window, qtbot, 20, 90, "e")
    stripes = window.article.stripes
    menu = stripes.context_menu(first)
    menu.findChild(type(menu.actions()[0]), "stripe_delete").trigger()
    with open_project(path) as project:
        assert [record.uuid for record in list_annotations(project)] == [second]
    assert first not in {bar.key for bar in stripes.bars()}
    window.actions[ActionId.UNDO].trigger()
    assert first in {bar.key for bar in stripes.bars()}


def test_stripes_follow_the_text_when_it_scrolls(make_window, articles_project, qtbot):
    window = make_window(articles_project(TEXT * 3))
    show_three_paragraphs(window, qtbot)
    start = TEXT.index("Paragraph 3")
    uuid = code(window, qtbot, start, start + 40, "g")
    article = window.article
    article.verticalScrollBar().setValue(0)
    before = {bar.key: bar for bar in article.stripes.bars()}[uuid].top
    article.verticalScrollBar().setValue(3)  # three lines down: the span is still on screen
    assert article.verticalScrollBar().value() == 3
    after = {bar.key: bar for bar in article.stripes.bars()}[uuid].top
    position = utf16(article.text, start)
    assert abs(after - article.cursorRect(article._cursor(position, position)).top()) <= 1
    assert after < before


def test_another_coders_stripe_offers_no_edit_or_delete(make_window, tmp_path, qtbot):
    """With all coders shown, right-clicking bob's stripe says it is read only; alice's works."""
    from annotator.services.demo import build_demo

    path = build_demo(tmp_path / "demo")
    window = make_window(path)
    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
    records = window.article.records()
    bobs = next(record for record in records if record.coder == "bob")
    alices = next(record for record in records if record.coder == "alice")
    stripes = window.article.stripes

    menu = stripes.context_menu(bobs.uuid)
    edit = menu.findChild(type(menu.actions()[0]), "stripe_edit")
    delete = menu.findChild(type(menu.actions()[0]), "stripe_delete")
    assert not edit.isEnabled() and not delete.isEnabled()
    assert any("bob" in action.text() and "read only" in action.text() for action in menu.actions())

    menu = stripes.context_menu(alices.uuid)
    assert menu.findChild(type(menu.actions()[0]), "stripe_delete").isEnabled()


def test_in_a_heavily_coded_article_the_stripes_catch_up_when_coding_pauses(
    make_window, articles_project, qtbot, monkeypatch
):
    """Above LARGE_ARTICLE_SPANS spans the margin lays out again after a pause, not on every key:
    the highlight is at once, the bar follows; a deleted span's bar goes at once."""
    from annotator.services.coding.bulk import NewAnnotation, create_annotations
    from annotator.ui.coding import coding_stripes
    from annotator.ui.coding.coding_stripes import LARGE_ARTICLE_SPANS

    # a pause long enough that a slow machine still checks the state before the catch-up
    monkeypatch.setattr(coding_stripes, "RELAYOUT_DELAY_MS", 1500)

    long_text = "\n\n".join(PARAGRAPHS * 30)
    path = articles_project(long_text)
    with open_project(path) as project:
        create_annotations(
            project, "alice",
            [NewAnnotation(1, n % 4000, n % 4000 + 12) for n in range(LARGE_ARTICLE_SPANS + 50)],
        )  # fmt: skip
    window = make_window(path)
    stripes = window.article.stripes
    assert window.article.span_count() > LARGE_ARTICLE_SPANS and stripes.laid_out()
    shown = {bar.key for bar in stripes.bars()}
    assert shown  # laid out at once when the article opened

    new = code(window, qtbot, 5, 30, "g")
    assert new and not stripes.laid_out()  # the bar waits for a pause in coding
    assert new not in stripes.columns()
    qtbot.waitUntil(stripes.laid_out, timeout=15000)
    assert new in stripes.columns() and new in {bar.key for bar in stripes.bars()}

    window.actions[ActionId.UNDO].trigger()  # the span goes: its bar goes with it, at once
    assert new not in {bar.key for bar in stripes.bars()}
    qtbot.waitUntil(stripes.laid_out, timeout=15000)
    assert new not in stripes.columns()


def test_in_an_ordinary_article_a_new_span_has_its_bar_at_once(
    make_window, articles_project, qtbot
):
    window = make_window(articles_project(TEXT))
    uuid = code(window, qtbot, 0, 40, "g")
    assert window.article.stripes.laid_out()
    assert uuid in window.article.stripes.columns()
