"""A frequency table as a Qt table model: counts, row or column percentages, with totals.

A thin adapter over `annotator.services.findings.table.FrequencyTable` (the same numbers the
command line prints and the XLSX export writes): the last row and column hold the totals (for
counts), percentages show one decimal, and an empty cell's percentage is left blank.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from annotator.services.findings.table import FrequencyTable

COUNTS, ROW_PERCENT, COLUMN_PERCENT = "counts", "row", "column"
Index = QModelIndex | QPersistentModelIndex


class FrequencyModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: FrequencyTable | None = None
        self.show = COUNTS

    def set_result(self, result: FrequencyTable | None, show: str = COUNTS) -> None:
        self.beginResetModel()
        self.result, self.show = result, show
        self.endResetModel()

    def _totals(self) -> bool:
        return self.show == COUNTS

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.table.rows) + (1 if self._totals() else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.table.columns) + (1 if self._totals() else 0)

    def value(self, row: int, column: int) -> int | float | None:
        """The number shown in a cell (totals included)."""
        assert self.result is not None
        table = self.result.table
        rows, columns = len(table.rows), len(table.columns)
        if self.show == ROW_PERCENT:
            return table.row_percent()[row][column]
        if self.show == COLUMN_PERCENT:
            return table.column_percent()[row][column]
        if row == rows and column == columns:
            return table.total
        if row == rows:
            return table.column_totals[column]
        if column == columns:
            return table.row_totals[row]
        return table.counts[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(index.row(), index.column())
            if value is None:
                return ""
            return f"{value:.1f}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._totals():
            table = self.result.table
            if index.row() == len(table.rows) or index.column() == len(table.columns):
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.result is None:
            return None
        table = self.result.table
        labels = table.rows if orientation == Qt.Orientation.Vertical else table.columns
        if section < len(labels):
            label = labels[section]
            if orientation == Qt.Orientation.Horizontal and self.result.columns is None:
                return self.tr("Count") if self.show == COUNTS else self.tr("%")
            return label
        return self.tr("Total")
