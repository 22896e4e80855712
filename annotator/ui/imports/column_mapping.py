"""The column-mapping step for a spreadsheet of articles (.csv, .xlsx): which column is what.

Shows the importer's guess (`io.imports.columns.guess_mapping`) as one drop-down per role — text,
title, date, outlet, author, URL, language — above the table's first rows, whose headers say the
role each column got. Columns that get no role are kept as extra metadata. The result is a
`ColumnMapping`, which the import passes to the reader in `ImportOptions.column_mappings`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.io.imports.columns import ROLES, ColumnMapping
from annotator.io.imports.spreadsheets import TablePreview

ROLE_LABELS = {
    "text": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Article text"),
    "title": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Title"),
    "date": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Date"),
    "outlet": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Outlet"),
    "author": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Author"),
    "url": QT_TRANSLATE_NOOP("ColumnMappingDialog", "URL"),
    "language": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Language"),
}


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        file_name: str,
        preview: TablePreview,
        mapping: ColumnMapping | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("column_mapping_dialog")
        self.setWindowTitle(self.tr("Columns of {name}").format(name=file_name))
        self.preview = preview
        current = mapping or preview.mapping
        intro = QLabel(
            self.tr(
                "Each row of this table becomes one article. Choose the column that holds the "
                "article text and, where there are any, the columns for its metadata. Other "
                "columns are kept as extra metadata."
            )
        )
        intro.setWordWrap(True)
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        for role in ROLES:
            box = QComboBox()
            box.setObjectName(f"role_{role}")
            box.addItem(self.tr("— none —"), None)
            for header in preview.headers:
                box.addItem(header, header)
            chosen = getattr(current, role)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            box.currentIndexChanged.connect(self._update)
            self.boxes[role] = box
            label = self.tr("{role} (required):") if role == "text" else self.tr("{role}:")
            form.addRow(label.format(role=self.tr(ROLE_LABELS[role])), box)
        self.table = QTableWidget(len(preview.rows), len(preview.headers))
        self.table.setObjectName("table_preview")
        for row, values in enumerate(preview.rows):
            for column, value in enumerate(values[: len(preview.headers)]):
                shown = value if len(value) <= 200 else value[:200] + "…"
                self.table.setItem(row, column, QTableWidgetItem(shown))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        first = (
            self.tr("The first %n row(s) (sheet {sheet}):", "", len(preview.rows))
            if preview.sheet
            else self.tr("The first %n row(s):", "", len(preview.rows))
        )
        layout.addWidget(QLabel(first.format(sheet=preview.sheet)))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self._update()

    def mapping(self) -> ColumnMapping:
        roles = {role: box.currentData() for role, box in self.boxes.items()}
        return ColumnMapping(**roles, ignored=self.preview.mapping.ignored)

    def _update(self) -> None:
        mapping = self.mapping()
        headers = []
        for header in self.preview.headers:
            role = mapping.role_of(header)
            headers.append(f"{header}\n→ {self.tr(ROLE_LABELS[role])}" if role else header)
        self.table.setHorizontalHeaderLabels(headers)
        used = [getattr(mapping, role) for role in ROLES if getattr(mapping, role)]
        problem = ""
        if mapping.text is None:
            problem = self.tr("Choose the column that holds the article text.")
        elif len(used) != len(set(used)):
            problem = self.tr("One column is chosen for two roles.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
