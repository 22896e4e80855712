"""Reading the article: a comfortable size, space between paragraphs, right-to-left paragraphs
aligned right — with every stored offset unchanged."""

from __future__ import annotations

from itertools import pairwise

from conftest import utf16
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.ui.actions import ActionId
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting

ENGLISH = "Putin stressed that Russia's energy companies 🙂 are interested in Turkmenistan."
ARABIC = "قال بوتين إن شركات الطاقة الروسية مهتمة بتركمانستان"
HEBREW = "פוטין אמר שחברות האנרגיה מעוניינות"
MIXED = f"{ENGLISH}\n{ARABIC}\n{HEBREW}\nThe deal was signed on Friday."


def _blocks(window: MainWindow) -> list:
    window.article.viewport().repaint()  # the view lays out and dresses what it shows
    document = window.article.document()
    return [document.findBlockByNumber(number) for number in range(document.blockCount())]


def test_article_reads_at_a_comfortable_size_and_zoom_is_kept(
    make_window, articles_project, ui_settings
):
    window = make_window(articles_project(MIXED))
    system = QApplication.font().pointSizeF()
    default = window.article.font().pointSizeF()
    assert default >= 12 and default > system
    window.actions[ActionId.ZOOM_IN].trigger()
    window.actions[ActionId.ZOOM_IN].trigger()
    assert window.article.font().pointSizeF() == default + 2
    window.close()
    assert ui_settings.get(Setting.ZOOM) == 2

    again = make_window(articles_project(MIXED, name="again.annot"))
    assert again.article.font().pointSizeF() == default + 2
    again.actions[ActionId.ZOOM_RESET].trigger()
    assert again.article.font().pointSizeF() == default


def test_paragraphs_have_space_between_them_and_the_text_is_unchanged(
    make_window, articles_project
):
    window = make_window(articles_project(MIXED))
    article = window.article
    blocks = _blocks(window)
    line_height = blocks[0].layout().lineAt(0).height()
    for previous, block in pairwise(blocks):
        previous_layout = previous.layout()
        last_line = previous_layout.lineAt(previous_layout.lineCount() - 1)
        previous_bottom = article.blockBoundingGeometry(previous).top() + last_line.rect().bottom()
        first_top = article.blockBoundingGeometry(block).top() + block.layout().lineAt(0).y()
        assert first_top - previous_bottom >= 0.4 * line_height
    assert article.document().toPlainText() == MIXED
    assert article.text == MIXED


def test_right_to_left_paragraphs_are_right_aligned_beside_left_aligned_ones(
    make_window, articles_project
):
    window = make_window(articles_project(MIXED))
    english, arabic, hebrew, last = _blocks(window)
    width = window.article.viewport().width()
    for block in (english, last):
        assert block.textDirection() == Qt.LayoutDirection.LeftToRight
        assert block.layout().textOption().alignment() & Qt.AlignmentFlag.AlignLeft
        assert block.layout().lineAt(0).naturalTextRect().left() < 30
    for block in (arabic, hebrew):
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        assert block.layout().textOption().alignment() & Qt.AlignmentFlag.AlignRight
        layout = block.layout()
        for number in range(layout.lineCount()):
            assert layout.lineAt(number).naturalTextRect().right() > width - 30
    assert hebrew.layout().lineAt(0).naturalTextRect().left() > 60  # short: ragged on the left


def _mouse(widget, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_dragging_over_an_arabic_word_codes_exactly_its_code_points(
    make_window, articles_project, qtbot
):
    path = articles_project(MIXED)
    window = make_window(path)
    article = window.article
    _blocks(window)
    word = "الطاقة"
    start = MIXED.index(word)
    end = start + len(word)

    def point(position: int) -> QPoint:
        cursor = QTextCursor(article.document())
        cursor.setPosition(utf16(MIXED, position))
        return article.cursorRect(cursor).center()

    # Inside the word's first and last letters (snapping completes the word); in a right-to-left
    # line the word's start is on the right.
    press, release = point(start + 1), point(end - 1)
    assert press.x() > release.x()
    viewport = article.viewport()
    _mouse(viewport, QEvent.Type.MouseButtonPress, press, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseMove, release, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, release, Qt.MouseButton.NoButton)
    assert article.selection_span() == (start, end)
    article.setFocus()
    qtbot.keyClick(article, "e")  # Energy (sector)

    with open_project(path) as project:
        (record,) = list_annotations(project)
    assert (record.start, record.end) == (start, end)
    assert record.quote == MIXED[record.start : record.end] == word
