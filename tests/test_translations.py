"""The translations are complete, in sync with the sources, compiled, and nothing visible escapes.

- Every message of the German and Russian `.ts` files is translated (plural forms complete), and
  the committed `.ts` files hold exactly the messages lupdate finds in the sources today: a new
  visible string without German and Russian fails here.
- The committed `.qm` files are what lrelease makes of the committed `.ts` files.
- An AST check finds string literals handed straight to Qt's visible-text calls (setText,
  QLabel(…), QMessageBox.warning(…), …) or returned by a model's `headerData`/`data`, without
  `tr`/`translate`, in every file of `annotator/ui` (but the screenshot tool).
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from annotator.ui import i18n

REPOSITORY = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPOSITORY / "resources" / "translations"
PLURAL_FORMS = {"de": 2, "ru": 3, "en": 2}

Message = tuple[str, str, str, bool]  # context, source, comment, numerus


def messages(ts_file: Path) -> dict[Message, list[str]]:
    """Each message of `ts_file` with its translations (one per plural form)."""
    found: dict[Message, list[str]] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key = (
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                numerus,
            )
            translation = message.find("translation")
            assert translation is not None, f"{ts_file.name}: {key} has no <translation>"
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found[key] = []
            elif numerus:
                found[key] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                found[key] = [translation.text or ""]
    return found


@pytest.mark.parametrize("language", i18n.TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    ts_file = TRANSLATIONS / f"annotator_{language}.ts"
    missing = [
        f"{context}: {source!r}"
        for (context, source, _comment, numerus), forms in messages(ts_file).items()
        if len(forms) != (PLURAL_FORMS[language] if numerus else 1) or not all(forms)
    ]
    assert not missing, f"untranslated in {ts_file.name}:\n" + "\n".join(missing)


def test_english_has_every_plural_form() -> None:
    ts_file = TRANSLATIONS / "annotator_en.ts"
    found = messages(ts_file)
    assert found, "annotator_en.ts holds the English plural forms"
    incomplete = [key for key, forms in found.items() if len(forms) != 2 or not all(forms)]
    assert not incomplete, f"plural forms missing in {ts_file.name}: {incomplete}"


def test_every_count_has_plural_forms() -> None:
    """lupdate marks a "%n" message as plural only from `tr(text, "", n)`; from
    `QCoreApplication.translate(…, n)` with a variable it does not, and the count would show
    untranslated. Such a text belongs in a QObject's `tr`."""
    found = messages(TRANSLATIONS / "annotator_de.ts")
    singular = [
        f"{context}: {source!r}"
        for context, source, _c, numerus in found
        if "%n" in source and not numerus
    ]
    assert not singular, "counts without plural forms:\n" + "\n".join(singular)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_translation_files_match_the_sources(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"annotator_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n.run_lupdate(fresh, i18n.ui_sources(), plural_only=language == "en")
    new = set(messages(fresh)) - set(messages(committed))
    gone = set(messages(committed)) - set(messages(fresh))
    assert not new and not gone, (
        f"{committed.name} is out of date; run `python -m annotator.ui.i18n update` and translate."
        f"\nnew: {sorted(new)}\ngone: {sorted(gone)}"
    )


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_compiled_files_match_the_translation_sources(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"annotator_{language}.qm"
    fresh = tmp_path / committed.name
    i18n.run_lrelease(committed.with_suffix(".ts"), fresh)
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is not compiled from {committed.with_suffix('.ts').name}; "
        "run `python -m annotator.ui.i18n update`"
    )


# --- no visible literal escapes translation ------------------------------------------------------

UI = REPOSITORY / "annotator" / "ui"
NOT_CHECKED = {UI / "screenshots.py"}  # a developer tool that renders the README's pictures
CONVERTED = sorted(set(UI.rglob("*.py")) - NOT_CHECKED)
VISIBLE_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setTitle",
    "setPlaceholderText", "setLabelText", "setInformativeText", "setDetailedText", "addAction",
    "addMenu", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "showMessage", "setTabText", "addTab", "insertTab", "setItemText", "addItem", "addItems",
    "insertItem", "addRow", "insertRow", "setCancelButtonText", "setSpecialValueText", "setSuffix",
    "setPrefix", "setNameFilter", "setNameFilters", "setTextValue", "setOkButtonText",
    "addButton", "setButtonText", "setAccessibleName", "setAccessibleDescription",
    "setIconText", "addSection", "setSubTitle", "setFormat", "setHtml", "setMarkdown",
    "setPlainText", "setWindowIconText",
    "show_error", "inform",  # the window's and the coder workflows' message boxes
}  # fmt: skip
# Keyword arguments that are visible text in any call (QLineEdit(placeholderText=…), Job(label=…)).
VISIBLE_KEYWORDS = {"text", "placeholderText", "toolTip", "statusTip", "windowTitle", "title",
                    "label", "what"}  # fmt: skip
VISIBLE_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QDockWidget", "QToolBar", "QProgressDialog",
    "QMessageBox", "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem", "QStandardItem",
    "QFileDialog", "QWizardPage", "QErrorMessage",
}  # fmt: skip
# A model's methods whose returned text is shown (column headers, cells, tooltips).
VISIBLE_RETURNS = {"headerData", "data"}
STATIC_DIALOGS = {
    "QMessageBox": {"information", "warning", "critical", "question", "about"},
    "QFileDialog": {
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
    },
    "QInputDialog": {"getText", "getItem", "getInt", "getDouble", "getMultiLineText"},
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# A helper around translate (`_tr("…")`) hides its literal from lupdate: it is never translated.
WRAPPER = re.compile(r"_*(tr|translate|translated)_?")
# Literals with letters that are not words a reader sees: (file name, literal as in the source).
ALLOWED: set[tuple[str, str]] = set()


MARKUP = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}")  # tags, entities and placeholders are no words


def _has_words(text: str) -> bool:
    return any(character.isalpha() for character in MARKUP.sub("", text))


def _called_name(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def _wrapped_literals(call: ast.Call) -> list[ast.AST]:
    """The literal text handed to a translation helper lupdate does not know, or to `tr` of
    another object than `self` (lupdate takes the variable's name for the class: `box.tr("OK")`
    lands in a context "box" that no translation lookup asks)."""
    name = _called_name(call)
    owner = call.func.value if isinstance(call.func, ast.Attribute) else None
    if (
        name == "tr"
        and owner is not None
        and not (isinstance(owner, ast.Name) and owner.id == "self")
    ):
        return call.args[:1]
    if name in TRANSLATING or not WRAPPER.fullmatch(name) or not call.args:
        return []
    text = call.args[0]
    is_text = isinstance(text, ast.Constant | ast.JoinedStr)
    return [text] if is_text and _untranslated(text) else []


def _visible_call(call: ast.Call) -> bool:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id in VISIBLE_CLASSES
    if isinstance(function, ast.Attribute):
        owner = function.value
        if isinstance(owner, ast.Name) and owner.id in STATIC_DIALOGS:
            return function.attr in STATIC_DIALOGS[owner.id]
        return function.attr in VISIBLE_METHODS or function.attr in VISIBLE_CLASSES
    return False


def _untranslated(node: ast.AST) -> list[ast.AST]:
    """The parts of an argument that are text shown as it is written."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
        return [node] if _has_words(text) else []
    if isinstance(node, ast.Call):
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name in TRANSLATING:
            return []
        if name == "format" and isinstance(function, ast.Attribute):
            return _untranslated(function.value)  # "…".format() is untranslated, tr("…").format()
        return []
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [found for element in node.elts for found in _untranslated(element)]
    if isinstance(node, ast.Dict):
        return [found for value in node.values for found in _untranslated(value)]
    if isinstance(node, ast.Subscript):  # ("Title", "Outlet")[column]: the table, not the index
        return _untranslated(node.value)
    return []


def _returned(tree: ast.AST) -> list[ast.AST]:
    """What the models' `headerData`/`data` methods return (their nested functions aside)."""
    found: list[ast.AST] = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name in VISIBLE_RETURNS:
            found += [
                node.value
                for node in ast.walk(function)
                if isinstance(node, ast.Return) and node.value is not None
            ]
    return found


def _shown_arguments(call: ast.Call) -> list[ast.AST]:
    """The arguments a call shows: a combo box's item data (`addItem(text, data)`, last) is a
    value the program reads back, not text."""
    arguments = list(call.args)
    name = _called_name(call)
    if name == "addItem" and len(arguments) >= 2:
        return arguments[:-1]
    if name == "insertItem" and len(arguments) >= 3:
        return arguments[1:-1]
    return arguments


def untranslated_literals(path: Path) -> list[str]:
    """`file:line: literal` for each visible literal of `path` that is not translated."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    shown_path = path.relative_to(REPOSITORY) if path.is_relative_to(REPOSITORY) else path
    problems: list[str] = []
    shown: list[ast.AST] = _returned(tree)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        keywords = [keyword.value for keyword in call.keywords if keyword.arg in VISIBLE_KEYWORDS]
        everything = [*_shown_arguments(call), *(keyword.value for keyword in call.keywords)]
        shown += everything if _visible_call(call) else keywords
        shown += _wrapped_literals(call)
    for node in (found for argument in shown for found in _untranslated(argument)):
        literal = ast.get_source_segment(source, node) or ""
        if (path.name, literal) not in ALLOWED:
            problems.append(f"{shown_path}:{node.lineno}: {literal[:70]}")
    return sorted(set(problems), key=lambda line: int(line.split(":")[1]))


def test_the_checker_finds_untranslated_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Coder name')\n"
        "box.setToolTip(f'{n} documents')\n"
        "QMessageBox.warning(self, self.tr('Title'), 'Plain ' + name)\n"
        "button.setText(self.tr('Fine {n}').format(n=n))\n"
        "edit.setPlaceholderText('…')\n"
        "dialog.setNameFilter('Workbooks (*.xlsx)')\n"
        "line = QLineEdit(placeholderText='Where to save')\n"
        "label.setText('<p>{}</p>'.format(self.tr('Done')))\n"
        "dialog = QFileDialog(self, 'Export codings')\n"
        "browser.setHtml(f'<b>{n}</b> hits')\n"
        "menu.addSection(self.tr('Recent'))\n"
        "class Model:\n"
        "    def headerData(self, section, orientation, role):\n"
        "        if role == 0:\n"
        "            return ('Title', 'Outlet')[section]\n"
        "        return self.tr('Your annotations')\n"
        "    def data(self, index, role):\n"
        "        return {1: 'Done', 2: self.tr('Not started')}[role]\n"
        "    def row(self):\n"
        "        return 'internal name'\n"
        "question = _tr('Code {hits}?').format(hits=_tr('%n hit(s)', n))\n"
        "shown = translated(TABLE[key]) + _tr(f'{n}')\n"
        "box.setText(texts.tr('Code'))\n"
        "combo.addItem(self.tr('Number of documents'), 'count')\n"
        "combo.addItem('Length', 'length')\n",
        encoding="utf-8",
    )
    problems = [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in untranslated_literals(sample)]
    expected = ["1", "2", "3", "6", "7", "9", "10", "15", "15", "18", "21", "21", "23", "25"]
    assert problems == expected


@pytest.mark.parametrize("path", CONVERTED, ids=lambda path: str(path.relative_to(UI)))
def test_visible_text_goes_through_translation(path: Path) -> None:
    problems = untranslated_literals(path)
    assert not problems, "visible text without tr()/translate():\n" + "\n".join(problems)
