"""The article view's typography and its margins agree after every relayout.

The reading typography (paragraph spacing, right-to-left paragraphs aligned right) is applied to
blocks the plain layout has laid out; the margins (text column, paragraph numbers, coding stripes)
relayout the text whenever the column changes. Whatever reads the layout next — the caret's
rectangle, hit testing, the paragraph numbers, the stripes, the painted text — must see the
dressed block, without waiting for a paint.
"""

from __future__ import annotations

from conftest import utf16
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QTextCursor

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.ui.coding.article_view import MIN_MEASURE_CHARACTERS, ArticleView
from annotator.ui.main_window import MainWindow

ENGLISH = "Putin stressed that Russia's energy companies are interested in Turkmenistan. " * 2
HEBREW = "פוטין אמר שחברות האנרגיה מעוניינות"
ARABIC = "قال بوتين إن شركات الطاقة الروسية مهتمة بتركمانستان"
TEXT = f"{ENGLISH}\n{HEBREW}\n{ENGLISH}\n{ARABIC}\n{ENGLISH}"


def caret(view: ArticleView, position: int) -> QRect:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor)


def assert_dressed(view: ArticleView) -> None:
    """Read the layout the way the caret, the margins and hit testing do; no paint before."""
    document = view.document()
    margin = document.documentMargin()
    width = view.viewport().width()
    numbers = dict(view.paragraph_positions())
    line_height = caret(view, 0).height()
    block = document.firstBlock()
    while block.isValid():
        start = caret(view, block.position())
        number = block.blockNumber() + 1
        assert abs(numbers[number] - start.top()) <= 1  # the number beside its first line
        if block.textDirection() == Qt.LayoutDirection.RightToLeft:
            # A short right-to-left paragraph starts at the right edge of the column.
            assert start.left() > width - margin - 5, (number, start, width)
            point = start.center()
            point.setX(start.left() - 3)  # inside its first letter
            assert view.cursorForPosition(point).position() in (
                block.position(),
                block.position() + 1,
            )
        else:
            assert start.left() < margin + 5
        if block.blockNumber() > 0:
            previous = block.previous()
            end = caret(view, previous.position() + previous.length() - 1)
            assert start.top() - end.bottom() >= 0.4 * line_height  # the paragraph spacing
        block = block.next()


def test_every_relayout_leaves_the_paragraphs_dressed_before_anyone_reads_them(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.set_paragraph_numbers_shown(True)
    view.show()
    qtbot.waitExposed(view)
    view.set_article(TEXT, [], lambda _record: "#88aaee")  # the column's synthetic resize
    assert_dressed(view)
    view.grab()  # painted once ...
    view.zoom(2)  # ... then laid out afresh at the new size
    assert_dressed(view)
    view.resize(900, 700)  # a narrower window: a narrower column
    qtbot.waitUntil(lambda: view.viewport().width() < view.text_column_limit())
    assert_dressed(view)
    view.set_paragraph_numbers_shown(False)  # the column moves and is laid out again
    view.set_paragraph_numbers_shown(True)
    assert_dressed(view)


def test_painted_right_to_left_line_stands_where_the_caret_says(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_article(TEXT, [], lambda _record: "#88aaee")
    hebrew = view.document().findBlockByNumber(1)
    first, last = caret(view, hebrew.position()), caret(view, hebrew.position() + len(HEBREW))
    picture = view.viewport().grab().toImage()
    background = picture.pixelColor(2, 2)
    row = first.center().y()
    inked = [x for x in range(picture.width()) if picture.pixelColor(x, row) != background]
    assert inked
    assert min(inked) >= last.left() - 2 and max(inked) <= first.left() + 2
    assert picture.pixelColor(picture.width() // 4, row) == QColor(background)


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def test_coding_a_right_to_left_word_keeps_its_line_and_stripe_together(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    window.resize(1600, 900)
    article = window.article
    qtbot.waitUntil(lambda: article.viewport().width() > 500)  # the Hebrew fits on one line
    word = "האנרגיה"
    start = TEXT.index(word)
    select(window, start, start + len(word))
    qtbot.keyClick(article, "e")  # Energy: the new highlight lays its block out again
    uuid = article.current
    assert uuid
    with open_project(path) as project:
        (record,) = list_annotations(project)
    assert (record.start, record.end, record.quote) == (start, start + len(word), word)

    (bar,) = [bar for bar in article.stripes.bars() if bar.key == uuid]
    hebrew = article.document().findBlockByNumber(1)
    line = caret(article, hebrew.position())
    assert abs(bar.top - line.top()) <= 1 and abs(bar.bottom - line.bottom()) <= 1
    assert_dressed(article)


def test_on_a_narrow_window_the_margins_give_way_to_the_text(make_window, articles_project, qtbot):
    paragraph = "Putin stressed that Russia's major energy companies are interested. " * 6
    window = make_window(articles_project(f"{paragraph}\n{paragraph}"))  # 1200 pixels wide
    article = window.article
    article.set_paragraph_numbers_shown(True)
    stripes = article.stripes
    average = QFontMetricsF(article.font()).averageCharWidth()
    margin = article.document().documentMargin()
    comfortable = MIN_MEASURE_CHARACTERS * average + 2 * margin
    room = article.viewport().width() + stripes.width()  # the text column and the stripes
    assert room < comfortable + stripes.preferred_width()  # too narrow for both in full
    assert stripes.isVisible() and stripes.width() < stripes.preferred_width()
    assert stripes.width() >= stripes.minimum_width()
    assert article.viewport().width() >= min(comfortable, room - stripes.minimum_width())
    assert stripes.geometry().left() == article.viewport().geometry().right() + 1

    uuid = code_first_words(window, qtbot)
    (bar,) = [bar for bar in stripes.bars() if bar.key == uuid]
    assert stripes.bar_rect(bar).right() < stripes.width()  # the bar stays inside its margin
    assert stripes.labels([bar])  # with its label beside it

    window.resize(2000, 900)  # room enough: the stripes take their full width again
    qtbot.waitUntil(lambda: stripes.width() == stripes.preferred_width())
    assert article.viewport().width() == article.text_column_limit()


def code_first_words(window: MainWindow, qtbot) -> str:
    window.article.set_current("")
    select(window, 0, 30)
    qtbot.keyClick(window.article, "g")
    return window.article.current
