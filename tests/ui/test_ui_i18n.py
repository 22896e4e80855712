"""The window in the coder's language: German and Russian menus and dialogs, English plurals, and
View ▸ Language choosing the language for the next start."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from annotator.db.project import open_project
from annotator.services.corpus.documents import list_documents
from annotator.ui.application import start
from annotator.ui.coders.export_dialog import ExportDialog
from annotator.ui.coding.article_header import language_name
from annotator.ui.i18n import install_translators
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting, Settings


@pytest.fixture
def restore_english(qapp) -> Iterator[None]:
    """The test may install other translators: the next tests get English back."""
    locale = QLocale()
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def started(qtbot, settings: Settings, language: str) -> MainWindow:
    settings.set(Setting.LANGUAGE, language)
    window = start([], settings)
    qtbot.addWidget(window)
    return window


def test_german_window_and_dialogs(qtbot, ui_settings, restore_english, tmp_path) -> None:
    window = started(qtbot, ui_settings, "de")
    assert menu_titles(window) == [
        "&Datei", "&Bearbeiten", "&Codieren", "&Ansicht", "&Gehe zu", "C&odebuch", "A&nalyse",
        "&Hilfe",
    ]  # fmt: skip
    assert window.language_menu.title() == "&Sprache"
    assert window.language_menu.choices[""].text() == "Systemsprache"
    assert window.language_menu.choices["de"].isChecked()
    assert QLocale().language() is QLocale.Language.German
    dialog = ExportDialog(tmp_path / "study.annot", [], window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Codierungen exportieren"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Exportieren"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Abbrechen"  # Qt's own translation, qtbase_de.qm


def test_russian_window(qtbot, ui_settings, restore_english) -> None:
    window = started(qtbot, ui_settings, "ru")
    assert menu_titles(window)[:4] == ["&Файл", "&Правка", "&Кодирование", "&Вид"]
    assert window.language_menu.title() == "&Язык"
    assert window.language_menu.choices["ru"].isChecked()


def test_english_counts_have_their_plural_forms(
    make_window, metadata_project, qtbot, monkeypatch
) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = make_window(metadata_project)
    removal = window.file_tools.removal
    assert removal.remove([1])
    assert window.statusBar().currentMessage() == "Removed 1 document (Ctrl+Z undoes it)."
    assert asked[-1].endswith(
        "No one has coded it yet. Edit ▸ Undo (Ctrl+Z) brings everything back."
    )
    assert removal.remove([2, 3])
    assert window.statusBar().currentMessage() == "Removed 2 documents (Ctrl+Z undoes it)."
    assert asked[-1].startswith("Remove 2 documents? No one has coded them yet.")
    with open_project(metadata_project, read_only=True) as project:
        assert [document.id for document in list_documents(project)] == [4]


def test_choosing_a_language_takes_effect_at_the_next_start(
    qtbot, ui_settings, restore_english
) -> None:
    window = started(qtbot, ui_settings, "en")
    assert window.language_menu.choices["en"].isChecked()
    languages = [action.text() for action in window.language_menu.actions() if action.text()]
    assert languages == ["System Language", "English", "Deutsch", "Русский"]  # in their own names

    window.language_menu.choices["de"].trigger()

    assert ui_settings.get(Setting.LANGUAGE) == "de"
    notice = window.language_menu.notice
    assert notice is not None and notice.isVisible()
    assert notice.text() == "Annotator will be shown in Deutsch after a restart."
    assert window.language_menu.choices["de"].isChecked()
    assert menu_titles(window)[0] == "&File"  # this window stays as it is
    notice.close()

    again = started(qtbot, ui_settings, ui_settings.get(Setting.LANGUAGE))
    assert menu_titles(again)[0] == "&Datei"
    QApplication.processEvents()


def all_menus(window: MainWindow) -> list:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    for menu in menus:
        menus.extend(action.menu() for action in menu.actions() if action.menu() is not None)
    return menus


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_every_menu_has_its_own_keyboard_letters(
    qtbot, ui_settings, restore_english, language
) -> None:
    """Alt+letter reaches one item per menu in every shipped language (the translators choose
    the letters; two items sharing one would make the key cycle instead of act)."""
    window = started(qtbot, ui_settings, language)
    bar = [re.search(r"&([^&])", action.text()) for action in window.menuBar().actions()]
    letters = [match.group(1).lower() for match in bar if match]
    assert len(letters) == len(set(letters)), letters
    for menu in all_menus(window):
        letters = [
            match.group(1).lower()
            for action in menu.actions()
            if (match := re.search(r"&([^&])", action.text()))
        ]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_the_article_header_names_the_language_in_the_coders_language(
    qtbot, ui_settings, restore_english
) -> None:
    started(qtbot, ui_settings, "de")
    assert language_name("ru") == "Russisch"
    assert language_name("en-GB") == "Englisch"
    started(qtbot, ui_settings, "ru")
    assert language_name("de") == "немецкий"
