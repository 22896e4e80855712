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
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from annotator.ui.icons import icon

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
    APPEARANCE_SYSTEM = auto()
    APPEARANCE_LIGHT = auto()
    APPEARANCE_DARK = auto()


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
    icon: str = ""  # resources/icons/<icon>.svg, shown on the toolbar and in the menu
    short: str = ""  # the toolbar button's text, when the menu's is too long for it


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_PROJECT: ActionSpec("&New Project…", "&File", (Key.New,), "Create a project file"),
    ActionId.OPEN_PROJECT: ActionSpec(
        "&Open Project…",
        "&File",
        (Key.Open,),
        "Open a project file",
        toolbar=True,
        icon="open",
        short="Open",
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
        "Chan&ge Coder Name…", "&File", (), "Whose annotations you make and see"
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
    ActionId.UNDO: ActionSpec(
        "&Undo", "&Edit", (Key.Undo,), toolbar=True, icon="undo", short="Undo"
    ),
    ActionId.REDO: ActionSpec(
        "&Redo", "&Edit", ("Ctrl+Shift+Z", "Ctrl+Y"), toolbar=True, icon="redo", short="Redo"
    ),
    ActionId.FIND: ActionSpec(
        "&Find in Article…", "&Edit", (Key.Find,), "Highlight every hit", separator_before=True
    ),
    ActionId.SEARCH_CORPUS: ActionSpec(
        "&Search All Documents…",
        "&Edit",
        ("Ctrl+Shift+F",),
        "Search and auto-code",
        toolbar=True,
        icon="search",
        short="Search",
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
        "Show every coder's annotations, coloured by coder (off: blind coding, only yours)",
        checkable=True,
        toolbar=True,
        icon="show-all-coders",
        short="All Coders",
    ),
    ActionId.ZOOM_IN: ActionSpec(
        "Zoom &In", "&View", (Key.ZoomIn, "Ctrl+="), separator_before=True
    ),
    ActionId.ZOOM_OUT: ActionSpec("Zoom &Out", "&View", (Key.ZoomOut,)),
    ActionId.ZOOM_RESET: ActionSpec("&Reset Zoom", "&View", ("Ctrl+0",)),
    ActionId.PREVIOUS_DOCUMENT: ActionSpec(
        "&Previous Document",
        "&Go",
        ("Ctrl+PgUp", "Alt+Up"),
        toolbar=True,
        icon="previous",
        short="Previous",
    ),
    ActionId.NEXT_DOCUMENT: ActionSpec(
        "&Next Document",
        "&Go",
        ("Ctrl+PgDown", "Alt+Down"),
        toolbar=True,
        icon="next",
        short="Next",
    ),
    ActionId.MARK_DONE: ActionSpec(
        "Mark Document &Done",
        "&Go",
        ("Ctrl+D",),
        "Your status for this document (undoable)",
        checkable=True,
        separator_before=True,
        toolbar=True,
        icon="done",
        short="Done",
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
    ActionId.APPEARANCE_SYSTEM: ActionSpec(
        "&System", "&View/A&ppearance", (), "Light or dark as the system is", checkable=True
    ),
    ActionId.APPEARANCE_LIGHT: ActionSpec(
        "&Light", "&View/A&ppearance", (), "Dark text on light backgrounds", checkable=True
    ),
    ActionId.APPEARANCE_DARK: ActionSpec(
        "&Dark", "&View/A&ppearance", (), "Light text on dark backgrounds", checkable=True
    ),
}


def shortcut_text(action_id: ActionId) -> str:
    sequences = [QKeySequence(item) for item in SPECS[action_id].shortcuts]
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def _show_tool_tip(action: QAction, tip: str) -> None:
    """The tooltip names the action and its shortcut: "Next Document (Ctrl+PgDown)"."""
    name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = f"{name} ({keys})" if keys else name
    action.setToolTip(f"{text} — {tip}" if tip else text)


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
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.short:
            action.setIconText(spec.short)  # the toolbar's text; Undo's stays short
        show_tool_tip = partial(_show_tool_tip, action, spec.tip)
        show_tool_tip()
        action.changed.connect(show_tool_tip)  # Undo and Redo name the step they take
        action.setCheckable(spec.checkable)
        menu = menus.get(spec.menu)
        if menu is None and "/" in spec.menu:  # a submenu, e.g. "&View/A&ppearance"
            parent, name = spec.menu.rsplit("/", 1)
            menus[parent].addSeparator()
            menu = menus[spec.menu] = menus[parent].addMenu(name)
        elif menu is None:
            menu = menus[spec.menu] = window.menuBar().addMenu(spec.menu)
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
