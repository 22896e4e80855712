"""The window's undo stack holds the edits of the open project, and of no other.

Every undo command keeps the `Project` it was made for (`command.project`) and acts on that one
alone, never on "whatever the window has open now". The stack knows the open project: it accepts
only commands made for it, and the window clears it when the project closes, so Ctrl+Z can never
reach into a file that is no longer shown. A command for another project (work that finished
after a switch) is refused and logged instead of being put where it would do damage.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.db.project import Project

log = logging.getLogger(__name__)


class ProjectUndoStack(QUndoStack):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None

    def set_project(self, project: Project | None) -> None:
        """The project now open (None: none); the edits of the one before are forgotten."""
        self.clear()
        self.project = project

    def push(self, command: QUndoCommand) -> None:
        made_for = getattr(command, "project", None)
        if made_for is None or made_for is not self.project:
            where = made_for.path.name if isinstance(made_for, Project) else "no project"
            log.warning("undo: %r for %s refused: not the open project", command.text(), where)
            return
        super().push(command)
