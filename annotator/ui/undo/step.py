"""The one undo command: it applies the record an editing service returned, back and forth.

Every editing service returns, with its result, a plain-data record that takes the edit back
(`services.undo_records`). After the edit is done, the window pushes an `UndoStep` holding that
record. Undo applies it, which yields the record that redoes the edit; redo applies that one, and
so on: each step one service call and one committed transaction, nothing else (Orange's canvas
commands are as small). After each step the command sends one "what changed" notification, the
kinds of rows the record touches and, for coding edits, the annotations and statuses it changed
(`undo_records.Change`), and the window refreshes the views (or just the rows) that show them.

A record refuses to apply when another program changed its rows meanwhile (`ChangedElsewhereError`
or `NotFoundError`): the step then changes nothing, says why, and leaves the stack (an obsolete
command), so the steps below it still work. Any other refusal is reported as the service worded
it and the step stays where it was (coding steps, `refuses_all`, treat it as a refusal too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator.db.project import Project
from annotator.errors import (
    AnnotatorError,
    ChangedElsewhereError,
    NotFoundError,
    ProjectFileError,
)
from annotator.services.undo_records import Change, UndoRecord, apply_change, change_made

Changed = Callable[[Change], None]
Failed = Callable[[str], None]


def refusal(subject: str | None, verb: str, error: AnnotatorError) -> str:
    """The message for a step another program's changes made impossible."""
    if subject is None:
        return str(error)
    if isinstance(error, NotFoundError):
        what = "removed"
    elif isinstance(error, ChangedElsewhereError):
        what = "changed"
    else:
        what = "project"
    text = REFUSALS.get((verb, subject if what != "project" else "", what))
    if text is None:  # a subject without its own sentence: the project's
        text = REFUSALS[(verb, "", "project")]
    return QCoreApplication.translate("UndoStep", text).format(error=error)


_UNDONE, _REDONE = "undone", "redone"
REFUSALS = {
    (_UNDONE, "annotation", "removed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be undone: the annotation was removed by another program."
    ),
    (_UNDONE, "annotation", "changed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be undone: the annotation was changed by another program."
    ),
    (_UNDONE, "document", "removed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be undone: the document was removed by another program."
    ),
    (_UNDONE, "document", "changed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be undone: the document was changed by another program."
    ),
    (_UNDONE, "", "project"): QT_TRANSLATE_NOOP(
        "UndoStep",
        "This step cannot be undone: the project was changed by another program ({error}).",
    ),
    (_REDONE, "annotation", "removed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be redone: the annotation was removed by another program."
    ),
    (_REDONE, "annotation", "changed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be redone: the annotation was changed by another program."
    ),
    (_REDONE, "document", "removed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be redone: the document was removed by another program."
    ),
    (_REDONE, "document", "changed"): QT_TRANSLATE_NOOP(
        "UndoStep", "This step cannot be redone: the document was changed by another program."
    ),
    (_REDONE, "", "project"): QT_TRANSLATE_NOOP(
        "UndoStep",
        "This step cannot be redone: the project was changed by another program ({error}).",
    ),
}


class UndoStep(QUndoCommand):
    """An edit already made, and the record that takes it back (or, undone, redoes it).

    `subject` names what the step is about in a refusal ("annotation", "document"); None shows
    the service's own message. With `refuses_all`, any error but an unusable file is a refusal:
    the step leaves the stack (a coding step whose codes were renamed elsewhere)."""

    def __init__(
        self,
        text: str,
        project: Project,
        record: UndoRecord,
        changed: Changed,
        failed: Failed,
        *,
        subject: str | None = None,
        refuses_all: bool = False,
    ) -> None:
        super().__init__(text)
        self.project = project  # the step's own project (ProjectUndoStack checks it)
        self.record = record
        self.changed = changed
        self.failed = failed
        self.subject = subject
        self.refuses_all = refuses_all
        self.in_file = True  # the edit is in the project: pushing (which calls redo) does nothing

    def redo(self) -> None:
        if not self.in_file:
            self._apply(_REDONE)

    def undo(self) -> None:
        if self.in_file:
            self._apply(_UNDONE)

    def _apply(self, verb: str) -> None:
        change = Change(self.record.kinds)  # refused: the kinds it may have touched
        try:
            self.record = apply_change(self.project, self.record)
        except ProjectFileError as error:  # the file could not be used just now: try again later
            self.failed(str(error))
        except (ChangedElsewhereError, NotFoundError) as error:
            self.setObsolete(True)
            self.failed(refusal(self.subject, verb, error))
        except AnnotatorError as error:
            if self.refuses_all:
                self.setObsolete(True)
                self.failed(refusal(self.subject, verb, error))
            else:
                self.failed(str(error))
        else:
            self.in_file = not self.in_file
            change = change_made(self.record)
        self.changed(change)
