"""The details of one code in the codebook editor: label, colour, shortcut and the coding rules.

A form, nothing more: it shows a `CodeRecord` and, on "Save changes", emits the fields that
differ, which the editor turns into undoable service edits (a refused shortcut shows the service's
message naming the code that already has it). Colour comes from `QColorDialog`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.codebook_draft import SHORTCUT_MAX
from annotator.core.records.codebook import CodeRecord
from annotator.ui.coding.codebook_panel import swatch

TEXTS = (
    ("definition", QT_TRANSLATE_NOOP("CodeForm", "Definition")),
    ("include", QT_TRANSLATE_NOOP("CodeForm", "When to use")),
    ("exclude", QT_TRANSLATE_NOOP("CodeForm", "When not to use")),
    ("example", QT_TRANSLATE_NOOP("CodeForm", "Examples")),
)


class CodeForm(QWidget):
    saveRequested = Signal(int, dict)  # code id, changed fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code: CodeRecord | None = None
        self._colour: str | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.label = QLineEdit()
        self.label.setObjectName("code_label")
        self.colour_button = QPushButton(self.tr("Choose…"))
        self.colour_button.setObjectName("code_colour")
        self.clear_colour = QPushButton(self.tr("Use parent's"))
        self.clear_colour.setToolTip(
            self.tr("No colour of its own: the code wears its parent's colour")
        )
        self.shortcut = QLineEdit()
        self.shortcut.setObjectName("code_shortcut")
        self.shortcut.setMaxLength(SHORTCUT_MAX)
        self.shortcut.setPlaceholderText(self.tr("one key, e.g. g"))
        self.shortcut.setToolTip(
            self.tr("Pressed while coding, applies this code to the selection")
        )
        self.texts: dict[str, QPlainTextEdit] = {}
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.clear_colour)
        colour_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Shortcut key"), self.shortcut)
        for name, title in TEXTS:
            edit = QPlainTextEdit()
            edit.setObjectName(f"code_{name}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(48)
            self.texts[name] = edit
            form.addRow(self.tr(title), edit)
        self.save = QPushButton(self.tr("Save changes"))
        self.save.setObjectName("save_code")
        self.save.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form, 1)
        layout.addWidget(self.save)
        self.colour_button.clicked.connect(self._choose_colour)
        self.clear_colour.clicked.connect(lambda: self._set_colour(None))
        self.save.clicked.connect(self._emit)
        self.show_code(None)

    def show_code(self, code: CodeRecord | None) -> None:
        self.code = code
        self.setEnabled(code is not None)
        title = self.tr("Choose a code on the left to see and edit its details.")
        if code is not None:
            title = (
                self.tr("<b>{label}</b> — retired: kept for existing annotations")
                if code.retired
                else "<b>{label}</b>"
            ).format(label=escape(code.label))
        self.title.setText(title)
        self.label.setText(code.label if code else "")
        self.shortcut.setText(code.shortcut or "" if code else "")
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(code, name) if code else "")
        self._set_colour(code.colour if code else None)

    def _set_colour(self, colour: str | None) -> None:
        self._colour = colour
        if colour:
            self.colour_button.setIcon(swatch(colour, 14))
            self.colour_button.setText(colour)
        else:
            self.colour_button.setIcon(swatch("#ffffff", 14))
            self.colour_button.setText(self.tr("Parent's colour"))

    def _choose_colour(self) -> None:
        start = QColor(self._colour or "#ffffff")
        chosen = QColorDialog.getColor(start, self, self.tr("Colour of the code"))
        if chosen.isValid():
            self._set_colour(chosen.name().upper())

    def choose_colour_and_save(self) -> None:
        """The context menu's "Change colour…": pick a colour and save it at once."""
        self._choose_colour()
        self._emit()

    def changes(self) -> dict[str, Any]:
        """The fields the coder changed (empty when nothing did)."""
        if self.code is None:
            return {}
        now: dict[str, Any] = {
            "label": self.label.text().strip(),
            "shortcut": self.shortcut.text().strip() or None,
            "colour": self._colour,
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
        }
        return {name: value for name, value in now.items() if value != getattr(self.code, name)}

    def _emit(self) -> None:
        if self.code is not None:
            self.saveRequested.emit(self.code.id, self.changes())
