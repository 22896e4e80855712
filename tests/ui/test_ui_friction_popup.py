"""The coding popup without friction: type-ahead takes a unique prefix with Tab or Enter, an error
line goes once the field is fixed, and the layout stays put for new and very long actor names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import utf16
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox

from annotator.db.project import open_project
from annotator.services.codebooks.edit import create_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coding.annotations import list_annotations
from annotator.ui.coding.codebook_index import CodebookIndex
from annotator.ui.coding.popup import CodingPopup
from annotator.ui.main_window import MainWindow

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."
LONG_NAME = "Federal Agency for the Supervision of " + "Very Long Institutional Names " * 3
LONG_NAME = LONG_NAME[:120]


def stored(path: Path) -> list:
    with open_project(path) as project:
        return list_annotations(project)


def actor_labels(path: Path) -> list[str]:
    with open_project(path) as project:
        actor = next(v for v in list_codebook(project) if v.name == "actor")
        return [code.label for code in actor.codes]


def with_actor(path: Path, label: str) -> Path:
    with open_project(path) as project:
        create_code(project, "actor", label)
    return path


def code_with_popup(window: MainWindow, qtbot, fill: Callable[[CodingPopup], None]) -> None:
    """Select "Putin stressed", press Enter, and let `fill` type into the real popup."""
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(0)
    cursor.setPosition(utf16(TEXT, len("Putin stressed")), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    failures: list[BaseException] = []

    def run() -> None:
        popup = window.active_popup
        try:
            popup.activateWindow()  # keys go where a coder's would: into the active popup
            qtbot.waitUntil(lambda: QApplication.activeWindow() is popup)
            fill(popup)
        except BaseException as error:  # reported after the popup closed
            failures.append(error)
        if popup.isVisible():
            popup.reject()

    QTimer.singleShot(0, run)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    if failures:
        raise failures[0]


def press(qtbot, key: Qt.Key) -> None:
    """A key press as Qt routes it: to the completer's open list if there is one, else to the
    widget with the focus."""
    qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key)


def type_into(qtbot, popup: CodingPopup, name: str, text: str, key: Qt.Key | None = None) -> None:
    line = popup.field(name).lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, text)
    if key is not None:
        press(qtbot, key)


def test_unique_prefix_with_tab_then_enter_codes(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    seen: list[str] = []

    def fill(popup: CodingPopup) -> None:
        type_into(qtbot, popup, "claim", "supp", Qt.Key.Key_Tab)
        seen.append(popup.field("claim").currentText())
        type_into(qtbot, popup, "sector", "ENER", Qt.Key.Key_Return)  # any case; Enter codes
        assert not popup.isVisible()

    code_with_popup(window, qtbot, fill)
    assert seen == ["Support or endorsement"]
    (record,) = stored(path)
    assert record.values == {"claim": ["Support or endorsement"], "sector": ["Energy"]}


def test_unique_prefix_of_an_actor_picks_it_instead_of_adding_one(
    make_window, articles_project, qtbot
):
    path = with_actor(articles_project(TEXT), "Vladimir Putin")
    window = make_window(path)

    def fill(popup: CodingPopup) -> None:
        type_into(qtbot, popup, "actor", "vlad")
        assert not popup.findChild(QComboBox, "new_code_parent").isVisible()
        press(qtbot, Qt.Key.Key_Return)
        assert not popup.isVisible()

    code_with_popup(window, qtbot, fill)
    (record,) = stored(path)
    assert record.values == {"actor": ["Vladimir Putin"]}
    assert "vlad" not in [label.lower() for label in actor_labels(path)]


def test_the_start_of_a_word_of_an_actor_picks_it(make_window, articles_project, qtbot):
    path = with_actor(articles_project(TEXT), "Vladimir Putin")
    window = make_window(path)

    def fill(popup: CodingPopup) -> None:
        type_into(qtbot, popup, "actor", "putin", Qt.Key.Key_Return)

    code_with_popup(window, qtbot, fill)
    assert stored(path)[0].values == {"actor": ["Vladimir Putin"]}
    assert "putin" not in [label.lower() for label in actor_labels(path)]


def test_a_new_actor_is_still_added(make_window, articles_project, qtbot):
    path = with_actor(articles_project(TEXT), "Vladimir Putin")
    window = make_window(path)

    def fill(popup: CodingPopup) -> None:
        type_into(qtbot, popup, "actor", "Gazprom")
        assert popup.findChild(QComboBox, "new_code_parent").isVisible()
        popup.accept()

    code_with_popup(window, qtbot, fill)
    assert stored(path)[0].values == {"actor": ["Gazprom"]}
    assert "Gazprom" in actor_labels(path)


def test_ambiguous_prefix_names_the_candidates_and_the_error_goes_once_fixed(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    seen: dict[str, object] = {}

    def fill(popup: CodingPopup) -> None:
        type_into(qtbot, popup, "claim", "pr")
        popup.accept()
        seen["error"] = popup.error.text()
        seen["shown"] = popup.error.isVisible()
        seen["open"] = popup.isVisible()
        qtbot.keyClicks(popup.field("claim").lineEdit(), "op")  # "prop": only Proposal
        seen["after_fix"] = popup.error.isVisible()
        type_into(qtbot, popup, "sector", "Space travel")
        popup.accept()
        seen["sector_error"] = popup.error.text()
        line = popup.field("sector").lineEdit()
        line.clear()
        qtbot.keyClicks(line, "Transport")
        seen["after_sector_fix"] = popup.error.isVisible()
        popup.accept()

    code_with_popup(window, qtbot, fill)
    assert seen["shown"] and seen["open"]
    assert "Proposal" in seen["error"] and "Prediction" in seen["error"]
    assert seen["after_fix"] is False
    assert "Space travel" in seen["sector_error"]
    assert seen["after_sector_fix"] is False
    assert stored(path)[0].values == {"claim": ["Proposal"], "sector": ["Transport"]}


def shown_popup(qtbot, path: Path, values: dict | None = None) -> CodingPopup:
    with open_project(path) as project:
        index = CodebookIndex(list_codebook(project))
    popup = CodingPopup(index, "Putin stressed", values)
    qtbot.addWidget(popup)
    popup.adjustSize()
    popup.show()
    qtbot.waitExposed(popup)
    return popup


def geometries(popup: CodingPopup) -> dict[str, object]:
    QApplication.processEvents()  # the layout requests a new size through posted events
    fields = {name: popup.field(name).geometry() for name in ("claim", "sector", "framing")}
    return {"popup": popup.size(), "memo": popup.memo.geometry(), **fields}


def test_file_under_row_appears_without_moving_anything(articles_project, qtbot):
    popup = shown_popup(qtbot, articles_project(TEXT))
    before = geometries(popup)
    type_into(qtbot, popup, "actor", "Gazprom Neft")
    assert popup.findChild(QComboBox, "new_code_parent").isVisible()
    assert geometries(popup) == before
    popup.field("actor").lineEdit().clear()
    assert not popup.findChild(QComboBox, "new_code_parent").isVisible()
    assert geometries(popup) == before


def test_a_120_character_actor_does_not_squeeze_or_widen_the_popup(articles_project, qtbot):
    plain = shown_popup(qtbot, articles_project(TEXT, name="plain.annot"))
    long_path = with_actor(articles_project(TEXT, name="long.annot"), LONG_NAME)
    popup = shown_popup(qtbot, long_path, {"actor": [LONG_NAME]})
    assert len(LONG_NAME) == 120 and popup.field("actor").currentText() == LONG_NAME
    assert popup.width() == plain.width()
    assert popup.field("sector").width() == plain.field("sector").width()
    type_into(qtbot, popup, "actor", " and friends")  # a new, even longer name
    QApplication.processEvents()
    assert popup.width() == plain.width()


def test_tab_takes_the_completer_suggestion_the_coder_moved_to(
    make_window, articles_project, qtbot
):
    path = articles_project(TEXT)
    window = make_window(path)
    seen: list[str] = []

    def fill(popup: CodingPopup) -> None:
        type_into(qtbot, popup, "sector", "and")  # Defence and security, Economy and trade, …
        completer = popup.field("sector").completer()
        assert completer.popup().isVisible()
        press(qtbot, Qt.Key.Key_Down)  # the first suggestion
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(popup.field("sector").currentText())
        popup.accept()

    code_with_popup(window, qtbot, fill)
    assert seen == ["Defence and security"]
    assert stored(path)[0].values == {"sector": ["Defence and security"]}
