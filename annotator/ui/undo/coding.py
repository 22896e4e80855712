"""Coding edits as undo steps: code, recode, delete spans and mark a document.

Every edit a coder makes in the article is one of these, pushed on the window's `QUndoStack`, so
Ctrl+Z undoes it and the Edit menu names it. Each is the one undo command (`UndoStep`): `do` calls
one service (`services.coding.undo`, one committed transaction), which returns the record that
takes the edit back; undo and redo apply that record back and forth, restoring the same ids,
uuids, values and timestamps. After the edit, each undo and each redo the view gets one
notification (`undo_records.Change`) naming the annotations added, removed or changed and the
statuses set, and updates those rows alone. Undoing a coder's first span on a document also puts
the document back to not started. Codes added from the coding popup and the coding itself are one
step (`push_with_codebook_edit`). An undo or redo whose rows another program changed or removed
meanwhile does nothing, says so, and leaves the stack; the steps below it still work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack

from annotator.core.labels import label_key
from annotator.core.vocabulary import CodingStatus
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.coding.annotations import AnnotationRecord, Values
from annotator.services.coding.bulk import NewAnnotation
from annotator.services.coding.undo import (
    Coded,
    StatusMarked,
    change_span,
    code_spans,
    delete_span,
    mark_document,
)
from annotator.services.undo_records import Change, Steps, change_made, steps
from annotator.ui.project.server_link import not_saved
from annotator.ui.undo.codebook import CodebookEdit
from annotator.ui.undo.step import UndoStep

QUOTE_IN_TEXT = 40


class CodingView(Protocol):
    """What shows the coding: told what each edit, undo and redo changed, or why it failed."""

    def changed(self, change: Change) -> None: ...
    def command_failed(self, message: str) -> None: ...


def short_quote(quote: str) -> str:
    quote = " ".join(quote.split())
    return f"“{quote[:QUOTE_IN_TEXT]}…”" if len(quote) > QUOTE_IN_TEXT else f"“{quote}”"


def code_applied_text(
    variable: str, label: str, values: Sequence[str], quote: str, *, multiple: bool
) -> str:
    """The undo text of pressing a code's key on a span: "Framing: Conflict on “…”" or "… off"
    when the code was toggled (a variable that allows several codes), else "Claim: Proposal “…”".
    """
    if not multiple:
        template = QCoreApplication.translate("CodingStep", "{variable}: {code} {quote}")
    elif any(label_key(value) == label_key(label) for value in values):
        template = QCoreApplication.translate("CodingStep", "{variable}: {code} on {quote}")
    else:
        template = QCoreApplication.translate("CodingStep", "{variable}: {code} off {quote}")
    return template.format(variable=variable, code=label, quote=short_quote(quote))


class CodingStep(UndoStep):
    """A coding edit: `do` makes it through its service and keeps the record that undoes it."""

    def __init__(
        self,
        text: str,
        project: Project,
        view: CodingView,
        edit: Callable[[], Coded | StatusMarked],
        *,
        subject: str = "annotation",
    ) -> None:
        super().__init__(
            text,
            project,
            steps([]),
            view.changed,
            view.command_failed,
            subject=subject,
            refuses_all=True,  # e.g. a code renamed elsewhere: the step cannot come back
        )
        self._edit = edit
        self.records: list[AnnotationRecord] = []

    def do(self) -> None:
        """Make the edit (raises AnnotatorError when the service refuses) and show it."""
        result = self._edit()
        if isinstance(result, Coded):
            self.record, self.records = result.undo, result.records
        else:
            self.record = result
        self.changed(change_made(self.record))


def push(
    stack: QUndoStack,
    command: CodingStep,
    write_failed: Callable[[AnnotatorError], None] | None = None,
) -> bool:
    """Do `command` now and put it on the stack; a refused edit shows its message, not pushed
    (`write_failed` hears of the error first: a lost server connection pauses editing)."""
    try:
        command.do()
    except AnnotatorError as error:
        if write_failed is not None:
            write_failed(error)
        command.failed(not_saved(command.text(), error))
        return False
    stack.push(command)
    return True


def push_with_codebook_edit(
    stack: QUndoStack, codebook_edit: CodebookEdit, command: CodingStep, text: str
) -> bool:
    """Do `command` after `services.codebooks.edit` (already run, e.g. codes added from the coding
    popup) and put both on the stack as one step; if the command is refused, the codebook edit is
    undone too and nothing is pushed."""
    try:
        command.do()
    except AnnotatorError as error:
        codebook_edit.undo()
        command.failed(str(error))
        return False
    record = Steps((codebook_edit.record, command.record))
    together = UndoStep(
        text,
        command.project,
        record,
        command.changed,
        command.failed,
        subject=command.subject,
        refuses_all=True,
    )
    stack.push(together)
    return True


class UpdateAnnotation(CodingStep):
    """Recode (replace the values of some variables) and/or change the memo."""

    def __init__(
        self,
        project: Project,
        view: CodingView,
        before: AnnotationRecord,
        *,
        values: Values | None = None,
        memo: str | None = None,
        text: str = "",
    ) -> None:
        edit = partial(change_span, project, before.uuid, values=values, memo=memo)
        super().__init__(text or recode_text(before.quote, values, memo), project, view, edit)


def recode_text(quote: str, values: Values | None, memo: str | None) -> str:
    """What the popup's or the table's edit of an annotation changed, said truthfully."""
    if values and memo is not None:
        template = QCoreApplication.translate(
            "UpdateAnnotation", "Recode {quote} and edit its memo"
        )
    elif values:
        template = QCoreApplication.translate("UpdateAnnotation", "Recode {quote}")
    else:
        template = QCoreApplication.translate("UpdateAnnotation", "Edit memo of {quote}")
    return template.format(quote=short_quote(quote))


class DeleteAnnotation(CodingStep):
    def __init__(self, project: Project, view: CodingView, record: AnnotationRecord) -> None:
        edit = partial(delete_span, project, record.uuid)
        text = QCoreApplication.translate("DeleteAnnotation", "Delete span {quote}")
        super().__init__(text.format(quote=short_quote(record.quote)), project, view, edit)


class CreateAnnotations(CodingStep):
    """New spans in one transaction (one coded span, or auto-coding's many), removed by one undo.

    Documents the coder had not started become in progress; undo puts them back to not started.
    """

    def __init__(
        self,
        project: Project,
        view: CodingView,
        coder: str,
        spans: Sequence[NewAnnotation],
        text: str,
    ) -> None:
        super().__init__(text, project, view, partial(code_spans, project, coder, list(spans)))


class CreateAnnotation(CreateAnnotations):
    """Code one span: the coder selected text and pressed a code's key or used the popup."""

    def __init__(
        self,
        project: Project,
        view: CodingView,
        *,
        document_id: int,
        coder: str,
        start: int,
        end: int,
        quote: str,
        values: Values,
        memo: str = "",
    ) -> None:
        span = NewAnnotation(document_id, start, end, values, memo)
        text = QCoreApplication.translate("CreateAnnotation", "Code span {quote}")
        super().__init__(project, view, coder, [span], text.format(quote=short_quote(quote)))


class SetStatus(CodingStep):
    def __init__(
        self,
        project: Project,
        view: CodingView,
        *,
        document_id: int,
        coder: str,
        status: CodingStatus,
        title: str,
    ) -> None:
        edit = partial(mark_document, project, document_id, coder, status)
        text = QCoreApplication.translate("SetStatus", STATUS_TEXTS[status])
        text = text.format(title=short_quote(title))
        super().__init__(text, project, view, edit, subject="document")


STATUS_TEXTS = {
    CodingStatus.NOT_STARTED: QT_TRANSLATE_NOOP("SetStatus", "Mark {title} not started"),
    CodingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("SetStatus", "Mark {title} in progress"),
    CodingStatus.DONE: QT_TRANSLATE_NOOP("SetStatus", "Mark {title} done"),
}
