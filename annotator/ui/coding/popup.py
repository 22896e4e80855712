"""The compact coding popup: every variable of the codebook set at once, from the keyboard.

Opened with Enter on a selection (or F2 / double-click on an annotation). Category variables are
editable combo boxes with type-ahead (the list matches anywhere in a label, so "put" finds
"Vladimir Putin"; Tab, Enter and the Code button take the one code a typed prefix leaves, see
`type_ahead`); an open variable such as `actor` accepts a new label and asks under which code to
file it, in a row whose space is kept so nothing moves when it appears; variables that take
several codes are check boxes; text variables are line edits. An error line goes as soon as the
fields are valid again. The popup only collects values and the new codes to add (`new_codes`) —
the window turns them into one undoable step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.core.records.codebook import VariableRecord
from annotator.core.vocabulary import VariableKind
from annotator.ui.coding.codebook_index import CodebookIndex
from annotator.ui.coding.codebook_panel import swatch
from annotator.ui.coding.type_ahead import TypedLabel, resolve_typed_label
from annotator.ui.undo.coding import short_quote

FIELD_CHARACTERS = (
    24  # combo boxes are this wide whatever their labels: a long name squeezes nothing
)
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
        self.setWindowTitle(self.tr("Code span"))
        self._index = index
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, list[str]] = {}  # the codes a combo box offers, per variable
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
            form.addRow(
                self.tr("{variable}:").format(variable=variable.label or variable.name), widget
            )
        self.memo = QLineEdit(memo, placeholderText=self.tr("A note for yourself or the team"))
        self.memo.setObjectName("value_memo")
        form.addRow(self.tr("Memo:"), self.memo)
        self._new_label = QLabel()
        self._new_parent = QComboBox()
        self._new_parent.setObjectName("new_code_parent")
        self._fit_width(self._new_parent)
        # The row keeps its space while empty (a stack is as large as its largest page), so no
        # field moves and the popup keeps its size when a new name makes it appear; it comes
        # last, where the empty space reads as the gap above the buttons.
        self._new_row = [QStackedWidget(), QStackedWidget()]
        for stack, widget in zip(self._new_row, (self._new_label, self._new_parent), strict=True):
            stack.addWidget(QWidget())
            stack.addWidget(widget)
        form.addRow(*self._new_row)
        open_variables = [v for v in index.variables if v.open and v.kind is not VariableKind.TEXT]
        if open_variables:
            self._new_label.setText(self._new_label_text(open_variables[0]))
        else:
            form.setRowVisible(self._new_row[1], False)
        self.error = QLabel()
        self.error.setObjectName("popup_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Code"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def _fit_width(combo: QComboBox) -> None:
        """A combo box as wide as its row, never as wide as its longest label."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FIELD_CHARACTERS)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def _make_field(self, variable: VariableRecord, current: list[str]) -> QWidget:
        codes = [code for code in variable.codes if not code.retired]
        if variable.kind is VariableKind.TEXT:
            line = QLineEdit(", ".join(current))
            line.textEdited.connect(self._field_edited)
            return line
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
                check.toggled.connect(self._field_edited)
                grid.addWidget(check, number // 2, number % 2)
            return box
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fit_width(combo)
        self._labels[variable.name] = [code.label for code in codes]
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
            self.tr("type to search, or a new name") if variable.open else self.tr("type to search")
        )
        combo.setEditText(current[0] if current else "")
        combo.lineEdit().editingFinished.connect(lambda v=variable: self._complete(v))
        combo.lineEdit().returnPressed.connect(self._return_pressed)
        combo.installEventFilter(self)  # Tab: the combo loses focus even while the list shows
        combo.editTextChanged.connect(self._field_edited)
        if variable.open:
            combo.editTextChanged.connect(lambda text, v=variable: self._new_code_hint(v, text))
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for variable in self._index.variables:
                if self._widgets.get(variable.name) is watched:
                    self._complete(variable)
        return super().eventFilter(watched, event)

    def _return_pressed(self) -> None:
        """Enter in a field codes (its unique prefix taken), even while its list is open."""
        if self.isVisible():
            self.accept()

    def _resolve(self, variable: VariableRecord, text: str) -> TypedLabel:
        return resolve_typed_label(text, self._labels[variable.name], anywhere=not variable.open)

    def _complete(self, variable: VariableRecord) -> None:
        """Tab or Enter: a unique prefix becomes the code it names, as in every completer."""
        combo = self._widgets.get(variable.name)
        if not isinstance(combo, QComboBox):
            return
        meant = self._resolve(variable, combo.currentText()).label
        if meant is not None and combo.currentText() != meant:
            combo.setEditText(meant)

    def _known(self, variable: VariableRecord, label: str) -> bool:
        return any(label_key(code.label) == label_key(label) for code in variable.codes)

    def _new_label_text(self, variable: VariableRecord) -> str:
        noun = variable.label.lower() or variable.name
        return self.tr("New {noun} under:").format(noun=noun)

    def _new_code_hint(self, variable: VariableRecord, text: str) -> None:
        label = " ".join(text.split())
        typed = self._resolve(variable, label)
        is_new = bool(label) and typed.label is None and not typed.candidates
        for stack in self._new_row:
            stack.setCurrentIndex(1 if is_new else 0)
        if not is_new:
            return
        self._new_label.setText(self._new_label_text(variable))
        self._new_parent.setToolTip(
            self.tr(
                "“{label}” is not in the codebook yet: it is added under the code chosen here"
            ).format(label=label)
        )
        if self._new_parent.property("variable") != variable.name:
            self._new_parent.clear()
            self._new_parent.addItem(self.tr("(top level)"), None)
            for code in variable.codes:
                if not code.retired:
                    self._new_parent.addItem(("   " * code.depth) + code.label, code.label)
            self._new_parent.setProperty("variable", variable.name)

    def field(self, name: str) -> QWidget:
        return self._widgets[name]

    def values(self) -> dict[str, list[str]]:
        """{variable name: labels}; an empty list clears that variable. A typed unique prefix
        counts as the code it names."""
        result: dict[str, list[str]] = {}
        for variable in self._index.variables:
            widget = self._widgets[variable.name]
            if isinstance(widget, QComboBox):
                text = " ".join(widget.currentText().split())  # as the codebook stores labels
                meant = self._resolve(variable, text).label
                result[variable.name] = [meant or text] if text else []
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                result[variable.name] = [text] if text else []
            else:
                result[variable.name] = [
                    check.text() for check in widget.findChildren(QCheckBox) if check.isChecked()
                ]
        return result

    def _problem(self) -> tuple[str, QWidget] | None:
        """The first field the popup cannot code as it is, with one sentence saying why."""
        for variable in self._index.variables:
            widget = self._widgets[variable.name]
            if not isinstance(widget, QComboBox):
                continue
            text = " ".join(widget.currentText().split())
            typed = self._resolve(variable, text)
            name = variable.label or variable.name
            if not text or typed.label is not None:
                continue
            if typed.candidates:
                return (
                    self.tr("{variable}: “{text}” could be {candidates}; type more of it.").format(
                        variable=name,
                        text=text,
                        candidates=", ".join(f"“{label}”" for label in typed.candidates[:6])
                        + (" …" if len(typed.candidates) > 6 else ""),
                    ),
                    widget,
                )
            if not variable.open:
                return (
                    self.tr("{variable} has no code “{label}”; choose one from the list.").format(
                        variable=name, label=text
                    ),
                    widget,
                )
        return None

    def _field_edited(self) -> None:
        """An error line stays only while its problem does: fixed fields clear it at once."""
        if self.error.isHidden():
            return
        problem = self._problem()
        if problem is None:
            self.error.hide()
            self.error.clear()
        else:
            self.error.setText(problem[0])

    def accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.error.setText(problem[0])
            self.error.show()
            problem[1].setFocus()
            return
        self.error.hide()
        self.new_codes = []
        values = self.values()
        for variable in self._index.variables:
            if variable.kind is VariableKind.TEXT or not variable.open:
                continue
            for label in values[variable.name]:
                if self._known(variable, label):
                    continue
                asked = self._new_parent.property("variable") == variable.name
                parent = self._new_parent.currentData() if asked else None
                self.new_codes.append((variable.name, label, parent))
        super().accept()
