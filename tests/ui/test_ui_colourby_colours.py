"""View ▸ Colour By and the colour legend under the article, driven through the real window."""

from __future__ import annotations

import re

from conftest import utf16
from PySide6.QtGui import QColor, QTextCursor

from annotator.db.project import open_project
from annotator.services.codebooks.edit import add_variable, delete_variable, recolour_code
from annotator.services.coders import add_coder
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.ui.actions import ActionId
from annotator.ui.coding.codebook_index import NO_VALUE_COLOUR
from annotator.ui.coding.colour_by import COLOUR_BY_CODER
from annotator.ui.coding.highlights import readable
from annotator.ui.coding.legend import ColourLegend
from annotator.ui.settings import Setting

TEXT = "Putin said that the gas deal is bad for Europe. Scholz agreed with the minister."
PUTIN = (0, 5)
CLAIM = (11, 46)
SCHOLZ = (48, 54)
GOVERNMENT, CRITICISM, PROPOSAL = "#F4A3A3", "#FF9E8A", "#C6E2FF"


def background_at(window, index: int) -> QColor:
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(window.article.text, index) + 1)
    return cursor.charFormat().background().color()


def select(window, start: int, end: int) -> None:
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(TEXT, start))
    cursor.setPosition(utf16(TEXT, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def coded_project(articles_project, *, bob: bool = False):
    path = articles_project(TEXT)
    with open_project(path) as project:
        create_annotation(
            project,
            document=1,
            coder="alice",
            start=PUTIN[0],
            end=PUTIN[1],
            values={"actor": ["Government"]},
        )
        create_annotation(
            project,
            document=1,
            coder="alice",
            start=CLAIM[0],
            end=CLAIM[1],
            values={"actor": ["Government"], "claim": ["Criticism or rejection"]},
        )
        if bob:
            add_coder(project, "bob", "#D9731A")
            create_annotation(
                project,
                document=1,
                coder="bob",
                start=SCHOLZ[0],
                end=SCHOLZ[1],
                values={"claim": ["Proposal"]},
            )
    return path


def choose(window, choice: str) -> None:
    action = window.colour_by_menu.choice_action(choice)
    assert action is not None, choice
    action.trigger()


def test_colour_by_lists_the_codebook_and_recolours_highlights_with_a_matching_legend(
    make_window, articles_project, ui_settings, qtbot
):
    path = coded_project(articles_project)
    window = make_window(path)
    menu = window.colour_by_menu
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Actor",
        "Claim",
        "Sector",
        "Framing",
        "Coder",
    ]
    assert window.menus["&View"].actions().count(menu.menuAction()) == 1
    # The default is the first variable: a claim span by the government looks like the name.
    assert menu.choice_action("actor").isChecked()
    assert background_at(window, PUTIN[0]) == QColor(GOVERNMENT)
    assert background_at(window, CLAIM[0] + 3) == QColor(GOVERNMENT)
    assert window.colour_legend.isVisible()
    assert window.colour_legend.entries == [("Government", GOVERNMENT)]

    choose(window, "claim")
    assert menu.choice_action("claim").isChecked() and not menu.choice_action("actor").isChecked()
    assert background_at(window, PUTIN[0]) == QColor(NO_VALUE_COLOUR)  # no claim: neutral
    assert background_at(window, CLAIM[0] + 3) == QColor(CRITICISM)
    assert window.colour_legend.entries == [
        ("Criticism or rejection", CRITICISM),
        ("no Claim", NO_VALUE_COLOUR),
    ]
    assert "Claim:" in window.colour_legend.text()
    assert ui_settings.get(Setting.COLOUR_BY) == "claim"

    # Coding a new span with a key press: the highlight and the legend follow at once.
    select(window, *SCHOLZ)
    window.article.set_current("")
    qtbot.keyClick(window.article, "o")  # Proposal (claim)
    with open_project(path) as project:
        scholz = [r for r in list_annotations(project) if r.start == SCHOLZ[0]]
    assert [r.values for r in scholz] == [{"claim": ["Proposal"]}]
    assert background_at(window, SCHOLZ[0] + 1) == QColor(PROPOSAL)
    assert ("Proposal", PROPOSAL) in window.colour_legend.entries

    window.actions[ActionId.UNDO].trigger()
    assert ("Proposal", PROPOSAL) not in window.colour_legend.entries


def test_colour_by_is_remembered_and_falls_back_when_the_variable_is_gone(
    make_window, articles_project, ui_settings
):
    path = coded_project(articles_project)
    window = make_window(path)
    choose(window, "sector")
    with open_project(path) as project:  # another program adds a variable: the menu follows
        add_variable(project, "stance")
    window.research.refresh_codebook()
    assert window.colour_by_menu.choice_action("stance") is not None
    assert window.colour_by_menu.choice_action("sector").isChecked()
    window.close_project()
    window.open_path(path)
    assert window.colour_by_menu.choice_action("sector").isChecked()
    assert window.colour_legend.entries == [("no Sector", NO_VALUE_COLOUR)]
    window.close_project()

    with open_project(path) as project:
        delete_variable(project, "sector")
        add_variable(project, "tone")
    window.open_path(path)
    names = [a.data() for a in window.colour_by_menu.actions() if a.data()]
    assert names == ["actor", "claim", "framing", "stance", "tone", COLOUR_BY_CODER]
    assert window.colour_by_menu.choice_action("actor").isChecked()  # the first variable
    assert background_at(window, PUTIN[0]) == QColor(GOVERNMENT)


def test_several_values_wear_the_first_values_colour(make_window, articles_project):
    path = articles_project(TEXT)
    with open_project(path) as project:
        create_annotation(
            project,
            document=1,
            coder="alice",
            start=CLAIM[0],
            end=CLAIM[1],
            values={"framing": ["Morality", "Conflict"]},
        )
        (record,) = list_annotations(project)
    window = make_window(path)
    choose(window, "framing")
    first = record.values["framing"][0]
    colour = window.workbench.index.code_colour("framing", first)
    assert background_at(window, CLAIM[0] + 3) == QColor(colour)
    assert [label for label, _ in window.colour_legend.entries] == [first]


def test_all_coders_keep_the_colour_by_and_the_legend_names_the_coders(
    make_window, articles_project
):
    path = coded_project(articles_project, bob=True)
    window = make_window(path)
    choose(window, "claim")
    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
    assert background_at(window, SCHOLZ[0] + 1) == QColor(PROPOSAL)  # bob's span, by claim
    assert window.colour_legend.coder_entries == [("alice", "#4e79a7"), ("bob", "#D9731A")]
    bob_span = next(r for r in window.article.records() if r.coder == "bob")
    assert window.article.stripes.colour(bob_span) == QColor("#D9731A")  # stripes by coder

    choose(window, COLOUR_BY_CODER)
    assert background_at(window, SCHOLZ[0] + 1) == readable(QColor("#D9731A"))
    assert window.colour_legend.entries == [("alice", "#4e79a7"), ("bob", "#D9731A")]

    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(False)
    own = window.article.records()[0]
    assert window.article.stripes.colour(own) == QColor(window.article.highlight_colour(own))
    assert window.colour_legend.entries == [("alice", "#4e79a7")]


def test_legend_follows_codebook_colours_and_the_shown_document(make_window, articles_project):
    path = articles_project(TEXT, "An article nobody coded yet.")
    with open_project(path) as project:
        create_annotation(
            project, document=1, coder="alice", start=0, end=5, values={"actor": ["Government"]}
        )
    window = make_window(path)
    with open_project(path) as project:
        recolour_code(project, ("actor", "Government"), "#123456")
    window.research.refresh_codebook()
    assert window.colour_legend.entries == [("Government", "#123456")]
    window.step_document(1)
    assert window.colour_legend.entries == [] and not window.colour_legend.isVisible()


def test_legend_shows_a_dozen_chips_and_counts_the_rest(qtbot):
    legend = ColourLegend()
    qtbot.addWidget(legend)
    legend.show_colours("Actor:", [(f"Code {n}", "#aabbcc") for n in range(15)])
    assert len(legend.entries) == 12 and legend.hidden_count == 3
    assert re.search(r"\+\s*(&nbsp;)?3(&nbsp;|\s)more", legend.text())
