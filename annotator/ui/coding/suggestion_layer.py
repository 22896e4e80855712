"""Machine coders' spans as suggestions in the article, and what Enter and Delete do with them.

A machine coder's annotation the coder has not yet decided on is a *suggestion*: the article draws
it dashed (`suggestion_marks`), not as a highlight, and names its codes on hover. With the caret
in a suggestion (or the suggestion's text selected), Enter accepts it — the span becomes the
coder's own annotation with the same codes, linked to the suggestion — and Delete dismisses it;
both are recorded (`services.machine.suggestions`) and are one undo step each
(`services.machine.decision_undo`). A decided suggestion stops showing for that coder.

Suggestions show only while View ▸ Show Machine Suggestions is on (off by default). On a document
of the reliability sample they stay hidden while the coder codes blind, even when it is on: the
machine is compared with the humans there, and a human who saw its suggestions would no longer be
an independent coder. With all coders' annotations shown (not blind), they show there too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from annotator.core.labels import label_key
from annotator.core.vocabulary import CodingStatus
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.assignments import reliability_documents
from annotator.services.machine.decision_undo import Decided, accept_undoable, dismiss_undoable
from annotator.services.machine.suggestions import Suggestion, document_suggestions
from annotator.services.undo_records import Change
from annotator.ui.settings import Setting
from annotator.ui.undo.coding import short_quote
from annotator.ui.undo.step import UndoStep

if TYPE_CHECKING:
    from annotator.ui.coding.workbench import Workbench


class SuggestionLayer(QObject):
    """The open document's machine suggestions for one workbench (its coder and project)."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench)
        self.bench = bench
        self.enabled = bool(bench.window.settings.get(Setting.SHOW_MACHINE_SUGGESTIONS))
        self.pending: dict[str, Suggestion] = {}  # shown: undecided by this coder
        self.hidden_on_reliability = False  # this document's suggestions are held back

    # -- what shows --
    def load(self, document_id: int | None) -> None:
        """Read the document's suggestions and decide which show (the module docstring)."""
        self.pending = {}
        self.hidden_on_reliability = False
        if document_id is None or not self.enabled:
            return
        bench = self.bench
        suggestions = document_suggestions(bench.project, document_id, for_coder=bench.coder)
        undecided = {
            s.annotation.uuid: s
            for s in suggestions
            if s.decision is None and label_key(s.annotation.coder) != label_key(bench.coder)
        }
        if undecided and not bench.show_all:
            sample = reliability_documents(bench.project) or []
            if document_id in sample:
                self.hidden_on_reliability = True
                return
        self.pending = undecided

    def show(self) -> None:
        """Draw the pending suggestions in the article, and say how to decide on them."""
        self.bench.window.article.set_suggestions(
            (uuid, s.annotation.start, s.annotation.end, self.tip(s))
            for uuid, s in self.pending.items()
        )
        if self.pending:
            self.bench.window.statusBar().showMessage(
                self.tr(
                    "%n machine suggestion(s), dashed: with the caret in one, Enter accepts it "
                    "and Delete dismisses it.",
                    "",
                    len(self.pending),
                ),
                8000,
            )
        elif self.hidden_on_reliability:
            self.bench.window.statusBar().showMessage(
                self.tr(
                    "Machine suggestions are hidden on the reliability sample while you code "
                    "blind: your coding is compared with the machine's."
                ),
                8000,
            )

    def tip(self, suggestion: Suggestion) -> str:
        record = suggestion.annotation
        index = self.bench.index
        parts = []
        for name, labels in record.values.items():
            if labels:
                variable = next((v for v in index.variables if v.name == name), None)
                title = variable.label or variable.name if variable else name
                parts.append(f"{title}: {', '.join(labels)}")
        codes = "\n".join(parts) or self.tr("no codes")
        if label_key(record.coder) == label_key(suggestion.model):
            by = self.tr("Suggestion by {coder}").format(coder=record.coder)
        else:
            by = self.tr("Suggestion by {coder} ({model})").format(
                coder=record.coder, model=suggestion.model
            )
        return self.tr("{by}\n{codes}\nEnter accepts it, Delete dismisses it.").format(
            by=by, codes=codes
        )

    def set_enabled(self, enabled: bool) -> None:
        """View ▸ Show Machine Suggestions."""
        self.enabled = enabled
        self.bench.window.settings.set(Setting.SHOW_MACHINE_SUGGESTIONS, enabled)
        self.bench.reload_annotations()

    # -- deciding --
    def at_cursor(self) -> Suggestion | None:
        return self.pending.get(self.bench.window.article.suggestion_at_cursor())

    def accept(self) -> bool:
        """Enter on a suggestion: it becomes the coder's annotation. False: none is there."""
        suggestion = self.at_cursor()
        if suggestion is None:
            return False
        text = self.tr("Accept suggestion {quote}").format(
            quote=short_quote(suggestion.annotation.quote)
        )
        record = self._decide(accept_undoable, suggestion, text)
        if record is not None and record.accepted is not None:
            document_id = record.accepted.document_id
            row = self.bench.window.document_panel.model.find(document_id)
            if row is not None and row.status is CodingStatus.NOT_STARTED:  # started by it
                self.bench.statuses_changed([document_id], CodingStatus.IN_PROGRESS)
            self.bench.select_annotation(record.accepted.uuid)
        return True

    def dismiss(self) -> bool:
        """Delete on a suggestion: recorded as dismissed, and no longer shown."""
        suggestion = self.at_cursor()
        if suggestion is None:
            return False
        text = self.tr("Dismiss suggestion {quote}").format(
            quote=short_quote(suggestion.annotation.quote)
        )
        if self._decide(dismiss_undoable, suggestion, text) is not None:
            cursor = self.bench.window.article.textCursor()
            cursor.clearSelection()
            self.bench.window.article.setTextCursor(cursor)
        return True

    def _decide(
        self, decide: Callable[[Project, str, str], Decided], suggestion: Suggestion, text: str
    ) -> Decided | None:
        bench = self.bench
        try:
            record = decide(bench.project, suggestion.annotation.uuid, bench.coder)
        except AnnotatorError as error:
            bench.command_failed(str(error))
            return None
        step = UndoStep(
            text, bench.project, record, self._changed, bench.command_failed, subject="annotation"
        )
        bench.window.undo_stack.push(step)  # already done: pushing does not do it again
        self._changed(record.change)
        return record

    def _changed(self, change: Change) -> None:
        """After a decision, its undo or redo: the spans counted, the article re-read."""
        self.bench.changed(change)
        self.bench.reload_annotations()
