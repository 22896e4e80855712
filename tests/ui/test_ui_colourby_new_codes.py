"""Codes typed into the coding popup get a colour of their own, stored in the codebook."""

from __future__ import annotations

from conftest import utf16
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QTextCursor

from annotator.db.project import open_project
from annotator.services.codebooks.reading import list_codebook
from annotator.ui.actions import ActionId
from annotator.ui.coding.codebook_index import FALLBACK_COLOUR

TEXT = "Putin met Scholz in Berlin, and Macron phoned them both."


def code_new_actor(window, qtbot, word: str) -> None:
    start = TEXT.index(word)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(TEXT, start))
    cursor.setPosition(utf16(TEXT, start + len(word)), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.set_current("")
    window.article.setFocus()

    def fill() -> None:
        popup = window.active_popup
        assert popup is not None
        popup.field("actor").setEditText(word)  # a new actor, filed under no type
        popup.accept()

    QTimer.singleShot(0, fill)
    window.actions[ActionId.CODE_SELECTION].trigger()  # Coding ▸ Code Selection… (Enter)


def top_level_actors(path) -> dict[str, str | None]:
    with open_project(path) as project:
        actor = next(v for v in list_codebook(project) if v.name == "actor")
    return {code.label: code.colour for code in actor.codes if code.parent_id is None}


def test_actors_added_in_the_popup_get_distinct_light_colours(make_window, articles_project, qtbot):
    path = articles_project(TEXT)
    window = make_window(path)
    code_new_actor(window, qtbot, "Putin")
    code_new_actor(window, qtbot, "Scholz")

    colours = top_level_actors(path)
    putin, scholz = colours["Putin"], colours["Scholz"]
    assert putin and scholz and putin.lower() != scholz.lower()
    others = {c.lower() for label, c in colours.items() if c and label not in {"Putin", "Scholz"}}
    assert putin.lower() not in others and scholz.lower() not in others  # not a sibling's
    assert QColor(putin).lightness() >= 170  # light enough to read black text on
    assert window.workbench.index.code_colour("actor", "Putin") == putin != FALLBACK_COLOUR
    start = TEXT.index("Scholz")
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(TEXT, start) + 1)
    assert cursor.charFormat().background().color() == QColor(scholz)
