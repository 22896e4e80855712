"""Correcting a document's metadata from the document list's context menu, undoably.

Importers guess titles, outlets and dates; researchers fix them. Right-click a document → "Edit
Metadata…" opens a small form (title, outlet, date, author, URL, language, and the extra fields a
spreadsheet's other columns became, which can be changed, added and removed). Only the fields
that changed are sent to `services.corpus.metadata.edit_metadata` as one `EditMetadata` command, so
Ctrl+Z restores them all at once; a value the service refuses (a bad date) is shown in the form,
which stays open.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.errors import AnnotatorError
from annotator.services.corpus.metadata import document_metadata
from annotator.ui.documents.extra_fields import ExtraFieldsEditor
from annotator.ui.undo.study import EditMetadata

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

FIELDS = {  # field: (label, placeholder), translated when shown
    "title": (QT_TRANSLATE_NOOP("MetadataDialog", "Title"), ""),
    "outlet": (
        QT_TRANSLATE_NOOP("MetadataDialog", "Outlet"),
        QT_TRANSLATE_NOOP("MetadataDialog", "e.g. The Guardian"),
    ),
    "published": (
        QT_TRANSLATE_NOOP("MetadataDialog", "Date"),
        QT_TRANSLATE_NOOP("MetadataDialog", "YYYY-MM-DD"),
    ),
    "author": (QT_TRANSLATE_NOOP("MetadataDialog", "Author"), ""),
    "url": (QT_TRANSLATE_NOOP("MetadataDialog", "URL"), "https://…"),
    "language": (
        QT_TRANSLATE_NOOP("MetadataDialog", "Language"),
        QT_TRANSLATE_NOOP("MetadataDialog", "a code such as en, ru or de"),
    ),
}


def _text(value: Any) -> str:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else str(value)


class MetadataDialog(QDialog):
    """The form; `save(changes)` returns an error message, or "" when the edit was made."""

    def __init__(
        self, values: dict[str, Any], save: Callable[[dict[str, Any]], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("metadata_dialog")
        self.setWindowTitle(self.tr("Edit metadata"))
        self.values = values
        self.save = save
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, (label, hint) in FIELDS.items():
            edit = QLineEdit(_text(values.get(name)), placeholderText=self.tr(hint) if hint else "")
            edit.setObjectName(f"field_{name}")
            edit.setMinimumWidth(420)
            edit.setCursorPosition(0)  # a long title shows its beginning
            self.edits[name] = edit
            form.addRow(self.tr("{field}:").format(field=self.tr(label)), edit)
        self.extra = ExtraFieldsEditor(values.get("extra") or {})
        form.addRow(self.tr("Other fields:"), self.extra)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.setWordWrap(True)
        note = QLabel(self.tr("The article's text cannot be changed: annotations point into it."))
        note.setStyleSheet("color: #6b6b6b")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        """The fields that changed; ValueError when the other fields cannot be read."""
        changes: dict[str, Any] = {
            name: edit.text().strip()
            for name, edit in self.edits.items()
            if edit.text().strip() != _text(self.values.get(name))
        }
        extra = self.extra.values()
        if extra != (self.values.get("extra") or {}):
            changes["extra"] = extra
        return changes

    def try_save(self) -> None:
        try:
            changes = self.changes()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        problem = self.save(changes) if changes else ""
        self.problem.setText(problem)
        if not problem:
            self.accept()


class MetadataEditing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def dialog(self, document_id: int) -> MetadataDialog | None:
        bench = self.window.workbench
        if bench is None:
            return None
        try:
            values = document_metadata(bench.project, document_id)
        except AnnotatorError as error:
            self.window.show_error(self.tr("The document could not be read"), str(error))
            return None
        return MetadataDialog(values, lambda changes: self.save(document_id, changes), self.window)

    def edit(self, document_id: int) -> None:
        dialog = self.dialog(document_id)
        if dialog is not None:
            dialog.exec()

    def save(self, document_id: int, changes: dict[str, Any]) -> str:
        """Make the edit as an undoable command; returns the refusal, or "" when done."""
        bench = self.window.workbench
        if bench is None:
            return self.tr("No project is open.")
        command = EditMetadata(
            bench.project,
            document_id,
            changes,
            self.refresh_row,
            lambda message: self.window.show_error(
                self.tr("The metadata was not changed"), message
            ),
        )
        try:
            command.apply()
        except AnnotatorError as error:
            return str(error)
        self.window.undo_stack.push(command)
        return ""

    def refresh_row(self, document_id: int) -> None:
        bench = self.window.workbench
        if bench is None:
            return
        values = document_metadata(bench.project, document_id)
        self.window.document_panel.update_row(
            document_id,
            title=values["title"],
            outlet=values["outlet"] or "",
            author=values["author"] or "",
            published=values["published"],
            language=values["language"] or "",
            extra_json=json.dumps(values["extra"], ensure_ascii=False) if values["extra"] else "",
        )
