"""Fixtures for driving the real main window offscreen, with settings kept in a temporary file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting, Settings


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp) -> None:
    """Translators as the app installs them for English: "1 document", "2 documents"."""
    from annotator.ui.i18n import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def ui_settings(tmp_path: Path) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(Setting.CODER_NAME, "alice")
    return settings


@pytest.fixture
def make_window(qtbot, ui_settings: Settings, monkeypatch) -> Iterator[Callable[..., MainWindow]]:
    """Open a project in a shown main window; dialogs raise instead of blocking."""
    windows: list[MainWindow] = []

    def fail_on_dialog(self: MainWindow, title: str, message: str) -> None:
        self.last_error = message

    monkeypatch.setattr(MainWindow, "show_error", fail_on_dialog)

    def make(path: Path | None = None, coder: str = "alice") -> MainWindow:
        ui_settings.set(Setting.CODER_NAME, coder)
        window = MainWindow(ui_settings)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        with qtbot.waitActive(window):  # shortcuts only reach the active window
            window.show()
            window.activateWindow()
        if path is not None:
            assert window.open_path(path), window.last_error
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close_project()


def utf16(text: str, index: int) -> int:
    """Qt's position of code point `index`, computed independently of `core.offsets`."""
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.fixture
def articles_project(tmp_path: Path) -> Callable[..., Path]:
    """Write a project holding the given articles; returns its path (the file is closed)."""
    from annotator.io.imports.documents import ParsedDocument
    from annotator.services.imports.articles import import_documents
    from annotator.services.projects import new_project

    def make(*texts: str, name: str = "coding.annot") -> Path:
        path = tmp_path / name
        with new_project(path) as project:
            import_documents(
                project,
                [
                    (Path(f"a{n}.txt"), ParsedDocument(text, f"Article {n}", f"a{n}.txt", "Daily"))
                    for n, text in enumerate(texts, start=1)
                ],
            )
        return path

    return make


METADATA_ARTICLES = [
    ("Gas deal signed", "The Guardian", "en", date(2022, 3, 5), {"section": "Politics"}),
    ("Газовая сделка", "Kommersant", "ru", date(2022, 7, 1), {"section": "Economy", "page": "3"}),
    ("Gas prices rise", "The Guardian", "en", date(2021, 12, 31), {"section": "Economy"}),
    ("Die Wende", "", "de", None, {}),
]


@pytest.fixture
def metadata_project(tmp_path: Path) -> Path:
    """A closed project of four articles with outlets, languages, dates and extra fields."""
    from annotator.io.imports.documents import ParsedDocument
    from annotator.services.imports.articles import import_documents
    from annotator.services.projects import new_project

    path = tmp_path / "metadata.annot"
    with new_project(path) as project:
        import_documents(
            project,
            [
                (
                    Path(f"{n}.txt"),
                    ParsedDocument(
                        f"{title}. Text of article {n}.",
                        title,
                        f"{n}.txt",
                        outlet or None,
                        published=published,
                        language=language,
                        extra=extra,
                    ),
                )
                for n, (title, outlet, language, published, extra) in enumerate(METADATA_ARTICLES)
            ],
        )
    return path
