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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from annotator.ui.icons import icon

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW_PROJECT = auto()
    OPEN_PROJECT = auto()
    OPEN_TEAM_PROJECT = auto()
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
    SHOW_SUGGESTIONS = auto()
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
    PARAGRAPH_NUMBERS = auto()
    CODING_STRIPES = auto()
    APPEARANCE_SYSTEM = auto()
    APPEARANCE_LIGHT = auto()
    APPEARANCE_DARK = auto()
    NEW_FROM_QDPX = auto()
    EXPORT_QDPX = auto()
    ASSIGN_DOCUMENTS = auto()
    TEAM_PROGRESS = auto()
    FREQUENCIES = auto()
    DISCOURSE_NETWORK = auto()
    MACHINE_CODING = auto()


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
    ActionId.NEW_PROJECT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&New Project…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (Key.New,),
        QT_TRANSLATE_NOOP("ActionSpec", "Create a project file"),
    ),
    ActionId.NEW_FROM_QDPX: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "New Project f&rom .qdpx…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "A project from MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA .qdpx)"
        ),
    ),
    ActionId.OPEN_PROJECT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Open Project…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (Key.Open,),
        QT_TRANSLATE_NOOP("ActionSpec", "Open a project file"),
        toolbar=True,
        icon="open",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Open"),
    ),
    ActionId.OPEN_TEAM_PROJECT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Open &Team Project…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Open a project your lab shares on a PostgreSQL server"),
    ),
    ActionId.OPEN_DEMO: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Open the &Demo"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "A fresh copy of the demo"),
    ),
    ActionId.IMPORT_ARTICLES: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Import &Articles…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "ActionSpec",
            "Web pages, text, Word, PDF, spreadsheets, Nexis/Factiva exports; preview first",
        ),
        separator_before=True,
    ),
    ActionId.IMPORT_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Import a &Folder of Articles…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Every article file in a folder"),
    ),
    ActionId.CREATE_CODER_COPIES: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Create Coder Copie&s…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "One project file per coder, to code blind"),
        separator_before=True,
    ),
    ActionId.MERGE_PROJECTS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Merge Coder Projects…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Combine coders' files into a new project"),
    ),
    ActionId.IMPORT_CODER_PROJECT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Import Coder &Project…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Merge a coder's file into this project (undoable)"),
    ),
    ActionId.EXPORT_CODINGS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "E&xport Codings…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "The coded data as an Excel workbook or CSV"),
    ),
    ActionId.EXPORT_QDPX: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Export Pro&ject (.qdpx)…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "The whole project for MAXQDA, ATLAS.ti, NVivo, QualCoder (REFI-QDA)"
        ),
    ),
    ActionId.CLOSE_PROJECT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Close Project"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (Key.Close,),
        separator_before=True,
    ),
    ActionId.CHANGE_CODER: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Chan&ge Coder Name…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Whose annotations you make and see"),
    ),
    ActionId.IMPORT_CODEBOOK: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Import Codebook…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec",
            "Update the codebook from a workbook (.xlsx), .qdc or .json; shows the changes first",
        ),
        separator_before=True,
    ),
    ActionId.EXPORT_CODEBOOK: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Export Codebook…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Write the codebook as a workbook, .qdc or printable HTML"),
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Quit"),
        QT_TRANSLATE_NOOP("ActionSpec", "&File"),
        (Key.Quit,),
        separator_before=True,
    ),
    ActionId.UNDO: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Undo"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Edit"),
        (Key.Undo,),
        toolbar=True,
        icon="undo",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Undo"),
    ),
    ActionId.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Redo"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Edit"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        toolbar=True,
        icon="redo",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Redo"),
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Find in Article…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Edit"),
        (Key.Find,),
        QT_TRANSLATE_NOOP("ActionSpec", "Highlight every hit"),
        separator_before=True,
    ),
    ActionId.SEARCH_CORPUS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Search All Documents…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Edit"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("ActionSpec", "Search and auto-code"),
        toolbar=True,
        icon="search",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Search"),
    ),
    ActionId.CODE_SELECTION: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Code Selection…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Coding"),
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("ActionSpec", "Set every variable of the selected span at once"),
        article_only=True,
    ),
    ActionId.EDIT_ANNOTATION: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Edit Annotation…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Coding"),
        ("F2",),
        QT_TRANSLATE_NOOP("ActionSpec", "Change the values or memo of the annotation"),
    ),
    ActionId.DELETE_ANNOTATION: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Delete Annotation"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Coding"),
        (Key.Delete,),
        article_only=True,
    ),
    ActionId.SNAP_TO_WORDS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Snap Selection to Whole Words"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Coding"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "Extend a selection that starts or ends inside a word to the whole word"
        ),
        checkable=True,
        separator_before=True,
    ),
    ActionId.SHOW_ALL_CODERS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Show &All Coders' Annotations"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP(
            "ActionSpec",
            "Show every coder's annotations, coloured by coder (off: blind coding, only yours)",
        ),
        checkable=True,
        toolbar=True,
        icon="show-all-coders",
        short=QT_TRANSLATE_NOOP("ActionSpec", "All Coders"),
    ),
    ActionId.SHOW_SUGGESTIONS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Show &Machine Suggestions"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec",
            "Machine coders' spans, dashed: Enter accepts one, Delete dismisses it "
            "(hidden on the reliability sample while you code blind)",
        ),
        checkable=True,
    ),
    ActionId.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Zoom &In"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        (Key.ZoomIn, "Ctrl+="),
        separator_before=True,
    ),
    ActionId.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Zoom &Out"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        (Key.ZoomOut,),
    ),
    ActionId.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Reset Zoom"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        ("Ctrl+0",),
    ),
    ActionId.PREVIOUS_DOCUMENT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Previous Document"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Go"),
        ("Ctrl+PgUp", "Alt+Up"),
        toolbar=True,
        icon="previous",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Previous"),
    ),
    ActionId.NEXT_DOCUMENT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Next Document"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Go"),
        ("Ctrl+PgDown", "Alt+Down"),
        toolbar=True,
        icon="next",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Next"),
    ),
    ActionId.MARK_DONE: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Mark Document &Done"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Go"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("ActionSpec", "Your status for this document (undoable)"),
        checkable=True,
        separator_before=True,
        toolbar=True,
        icon="done",
        short=QT_TRANSLATE_NOOP("ActionSpec", "Done"),
    ),
    ActionId.EDIT_CODEBOOK: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Edit Codebook…"),
        QT_TRANSLATE_NOOP("ActionSpec", "Code&book"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec",
            "Variables, codes, colours, shortcuts and coding rules (every change undoable)",
        ),
    ),
    ActionId.AGREEMENT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Inter-coder &Agreement…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Analysis"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "Krippendorff's alpha per variable, the disagreements, and adjudication"
        ),
    ),
    ActionId.FREQUENCIES: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Frequencies…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Analysis"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "Codes against outlets, months or other codes: a table and a chart"
        ),
        separator_before=True,
    ),
    ActionId.DISCOURSE_NETWORK: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Discourse Network…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Analysis"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "Actors and concepts linked by their statements, as DNA computes them"
        ),
    ),
    ActionId.MACHINE_CODING: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Machine Coding…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Analysis"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "A language model codes documents along the codebook, as a machine coder"
        ),
        separator_before=True,
    ),
    ActionId.SHORTCUTS_HELP: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Keyboard Shortcuts"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Help"),
        ("F1",),
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&About Annotator"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Help"),
    ),
    ActionId.APPEARANCE_SYSTEM: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&System"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View/A&ppearance"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Light or dark as the system is"),
        checkable=True,
    ),
    ActionId.APPEARANCE_LIGHT: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Light"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View/A&ppearance"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Dark text on light backgrounds"),
        checkable=True,
    ),
    ActionId.APPEARANCE_DARK: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "&Dark"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View/A&ppearance"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Light text on dark backgrounds"),
        checkable=True,
    ),
    ActionId.PARAGRAPH_NUMBERS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Paragraph &Numbers"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "Number the paragraphs in a margin left of the text"),
        checkable=True,
        separator_before=True,
    ),
    ActionId.CODING_STRIPES: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Coding S&tripes"),
        QT_TRANSLATE_NOOP("ActionSpec", "&View"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "A bar beside the text for each coded span, labelled with its codes"
        ),
        checkable=True,
    ),
    ActionId.ASSIGN_DOCUMENTS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "A&ssign Documents to Coders…"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Analysis"),
        (),
        QT_TRANSLATE_NOOP(
            "ActionSpec", "Split the documents among coders, with an overlap for reliability"
        ),
        separator_before=True,
    ),
    ActionId.TEAM_PROGRESS: ActionSpec(
        QT_TRANSLATE_NOOP("ActionSpec", "Team &Progress"),
        QT_TRANSLATE_NOOP("ActionSpec", "&Analysis"),
        (),
        QT_TRANSLATE_NOOP("ActionSpec", "How far each coder has got, per assignment set"),
    ),
}


def translated(text: str) -> str:
    """A text of the table above in the user's language (the table holds the English)."""
    return QCoreApplication.translate("ActionSpec", text) if text else ""


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
    toolbar = QToolBar(QCoreApplication.translate("ActionSpec", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(toolbar)
    for action_id, spec in SPECS.items():
        text = translated(spec.text)
        if action_id is ActionId.UNDO:
            action = undo_stack.createUndoAction(window, text)
        elif action_id is ActionId.REDO:
            action = undo_stack.createRedoAction(window, text)
        else:
            action = QAction(text, window)
        action.setObjectName(action_id.name.lower())
        action.setShortcuts([QKeySequence(item) for item in spec.shortcuts])
        tip = translated(spec.tip)
        if tip:
            action.setStatusTip(tip)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.short:
            action.setIconText(translated(spec.short))  # the toolbar's text; Undo's stays short
        show_tool_tip = partial(_show_tool_tip, action, tip)
        show_tool_tip()
        action.changed.connect(show_tool_tip)  # Undo and Redo name the step they take
        action.setCheckable(spec.checkable)
        menu = menus.get(spec.menu)
        if menu is None and "/" in spec.menu:  # a submenu, e.g. "&View/A&ppearance"
            parent = spec.menu.rsplit("/", 1)[0]
            name = translated(spec.menu).rsplit("/", 1)[-1]  # the path is what lupdate collects
            menus[parent].addSeparator()
            menu = menus[spec.menu] = menus[parent].addMenu(name)
        elif menu is None:
            menu = menus[spec.menu] = window.menuBar().addMenu(translated(spec.menu))
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
