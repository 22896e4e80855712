"""Noticing what other programs write to the open project, and showing it in the window.

The project file can change while the window shows it: the command line codes a span or removes
documents, another Annotator process merges, a cloud-sync client writes through SQLite. The window
asks the project whether anyone else committed (`Project.change_counter()`, one cheap query on an
open connection, measured at about 0.2 ms) when it becomes active again and every two seconds, and
when someone did, re-reads what the coder sees: the document list (titles, counts, statuses), the
codebook panel when the codebook changed, and the open article's spans — without moving the
article's scroll position or text selection. If the open document was removed, the next one in the
list is shown and the status bar says why.

The app's own edits never count: they are written on the window's thread, whose connection does not
see its own commits as changes, and the reloads after background jobs (`project.refresh`) mark what
they read as seen. Nothing is re-read while a dialog or popup is open, a memo is being typed or
a background job is running; the next check catches up. Undo steps whose rows were changed
meanwhile refuse themselves (`undo.step.UndoStep`): they never overwrite another program's
work.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.errors import AnnotatorError
from annotator.services.codebooks.reading import list_codebook
from annotator.ui.project.refresh import reload_project_views

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 2000
MESSAGE_MS = 8000


class ExternalChanges(QObject):
    """Checks the open project for other programs' commits and refreshes the window's views."""

    refreshed = Signal()  # after the views were re-read (findings windows follow)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.refreshes = 0  # how often the views were re-read because of another program
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.applicationStateChanged.connect(self._application_state_changed)
        # A step refused because its rows changed means someone else wrote: show what they did.
        window.undo_stack.indexChanged.connect(lambda _index: self.check())

    # -- when to look --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.check)  # once the activation has been handled
        return False

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _busy(self) -> bool:
        """True while re-reading would pull something from under the coder's hands."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return True
        if self.window.active_popup is not None:
            return True
        if self.window.jobs.busy:
            return True  # a background job writes; the window re-reads when it has finished
        table = self.window.annotation_table
        return table.state() == QAbstractItemView.State.EditingState

    def check(self) -> bool:
        """Refresh the views if another program committed since the last look; True if so."""
        bench = self.window.workbench
        if bench is None or self._busy():
            return False
        try:
            counter = bench.project.change_counter()
        except AnnotatorError as error:  # busy or gone for a moment: the next check tries again
            log.info("checking for outside changes failed: %s", error)
            return False
        if counter == bench.changes_seen:
            return False
        bench.changes_seen = counter
        try:
            self._refresh()
        except AnnotatorError as error:
            log.warning("re-reading after outside changes failed: %s", error)
            return False
        self.refreshes += 1
        self.refreshed.emit()
        return True

    # -- what to show --
    def _refresh(self) -> None:
        window = self.window
        bench = window.workbench
        assert bench is not None
        panel = window.document_panel
        current = bench.document_id
        shown_before = panel.model.visible_ids()
        row = panel.model.find(current) if current is not None else None
        if list_codebook(bench.project) != bench.index.variables:
            bench.reload_codebook()
        bench.reload_documents()
        message = (
            self.tr("Others changed this project on the server; the window shows their changes.")
            if bench.project.on_server
            else self.tr("Another program changed this project; the window shows its changes.")
        )
        if current is not None and panel.model.find(current) is not None:
            panel.select_document(current, emit=False)
            bench.reload_annotations()
        elif current is not None:
            reload_project_views(window, select=self._fallback(current, shown_before))
            title = row.title if row is not None else ""
            message = self.tr("“%1” was removed by another program.").replace("%1", title)
        window.statusBar().showMessage(message, MESSAGE_MS)

    def _fallback(self, removed: int, shown_before: list[int]) -> int | None:
        """The document that took the removed one's place in the list (or the one before it)."""
        still_shown = set(self.window.document_panel.model.visible_ids())
        if removed not in shown_before:
            return None
        position = shown_before.index(removed)
        after, before = shown_before[position + 1 :], shown_before[:position][::-1]
        return next((d for d in after + before if d in still_shown), None)
