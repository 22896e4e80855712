"""The compact coding popup: every variable of the codebook set at once, from the keyboard.

Opened with Enter on a selection (or F2 / double-click on an annotation). Category variables are
editable combo boxes with type-ahead (matching anywhere in a label, so "put" finds "Vladimir
Putin"); an open variable such as `actor` accepts a new label and asks under which code to file
it; variables that take several codes are check boxes; text variables are line edits. The popup
only collects values and the new codes to add (`new_codes`) — the window turns them into one
undoable step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.core.records.codebook import VariableRecord
from annotator.core.vocabulary import VariableKind
from annotator.ui.coding.codebook_index import CodebookIndex
from annotator.ui.coding.codebook_panel import swatch
from annotator.ui.undo.coding import short_quote

NO_PARENT = "(top level)"
NewCode = tuple[str, str, str | None]  # variable name, label, label of the parent code or None


class CodingPopup(QDialog):
    def __init__(
        self,
        index: CodebookIndex,
        quote: str,
        values: Mapping[str, Sequence[str]] | None = None,
        memo: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coding_popup")
        self.setWindowTitle("Code span")
        self._index = index
        self._widgets: dict[str, QWidget] = {}
        self.new_codes: list[NewCode] = []
        values = values or {}
        heading = QLabel(short_quote(quote))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-style: italic;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for variable in index.variables:
            widget = self._make_field(variable, list(values.get(variable.name, [])))
            widget.setObjectName(f"value_{variable.name}")
            widget.setToolTip(variable.description)
            self._widgets[variable.name] = widget
            form.addRow(f"{variable.label or variable.name}:", widget)
        self._new_label = QLabel()
        self._new_label.setWordWrap(True)
        self._new_parent = QComboBox()
        self._new_parent.setObjectName("new_code_parent")
        form.addRow(self._new_label, self._new_parent)
        self._new_label.hide()
        self._new_parent.hide()
        self.memo = QLineEdit(memo, placeholderText="A note for yourself or the team")
        self.memo.setObjectName("value_memo")
        form.addRow("Memo:", self.memo)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Code")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _make_field(self, variable: VariableRecord, current: list[str]) -> QWidget:
        codes = [code for code in variable.codes if not code.retired]
        if variable.kind is VariableKind.TEXT:
            return QLineEdit(", ".join(current))
        if variable.multiple:
            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            chosen = {label_key(label) for label in current}
            for number, code in enumerate(codes):
                check = QCheckBox(code.label)
                check.setIcon(swatch(self._index.code_colour(variable.name, code.label)))
                check.setChecked(label_key(code.label) in chosen)
                check.setToolTip(code.definition)
                grid.addWidget(check, number // 2, number % 2)
            return box
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")
        for code in codes:
            combo.addItem(
                swatch(self._index.code_colour(variable.name, code.label)),
                ("   " * code.depth) + code.label,
                code.label,
            )
            combo.setItemData(combo.count() - 1, code.definition, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter([code.label for code in codes], combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.lineEdit().setPlaceholderText(
            "type to search, or a new name" if variable.open else "type to search"
        )
        combo.setEditText(current[0] if current else "")
        if variable.open:
            combo.editTextChanged.connect(lambda text, v=variable: self._new_code_hint(v, text))
        return combo

    def _known(self, variable: VariableRecord, label: str) -> bool:
        return any(label_key(code.label) == label_key(label) for code in variable.codes)

    def _new_code_hint(self, variable: VariableRecord, text: str) -> None:
        label = text.strip()
        is_new = bool(label) and not self._known(variable, label)
        self._new_label.setVisible(is_new)
        self._new_parent.setVisible(is_new)
        if not is_new:
            return
        noun = variable.label.lower() or variable.name
        self._new_label.setText(f"New {noun} “{label}”, file under:")
        if self._new_parent.property("variable") != variable.name:
            self._new_parent.clear()
            self._new_parent.addItem(NO_PARENT, None)
            for code in variable.codes:
                if not code.retired:
                    self._new_parent.addItem(("   " * code.depth) + code.label, code.label)
            self._new_parent.setProperty("variable", variable.name)

    def field(self, name: str) -> QWidget:
        return self._widgets[name]

    def values(self) -> dict[str, list[str]]:
        """{variable name: labels}; an empty list clears that variable."""
        result: dict[str, list[str]] = {}
        for variable in self._index.variables:
            widget = self._widgets[variable.name]
            if isinstance(widget, QComboBox):
                text = " ".join(widget.currentText().split())  # as the codebook stores labels
                result[variable.name] = [text] if text else []
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                result[variable.name] = [text] if text else []
            else:
                result[variable.name] = [
                    check.text() for check in widget.findChildren(QCheckBox) if check.isChecked()
                ]
        return result

    def accept(self) -> None:
        self.new_codes = []
        for variable in self._index.variables:
            for label in self.values()[variable.name]:
                if variable.kind is VariableKind.TEXT or self._known(variable, label):
                    continue
                if not variable.open:
                    self.error.setText(
                        f"{variable.label or variable.name} has no code “{label}”; "
                        "choose one from the list."
                    )
                    self.error.show()
                    self._widgets[variable.name].setFocus()
                    return
                asked = self._new_parent.property("variable") == variable.name
                parent = self._new_parent.currentData() if asked else None
                self.new_codes.append((variable.name, label, parent))
        super().accept()
