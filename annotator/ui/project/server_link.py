"""The window's side of a project on a server: live updates, and what happens when the link drops.

The project's `db.notifications.ChangeListener` hears other coders' commits; they make the window
look for outside changes (`ExternalChanges.check`) within `GATHER_MS` — a burst of them once —
so their statuses, documents and codebook edits show within about half a second instead of at
the next two-second check.

When the server cannot be reached (it restarts, the network goes), the window keeps showing what
it shows — the article, the spans, the lists stay readable — but every editing command is disabled
and a banner says "Connection to the server lost — reconnecting…" while the listener reconnects by
itself; when it is back, editing comes back and the window re-reads what others did meanwhile. A
write that failed because the connection went is never dropped silently: the coder is told which
change was not saved (`not_saved`), and the listener is asked to check the link at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from annotator.db.server_faults import connection_lost
from annotator.errors import AnnotatorError
from annotator.ui.actions import ActionId

if TYPE_CHECKING:
    from annotator.db.notifications import ChangeListener
    from annotator.db.project import Project
    from annotator.ui.main_window import MainWindow

MESSAGE_MS = 8000
GATHER_MS = 400  # notifications arriving this close together bring one refresh, not one each

# What changes the project; off while the server is out of reach (reading stays on).
EDITING_ACTIONS = (
    ActionId.UNDO,
    ActionId.REDO,
    ActionId.CODE_SELECTION,
    ActionId.EDIT_ANNOTATION,
    ActionId.DELETE_ANNOTATION,
    ActionId.MARK_DONE,
    ActionId.IMPORT_ARTICLES,
    ActionId.IMPORT_FOLDER,
    ActionId.IMPORT_CODER_PROJECT,
    ActionId.IMPORT_CODEBOOK,
    ActionId.EDIT_CODEBOOK,
    ActionId.ASSIGN_DOCUMENTS,
)


def not_saved(step: str, error: AnnotatorError) -> str:
    """The message for an edit that failed: it names the edit when the connection was lost."""
    if not connection_lost(error):
        return str(error)
    return QCoreApplication.translate(
        "ServerLink",
        "Your change was not saved: {step}. The connection to the server was lost; Annotator is "
        "reconnecting — make the change again when editing is back.",
    ).format(step=step)


class ConnectionBanner(QLabel):
    """The strip above the article that says the server is out of reach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_banner")
        self.setText(self.tr("Connection to the server lost — reconnecting… Editing is paused."))
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QLabel#connection_banner { background: #b3261e; color: white; font-weight: bold; "
            "padding: 8px; }"
        )
        self.hide()


class ServerLink(QObject):
    """Connects the open server project's listener to the window (nothing for a file)."""

    heard = Signal()  # another connection committed (emitted from the listener's thread)
    connection = Signal(bool)  # the link went (False) or came back (True); same

    def __init__(self, window: MainWindow, banner: ConnectionBanner) -> None:
        super().__init__(window)
        self.window = window
        self.banner = banner
        self.online = True
        self.listener: ChangeListener | None = None
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(lambda: window.external_changes.check())
        self.heard.connect(self._heard)
        self.connection.connect(self.set_online)
        stack = window.undo_stack  # the stack re-enables Undo/Redo as steps come and go
        stack.canUndoChanged.connect(lambda _can: self._keep_undo_off())
        stack.canRedoChanged.connect(lambda _can: self._keep_undo_off())

    def attach(self, project: Project) -> None:
        """Follow `project` (the window's newly opened one)."""
        self.detach()
        if not project.on_server:
            return
        from annotator.db.notifications import listener_of

        listener = listener_of(project)  # started when the workbench first read the counter
        listener.on_change = self.heard.emit
        listener.on_connection = self.connection.emit
        self.listener = listener
        self.set_online(listener.connected)

    def detach(self) -> None:
        """Stop following the project (it is closing)."""
        if self.listener is not None:
            self.listener.on_change = None
            self.listener.on_connection = None
            self.listener = None
        self.set_online(True)

    def _heard(self) -> None:
        """Another connection committed: look within `GATHER_MS` (ten coders coding at once
        make one refresh per window per interval at most, not one per span: a refresh of
        a 10,000-document project takes about 70 ms)."""
        if not self._gather.isActive():
            self._gather.start()

    # -- the state of the link --
    def set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        self.banner.setVisible(not online)
        self.apply_to_actions()
        if online:
            self.window.external_changes.check()  # what others did meanwhile
            self.window.statusBar().showMessage(
                self.tr("Connected to the server again; editing is back on."), MESSAGE_MS
            )

    def apply_to_actions(self) -> None:
        """Editing actions off while offline; otherwise as the window has them (on while a
        project is shown; Undo and Redo as the stack allows)."""
        window = self.window
        shown = window.workbench is not None and window.pages.currentIndex() == 1
        for action_id in EDITING_ACTIONS:
            if action_id is ActionId.UNDO:
                enabled = window.undo_stack.canUndo()
            elif action_id is ActionId.REDO:
                enabled = window.undo_stack.canRedo()
            else:
                enabled = shown
            window.actions[action_id].setEnabled(enabled and self.online)

    def _keep_undo_off(self) -> None:
        if not self.online:
            self.window.actions[ActionId.UNDO].setEnabled(False)
            self.window.actions[ActionId.REDO].setEnabled(False)

    # -- edits --
    def may_edit(self) -> bool:
        """False (and the status bar says why) while the server is out of reach."""
        if self.online:
            return True
        self.window.statusBar().showMessage(
            self.tr("Not connected to the server: editing is paused until the connection is back."),
            MESSAGE_MS,
        )
        return False

    def write_failed(self, error: AnnotatorError) -> None:
        """A write failed; when for want of the connection, editing pauses until it is back."""
        if self.listener is None or not connection_lost(error):
            return
        self.set_online(False)
        self.listener.suspect()
