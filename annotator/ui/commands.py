"""Undoable edits: each command calls services to do and undo one edit, and reports the result.

Every edit a coder makes in the window is one of these, pushed on the window's `QUndoStack`, so
Ctrl+Z undoes it and the Edit menu names it. Like Orange's canvas commands they are tiny: `redo`
and `undo` call one service each (every call one committed transaction, so nothing is lost on a
crash) and hand the returned records to a `ChangeListener`, which updates the views. Creating a
span a second time (redo after undo) restores the same uuid, so later commands on the stack still
find it; undoing a coder's first span on a document also puts the document back to not started.
Codes added from the coding popup and the coding itself are one step (`push_with_codebook_edit`).
An undo or redo whose rows another program changed or removed meanwhile does nothing, says so,
and leaves the stack (`ServiceCommand.refuse`); the steps below it still work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.labels import label_key
from annotator.core.vocabulary import CodingStatus
from annotator.db.project import Project
from annotator.errors import (
    AnnotatorError,
    ProjectFileError,
)
from annotator.services.annotations import (
    AnnotationRecord,
    Values,
    delete_annotation,
    restore_annotation,
    update_annotation,
)
from annotator.services.bulk import (
    NewAnnotation,
    create_annotations,
    delete_annotations,
    restore_annotations,
)
from annotator.services.statuses import StartedDocument, set_status
from annotator.ui.codebook_commands import CodebookEdit
from annotator.ui.undo_step import refusal

QUOTE_IN_TEXT = 40


class ChangeListener(Protocol):
    def annotations_added(self, records: Sequence[AnnotationRecord]) -> None: ...
    def annotations_removed(self, records: Sequence[AnnotationRecord]) -> None: ...
    def annotation_changed(self, record: AnnotationRecord) -> None: ...
    def statuses_changed(self, document_ids: Sequence[int], status: CodingStatus) -> None: ...
    def command_failed(self, message: str) -> None: ...


def short_quote(quote: str) -> str:
    quote = " ".join(quote.split())
    return f"“{quote[:QUOTE_IN_TEXT]}…”" if len(quote) > QUOTE_IN_TEXT else f"“{quote}”"


def push(stack: QUndoStack, command: ServiceCommand) -> bool:
    """Do `command` now and put it on the stack; a refused edit shows its message, not pushed."""
    try:
        command.do()
    except AnnotatorError as error:
        command.listener.command_failed(str(error))
        return False
    command.done_before_push = True
    stack.push(command)
    return True


class Together(QUndoCommand):
    """Steps already done, undone and redone as one (undo runs them backwards)."""

    def __init__(self, text: str, steps: Sequence[ServiceCommand | CodebookEdit]) -> None:
        super().__init__(text)
        self._steps = list(steps)
        self.project = steps[0].project  # the steps' own project (they share it)

    def redo(self) -> None:
        self._run(self._steps, lambda step: step.redo())

    def undo(self) -> None:
        self._run(list(reversed(self._steps)), lambda step: step.undo())

    def _run(self, steps: Sequence[QUndoCommand], action: Callable[[QUndoCommand], None]) -> None:
        for step in steps:
            action(step)
            if step.isObsolete():  # refused (changed elsewhere): the rest stays as it is
                self.setObsolete(True)
                return


def push_with_codebook_edit(
    stack: QUndoStack, codebook_edit: CodebookEdit, command: ServiceCommand, text: str
) -> bool:
    """Do `command` after `codebook_edit` (already run, e.g. codes added from the coding popup)
    and put both on the stack as one step; if the command is refused, the codebook edit is
    undone too and nothing is pushed."""
    try:
        command.do()
    except AnnotatorError as error:
        codebook_edit.undo()
        command.listener.command_failed(str(error))
        return False
    command.done_before_push = True
    stack.push(Together(text, [codebook_edit, command]))
    return True


class ServiceCommand(QUndoCommand):
    subject = "annotation"  # what the step is about, for the message when it cannot be done

    def __init__(self, text: str, project: Project, listener: ChangeListener) -> None:
        super().__init__(text)
        self.project = project
        self.listener = listener
        self.done_before_push = False

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done_before_push:  # QUndoStack.push calls redo; `push` already did the edit
            self.done_before_push = False
            return
        self._guarded(self.do, "redone")

    def undo(self) -> None:
        self._guarded(self.revert, "undone")

    def _guarded(self, step: Callable[[], None], verb: str) -> None:
        try:
            step()
        except ProjectFileError as error:  # the file could not be used just now
            self.listener.command_failed(str(error))
        except AnnotatorError as error:
            self.refuse(verb, error)

    def refuse(self, verb: str, error: AnnotatorError) -> None:
        """The step's rows were changed or removed by another program: it did nothing, says so,
        and QUndoStack drops it (an obsolete command leaves the stack)."""
        self.setObsolete(True)
        self.listener.command_failed(refusal(self.subject, verb, error))


class UpdateAnnotation(ServiceCommand):
    """Recode (replace the values of some variables) and/or change the memo."""

    def __init__(
        self,
        project: Project,
        listener: ChangeListener,
        before: AnnotationRecord,
        *,
        values: Values | None = None,
        memo: str | None = None,
        text: str = "",
    ) -> None:
        what = text or ("Edit memo of" if values is None else "Recode")
        super().__init__(f"{what} {short_quote(before.quote)}", project, listener)
        self._uuid = before.uuid
        self._values = values
        self._memo = memo
        self._old_values = (
            {name: list(before.values.get(name, [])) for name in values} if values else None
        )
        self._old_memo = before.memo if memo is not None else None
        self._left: AnnotationRecord | None = None  # as the last do or revert left it

    def do(self) -> None:
        record = update_annotation(
            self.project, self._uuid, values=self._values, memo=self._memo, expect=self._left
        )
        self._left = record
        self.listener.annotation_changed(record)

    def revert(self) -> None:
        record = update_annotation(
            self.project,
            self._uuid,
            values=self._old_values,
            memo=self._old_memo,
            expect=self._left,
        )
        self._left = record
        self.listener.annotation_changed(record)


class DeleteAnnotation(ServiceCommand):
    def __init__(
        self, project: Project, listener: ChangeListener, record: AnnotationRecord
    ) -> None:
        super().__init__(f"Delete span {short_quote(record.quote)}", project, listener)
        self._uuid = record.uuid
        self._deleted: AnnotationRecord | None = None

    def do(self) -> None:
        self._deleted = delete_annotation(self.project, self._uuid, expect=self._deleted)
        self.listener.annotations_removed([self._deleted])

    def revert(self) -> None:
        assert self._deleted is not None
        self.listener.annotations_added([restore_annotation(self.project, self._deleted)])


class CreateAnnotations(ServiceCommand):
    """New spans in one transaction (one coded span, or auto-coding's many), removed by one undo.

    Documents the coder had not started become in progress; undo puts them back to not started.
    """

    def __init__(
        self,
        project: Project,
        listener: ChangeListener,
        coder: str,
        spans: Sequence[NewAnnotation],
        text: str,
    ) -> None:
        super().__init__(text, project, listener)
        self._coder = coder
        self._spans = list(spans)
        self.records: list[AnnotationRecord] = []
        self._started: list[StartedDocument] = []
        self._deleted: list[AnnotationRecord] | None = None

    def do(self) -> None:
        if self._deleted is None:
            creation = create_annotations(self.project, self._coder, self._spans)
        else:
            creation = restore_annotations(self.project, self._deleted)
        self.records, self._started = creation.records, creation.started
        self.listener.annotations_added(self.records)
        self._report_statuses(CodingStatus.IN_PROGRESS)

    def revert(self) -> None:
        uuids = [record.uuid for record in self.records]
        self._deleted = delete_annotations(
            self.project, uuids, unstart=self._started, expect=self.records
        )
        self.listener.annotations_removed(self._deleted)
        self._report_statuses(CodingStatus.NOT_STARTED)

    def _report_statuses(self, status: CodingStatus) -> None:
        mine = label_key(self._coder)
        ids = [item.document_id for item in self._started if label_key(item.coder) == mine]
        if ids:
            self.listener.statuses_changed(ids, status)


class CreateAnnotation(CreateAnnotations):
    """Code one span: the coder selected text and pressed a code's key or used the popup."""

    def __init__(
        self,
        project: Project,
        listener: ChangeListener,
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
        super().__init__(project, listener, coder, [span], f"Code span {short_quote(quote)}")

    @property
    def record(self) -> AnnotationRecord | None:
        return self.records[0] if self.records else None


class SetStatus(ServiceCommand):
    subject = "document"

    def __init__(
        self,
        project: Project,
        listener: ChangeListener,
        *,
        document_id: int,
        coder: str,
        status: CodingStatus,
        title: str,
    ) -> None:
        label = status.value.replace("_", " ")
        super().__init__(f"Mark {short_quote(title)} {label}", project, listener)
        self._document_id = document_id
        self._coder = coder
        self._status = status
        self._previous: CodingStatus | None = None

    def do(self) -> None:
        previous = set_status(self.project, self._document_id, self._coder, self._status)
        if self._previous is None:
            self._previous = previous
        self.listener.statuses_changed([self._document_id], self._status)

    def revert(self) -> None:
        assert self._previous is not None
        set_status(self.project, self._document_id, self._coder, self._previous)
        self.listener.statuses_changed([self._document_id], self._previous)
