"""Every menu command, toolbar button and keyboard shortcut of the window, declared once.

Like Picard's `actions.py`: an `ActionId` enum keys a table of `ActionSpec`s (text, shortcuts,
menu, tip). `build_actions` makes the `QAction`s and the menus from that table; the window only
connects `triggered` signals. A shortcut therefore has exactly one definition, and the Help menu's
shortcut list is generated from the same table. Code shortcuts (one letter per code) come from the
codebook instead and are handled by the article view.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW_PROJECT = auto()
    OPEN_PROJECT = auto()
    OPEN_DEMO = auto()
    IMPORT_ARTICLES = auto()
    IMPORT_FOLDER = auto()
    CREATE_CODER_COPIES = auto()
    MERGE_PROJECTS = auto()
    IMPORT_CODER_PROJECT = auto()
    EXPORT_CODINGS = auto()
    CLOSE_PROJECT = auto()
    CHANGE_CODER = auto()
    IMPORT_CODEBOOK = auto()
    EXPORT_CODEBOOK = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    SEARCH_CORPUS = auto()
    CODE_SELECTION = auto()
    EDIT_ANNOTATION = auto()
    DELETE_ANNOTATION = auto()
    SNAP_TO_WORDS = auto()
    SHOW_ALL_CODERS = auto()
    ZOOM_IN = auto()
    ZOOM_OUT = auto()
    ZOOM_RESET = auto()
    NEXT_DOCUMENT = auto()
    PREVIOUS_DOCUMENT = auto()
    MARK_DONE = auto()
    EDIT_CODEBOOK = auto()
    AGREEMENT = auto()
    SHORTCUTS_HELP = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str
    menu: str
    shortcuts: tuple[QKeySequence | Key | str, ...] = ()
    tip: str = ""
    checkable: bool = False
    separator_before: bool = False
    toolbar: bool = False
    article_only: bool = False  # the shortcut works only while the article view has focus


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_PROJECT: ActionSpec("&New Project…", "&File", (Key.New,), "Create a project file"),
    ActionId.OPEN_PROJECT: ActionSpec(
        "&Open Project…", "&File", (Key.Open,), "Open a project file", toolbar=True
    ),
    ActionId.OPEN_DEMO: ActionSpec("Open the &Demo", "&File", (), "A fresh copy of the demo"),
    ActionId.IMPORT_ARTICLES: ActionSpec(
        "Import &Articles…",
        "&File",
        ("Ctrl+I",),
        "Web pages, text, Word, PDF, spreadsheets, Nexis/Factiva exports; preview first",
        separator_before=True,
    ),
    ActionId.IMPORT_FOLDER: ActionSpec(
        "Import a &Folder of Articles…", "&File", (), "Every article file in a folder"
    ),
    ActionId.CREATE_CODER_COPIES: ActionSpec(
        "Create Coder Copie&s…",
        "&File",
        (),
        "One project file per coder, to code blind",
        separator_before=True,
    ),
    ActionId.MERGE_PROJECTS: ActionSpec(
        "&Merge Coder Projects…", "&File", (), "Combine coders' files into a new project"
    ),
    ActionId.IMPORT_CODER_PROJECT: ActionSpec(
        "Import Coder &Project…", "&File", (), "Merge a coder's file into this project (undoable)"
    ),
    ActionId.EXPORT_CODINGS: ActionSpec(
        "E&xport Codings…", "&File", (), "The coded data as an Excel workbook or CSV"
    ),
    ActionId.CLOSE_PROJECT: ActionSpec(
        "&Close Project", "&File", (Key.Close,), separator_before=True
    ),
    ActionId.CHANGE_CODER: ActionSpec(
        "Change Coder &Name…", "&File", (), "Whose annotations you make and see"
    ),
    ActionId.IMPORT_CODEBOOK: ActionSpec(
        "&Import Codebook…",
        "&File",
        (),
        "Update the codebook from a workbook (.xlsx), .qdc or .json; shows the changes first",
        separator_before=True,
    ),
    ActionId.EXPORT_CODEBOOK: ActionSpec(
        "&Export Codebook…", "&File", (), "Write the codebook as a workbook, .qdc or printable HTML"
    ),
    ActionId.QUIT: ActionSpec("&Quit", "&File", (Key.Quit,), separator_before=True),
    ActionId.UNDO: ActionSpec("&Undo", "&Edit", (Key.Undo,), toolbar=True),
    ActionId.REDO: ActionSpec("&Redo", "&Edit", ("Ctrl+Shift+Z", "Ctrl+Y"), toolbar=True),
    ActionId.FIND: ActionSpec(
        "&Find in Article…", "&Edit", (Key.Find,), "Highlight every hit", separator_before=True
    ),
    ActionId.SEARCH_CORPUS: ActionSpec(
        "&Search All Documents…", "&Edit", ("Ctrl+Shift+F",), "Search and auto-code", toolbar=True
    ),
    ActionId.CODE_SELECTION: ActionSpec(
        "&Code Selection…",
        "&Coding",
        ("Return", "Enter"),
        "Set every variable of the selected span at once",
        article_only=True,
    ),
    ActionId.EDIT_ANNOTATION: ActionSpec(
        "&Edit Annotation…", "&Coding", ("F2",), "Change the values or memo of the annotation"
    ),
    ActionId.DELETE_ANNOTATION: ActionSpec(
        "&Delete Annotation", "&Coding", (Key.Delete,), article_only=True
    ),
    ActionId.SNAP_TO_WORDS: ActionSpec(
        "&Snap Selection to Whole Words",
        "&Coding",
        (),
        "Extend a selection that starts or ends inside a word to the whole word",
        checkable=True,
        separator_before=True,
    ),
    ActionId.SHOW_ALL_CODERS: ActionSpec(
        "Show &All Coders' Annotations",
        "&View",
        ("Ctrl+Shift+A",),
        "Off: blind coding, you see only your own annotations",
        checkable=True,
        toolbar=True,
    ),
    ActionId.ZOOM_IN: ActionSpec(
        "Zoom &In", "&View", (Key.ZoomIn, "Ctrl+="), separator_before=True
    ),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", "&View", (Key.ZoomOut,)),
    ActionId.ZOOM_RESET: ActionSpec("&Reset Zoom", "&View", ("Ctrl+0",)),
    ActionId.PREVIOUS_DOCUMENT: ActionSpec(
        "&Previous Document", "&Go", ("Ctrl+PgUp", "Alt+Up"), toolbar=True
    ),
    ActionId.NEXT_DOCUMENT: ActionSpec(
        "&Next Document", "&Go", ("Ctrl+PgDown", "Alt+Down"), toolbar=True
    ),
    ActionId.MARK_DONE: ActionSpec(
        "Mark Document &Done",
        "&Go",
        ("Ctrl+D",),
        "Your status for this document (undoable)",
        checkable=True,
        separator_before=True,
        toolbar=True,
    ),
    ActionId.EDIT_CODEBOOK: ActionSpec(
        "&Edit Codebook…",
        "Code&book",
        (),
        "Variables, codes, colours, shortcuts and coding rules (every change undoable)",
    ),
    ActionId.AGREEMENT: ActionSpec(
        "Inter-coder &Agreement…",
        "&Analysis",
        (),
        "Krippendorff's alpha per variable, the disagreements, and adjudication",
    ),
    ActionId.SHORTCUTS_HELP: ActionSpec("&Keyboard Shortcuts", "&Help", ("F1",)),
    ActionId.ABOUT: ActionSpec("&About Annotator", "&Help"),
}


# The menu titles of `SPECS`, for the translation files; `build_actions` shows them translated.
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Menus", "&File"),
    QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&Coding"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Go"),
    QT_TRANSLATE_NOOP("Menus", "Code&book"),
    QT_TRANSLATE_NOOP("Menus", "&Analysis"),
    QT_TRANSLATE_NOOP("Menus", "&Help"),
)


def shortcut_text(action_id: ActionId) -> str:
    sequences = [QKeySequence(item) for item in SPECS[action_id].shortcuts]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def build_actions(
    window: QMainWindow, undo_stack: QUndoStack
) -> tuple[dict[ActionId, QAction], dict[str, QMenu]]:
    """Create every action, the menus and the toolbar of `window` from `SPECS`.

    Actions marked `article_only` get a widget-only shortcut; the window adds them to its article
    view so Return and Delete still work as usual in the filter box and the tables.
    """
    actions: dict[ActionId, QAction] = {}
    menus: dict[str, QMenu] = {}
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("main_toolbar")
    window.addToolBar(toolbar)
    for action_id, spec in SPECS.items():
        if action_id is ActionId.UNDO:
            action = undo_stack.createUndoAction(window, "&Undo")
        elif action_id is ActionId.REDO:
            action = undo_stack.createRedoAction(window, "&Redo")
        else:
            action = QAction(spec.text, window)
        action.setObjectName(action_id.name.lower())
        action.setShortcuts([QKeySequence(item) for item in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(f"{spec.text.replace('&', '').rstrip('…')} — {spec.tip}")
        action.setCheckable(spec.checkable)
        menu = menus.get(spec.menu)
        if menu is None:
            title = QCoreApplication.translate("Menus", spec.menu)
            menu = menus[spec.menu] = window.menuBar().addMenu(title)
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        if spec.article_only:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        else:
            window.addAction(action)
        actions[action_id] = action
    return actions, menus
