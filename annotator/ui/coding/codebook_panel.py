"""The codebook panel: each variable with its code tree, colour swatches and shortcut keys.

Clicking a code applies it to the selection (or to the current annotation); hovering shows the
code's definition, when to use it, when not to, and an example — what a coder checks most often
on their first day.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.core.records.codebook import CodeRecord
from annotator.ui.coding.codebook_index import CodebookIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_HINT = QT_TRANSLATE_NOOP(  # translated when shown
    "CodebookPanel", "<i>Point at a code to read its definition, when to use it and examples.</i>"
)


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def code_tooltip(code: CodeRecord) -> str:
    parts = [f"<b>{escape(code.label)}</b>"]
    for title, body in (
        ("", code.definition),
        (QCoreApplication.translate("CodebookPanel", "Use when: "), code.include),
        (QCoreApplication.translate("CodebookPanel", "Not when: "), code.exclude),
        (QCoreApplication.translate("CodebookPanel", "Example: "), code.example),
    ):
        if body:
            parts.append(f"<p>{'<i>' + title + '</i>' if title else ''}{escape(body)}</p>")
    return "".join(parts)


class CodebookPanel(QWidget):
    codeClicked = Signal(str, str)  # variable name, code label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr(
                "Select text, then press a code's key or click the code. "
                "Enter sets every variable at once."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.filter_box = QLineEdit(placeholderText=self.tr("Find a code"))
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("codebook_tree")
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Key")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        self.details = QLabel()  # the rules of the code under the mouse or selected
        self.details.setObjectName("code_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setText(self.tr(DETAILS_HINT))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        details_area = QScrollArea()
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        details_area.setMaximumHeight(150)
        layout.addWidget(details_area)
        self.tree.setMouseTracking(True)
        self.tree.itemEntered.connect(self._show_details)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.itemClicked.connect(self._clicked)
        self.filter_box.textChanged.connect(self._filter)

    def set_codebook(self, index: CodebookIndex) -> None:
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for variable in index.variables:
            top = QTreeWidgetItem([variable.label or variable.name])
            top.setFont(0, bold)
            top.setToolTip(0, escape(variable.description))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            items: dict[int, QTreeWidgetItem] = {}
            for code in variable.codes:
                if code.retired:
                    continue
                parent = items.get(code.parent_id, top) if code.parent_id else top
                item = QTreeWidgetItem(parent, [code.label, (code.shortcut or "").upper()])
                item.setIcon(0, swatch(index.code_colour(variable.name, code.label)))
                item.setToolTip(0, code_tooltip(code))
                item.setData(0, CODE_ROLE, (variable.name, code.label))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                items[code.id] = item
            top.setExpanded(True)
            for item in items.values():
                item.setExpanded(False)
        self._filter(self.filter_box.text())

    def _show_details(self, item: QTreeWidgetItem | None, *_: object) -> None:
        rules = item.toolTip(0) if item is not None and item.data(0, CODE_ROLE) else ""
        self.details.setText(rules or self.tr(DETAILS_HINT))

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, CODE_ROLE)
        if data:
            self.codeClicked.emit(*data)

    def _filter(self, text: str) -> None:
        needle = label_key(text).strip()

        def visit(item: QTreeWidgetItem) -> bool:
            shown = False
            for number in range(item.childCount()):
                shown = visit(item.child(number)) or shown
            matches = not needle or needle in label_key(item.text(0))
            item.setHidden(not (matches or shown))
            if needle and shown:
                item.setExpanded(True)
            return matches or shown

        for number in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(number)
            for child in range(top.childCount()):
                visit(top.child(child))
