"""The table of the current document's annotations: quote, one column per variable, memo.

A thin model over the records the article view shows (kept in text order with row-level insert
and remove signals, so coding a span in a long article does not rebuild the table). Editing a memo
cell does not write anything itself: the model emits `memoEdited`, and the window turns that into
an undoable command.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from annotator.core.records.codebook import VariableRecord
from annotator.services.coding.annotations import AnnotationRecord

ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: these are flat tables


def _order(record: AnnotationRecord) -> tuple[int, int, str]:
    return (record.start, record.end, record.uuid)


class AnnotationTableModel(QAbstractTableModel):
    memoEdited = Signal(str, str)  # uuid, new memo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[AnnotationRecord] = []  # in text order (`_order`)
        self._by_uuid: dict[str, AnnotationRecord] = {}
        self._variables: list[VariableRecord] = []
        self._show_coder = False
        self.editable_coder = ""

    def _columns(self) -> list[str]:
        names = [self.tr("Quote")] + ([self.tr("Coder")] if self._show_coder else [])
        variables = [variable.label or variable.name for variable in self._variables]
        return names + variables + [self.tr("Memo")]

    def set_content(
        self,
        records: Sequence[AnnotationRecord],
        variables: Sequence[VariableRecord],
        show_coder: bool,
    ) -> None:
        self.beginResetModel()
        self._records = sorted(records, key=_order)
        self._by_uuid = {record.uuid: record for record in self._records}
        self._variables = list(variables)
        self._show_coder = show_coder
        self.endResetModel()

    def add(self, record: AnnotationRecord) -> None:
        position = bisect_left(self._records, _order(record), key=_order)
        self.beginInsertRows(QModelIndex(), position, position)
        self._records.insert(position, record)
        self._by_uuid[record.uuid] = record
        self.endInsertRows()

    def remove(self, uuid: str) -> None:
        position = self.row_of(uuid)
        if position is not None:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._records[position]
            del self._by_uuid[uuid]
            self.endRemoveRows()

    def replace(self, record: AnnotationRecord) -> None:
        position = self.row_of(record.uuid)
        if position is not None:
            old = self._records[position]
            self._records[position] = record
            self._by_uuid[record.uuid] = record
            if _order(old) != _order(record):  # cannot happen (spans never move); stay sorted
                self.set_content(self._records, self._variables, self._show_coder)
                return
            self.dataChanged.emit(
                self.index(position, 0), self.index(position, self.columnCount() - 1)
            )

    def row_of(self, uuid: str) -> int | None:
        record = self._by_uuid.get(uuid)
        if record is None:
            return None
        position = bisect_left(self._records, _order(record), key=_order)
        return position if self._records[position].uuid == uuid else None

    def record_at(self, position: int) -> AnnotationRecord:
        return self._records[position]

    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns()[section]
        return None

    def _is_memo(self, column: int) -> bool:
        return column == self.columnCount() - 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return " ".join(record.quote.split())
            if self._is_memo(column):
                return record.memo
            if self._show_coder and column == 1:
                return record.coder
            variable = self._variables[column - (2 if self._show_coder else 1)]
            return ", ".join(record.values.get(variable.name, []))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return record.quote
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        record = self._records[index.row()] if index.isValid() else None
        if record and self._is_memo(index.column()) and record.coder == self.editable_coder:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._is_memo(index.column()):
            return False
        record = self._records[index.row()]
        if str(value) != record.memo:
            self.memoEdited.emit(record.uuid, str(value))
        return False  # the command updates the row when the edit is stored


class AnnotationTable(QTableView):
    annotationSelected = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotation_table")
        self.model_ = AnnotationTableModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setDefaultSectionSize(130)
        self.model_.modelReset.connect(lambda: self.setColumnWidth(0, 300))
        self._syncing = False
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model_.rowsAboutToBeRemoved.connect(self._forget_removed_current)
        self.doubleClicked.connect(self._double_clicked)

    def _forget_removed_current(self, _parent: QModelIndex, first: int, last: int) -> None:
        # Qt would make the next row current, which selects (and a second Delete removes) the
        # next span: a removed row leaves nothing selected instead.
        if first <= self.currentIndex().row() <= last:
            self.selectionModel().clear()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self.annotationSelected.emit(self.model_.record_at(current.row()).uuid)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != self.model_.columnCount() - 1:
            self.editRequested.emit(self.model_.record_at(index.row()).uuid)

    def select(self, uuid: str) -> None:
        position = self.model_.row_of(uuid)
        if position is None:
            self.clearSelection()
            return
        self._syncing = True
        try:
            self.selectRow(position)
        finally:
            self._syncing = False
        self.scrollTo(self.model_.index(position, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if index.isValid() and self.selectionModel().isRowSelected(index.row()):
                self.deleteRequested.emit(self.model_.record_at(index.row()).uuid)
            else:
                self.deleteRequested.emit("")  # nothing selected: the window says so
            return
        super().keyPressEvent(event)
