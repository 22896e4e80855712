"""Every text of the window goes through Qt's translators: under a pseudo-translation, where each
message of the sources reads ‹like this›, the docks, lists, find bar, menus, dialogs, status bar
and undo texts show it — so German or Russian will reach them too, in the right context.

The pseudo-translation is made from the sources by lupdate (as `annotator.ui.i18n update` does),
every message filled in with its own text between ‹ › (each plural form too), compiled by lrelease
and installed over the English translators for one test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.core.records.codebook import CodeRecord
from annotator.db.project import open_project
from annotator.services.coders import add_coder
from annotator.services.coding.annotations import create_annotation
from annotator.ui import i18n
from annotator.ui.actions import ActionId
from annotator.ui.coding.article_view import describe
from annotator.ui.coding.codebook_panel import code_tooltip
from annotator.ui.undo.study import ImportArticles, RemoveDocuments

TEXT = "The minister said gas prices will rise. Gas exports to Turkey fell, the gas board said."
OTHER = "Farmers protest. Gas is cheap here, said the farmers' union."


def pseudo(text: str) -> str:
    return f"‹{text}›"


def translated(text: str) -> bool:
    return text.startswith("‹") and text.endswith("›")


@pytest.fixture
def pseudo_translation(qapp, tmp_path: Path) -> Iterator[None]:
    ts_file = tmp_path / "annotator_de.ts"  # German: two plural forms
    i18n.run_lupdate(ts_file, i18n.ui_sources())
    tree = ElementTree.parse(ts_file)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = ts_file.with_suffix(".qm")
    i18n.run_lrelease(ts_file, qm_file)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_window_texts_are_translated(pseudo_translation, make_window, articles_project, qtbot):
    path = articles_project(TEXT, OTHER)
    with open_project(path) as project:
        add_coder(project, "bob", "#D9731A")
        create_annotation(project, document=1, coder="bob", start=0, end=12, values={})
    window = make_window(path)
    docks = (window.documents_dock, window.codebook_dock, window.annotations_dock)
    for dock in (*docks, window.search_dock):
        assert translated(dock.windowTitle()), dock.windowTitle()
    assert translated(window.coder_label.text())
    assert translated(window.hidden_label.text())  # blind coding: bob's span is hidden

    panel = window.document_panel
    assert translated(panel.filter_box.placeholderText())
    assert translated(panel.filter_box.toolTip())  # the filter language's help
    assert translated(panel.count.text()) and "2" in panel.count.text()
    assert translated(panel.progress.text())
    for box in (panel.status_box, panel.outlet_box):
        assert translated(box.itemText(0)), box.itemText(0)
    model = panel.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(5)]
    assert all(translated(header) for header in headers), headers
    assert translated(model.data(model.index(0, 3)))  # the status column
    panel.filter_box.setText("nosuchfield:x")
    assert translated(panel.filter_problem.text()), panel.filter_problem.text()
    panel.filter_box.clear()

    table = window.annotation_table.model_
    columns = [table.headerData(column, Qt.Orientation.Horizontal) for column in (0,)]
    assert all(translated(header) for header in columns), columns

    window.actions[ActionId.FIND].trigger()
    bar = window.find_bar
    assert translated(bar.query.placeholderText()) and translated(bar.case.text())
    bar.query.setText("gas")
    assert translated(bar.count.text()) and "3" in bar.count.text()
    bar.step(1)
    assert translated(bar.count.text())

    menu = window.file_tools.document_menu.menu_for(0)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts and all(translated(text) for text in texts), texts


def test_dialogs_and_undo_texts_are_translated(
    pseudo_translation, make_window, articles_project, monkeypatch
):
    shown: list[tuple[str, ...]] = []

    def capture(*args: object) -> None:
        shown.append(tuple(str(arg) for arg in args[1:]))

    monkeypatch.setattr(QMessageBox, "information", capture)
    monkeypatch.setattr(QMessageBox, "about", capture)
    asked: list[tuple[str, ...]] = []

    def ask(*args: object) -> tuple[str, str]:
        asked.append(tuple(str(arg) for arg in args[1:]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    window = make_window()
    window.show_shortcuts()
    window.show_about()
    assert all(translated(title) for title, _text in shown), shown
    assert "<td>‹Open Project…›</td>" in shown[0][1], shown[0][1]  # the menu text, no &
    assert "‹<p>Code news articles" in shown[1][1]
    window.new_project()
    window.open_dialog()
    for title, _folder, filters in asked:
        assert translated(title) and translated(filters), (title, filters)

    path = articles_project(TEXT, OTHER)
    with open_project(path) as project:
        texts = [
            ImportArticles(project, [1, 2], lambda _id: None, lambda _m: None).text(),
            RemoveDocuments(project, [1], lambda _id: None, lambda _m: None).text(),
        ]
    assert all(translated(text) for text in texts), texts


def test_coding_view_texts_are_translated(pseudo_translation, make_window, articles_project):
    path = articles_project(TEXT, OTHER)
    with open_project(path) as project:  # two spans over "The minister": an overlap menu
        create_annotation(project, document=1, coder="alice", start=0, end=12, values={})
        create_annotation(project, document=1, coder="alice", start=4, end=17, values={})
    window = make_window(path)
    panel = window.codebook_panel
    assert translated(panel.hint.text()) and translated(panel.filter_box.placeholderText())
    header = panel.tree.headerItem()
    assert [translated(header.text(column)) for column in range(2)] == [True, True]
    assert translated(panel.details.text())
    code = CodeRecord(1, "u", "Gas", None, 0, "", "gas deals", "oil", "LNG", None, None, False)
    tooltip = code_tooltip(code)
    for title in ("Use when: ", "Not when: ", "Example: "):
        assert f"‹{title}›" in tooltip, tooltip

    record = window.article.records()[0]
    assert "‹no values yet›" in describe(record)  # the overlap menu's line for a span
