"""The main window: lays out the panels, wires actions to the workbench, opens and closes files.

Layout only, plus what belongs to the window rather than to a project: the welcome page, file
dialogs, the coder's name, remembered geometry, dock layout and zoom, and error dialogs. Coding
itself lives in `workbench.Workbench`, created per open project.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Concatenate, ParamSpec

from PySide6.QtCore import QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME, PROJECT_SUFFIX, __version__
from annotator.db.location import ServerLocation, parse_location
from annotator.errors import AnnotatorError
from annotator.services.projects import new_project
from annotator.ui import long_lived
from annotator.ui.actions import SPECS, ActionId, build_actions, shortcut_text, translated
from annotator.ui.appearance import Appearance, connect_appearance, show_focus
from annotator.ui.coding.annotation_table import AnnotationTable
from annotator.ui.coding.article_header import ArticleHeader
from annotator.ui.coding.article_view import ArticleView
from annotator.ui.coding.codebook_panel import CodebookPanel
from annotator.ui.coding.colour_by import ColourByMenu
from annotator.ui.coding.find_bar import FindBar
from annotator.ui.coding.legend import ColourLegend
from annotator.ui.coding.popup import CodingPopup
from annotator.ui.coding.search_panel import SearchPanel
from annotator.ui.coding.workbench import Workbench
from annotator.ui.demo_copy import demo_copy_path, fresh_demo
from annotator.ui.documents.listing import DocumentPanel
from annotator.ui.file_tools import FileTools
from annotator.ui.findings.tools import FindingsTools
from annotator.ui.icons import icon
from annotator.ui.language_menu import LanguageMenu
from annotator.ui.machine.tools import MachineTools
from annotator.ui.project import last_place
from annotator.ui.project.external_changes import ExternalChanges
from annotator.ui.project.jobs import ProjectJobs, hold_switch
from annotator.ui.project.server_link import ConnectionBanner, ServerLink
from annotator.ui.project.team_project import open_location, open_team_project
from annotator.ui.research_tools import ResearchTools
from annotator.ui.settings import Setting, Settings
from annotator.ui.team.tools import TeamTools
from annotator.ui.undo.stack import ProjectUndoStack
from annotator.ui.welcome import WelcomePage
from annotator.ui.window_focus import activate, location_key, same_file, window_showing

log = logging.getLogger(__name__)
P = ParamSpec("P")


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(icon("annotator"))
        self.settings = settings
        self.undo_stack = ProjectUndoStack(self)  # the open project's edits, and only those
        self.jobs = ProjectJobs(self)
        self.workbench: Workbench | None = None
        self.active_popup: CodingPopup | None = None
        self.last_error = ""
        self._zoom = 0
        self._build_widgets()
        self.actions, self.menus = build_actions(self, self.undo_stack)
        for dock in (self.documents_dock, self.codebook_dock, self.annotations_dock):
            self.menus["&View"].addAction(dock.toggleViewAction())
        self.menus["&View"].addAction(self.search_dock.toggleViewAction())
        connect_appearance(
            {
                Appearance.SYSTEM: self.actions[ActionId.APPEARANCE_SYSTEM],
                Appearance.LIGHT: self.actions[ActionId.APPEARANCE_LIGHT],
                Appearance.DARK: self.actions[ActionId.APPEARANCE_DARK],
            },
            settings,
        )
        show_focus(self)
        self.language_menu = LanguageMenu(settings, self)
        self.menus["&View"].addSeparator()
        self.menus["&View"].addMenu(self.language_menu)
        self.colour_by_menu = ColourByMenu(self)
        show_all = self.actions[ActionId.SHOW_ALL_CODERS]
        self.menus["&View"].insertMenu(show_all, self.colour_by_menu)
        self.colour_by_menu.chosen.connect(self.on_workbench(Workbench.set_colour_by))
        for action_id in (ActionId.CODE_SELECTION, ActionId.DELETE_ANNOTATION):
            self.article.addAction(self.actions[action_id])
        self._connect()
        self.research = ResearchTools(self)
        self.team = TeamTools(self)
        self.file_tools = FileTools(self)
        self.external_changes = ExternalChanges(self)
        self.server_link = ServerLink(self, self.connection_banner)
        self.findings = FindingsTools(self)
        self.machine = MachineTools(self)
        self._restore_settings()
        self._show_welcome()

    # -- layout --
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_widgets(self) -> None:
        self.article = ArticleView()
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.article_header = ArticleHeader()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.connection_banner = ConnectionBanner()
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.article_header)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.article, 1)
        self.colour_legend = ColourLegend()
        layout.addWidget(self.colour_legend)
        self.welcome = WelcomePage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.document_panel = DocumentPanel()
        self.codebook_panel = CodebookPanel()
        self.annotation_table = AnnotationTable()
        self.search_panel = SearchPanel()
        Area = Qt.DockWidgetArea
        self.documents_dock = self._dock(
            self.tr("Documents"), "documents_dock", self.document_panel, Area.LeftDockWidgetArea
        )
        self.codebook_dock = self._dock(
            self.tr("Codebook"), "codebook_dock", self.codebook_panel, Area.RightDockWidgetArea
        )
        self.annotations_dock = self._dock(
            self.tr("Annotations in this document"),
            "annotations_dock",
            self.annotation_table,
            Area.BottomDockWidgetArea,
        )
        self.search_dock = self._dock(
            self.tr("Search all documents"),
            "search_dock",
            self.search_panel,
            Area.BottomDockWidgetArea,
        )
        self.tabifyDockWidget(self.annotations_dock, self.search_dock)
        self.annotations_dock.raise_()
        self.search_dock.hide()
        self.resizeDocks([self.documents_dock], [420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.codebook_dock], [300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.annotations_dock], [200], Qt.Orientation.Vertical)
        self.hidden_label = QLabel()
        self.coder_label = QLabel()
        self.statusBar().addPermanentWidget(self.hidden_label)
        self.statusBar().addPermanentWidget(self.coder_label)

    def _connect(self) -> None:
        a = self.actions
        a[ActionId.NEW_PROJECT].triggered.connect(self.new_project)
        a[ActionId.OPEN_PROJECT].triggered.connect(self.open_dialog)
        a[ActionId.OPEN_TEAM_PROJECT].triggered.connect(lambda: open_team_project(self))
        a[ActionId.OPEN_DEMO].triggered.connect(self.open_demo)
        a[ActionId.CLOSE_PROJECT].triggered.connect(self.request_close)
        a[ActionId.CHANGE_CODER].triggered.connect(self.change_coder)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.FIND].triggered.connect(self.find_bar.open_bar)
        a[ActionId.SEARCH_CORPUS].triggered.connect(self.open_search)
        # QAction.triggered has an optional `checked` argument: each lambda says what it takes.
        open_popup = self.on_workbench(Workbench.open_popup)
        delete = self.on_workbench(Workbench.delete)
        set_done = self.on_workbench(Workbench.set_done)
        a[ActionId.CODE_SELECTION].triggered.connect(lambda: open_popup())
        a[ActionId.EDIT_ANNOTATION].triggered.connect(lambda: open_popup())
        a[ActionId.DELETE_ANNOTATION].triggered.connect(lambda: delete())
        a[ActionId.SNAP_TO_WORDS].toggled.connect(self._set_snap)
        a[ActionId.SHOW_ALL_CODERS].toggled.connect(self._set_show_all)
        a[ActionId.ZOOM_IN].triggered.connect(lambda: self.zoom(1))
        a[ActionId.ZOOM_OUT].triggered.connect(lambda: self.zoom(-1))
        a[ActionId.ZOOM_RESET].triggered.connect(lambda: self.zoom(-self._zoom))
        a[ActionId.NEXT_DOCUMENT].triggered.connect(lambda: self.step_document(1))
        a[ActionId.PREVIOUS_DOCUMENT].triggered.connect(lambda: self.step_document(-1))
        a[ActionId.MARK_DONE].triggered.connect(lambda done: set_done(done))
        a[ActionId.SHORTCUTS_HELP].triggered.connect(self.show_shortcuts)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        # a status message describes the state it was shown in: an edit, undo or redo ends it
        self.undo_stack.indexChanged.connect(lambda _index: self.statusBar().clearMessage())
        self.welcome.newRequested.connect(self.new_project)
        self.welcome.openRequested.connect(self.open_dialog)
        self.welcome.teamRequested.connect(lambda: open_team_project(self))
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentChosen.connect(self.open_path)
        self.document_panel.documentChosen.connect(self.on_workbench(Workbench.show_document))
        self.document_panel.model.modelReset.connect(self.refresh_article_header)
        self.document_panel.model.rowUpdated.connect(lambda _id: self.refresh_article_header())
        self.article.codeKeyPressed.connect(self.on_workbench(Workbench.apply_shortcut))
        self.article.annotationClicked.connect(self._annotation_clicked)
        self.article.annotationEditRequested.connect(self._edit_own_annotation)
        self.article.annotationDeleteRequested.connect(delete)
        a[ActionId.PARAGRAPH_NUMBERS].toggled.connect(self._set_paragraph_numbers)
        a[ActionId.CODING_STRIPES].toggled.connect(self._set_coding_stripes)
        self.codebook_panel.codeClicked.connect(self.on_workbench(Workbench.apply_code))
        self.annotation_table.annotationSelected.connect(self._annotation_clicked)
        self.annotation_table.editRequested.connect(self._edit_annotation)
        self.annotation_table.deleteRequested.connect(delete)
        self.annotation_table.model_.memoEdited.connect(self.on_workbench(Workbench.set_memo))
        self.find_bar.hitsChanged.connect(self.article.set_find_hits)
        self.find_bar.goTo.connect(self.article.select_span)
        self.search_panel.searchRequested.connect(self.on_workbench(Workbench.search))
        self.search_panel.hitActivated.connect(self.on_workbench(Workbench.go_to_hit))
        self.search_panel.autoCodeRequested.connect(self.on_workbench(Workbench.auto_code))

    def on_workbench(
        self, gesture: Callable[Concatenate[Workbench, P], object]
    ) -> Callable[P, None]:
        """A slot that hands a gesture to the open project's workbench, e.g.
        `on_workbench(Workbench.apply_code)`; it does nothing while no project is open.

        The gesture is a real reference, so "find usages" and dead-code tools see it; the
        workbench is looked up at each call, as it changes with the open project.
        """

        def slot(*args: P.args, **kwargs: P.kwargs) -> None:
            if self.workbench is not None:
                gesture(self.workbench, *args, **kwargs)

        return slot

    def _annotation_clicked(self, uuid: str) -> None:
        if self.workbench is None:
            return
        if uuid:
            self.workbench.select_annotation(uuid)
        else:
            self.article.set_current("")

    def _edit_annotation(self, uuid: str) -> None:
        self._annotation_clicked(uuid)
        if self.workbench is not None:
            self.workbench.open_popup()

    def _edit_own_annotation(self, uuid: str) -> None:
        """Edit a span from its stripe; another coder's span is only selected (read only)."""
        self._annotation_clicked(uuid)
        if self.workbench is not None and self.workbench.current_record() is not None:
            self.workbench.open_popup()

    # -- settings --
    def _restore_settings(self) -> None:
        geometry = self.settings.get(Setting.WINDOW_GEOMETRY)
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.get(Setting.WINDOW_STATE)
        if state is not None and not state.isEmpty():
            self.restoreState(state)
        self.actions[ActionId.SNAP_TO_WORDS].setChecked(self.settings.get(Setting.SNAP_TO_WORDS))
        self.article.snap_to_words = self.settings.get(Setting.SNAP_TO_WORDS)
        self.actions[ActionId.SHOW_ALL_CODERS].setChecked(
            self.settings.get(Setting.SHOW_ALL_CODERS)
        )
        self.zoom(self.settings.get(Setting.ZOOM))
        for action_id, setting in (
            (ActionId.PARAGRAPH_NUMBERS, Setting.PARAGRAPH_NUMBERS),
            (ActionId.CODING_STRIPES, Setting.CODING_STRIPES),
        ):
            shown = self.settings.get(setting)
            self.actions[action_id].setChecked(shown)
            self.actions[action_id].toggled.emit(shown)  # also when it was already checked

    def _save_settings(self) -> None:
        self.settings.set(Setting.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(Setting.WINDOW_STATE, self.saveState())
        self.settings.set(Setting.ZOOM, self._zoom)
        self.settings.sync()

    def _set_snap(self, on: bool) -> None:
        self.article.snap_to_words = on
        self.settings.set(Setting.SNAP_TO_WORDS, on)

    def _set_paragraph_numbers(self, on: bool) -> None:
        self.article.set_paragraph_numbers_shown(on)
        self.settings.set(Setting.PARAGRAPH_NUMBERS, on)

    def _set_coding_stripes(self, on: bool) -> None:
        self.article.set_stripes_shown(on)
        self.settings.set(Setting.CODING_STRIPES, on)

    def _set_show_all(self, on: bool) -> None:
        self.settings.set(self._show_all_setting(), on)
        if self.workbench is not None:
            self.workbench.set_show_all(on)

    def _show_all_setting(self) -> Setting:
        """The demo remembers its own choice, shown by default: blind coding would hide every
        span of its two coders from a newcomer. Real projects stay blind by default."""
        path = self.project_path
        demo = path is not None and same_file(path, demo_copy_path())
        return Setting.DEMO_SHOW_ALL_CODERS if demo else Setting.SHOW_ALL_CODERS

    def zoom(self, steps: int) -> None:
        steps = max(-6, min(20, self._zoom + steps)) - self._zoom
        self._zoom += steps
        self.article.zoom(steps)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.jobs.busy:  # a job's code still waits to finish in this window
            event.ignore()
            hold_switch(
                self, self.jobs, self.project_path, self.close, target=APP_NAME, closing=True
            )
            return
        self._save_settings()
        self.close_project()
        super().closeEvent(event)

    # -- coder --
    @property
    def coder(self) -> str:
        return self.settings.get(Setting.CODER_NAME).strip()

    def ensure_coder_name(self) -> bool:
        return bool(self.coder) or self.change_coder(first_time=True)

    def change_coder(self, first_time: bool = False) -> bool:
        prompt = (
            self.tr(
                "Welcome! Your name as a coder (your annotations carry it; you can change it "
                "later in the File menu):"
            )
            if first_time
            else self.tr("Your name as a coder:")
        )
        name, ok = QInputDialog.getText(
            self, self.tr("Coder name"), prompt, QLineEdit.EchoMode.Normal, self.coder
        )
        if not ok or not name.strip():
            return bool(self.coder)
        self.settings.set(Setting.CODER_NAME, name.strip())
        if self.workbench is not None:
            self.workbench.set_coder(name.strip())
        self._update_title()
        return True

    # -- files --
    @property
    def project_path(self) -> Path | None:
        return self.workbench.project.path if self.workbench is not None else None

    def free_to_switch(self, target: str, switch: Callable[[], object]) -> bool:
        """True when no job or waiting dialog of the open project is under way; otherwise the
        user is asked, and `switch` runs later when they want it to (see `project.jobs`)."""
        return hold_switch(self, self.jobs, self.project_path, switch, target=target)

    def open_path(self, path: str | Path | ServerLocation) -> bool:
        """Open a project — a file or a `postgresql://` URL — in this window (the one open closes
        only once the new one reads); a project another window has open is shown there instead
        (one project, one window)."""
        try:
            location = parse_location(path)
        except AnnotatorError as error:
            self.show_error(self.tr("The project could not be opened"), str(error))
            return False
        elsewhere = window_showing(location, besides=self)
        if elsewhere is not None:
            activate(elsewhere)
            return True
        if not self.free_to_switch(location.name, lambda: self.open_path(location)):
            return False
        if not self.ensure_coder_name():
            self.show_error(
                self.tr("No coder name"), self.tr("Annotator needs your name before you can code.")
            )
            return False
        project = None
        try:
            project = open_location(self, location)  # a server may ask for a password
            if project is None:
                return False
            workbench = Workbench(self, project, self.coder)
        except AnnotatorError as error:
            if project is not None:
                project.close()
            self.show_error(self.tr("The project could not be opened"), str(error))
            return False
        self.close_project()
        self.workbench = workbench
        self.undo_stack.set_project(project)
        show_all = bool(self.settings.get(self._show_all_setting()))
        with QSignalBlocker(self.actions[ActionId.SHOW_ALL_CODERS]):
            self.actions[ActionId.SHOW_ALL_CODERS].setChecked(show_all)
        self.workbench.set_show_all(show_all)
        place = last_place.remembered_document(project, self.settings)
        self.workbench.start(place[0] if place else None)
        self.settings.add_recent(location_key(location))  # a server's: no password
        self.settings.set(Setting.REOPEN_PROJECT, location_key(location))
        self.server_link.attach(project)
        self.pages.setCurrentIndex(1)
        self._set_project_widgets(True)
        self._update_title()
        if place is not None and self.workbench.document_id == place[0]:
            self.article.scroll_to_offset(place[1])
        self.article.setFocus()
        long_lived.settle()
        return True

    def request_close(self) -> bool:
        """File ▸ Close Project: closes now, or once running jobs have finished."""
        name = self.project_path.name if self.project_path is not None else APP_NAME
        if not hold_switch(
            self, self.jobs, self.project_path, self.request_close, target=name, closing=True
        ):
            return False
        self.close_project()
        self.settings.set(Setting.REOPEN_PROJECT, "")  # closed on purpose: next start, welcome
        return True

    def close_project(self) -> None:
        if self.workbench is None:
            return
        self.undo_stack.set_project(None)  # every command on it acts on this project
        if self.server_link.online:  # a server out of reach cannot tell the document's uuid
            last_place.remember_window(self)
        self.server_link.detach()
        self.workbench.project.close()
        self.workbench.deleteLater()
        self.workbench = None
        long_lived.release()
        self.colour_by_menu.set_choices([], "")
        self.colour_legend.clear_colours()
        self._show_welcome()

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.get(Setting.RECENT_PROJECTS))
        self.pages.setCurrentIndex(0)
        self._set_project_widgets(False)
        self._update_title()

    def _set_project_widgets(self, open_: bool) -> None:
        for dock in (self.documents_dock, self.codebook_dock, self.annotations_dock):
            dock.setVisible(open_)
        if not open_:
            self.search_dock.hide()
        for action_id, spec in SPECS.items():
            if spec.menu in ("&Coding", "&Go") or action_id in (
                ActionId.CLOSE_PROJECT,
                ActionId.FIND,
                ActionId.SEARCH_CORPUS,
            ):
                self.actions[action_id].setEnabled(open_)
        self.server_link.apply_to_actions()  # editing stays off while a server is out of reach

    def _update_title(self) -> None:
        coder = self.coder or self.tr("no coder name")
        self.coder_label.setText(self.tr("Coder: {coder}").format(coder=coder))
        if self.workbench is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{self.workbench.project.path.name} — {coder} — {APP_NAME}")

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "", self.file_filter())
        if not path:
            return
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        try:
            new_project(path).close()
        except AnnotatorError as error:
            self.show_error(self.tr("The project could not be created"), str(error))
            return
        self.open_path(path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", self.file_filter())
        if path:
            self.open_path(path)

    def open_demo(self) -> bool:
        elsewhere = window_showing(demo_copy_path(), besides=self)
        if elsewhere is not None:  # never a fresh copy under the window coding in the demo
            activate(elsewhere)
            return True
        if not self.free_to_switch(self.tr("the demo"), self.open_demo):
            return False
        try:
            path = fresh_demo()
        except (AnnotatorError, OSError) as error:
            self.show_error(self.tr("The demo could not be prepared"), str(error))
            return False
        return self.open_path(path)

    # -- small things --
    def open_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def step_document(self, step: int) -> None:
        if self.workbench is None:
            return
        target = self.document_panel.neighbour(self.workbench.document_id, step)
        if target is not None:
            self.document_panel.select_document(target)
            self.article.setFocus()

    def place_popup(self, popup: QWidget) -> None:
        """Put the coding popup just below the selection, inside the screen."""
        popup.adjustSize()
        rect = self.article.cursorRect()
        anchor = self.article.viewport().mapToGlobal(rect.bottomLeft()) + QPoint(0, 12)
        screen = self.screen().availableGeometry()
        x = min(max(anchor.x() - 40, screen.left()), screen.right() - popup.width())
        y = anchor.y()
        if y + popup.height() > screen.bottom():
            y = self.article.viewport().mapToGlobal(rect.topLeft()).y() - popup.height() - 12
        popup.move(x, max(y, screen.top()))

    def refresh_article_header(self) -> None:
        """Show the open document's row (metadata and status) above the article."""
        bench = self.workbench
        document_id = bench.document_id if bench is not None else None
        row = self.document_panel.model.find(document_id) if document_id is not None else None
        self.article_header.show_row(row)

    def set_done_checked(self, done: bool) -> None:
        self.actions[ActionId.MARK_DONE].setChecked(done)

    def show_hidden_count(self, hidden: int) -> None:
        self.hidden_label.setText(
            self.tr("Blind coding: %n span(s) by other coders hidden", "", hidden) if hidden else ""
        )

    def show_error(self, title: str, message: str) -> None:
        self.last_error = message
        log.warning("%s: %s", title, message)
        QMessageBox.critical(self, title, message)

    def show_shortcuts(self) -> None:
        rows = [
            f"<tr><td>{escape(translated(spec.text).replace('&', ''))}</td>"
            f"<td><b>{escape(shortcut_text(action_id))}</b></td></tr>"
            for action_id, spec in SPECS.items()
            if spec.shortcuts
        ]
        if self.workbench is not None:
            for key, ref in sorted(self.workbench.index.shortcuts.items()):
                rows.append(
                    f"<tr><td>{escape(ref.variable)}: {escape(ref.label)}</td>"
                    f"<td><b>{escape(key.upper())}</b></td></tr>"
                )
        QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), f"<table cellspacing=4>{''.join(rows)}</table>"
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + self.tr(
                "<p>Code news articles along a codebook, merge coders' work and measure their "
                "agreement.</p><p>Free and open source (MIT).</p>"
            ),
        )

    def file_filter(self) -> str:
        """The file dialogs' filter: project files first, then anything."""
        return self.tr("Annotator projects (*{suffix});;All files (*)").format(
            suffix=PROJECT_SUFFIX
        )
