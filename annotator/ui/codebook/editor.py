"""Codebook → Edit Codebook…: the window where the PI shapes variables and the code tree.

Three columns — variables, the chosen variable's code tree (drag and drop), the chosen code's
details — and every change is a service edit pushed on the main window's undo stack through
`undo.codebook.push_edit`, so Ctrl+Z works here and in the main window alike and the coding
panel and highlights follow at once. The window never holds a database session; after each edit
(or undo) it is rebuilt from `list_codebook`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.core.records.codebook import CodeRecord, VariableRecord
from annotator.core.vocabulary import VariableKind
from annotator.db.project import Project
from annotator.services.codebooks import edit, recode
from annotator.services.codebooks.edit import EditResult
from annotator.services.codebooks.reading import list_codebook
from annotator.ui.codebook.code_form import CodeForm
from annotator.ui.codebook.code_tree import CodeTree
from annotator.ui.codebook.recode_dialogs import DeleteDialog, MergeDialog, SplitDialog
from annotator.ui.codebook.variable_column import VariableColumn, button
from annotator.ui.undo.codebook import push_edit, push_edits

FIELD_EDITS = (  # the shortcut first: it is the edit most likely to be refused
    ("shortcut", edit.set_shortcut),
    ("label", edit.rename_code),
    ("colour", edit.recolour_code),
)


class CodebookEditor(QDialog):
    def __init__(
        self,
        project: Project,
        stack: QUndoStack,
        refresh: Callable[[], None],
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codebook_editor")
        self.setWindowTitle(self.tr("Edit codebook"))
        self.project, self.stack = project, stack
        self._refresh_host, self._report = refresh, report
        self.variables: list[VariableRecord] = []
        self.usage: dict[str, int] = {}
        self._build()
        self.reload()

    # -- layout --
    def _build(self) -> None:
        variables_box = VariableColumn()
        self.variable_list = variables_box.list
        self.kind, self.multiple = variables_box.kind, variables_box.multiple
        self.open_list = variables_box.open_list
        self.variable_column = variables_box

        self.tree = CodeTree()
        hint = QLabel(
            self.tr("Drag a code onto another to file it under it, or between two to reorder.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        add_code = button(self.tr("Add code…"), self.tr("Add a code at the top level"), "add_code")
        add_child = button(
            self.tr("Add sub-code…"), self.tr("Add a code under the chosen one"), "add_sub_code"
        )
        delete_code = button(
            self.tr("Delete…"), self.tr("Delete the chosen code (used codes: merge or retire)"), ""
        )
        code_buttons = QHBoxLayout()
        for widget in (add_code, add_child, delete_code):
            code_buttons.addWidget(widget)
        self.codes_box = QGroupBox(self.tr("Codes"))
        box = QVBoxLayout(self.codes_box)
        box.addWidget(hint)
        box.addWidget(self.tree, 1)
        box.addLayout(code_buttons)

        self.form = CodeForm()
        details = QGroupBox(self.tr("Code details"))
        QVBoxLayout(details).addWidget(self.form)

        splitter = QSplitter()
        for widget in (variables_box, self.codes_box, details):
            splitter.addWidget(widget)
        splitter.setSizes([330, 460, 390])  # the codes' names need the room most
        self.status = QLabel()
        self._clear_status()
        self.status.setObjectName("editor_status")
        self.status.setWordWrap(True)
        undo = QPushButton(self.tr("Undo"))
        undo.clicked.connect(self.stack.undo)
        undo.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(undo)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1180, 640)

        self.variable_list.currentRowChanged.connect(
            lambda _row: (self._clear_status(), self._show_codes())
        )
        variables_box.add.clicked.connect(lambda: self.add_variable())
        variables_box.rename.clicked.connect(lambda: self.rename_variable())
        variables_box.up.clicked.connect(lambda: self.move_variable(-1))
        variables_box.down.clicked.connect(lambda: self.move_variable(1))
        variables_box.delete.clicked.connect(lambda: self.delete_variable())
        self.kind.activated.connect(lambda _index: self._set_kind())
        self.multiple.clicked.connect(lambda _on: self._set_kind())
        self.open_list.clicked.connect(self._set_open)
        add_code.clicked.connect(lambda: self.add_code(parent=None))
        add_child.clicked.connect(lambda: self._add_child())
        delete_code.clicked.connect(lambda: self._delete_current())
        self.tree.currentItemChanged.connect(
            lambda *_: (self._clear_status(), self.form.show_code(self.tree.current_code()))
        )
        self.tree.moveRequested.connect(self.move_code)
        self.tree.customContextMenuRequested.connect(self._code_menu)
        self.form.saveRequested.connect(self.save_code)

    # -- state --
    def reload(self) -> None:
        """Rebuild from the file (after every edit and every undo)."""
        self.variables = list_codebook(self.project)
        self.usage = recode.code_usage(self.project)
        row = max(self.variable_list.currentRow(), 0)
        self.variable_list.blockSignals(True)
        self.variable_list.clear()
        for variable in self.variables:
            self.variable_list.addItem(f"{variable.label or variable.name}  ({variable.name})")
        self.variable_list.setCurrentRow(min(row, len(self.variables) - 1))
        self.variable_list.blockSignals(False)
        self._show_codes()

    def current_variable(self) -> VariableRecord | None:
        row = self.variable_list.currentRow()
        return self.variables[row] if 0 <= row < len(self.variables) else None

    def select_variable(self, name: str) -> None:
        names = [variable.name for variable in self.variables]
        if name in names:
            self.variable_list.setCurrentRow(names.index(name))

    def code_by_label(self, label: str) -> CodeRecord | None:
        variable = self.current_variable()
        codes = variable.codes if variable else ()
        return next((c for c in codes if label_key(c.label) == label_key(label)), None)

    def _clear_status(self) -> None:
        """Back to the standing hint: a message about an earlier edit or choice is stale."""
        self.status.setText(self.tr("Every change is saved at once and can be undone with Ctrl+Z."))

    def _show_codes(self) -> None:
        variable = self.current_variable()
        if variable is not None:
            self.variable_column.show_variable(variable)
            self.codes_box.setTitle(
                self.tr("Codes of {variable}").format(variable=variable.label or variable.name)
            )
        self.codes_box.setEnabled(variable is not None and variable.kind is not VariableKind.TEXT)
        self.tree.set_variable(variable, self.usage)
        self.form.show_code(self.tree.current_code())

    def _code_chosen(self, *_items: object) -> None:
        self.form.show_code(self.tree.current_code())

    def _after_edit(self) -> None:
        self._refresh_host()
        self.reload()

    def run(self, text: str, call: Callable[[], EditResult]) -> EditResult | None:
        """One undoable edit; its message (or the refusal) shows in the status line."""
        result = push_edit(self.stack, self.project, text, call, self._after_edit, self._refused)
        if result is not None:
            self.status.setText(result.message + ".")
        return result

    def _refused(self, message: str) -> None:
        self.status.setText(self.tr("Not changed: {message}.").format(message=message))
        self._report(message)

    # -- variables --
    def _ask(self, title: str, prompt: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, prompt, text=text)
        return value.strip() if ok and value.strip() else None

    def add_variable(self, name: str | None = None) -> None:
        name = name or self._ask(
            self.tr("Add variable"), self.tr("Name of the new variable (e.g. tone):")
        )
        if name and self.run(
            self.tr("Add variable {name}").format(name=name),
            lambda: edit.add_variable(self.project, name),
        ):
            self.select_variable(name)

    def rename_variable(self, name: str | None = None) -> None:
        variable = self.current_variable()
        if variable is None:
            return
        name = name or self._ask(self.tr("Rename variable"), self.tr("New name:"), variable.name)
        if name:
            self.run(
                self.tr("Rename variable {name}").format(name=variable.name),
                lambda: edit.update_variable(self.project, variable.id, name=name, label=name),
            )

    def move_variable(self, step: int) -> None:
        variable, row = self.current_variable(), self.variable_list.currentRow()
        if variable is None or not 0 <= row + step < len(self.variables):
            return
        if self.run(
            self.tr("Move variable {name}").format(name=variable.name),
            lambda: edit.move_variable(self.project, variable.id, row + step),
        ):
            self.variable_list.setCurrentRow(row + step)

    def delete_variable(self) -> None:
        variable = self.current_variable()
        if variable is None:
            return
        impact = recode.preview_delete_variable(self.project, variable.id)
        if impact.annotations:
            self._refused(
                self.tr(
                    "%n annotation(s) hold values of {name}; retire its codes instead",
                    "",
                    impact.annotations,
                ).format(name=repr(variable.name))
            )
            return
        question = self.tr("Delete {name} and its %n code(s)?", "", impact.codes)
        answer = QInputDialog.getItem(
            self, self.tr("Delete variable"), question.format(name=repr(variable.name)),
            [self.tr("Delete")], 0, False,
        )  # fmt: skip
        if answer[1]:
            self.run(
                self.tr("Delete variable {name}").format(name=variable.name),
                lambda: edit.delete_variable(self.project, variable.id),
            )

    def _set_kind(self) -> None:
        variable = self.current_variable()
        if variable is not None:
            kind, multiple = self.kind.currentData(), self.multiple.isChecked()
            if kind != variable.kind or multiple != variable.multiple:
                if kind != variable.kind:
                    text = self.tr("Change kind of {variable}")
                elif multiple:
                    text = self.tr("Allow several codes per span in {variable}")
                else:
                    text = self.tr("Allow one code per span in {variable}")
                result = self.run(
                    text.format(variable=variable.name),
                    lambda: edit.set_variable_kind(
                        self.project, variable.id, kind=kind, multiple=multiple
                    ),
                )
                if result is None:
                    self._show_codes()

    def _set_open(self, on: bool) -> None:
        variable = self.current_variable()
        if variable is not None:
            text = (
                self.tr("Let coders add codes to {variable}")
                if on
                else self.tr("Stop coders adding codes to {variable}")
            )
            self.run(
                text.format(variable=variable.name),
                lambda: edit.update_variable(self.project, variable.id, open=on),
            )

    # -- codes --
    def add_code(self, label: str | None = None, parent: int | None = None) -> CodeRecord | None:
        variable = self.current_variable()
        if variable is None:
            return None
        label = label or self._ask(
            self.tr("Add code"),
            self.tr("Label of the new code of {name}:").format(name=variable.name),
        )
        if not label:
            return None
        result = self.run(
            self.tr("Add code {label}").format(label=label),
            lambda: edit.create_code(self.project, variable.id, label, parent=parent),
        )
        code = self.code_by_label(label) if result else None
        if code is not None:
            self.tree.select_code(code.id)
            self.form.label.setFocus()
        return code

    def _add_child(self) -> None:
        current = self.tree.current_code()
        self.add_code(parent=current.id if current else None)

    def move_code(self, code_id: int, parent: int | None, position: int) -> None:
        code = self.tree.codes[code_id]
        self.run(
            self.tr("Move {label}").format(label=code.label),
            lambda: edit.move_code(self.project, code_id, parent=parent, position=position),
        )

    def save_code(self, code_id: int, changes: dict[str, Any]) -> None:
        """Apply the form's changes as one undo step (a refused field stops the rest)."""
        code = self.tree.codes.get(code_id)
        if code is None or not changes:
            self.status.setText(self.tr("Nothing to save: no field was changed."))
            return
        edits = [
            lambda c=call, v=changes[name]: c(self.project, code_id, v)
            for name, call in FIELD_EDITS
            if name in changes
        ]
        texts = {k: v for k, v in changes.items() if k in edit.TEXT_FIELDS}
        if texts:
            edits.append(lambda: edit.describe_code(self.project, code_id, **texts))
        results = push_edits(
            self.stack, self.project, self.tr("Edit code {label}").format(label=code.label), edits,
            self._after_edit, self._refused,
        )  # fmt: skip
        if len(results) == len(edits):
            said = "; ".join(r.message for r in results)
            self.status.setText(
                self.tr("Saved {label}: {changes}").format(label=code.label, changes=said)
            )

    def merge_code(self, code_id: int, target: int | None = None) -> None:
        variable, code = self.current_variable(), self.tree.codes[code_id]
        if target is None and variable is not None:
            dialog = MergeDialog(self.project, code, variable.codes, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            target = dialog.target_id()
        if target is not None:
            into = self.tree.codes[target].label if target in self.tree.codes else ""
            text = self.tr("Merge {code} into {target}").format(code=code.label, target=into)
            self.run(text, lambda: recode.merge_codes(self.project, code_id, target))

    def split_code(
        self, code_id: int, chosen: list[str] | None = None, target: int | None = None
    ) -> None:
        variable, code = self.current_variable(), self.tree.codes[code_id]
        if variable is None:
            return
        if chosen is None or target is None:
            spans = recode.spans_with_code(self.project, code_id)
            dialog = SplitDialog(self.project, code, variable.codes, spans, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen, target = dialog.chosen(), dialog.target_id()
        if chosen and target is not None:
            self.run(
                self.tr("Move annotations from {label}").format(label=code.label),
                lambda: recode.move_values(self.project, code_id, target, chosen),
            )

    def delete_code(self, code_id: int) -> None:
        variable, code = self.current_variable(), self.tree.codes[code_id]
        impact = recode.preview_delete_code(self.project, code_id)
        merge_into, retire = None, False
        if impact.annotations and variable is not None:
            dialog = DeleteDialog(code, variable.codes, impact, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            merge_into = dialog.merge_target()
            retire = merge_into is None
        if merge_into is not None:
            into = self.tree.codes[merge_into].label if merge_into in self.tree.codes else ""
            text = self.tr("Delete {code}, merged into {target}").format(
                code=code.label, target=into
            )
        elif retire:
            text = self.tr("Retire {code}").format(code=code.label)
        else:
            text = self.tr("Delete code {code}").format(code=code.label)
        self.run(
            text,
            lambda: recode.delete_code(self.project, code_id, merge_into=merge_into, retire=retire),
        )

    def _delete_current(self) -> None:
        current = self.tree.current_code()
        if current is not None:
            self.delete_code(current.id)

    def _code_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        code = self.tree.current_code()
        if code is None:
            return
        used = self.usage.get(code.uuid, 0)
        menu = QMenu(self)
        menu.addAction(self.tr("Add sub-code…"), lambda: self.add_code(parent=code.id))
        menu.addAction(
            self.tr("Rename"), lambda: (self.form.label.setFocus(), self.form.label.selectAll())
        )
        menu.addAction(self.tr("Change colour…"), self.form.choose_colour_and_save)
        menu.addSeparator()
        menu.addAction(
            self.tr("Merge into another code… (%n annotation(s))", "", used),
            lambda: self.merge_code(code.id),
        )
        split = menu.addAction(
            self.tr("Move some annotations to another code… ({used})").format(used=used),
            lambda: self.split_code(code.id),
        )
        split.setEnabled(used > 0)
        if code.retired:
            verb = self.tr("Reinstate (make codable again)")
            step = self.tr("Reinstate {label}").format(label=code.label)
        else:
            verb = self.tr("Retire (hide from coding)")
            step = self.tr("Retire {label}").format(label=code.label)
        menu.addAction(
            verb,
            lambda: self.run(
                step, lambda: edit.retire_code(self.project, code.id, not code.retired)
            ),
        )
        menu.addAction(self.tr("Delete…"), lambda: self.delete_code(code.id))
        menu.exec(self.tree.viewport().mapToGlobal(position))
