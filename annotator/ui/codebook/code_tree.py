"""The editable code tree of one variable: drag a code onto another, or between two, to move it.

Qt's own drag and drop would rearrange the items itself; here a drop only *asks* for the move
(`moveRequested`), the editor runs it as an undoable service edit, and the tree is rebuilt from
the file, so what is shown is always what is stored. Retired codes stay visible, greyed, because
annotations still use them; each code shows how many annotations use it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from annotator.core.records.codebook import CodeRecord, VariableRecord
from annotator.ui.coding.codebook_panel import code_tooltip, swatch

ID_ROLE = Qt.ItemDataRole.UserRole + 2
RETIRED = QColor("#8a8a8a")


class CodeTree(QTreeWidget):
    moveRequested = Signal(int, object, int)  # code id, new parent id (None: top), position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_tree")
        self.setHeaderLabels([self.tr("Code"), self.tr("Key"), self.tr("Used by")])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.codes: dict[int, CodeRecord] = {}

    def set_variable(self, variable: VariableRecord | None, usage: dict[str, int]) -> None:
        """Show `variable`'s codes; keeps the selected code selected when it still exists."""
        selected = self.current_code()
        self.clear()
        self.codes = {}
        if variable is None:
            return
        items: dict[int, QTreeWidgetItem] = {}
        for code in variable.codes:
            parent = items.get(code.parent_id) if code.parent_id else None
            used = usage.get(code.uuid, 0)
            label = (
                self.tr("{label}  (retired)").format(label=code.label)
                if code.retired
                else code.label
            )
            item = QTreeWidgetItem([label, (code.shortcut or "").upper(), str(used or "")])
            if code.colour:
                item.setIcon(0, swatch(code.colour))
            item.setToolTip(0, code_tooltip(code))
            item.setData(0, ID_ROLE, code.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            if code.retired:
                for column in range(3):
                    item.setForeground(column, QBrush(RETIRED))
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[code.id] = item
            self.codes[code.id] = code
        self.expandAll()
        if selected is not None and selected.id in items:
            self.setCurrentItem(items[selected.id])

    def current_code(self) -> CodeRecord | None:
        item = self.currentItem()
        return None if item is None else self.codes.get(item.data(0, ID_ROLE))

    def select_code(self, code_id: int) -> None:
        for item in self.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ID_ROLE) == code_id:
                self.setCurrentItem(item)
                return

    def dropEvent(self, event: QDropEvent) -> None:
        """Turn the drop into (parent, position) and ask for it; the tree itself stays as is."""
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is not None:
            move = self.drop_move(dragged, target, self.dropIndicatorPosition())
            if move is not None:
                self.moveRequested.emit(dragged.data(0, ID_ROLE), *move)

    def drop_move(
        self,
        dragged: QTreeWidgetItem,
        target: QTreeWidgetItem | None,
        where: QAbstractItemView.DropIndicatorPosition,
    ) -> tuple[int | None, int] | None:
        """(new parent id or None for the top level, position among its children), or None."""
        Indicator = QAbstractItemView.DropIndicatorPosition
        if target is None or where is Indicator.OnViewport:
            return None, self.topLevelItemCount()
        if target is dragged:
            return None
        if where is Indicator.OnItem:
            return target.data(0, ID_ROLE), target.childCount()
        parent = target.parent()
        siblings = (
            [parent.child(n) for n in range(parent.childCount())]
            if parent is not None
            else [self.topLevelItem(n) for n in range(self.topLevelItemCount())]
        )
        others = [item for item in siblings if item is not dragged]
        index = others.index(target) + (1 if where is Indicator.BelowItem else 0)
        return (parent.data(0, ID_ROLE) if parent is not None else None), index
