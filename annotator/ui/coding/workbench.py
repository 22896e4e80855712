"""The coding logic of the window: what a key, a click or the popup does to the open project.

`Workbench` keeps the state of one open project (coder, codebook, current document and its
records), turns the coder's gestures into commands on the undo stack, and — told what each edit,
undo and redo changed (`changed`, one `undo_records.Change`) — updates the article view, the
annotation table and the document list from the records the services return, touching only the
rows that changed. It holds a `Project` (an open file), never a database session.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from annotator.core.labels import label_key
from annotator.core.vocabulary import CodingStatus
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.assignment_edits import assignment_view
from annotator.services.codebooks.edit import create_code
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coders import list_coders
from annotator.services.coding.annotations import AnnotationRecord
from annotator.services.coding.auto_coding import plan_auto_coding
from annotator.services.coding.bulk import NewAnnotation
from annotator.services.coding.overview import DocumentRow, document_annotations, document_overview
from annotator.services.coding.rules import CodingTarget, coded_values, coding_target
from annotator.services.coding.search import SearchHit, SearchOptions, search_corpus
from annotator.services.corpus.documents import document_text
from annotator.services.undo_records import Change, Kind
from annotator.ui.coding.auto_code_confirmation import confirm_auto_coding
from annotator.ui.coding.auto_code_job import AUTO_CODE_AT_ONCE, AutoCodingJob
from annotator.ui.coding.codebook_index import FALLBACK_COLOUR, NO_VALUE_COLOUR, CodebookIndex
from annotator.ui.coding.colour_by import COLOUR_BY_CODER, resolve_choice
from annotator.ui.coding.legend import Entry
from annotator.ui.coding.popup import CodingPopup, NewCode
from annotator.ui.coding.suggestion_layer import SuggestionLayer
from annotator.ui.project.background import Job
from annotator.ui.settings import Setting
from annotator.ui.undo import coding as commands
from annotator.ui.undo.codebook import CodebookEdit

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

SEARCH_LIMIT = 20_000  # hits listed (and auto-coded) at most


class Workbench(QObject):
    def __init__(self, window: MainWindow, project: Project, coder: str) -> None:
        super().__init__(window)
        self.window = window
        self.project = project
        self.changes_seen = project.change_counter()  # what the views show (`external_changes`)
        self.coder = coder
        self.show_all = False
        self.index = CodebookIndex(list_codebook(project))
        # View ▸ Colour By: a variable's name, or COLOUR_BY_CODER
        self.colour_by = resolve_choice(
            window.settings.get(Setting.COLOUR_BY), self.index.colour_variables()
        )
        self.document_id: int | None = None
        self._records: dict[str, AnnotationRecord] = {}
        self._coder_colours: dict[str, str] = {}
        self._statuses: dict[int, CodingStatus] = {}
        self._colour_cache: dict[tuple, str] = {}
        # Read before any view changes: a damaged file fails here, while the window still shows
        # the project that was open.
        self._first_rows = document_overview(project, coder)
        self.auto_coding: Job | None = None  # the latest auto-coding run in the background
        self.suggestions = SuggestionLayer(self)  # machine coders' spans, to accept or dismiss

    # -- loading --
    def reload_codebook(self) -> None:
        self.index = CodebookIndex(list_codebook(self.project))
        self._show_codebook()

    def _show_codebook(self) -> None:
        self._colour_cache = {}
        names = self.index.colour_variables()
        self.colour_by = resolve_choice(self.window.settings.get(Setting.COLOUR_BY), names)
        self.window.colour_by_menu.set_choices(
            [(v.name, v.label) for v in self.index.variables if v.name in names], self.colour_by
        )
        self.window.codebook_panel.set_codebook(self.index)
        self.window.search_panel.set_codebook(self.index)
        self.window.article.code_keys = set(self.index.shortcuts)
        self.window.article.editable = self._mine

    def reload_documents(self) -> None:
        self._show_rows(document_overview(self.project, self.coder))

    def _show_rows(self, rows: list[DocumentRow]) -> None:
        self._statuses = {row.id: row.status for row in rows}
        self.window.document_panel.set_rows(rows)
        self.window.document_panel.set_assignments(assignment_view(self.project, self.coder))

    def start(self, document_id: int | None = None) -> None:
        """Show the codebook, the documents and `document_id` (if the list shows it) or the
        first document (called once the window holds this workbench)."""
        self._show_codebook()
        self._show_rows(self._first_rows)
        self._first_rows = []
        panel = self.window.document_panel
        if document_id is not None and panel.model.row_of(document_id) is not None:
            panel.select_document(document_id)
            return
        first = panel.neighbour(None, 0)
        if first is not None:
            panel.select_document(first)

    def set_coder(self, coder: str) -> None:
        self.coder = coder
        self.window.undo_stack.clear()
        current = self.document_id
        self.reload_documents()
        if current is not None:
            self.window.document_panel.select_document(current)

    def show_document(self, document_id: int) -> None:
        if not self.window.server_link.online:  # nothing to read it from: keep what is shown
            self.window.statusBar().showMessage(
                self.tr("Not connected to the server: the document shows once it is back."), 8000
            )
            if self.document_id is not None:
                self.window.document_panel.select_document(self.document_id, emit=False)
            return
        try:
            text = document_text(self.project, document_id)
            records = document_annotations(self.project, document_id)
            self.suggestions.load(document_id)
        except AnnotatorError as error:  # e.g. the server is out of reach: keep what is shown
            self.window.statusBar().showMessage(
                self.tr("This document cannot be shown just now: {error}").format(error=error),
                8000,
            )
            return
        self.document_id = document_id
        self._records = {r.uuid: r for r in records}
        self.window.article.set_article(text, self._visible(), self._colour)
        self.suggestions.show()
        self.window.find_bar.set_text(text)
        self.window.refresh_article_header()
        self._refresh_table()
        self._update_legend()
        status = self._statuses.get(document_id, CodingStatus.NOT_STARTED)
        self.window.set_done_checked(status is CodingStatus.DONE)

    def reload_annotations(self) -> None:
        """Re-read the open document's spans and status (another program changed them), keeping
        the article's scroll position, text selection and current span."""
        if self.document_id is None:
            return
        current = self.window.article.current
        self._records = {r.uuid: r for r in document_annotations(self.project, self.document_id)}
        if self.show_all or self.colour_by == COLOUR_BY_CODER:
            self._read_coder_colours()
        self.suggestions.load(self.document_id)
        self.window.article.set_records(self._visible(), self._colour)
        self.suggestions.show()
        self._refresh_table()
        self._update_legend()
        self.window.article.set_current(current)
        self.window.annotation_table.select(self.window.article.current)
        status = self._statuses.get(self.document_id, CodingStatus.NOT_STARTED)
        self.window.set_done_checked(status is CodingStatus.DONE)

    def set_show_all(self, show_all: bool) -> None:
        self.show_all = show_all
        if show_all or self.colour_by == COLOUR_BY_CODER:
            self._read_coder_colours()
        # Highlights keep the Colour By choice; with all coders shown the stripes tell coders apart.
        self.window.article.set_stripe_colouring(self._coder_colour if show_all else None)
        if self.document_id is not None:
            self.suggestions.load(self.document_id)  # blind or not decides on the sample
            self.window.article.set_records(self._visible(), self._colour)
            self.suggestions.show()
            self._refresh_table()
            self._update_legend()

    def set_colour_by(self, choice: str) -> None:
        """View ▸ Colour By: colour highlights by this variable's codes (or by coder)."""
        self.window.settings.set(Setting.COLOUR_BY, choice)
        self.colour_by = resolve_choice(choice, self.index.colour_variables())
        self._colour_cache = {}
        if self.colour_by == COLOUR_BY_CODER:
            self._read_coder_colours()
        if self.document_id is not None:
            current = self.window.article.current
            self.window.article.set_records(self._visible(), self._colour)
            self.window.article.set_current(current)
            self._update_legend()

    def _read_coder_colours(self) -> None:
        self._coder_colours = {label_key(c.name): c.colour for c in list_coders(self.project)}

    # -- what is shown --
    def _mine(self, record: AnnotationRecord) -> bool:
        return label_key(record.coder) == label_key(self.coder)

    def _visible(self) -> list[AnnotationRecord]:
        pending = self.suggestions.pending  # drawn as suggestions instead
        return [
            r
            for r in self._records.values()
            if (self.show_all or self._mine(r)) and r.uuid not in pending
        ]

    def _coder_colour(self, record: AnnotationRecord) -> str:
        return self._coder_colours.get(label_key(record.coder), FALLBACK_COLOUR)

    def _colour(self, record: AnnotationRecord) -> str:
        if self.colour_by == COLOUR_BY_CODER:
            return self._coder_colour(record)
        labels = record.values.get(self.colour_by)
        key = labels[0] if labels else ""
        colour = self._colour_cache.get(key)
        if colour is None:
            colour = self._colour_cache[key] = self.index.value_colour(record, self.colour_by)
        return colour

    def _update_legend(self) -> None:
        """Name the colours of the spans shown: the Colour By choice's, and the coders' when all
        coders are shown."""
        legend = self.window.colour_legend
        visible = self._visible()
        if self.document_id is None or not visible:
            legend.clear_colours()
            return
        coders = self._coder_entries(visible) if self.show_all else []
        if self.colour_by == COLOUR_BY_CODER:
            legend.show_colours(self.tr("Coders:"), coders or self._coder_entries(visible))
            return
        variable = self.index.variable(self.colour_by)
        present = {
            label_key(r.values[variable.name][0]) for r in visible if r.values.get(variable.name)
        }
        entries: list[Entry] = [
            (code.label, self.index.code_colour(variable.name, code.label))
            for code in variable.codes
            if label_key(code.label) in present
        ]
        if any(not r.values.get(variable.name) for r in visible):
            entries.append((self._no_value_label(), NO_VALUE_COLOUR))
        title = self.tr("{variable}:").format(variable=variable.label or variable.name)
        legend.show_colours(title, entries, coders)

    def _no_value_label(self) -> str:
        variable = self.index.variable(self.colour_by)
        return self.tr("no {variable}").format(variable=variable.label or variable.name)

    def _legend_names(self, records: Sequence[AnnotationRecord]) -> bool:
        """True when the legend already names the colours of `records` (a cheap check, so adding
        a span beside thousands does not rebuild it)."""
        legend = self.window.colour_legend
        if legend.hidden_count or not legend.isVisibleTo(self.window):
            return False
        named = {label for label, _ in legend.entries}
        coders = {label for label, _ in legend.coder_entries}
        for record in records:
            if self.show_all and record.coder not in coders and record.coder not in named:
                return False
            if self.colour_by == COLOUR_BY_CODER:
                if record.coder not in named:
                    return False
                continue
            labels = record.values.get(self.colour_by)
            if (labels[0] if labels else self._no_value_label()) not in named:
                return False
        return True

    def _coder_entries(self, visible: Sequence[AnnotationRecord]) -> list[Entry]:
        present = {label_key(r.coder): r.coder for r in visible}
        if any(key not in self._coder_colours for key in present):
            self._read_coder_colours()
        return [
            (name, self._coder_colours.get(key, FALLBACK_COLOUR))
            for key, name in sorted(present.items())
        ]

    def _refresh_table(self) -> None:
        table = self.window.annotation_table
        table.model_.editable_coder = next(
            (r.coder for r in self._records.values() if self._mine(r)), self.coder
        )
        table.model_.set_content(self._visible(), self.index.variables, self.show_all)
        hidden = len(self._records) - len(self._visible()) - len(self.suggestions.pending)
        self.window.show_hidden_count(hidden)

    def current_record(self) -> AnnotationRecord | None:
        """The annotation the coder clicked or just made, if it is theirs."""
        record = self._records.get(self.window.article.current)
        return record if record is not None and self._mine(record) else None

    def select_annotation(self, uuid: str) -> None:
        record = self._records.get(uuid)
        self.window.article.set_current(uuid)
        self.window.annotation_table.select(uuid)
        if record is not None:
            self.window.article.select_span(record.start, record.end)
            mine = self.tr(
                "Press a code's key to recode it, Enter to edit all values, Delete to remove it."
            )
            self.window.statusBar().showMessage(
                mine
                if self._mine(record)
                else self.tr("Coded by {coder} (read only)").format(coder=record.coder),
                6000,
            )

    # -- coding gestures --
    def _push(self, command: commands.CodingStep) -> bool:
        link = self.window.server_link  # a server out of reach: editing waits for it
        return link.may_edit() and commands.push(self.window.undo_stack, command, link.write_failed)

    def _target(self) -> CodingTarget:
        """(annotation to recode, or None; new span to code, or None)."""
        return coding_target(self.current_record(), self.window.article.selection_span())

    def apply_code(self, variable: str, label: str) -> None:
        if self.document_id is None:
            return
        current, span = self._target()
        if current is not None:
            record = self.index.variable(variable)
            values = coded_values(current.values.get(variable, []), label, multiple=record.multiple)
            text = commands.code_applied_text(
                record.label, label, values, current.quote, multiple=record.multiple
            )
            self._push(
                commands.UpdateAnnotation(
                    self.project, self, current, values={variable: values}, text=text
                )
            )
        elif span is not None:
            self.create(span, {variable: [label]})
        else:
            self.window.statusBar().showMessage(
                self.tr("Select some text first, then code it."), 5000
            )

    def apply_shortcut(self, key: str) -> None:
        ref = self.index.shortcuts.get(key)
        if ref is not None:
            self.apply_code(ref.variable, ref.label)

    def _creation(
        self, span: tuple[int, int], values: dict[str, list[str]], memo: str = ""
    ) -> commands.CreateAnnotation:
        assert self.document_id is not None
        start, end = span
        return commands.CreateAnnotation(
            self.project,
            self,
            document_id=self.document_id,
            coder=self.coder,
            start=start,
            end=end,
            quote=self.window.article.text[start:end],
            values={name: items for name, items in values.items() if items},
            memo=memo,
        )

    def create(self, span: tuple[int, int], values: dict[str, list[str]], memo: str = "") -> None:
        command = self._creation(span, values, memo)
        if self._push(command) and command.records:
            self.select_annotation(command.records[0].uuid)

    def open_popup(self) -> None:
        if self.document_id is None or not self.window.server_link.may_edit():
            return
        if self.current_record() is None and self.suggestions.accept():
            return
        current, span = self._target()
        if current is None and span is None:
            self.window.statusBar().showMessage(
                self.tr("Select some text first, then press Enter."), 5000
            )
            return
        quote = current.quote if current else self.window.article.text[span[0] : span[1]]
        popup = CodingPopup(
            self.index,
            quote,
            current.values if current else None,
            current.memo if current else "",
            self.window,
        )
        self.window.place_popup(popup)
        self.window.active_popup = popup
        accepted = popup.exec() == QDialog.DialogCode.Accepted
        self.window.active_popup = None
        if accepted:
            self.apply_popup(popup, current, span)

    def apply_popup(
        self,
        popup: CodingPopup,
        current: AnnotationRecord | None,
        span: tuple[int, int] | None,
    ) -> None:
        values, memo = popup.values(), popup.memo.text()
        command: commands.CodingStep
        if current is not None:
            changed = {k: v for k, v in values.items() if v != current.values.get(k, [])}
            command = commands.UpdateAnnotation(
                self.project,
                self,
                current,
                values=changed or None,
                memo=memo if memo != current.memo else None,
            )
        elif span is not None:
            command = self._creation(span, values, memo)
        else:
            return
        if not popup.new_codes:
            pushed = self._push(command)
        else:
            pushed = self._push_with_new_codes(popup.new_codes, command)
        if pushed and isinstance(command, commands.CreateAnnotation) and command.records:
            self.select_annotation(command.records[0].uuid)

    def _push_with_new_codes(
        self, new_codes: Sequence[NewCode], command: commands.CodingStep
    ) -> bool:
        """Add the codes typed into the popup, then do `command`: one undo step for both."""
        names = ", ".join(f"{variable} “{label}”" for variable, label, _ in new_codes)
        text = self.tr("{step}, adding {codes}").format(step=command.text(), codes=names)
        edit = CodebookEdit(text, self.project, self.reload_codebook, self.command_failed)
        try:
            for variable, label, parent in new_codes:
                under = (variable, parent) if parent else None
                edit.run(partial(create_code, self.project, variable, label, parent=under))
        except AnnotatorError as error:
            edit.undo()  # the codes added before the refused one
            self.command_failed(str(error))
            return False
        self.reload_codebook()
        return commands.push_with_codebook_edit(self.window.undo_stack, edit, command, text)

    def set_memo(self, uuid: str, memo: str) -> None:
        record = self._records.get(uuid)
        if record is not None:
            self._push(commands.UpdateAnnotation(self.project, self, record, memo=memo))

    def delete(self, uuid: str | None = None) -> None:
        """Delete the selected annotation (or `uuid`); afterwards nothing is selected, so a
        second Delete removes nothing."""
        record = self._records.get(uuid) if uuid else self.current_record()
        if record is None and uuid is None and self.suggestions.dismiss():
            return
        if record is None or not self._mine(record):
            self.window.statusBar().showMessage(
                self.tr("Select an annotation to delete (click its highlight)."), 5000
            )
            return
        if self._push(commands.DeleteAnnotation(self.project, self, record)):
            self.window.article.set_current("")
            self.window.annotation_table.clearSelection()
            cursor = self.window.article.textCursor()
            cursor.clearSelection()
            self.window.article.setTextCursor(cursor)

    def set_done(self, done: bool) -> None:
        if self.document_id is None:
            return
        row = self.window.document_panel.model.find(self.document_id)
        title = row.title if row else ""
        status = CodingStatus.DONE if done else CodingStatus.IN_PROGRESS
        self._push(
            commands.SetStatus(
                self.project,
                self,
                document_id=self.document_id,
                coder=self.coder,
                status=status,
                title=title,
            )
        )

    # -- search --
    def search(self, query: str, options: SearchOptions) -> None:
        try:
            hits = search_corpus(self.project, query, options, limit=SEARCH_LIMIT)
        except AnnotatorError as error:
            self.window.search_panel.summary.setText(str(error))
            return
        self.window.search_panel.show_hits(hits, len(hits) >= SEARCH_LIMIT)

    def go_to_hit(self, hit: SearchHit) -> None:
        if hit.document_id != self.document_id:
            self.window.document_panel.select_document(hit.document_id)
        if hit.document_id == self.document_id:
            self.window.article.select_span(hit.start, hit.end)
            self.window.article.setFocus()

    def auto_code(self, variable: str, label: str, hits: Sequence[SearchHit]) -> None:
        """Confirm, then code the hits not yet coded so by this coder, as one undoable step."""
        try:
            plan = plan_auto_coding(self.project, self.coder, variable, label, hits)
        except AnnotatorError as error:
            self.command_failed(str(error))
            return
        if not plan.to_code:
            self.auto_code_report(
                self.tr(
                    "Nothing to code: %n hit(s) already coded as {code} by you.", "", len(hits)
                ).format(code=label)
            )
            return
        if not confirm_auto_coding(self.window, plan, label):
            return
        spans = [
            NewAnnotation(h.document_id, h.start, h.end, {variable: [label]}) for h in plan.to_code
        ]
        text = self.tr("Auto-code %n hit(s) as {code}", "", len(spans)).format(code=label)
        if len(spans) > AUTO_CODE_AT_ONCE:
            job = AutoCodingJob(self, spans, text)
            job.done = partial(self._auto_coded, len(spans), label, len(plan.skipped))
            self.auto_coding = job.start(label)
            return
        # A few hundred spans take a blink: one step at once, no dialog flashing up.
        command = commands.CreateAnnotations(self.project, self, self.coder, spans, text)
        if self._push(command):
            self._auto_coded(len(spans), label, len(plan.skipped))

    def _auto_coded(self, count: int, label: str, skipped: int) -> None:
        done = self.tr("Coded %n hit(s) as {code}.", "", count).format(code=label)
        if skipped:
            skipped_text = self.tr("Skipped %n already coded.", "", skipped)
            done = self.tr("{done} {skipped}").format(done=done, skipped=skipped_text)
        self.auto_code_report(done)

    def auto_code_report(self, message: str) -> None:
        self.window.search_panel.summary.setText(message)
        self.window.statusBar().showMessage(message, 8000)

    # -- what an edit, undo or redo changed --
    def changed(self, change: Change) -> None:
        """Update the views after a coding step: the codebook if it changed, then only the
        annotation rows and document statuses the step names."""
        if Kind.CODEBOOK in change.kinds:
            self.reload_codebook()
        if change.removed:
            self.annotations_removed(change.removed)
        if change.added:
            self.annotations_added(change.added)
        for record in change.changed:
            self.annotation_changed(record)
        by_status: dict[CodingStatus, list[int]] = {}
        for item in change.statuses:
            if label_key(item.coder) == label_key(self.coder):
                by_status.setdefault(item.status, []).append(item.document_id)
        for status, document_ids in by_status.items():
            self.statuses_changed(document_ids, status, recount=False)
        if change.added or change.removed or by_status:
            self.window.document_panel.update_progress()  # once: it walks every document

    def _count_changes(self, records: Sequence[AnnotationRecord], sign: int) -> None:
        per_document: dict[int, int] = {}
        for record in records:
            if self._mine(record):
                per_document[record.document_id] = per_document.get(record.document_id, 0) + sign
        model = self.window.document_panel.model  # the footer is recounted once, by `changed`
        for document_id, delta in per_document.items():
            known = model.find(document_id)
            if known is not None:
                model.update_row(document_id, annotations=max(0, known.annotations + delta))

    def annotations_added(self, records: Sequence[AnnotationRecord]) -> None:
        here = [r for r in records if r.document_id == self.document_id]
        for record in here:
            self._records[record.uuid] = record
        if any(label_key(r.coder) not in self._coder_colours for r in here):
            self._read_coder_colours()
        shown = [r for r in here if self.show_all or self._mine(r)]
        self.window.article.add_records(shown)
        for record in shown:
            self.window.annotation_table.model_.add(record)
        if shown and not self._legend_names(shown):
            self._update_legend()
        self._count_changes(records, +1)

    def annotations_removed(self, records: Sequence[AnnotationRecord]) -> None:
        here = [r for r in records if r.document_id == self.document_id]
        for record in here:
            self._records.pop(record.uuid, None)
            self.window.annotation_table.model_.remove(record.uuid)
        self.window.article.remove_records(here)
        if here:
            self._update_legend()
        self._count_changes(records, -1)

    def annotation_changed(self, record: AnnotationRecord) -> None:
        if record.document_id != self.document_id:
            return
        old = self._records.get(record.uuid)
        self._records[record.uuid] = record
        current = self.window.article.current
        if old is not None:
            self.window.article.remove_records([old])
        self.window.article.add_records([record])
        self.window.annotation_table.model_.replace(record)
        self._update_legend()
        if current:
            self.window.article.set_current(current)

    def statuses_changed(
        self, document_ids: Sequence[int], status: CodingStatus, *, recount: bool = True
    ) -> None:
        """Refresh the rows of these documents, then (with `recount`) the progress line once."""
        panel = self.window.document_panel
        for document_id in document_ids:
            self._statuses[document_id] = status
            panel.model.update_row(document_id, status=status)
        if recount:
            panel.update_progress()
        if self.document_id in document_ids:
            self.window.set_done_checked(status is CodingStatus.DONE)

    def command_failed(self, message: str) -> None:
        self.window.show_error(self.tr("The change was not saved"), message)
