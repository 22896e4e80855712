"""The app reopens where the coder left off: last project, last document, scroll position."""

from __future__ import annotations

from pathlib import Path

from annotator.ui.application import launch
from annotator.ui.main_window import MainWindow
from annotator.ui.project import last_place
from annotator.ui.project.last_place import Place
from annotator.ui.settings import Setting, Settings

PARAGRAPH = "Putin stressed that Russia's major energy companies are interested in Turkmenistan. "


def long_article(number: int) -> str:
    return "\n".join(f"{number}.{line} " + PARAGRAPH * 3 for line in range(80))


def scroll_down(window: MainWindow, fraction: float = 0.5) -> None:
    bar = window.article.verticalScrollBar()
    bar.setValue(int(bar.maximum() * fraction))
    window.article.viewport().repaint()


def bare_start(qtbot, settings: Settings) -> MainWindow:
    """Start as `annotator` does without arguments; wait until the start-up step has run."""
    settings.set(Setting.REOPEN_PROJECT, settings.get(Setting.REOPEN_PROJECT) or "none")
    window = launch([], settings).first
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: settings.get(Setting.REOPEN_PROJECT) != "none")
    return window


def test_a_bare_start_reopens_the_last_project_at_its_document_and_place(
    qtbot, make_window, articles_project, ui_settings
):
    path = articles_project(*(long_article(n) for n in range(1, 5)))
    window = make_window(path)
    window.document_panel.select_document(3)
    scroll_down(window)
    offset = window.article.top_offset()  # the line on screen: the scroll bar's value counts
    assert offset > 1000  # lines only of the paragraphs laid out so far
    window.close()

    again = bare_start(qtbot, ui_settings)
    qtbot.waitUntil(lambda: again.workbench is not None)
    assert again.workbench.project.path == path.resolve()
    assert again.workbench.document_id == 3
    assert again.article.text.startswith("3.0 ")
    assert again.article.top_offset() == offset
    assert again.article.verticalScrollBar().value() > 0
    top = again.article.cursorForPosition(again.article.viewport().rect().topLeft()).position()
    assert abs(top - offset) < len(PARAGRAPH) * 3  # what is drawn at the top, independently
    again.close()


def test_a_missing_last_project_starts_on_the_welcome_page_without_an_error(
    qtbot, tmp_path: Path, ui_settings
):
    ui_settings.set(Setting.REOPEN_PROJECT, str(tmp_path / "moved-away.annot"))
    window = bare_start(qtbot, ui_settings)
    assert window.workbench is None
    assert window.pages.currentIndex() == 0
    assert window.last_error == ""
    window.close()


def test_close_project_means_the_next_start_shows_the_welcome_page(
    qtbot, make_window, articles_project, ui_settings
):
    window = make_window(articles_project("One short article."))
    assert window.request_close()
    window.close()
    again = bare_start(qtbot, ui_settings)
    assert again.workbench is None and again.pages.currentIndex() == 0
    again.close()


def test_each_project_reopens_at_its_own_place_by_any_route(make_window, articles_project):
    first = articles_project(*(long_article(n) for n in range(1, 4)), name="first.annot")
    second = articles_project(*(long_article(n) for n in range(1, 4)), name="second.annot")
    window = make_window(first)
    window.document_panel.select_document(2)
    scroll_down(window, 0.3)
    offset = window.article.top_offset()

    assert window.open_path(second)  # File ▸ Open of another project keeps the first's place
    assert window.workbench.document_id == 1 and window.article.top_offset() == 0
    window.document_panel.select_document(3)

    window.welcome.recentChosen.emit(str(first.resolve()))  # the recent list
    assert window.workbench.project.path == first.resolve()
    assert window.workbench.document_id == 2
    assert window.article.top_offset() == offset
    assert window.open_path(second)
    assert window.workbench.document_id == 3


def test_places_are_kept_for_the_last_twenty_projects(tmp_path: Path, ui_settings):
    for number in range(25):
        last_place.remember(ui_settings, tmp_path / f"p{number}.annot", Place(f"u{number}", number))
    assert last_place.recall(ui_settings, tmp_path / "p24.annot") == Place("u24", 24)
    assert last_place.recall(ui_settings, tmp_path / "p5.annot") == Place("u5", 5)
    assert last_place.recall(ui_settings, tmp_path / "p4.annot") is None
    last_place.remember(ui_settings, tmp_path / "p5.annot", Place("u5", 50))
    assert last_place.recall(ui_settings, tmp_path / "p5.annot") == Place("u5", 50)
    ui_settings.set(Setting.LAST_PLACES, "not json")
    assert last_place.recall(ui_settings, tmp_path / "p5.annot") is None
