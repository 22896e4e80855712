"""In the window, a name typed with decomposed accents finds the code that exists (`label_key`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor

from annotator.db.project import open_project
from annotator.services.codebooks.edit import create_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coding.annotations import list_annotations

TEXT = "José Martí spoke in Havana about the new agreement."
MARTI = "José Martí"


def project_with_marti(articles_project) -> Path:
    path = articles_project(TEXT)
    with open_project(path) as project:
        create_code(project, "actor", MARTI)
    return path


def actor_labels(path: Path) -> list[str]:
    with open_project(path, read_only=True) as project:
        actor = next(v for v in list_codebook(project) if v.name == "actor")
        return [code.label for code in actor.codes]


def test_find_a_code_with_decomposed_accents(make_window, articles_project, qtbot) -> None:
    window = make_window(project_with_marti(articles_project))
    panel = window.codebook_panel
    panel.filter_box.setText("JOSE\u0301")
    shown = []
    for top in range(panel.tree.topLevelItemCount()):
        variable = panel.tree.topLevelItem(top)
        stack = [variable.child(n) for n in range(variable.childCount())]
        while stack:
            item = stack.pop()
            stack.extend(item.child(n) for n in range(item.childCount()))
            if not item.isHidden():
                shown.append(item.text(0))
    assert shown == [MARTI]


def test_popup_takes_a_decomposed_name_as_the_existing_code(
    make_window, articles_project, qtbot
) -> None:
    path = project_with_marti(articles_project)
    before = actor_labels(path)
    window = make_window(path)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(len("José Martí spoke in "))
    cursor.setPosition(len("José Martí spoke in Havana"), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    hint_shown: list[bool] = []

    def fill() -> None:
        popup = window.active_popup
        popup.field("actor").setEditText("jose\u0301 marti\u0301")
        hint_shown.append(popup._new_label.isVisibleTo(popup))
        popup.accept()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(window.article, Qt.Key.Key_Return)
    assert hint_shown == [False]  # not offered as a new actor
    with open_project(path, read_only=True) as project:
        (record,) = list_annotations(project)
    assert record.values["actor"] == [MARTI]
    assert actor_labels(path) == before
