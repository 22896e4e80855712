"""The desktop app in the coder's own language: Qt translators, and the tool that updates them.

Every visible string of `annotator/ui` goes through Qt's `tr`/`translate`; `lupdate` collects them
into `resources/translations/annotator_<lang>.ts` (translated with Qt Linguist or by hand) and
`lrelease` compiles those into the `.qm` files the app loads. At start, before any window exists,
`install_translators` loads for the chosen language (`Setting.LANGUAGE`, empty = the system's):

- `annotator_en.qm`, which holds only the English plural forms ("%n document(s)" → "1 document",
  "2 documents"); it is installed under every language, so a string not yet translated still
  reads right in English;
- Qt's own `qtbase_<lang>.qm` (standard buttons such as OK, Cancel, Save), shipped with PySide6;
- `annotator_<lang>.qm`, Annotator's translation.

Command-line messages stay English. After adding or changing a visible string, refresh the
translation files with::

    python -m annotator.ui.i18n update

then translate the new entries (`type="unfinished"`) in the German and Russian `.ts` files and run
the command again to compile them; `tests/test_translations.py` fails until every string is done.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SOURCE_LANGUAGE = "en"
# The languages the app ships, each named in its own language (as the Language menu lists them).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "ru": "Русский"}
TRANSLATED = ("de", "ru")  # the complete translations; English has only its plural forms
TRANSLATIONS_FOLDER = "translations"
_INSTALLED_PROPERTY = "annotator_translators"


def system_language() -> str:
    """The system locale's language if Annotator ships it, otherwise English."""
    for name in QLocale.system().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def effective_language(chosen: str) -> str:
    """The language to show for a `Setting.LANGUAGE` value ("" follows the system)."""
    return chosen if chosen in LANGUAGES else system_language()


def translation_file(language: str) -> Path | None:
    """Annotator's compiled translation for `language`, if one ships."""
    from annotator.resources import resource_path

    try:
        return resource_path(TRANSLATIONS_FOLDER, f"annotator_{language}.qm")
    except FileNotFoundError:
        return None


def qt_translation_file(language: str) -> Path | None:
    """Qt's own translation of its standard dialogs and buttons, as PySide6 ships it (a frozen
    app carries it in PySide6/Qt/translations, where Qt may not look by itself)."""
    import PySide6

    folders = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    )
    paths = (folder / f"qtbase_{language}.qm" for folder in folders)
    return next((path for path in paths if path.is_file()), None)


def install_translators(application: QCoreApplication, chosen: str) -> str:
    """Load the translations for `chosen` ("" = the system's language) into `application`,
    replacing those installed before; returns the language shown."""
    language = effective_language(chosen)
    for translator in application.property(_INSTALLED_PROPERTY) or []:
        application.removeTranslator(translator)
    files = [translation_file(SOURCE_LANGUAGE)]  # installed first, so asked last: the fallback
    if language != SOURCE_LANGUAGE:
        files += [qt_translation_file(language), translation_file(language)]
    installed: list[QTranslator] = []
    for path in files:
        translator = QTranslator(application)
        if path is not None and translator.load(str(path)):
            application.installTranslator(translator)
            installed.append(translator)
    application.setProperty(_INSTALLED_PROPERTY, installed)
    if chosen in LANGUAGES:  # an explicit choice also formats numbers and dates that way
        QLocale.setDefault(QLocale(language))
    if isinstance(application, QApplication):
        application.setLayoutDirection(QLocale(language).textDirection())
    return language


# --- the update tool (developers only) -----------------------------------------------------------


def _repository() -> Path:
    return Path(__file__).resolve().parents[2]


def translations_dir() -> Path:
    """`resources/translations` of the source checkout (the files the tool writes)."""
    return _repository() / "resources" / TRANSLATIONS_FOLDER


def ui_sources() -> list[Path]:
    """Every Python file of the desktop app, the sources lupdate reads."""
    return sorted((_repository() / "annotator" / "ui").rglob("*.py"))


def qt_tool(name: str) -> str:
    """The path of `pyside6-<name>` (lupdate, lrelease) beside the running Python, or on PATH."""
    script = f"pyside6-{name}"
    found = shutil.which(script, path=str(Path(sys.executable).parent)) or shutil.which(script)
    if found is None:
        raise FileNotFoundError(f"{script} is missing; install PySide6 in this environment")
    return found


def run_lupdate(ts_file: Path, sources: list[Path], plural_only: bool = False) -> None:
    """Merge the strings of `sources` into `ts_file` (made if missing), dropping vanished ones."""
    arguments = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    if plural_only:
        arguments.append("-pluralonly")
    arguments += ["-source-language", SOURCE_LANGUAGE, "-target-language", _language_of(ts_file)]
    arguments += [str(path) for path in sources] + ["-ts", str(ts_file)]
    subprocess.run(arguments, check=True, capture_output=True, timeout=300)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile `ts_file` into `qm_file`."""
    arguments = [qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(arguments, check=True, capture_output=True, timeout=300)


def _language_of(ts_file: Path) -> str:
    return ts_file.stem.rsplit("_", 1)[-1]


def update() -> list[Path]:
    """Refresh every shipped `.ts` from the sources and compile each into its `.qm`."""
    folder = translations_dir()
    folder.mkdir(parents=True, exist_ok=True)
    sources = ui_sources()
    written: list[Path] = []
    for language in LANGUAGES:
        ts_file = folder / f"annotator_{language}.ts"
        run_lupdate(ts_file, sources, plural_only=language == SOURCE_LANGUAGE)
        run_lrelease(ts_file, ts_file.with_suffix(".qm"))
        written += [ts_file, ts_file.with_suffix(".qm")]
    return written


def main(arguments: list[str]) -> int:
    if arguments != ["update"]:
        print("usage: python -m annotator.ui.i18n update", file=sys.stderr)
        return 2
    for path in update():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
