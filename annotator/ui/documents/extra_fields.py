"""The "Other fields" table of the metadata form: a document's extra metadata, editable.

Spreadsheet imports keep every column the importer has no field for ("section", "page", "tone")
as extra metadata; researchers correct those values, add a field a colleague forgot, or drop one
that is noise. This widget only edits a copy: `values()` returns the new mapping and the metadata
dialog sends it as part of one undoable edit. A value left as it was keeps its original type (a
list of tags stays a list); a value that was typed becomes text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key

ORIGINAL_NAME = Qt.ItemDataRole.UserRole + 1  # on a name cell: the stored key, None when new


def shown(value: Any) -> str:
    """A value as the table shows it: text as it is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ExtraFieldsEditor(QWidget):
    def __init__(self, extra: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = dict(extra)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("extra_fields")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(130)
        for name, value in self.original.items():
            self._append(name, shown(value), original=name)
        self.table.resizeColumnToContents(0)
        self.add_button = QPushButton(self.tr("Add Field"))
        self.add_button.setObjectName("add_extra_field")
        self.remove_button = QPushButton(self.tr("Remove Field"))
        self.remove_button.setObjectName("remove_extra_field")
        self.add_button.clicked.connect(lambda: self.add_field())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def _append(self, name: str, value: str, original: str | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(ORIGINAL_NAME, original)
        if original is not None:  # a stored field keeps its name: remove it and add another
            name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, name_item)
        self.table.setItem(row, 1, QTableWidgetItem(value))
        return row

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add_field(self, name: str = "", value: str = "") -> int:
        """Append a row for a new field (and start editing its name when none is given)."""
        row = self._append(name, value, original=None)
        self.table.setCurrentCell(row, 0)
        if not name:
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in reversed(rows):
            self.table.removeRow(row)
        self._update_buttons()

    def values(self) -> dict[str, Any]:
        """The edited mapping; ValueError when a new field has no name or one name is twice."""
        result: dict[str, Any] = {}
        seen: set[str] = set()
        for row in range(self.table.rowCount()):
            name_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            original = name_item.data(ORIGINAL_NAME)
            name = original if original is not None else " ".join(name_item.text().split())
            text = value_item.text() if value_item is not None else ""
            if original is None and not name and not text.strip():
                continue  # an empty row someone added and left
            if not name:
                raise ValueError(
                    self.tr("the new field with the value “{value}” needs a name").format(
                        value=text.strip()
                    )
                )
            if label_key(name) in seen:
                raise ValueError(
                    self.tr("there are two fields called “{name}”; give one another name").format(
                        name=name
                    )
                )
            seen.add(label_key(name))
            unchanged = original is not None and text == shown(self.original[original])
            result[name] = self.original[original] if unchanged else text.strip()
        return result
