"""The variables column of the codebook editor: the list, its buttons, and each variable's kind.

Layout only (the editor connects the widgets to service edits), kept apart so the editor module
reads as what each gesture does rather than how the window is laid out.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.records.codebook import VariableRecord
from annotator.core.vocabulary import VariableKind

KINDS = (
    (VariableKind.CATEGORY, QT_TRANSLATE_NOOP("VariableColumn", "Categories (unordered)")),
    (
        VariableKind.SCALE,
        QT_TRANSLATE_NOOP(
            "VariableColumn", "Ordered scale (e.g. tone: negative < neutral < positive)"
        ),
    ),
    (VariableKind.TEXT, QT_TRANSLATE_NOOP("VariableColumn", "Free text typed by the coder")),
)


def button(text: str, tip: str, name: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setToolTip(tip)
    made.setObjectName(name)
    return made


class VariableColumn(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Variables"), parent)
        self.list = QListWidget()
        self.list.setObjectName("variable_list")
        self.kind = QComboBox()
        for kind, text in KINDS:
            self.kind.addItem(self.tr(text), kind)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(16)
        self.multiple = QCheckBox(self.tr("Several codes per span"))
        self.multiple.setToolTip(self.tr("e.g. framing: a span may carry several frames"))
        self.open_list = QCheckBox(self.tr("Coders may add codes while coding"))
        self.open_list.setToolTip(self.tr("An open list, like actor names"))
        self.add = button(self.tr("Add…"), self.tr("Add a variable"), "add_variable")
        self.rename = button(self.tr("Rename…"), self.tr("Rename the variable"), "rename_variable")
        self.up, self.down = QToolButton(text="▲"), QToolButton(text="▼")
        self.up.setToolTip(
            self.tr("Move the variable up (its place in the coding popup and exports)")
        )
        self.down.setToolTip(self.tr("Move the variable down"))
        self.delete = button(
            self.tr("Delete…"), self.tr("Delete an unused variable"), "delete_variable"
        )
        buttons = QHBoxLayout()
        for widget in (self.add, self.rename, self.up, self.down, self.delete):
            buttons.addWidget(widget)
        box = QVBoxLayout(self)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        box.addWidget(QLabel(self.tr("Its values are:")))
        box.addWidget(self.kind)
        box.addWidget(self.multiple)
        box.addWidget(self.open_list)

    def show_variable(self, variable: VariableRecord) -> None:
        self.kind.setCurrentIndex([kind for kind, _ in KINDS].index(variable.kind))
        self.multiple.setChecked(variable.multiple)
        self.open_list.setChecked(variable.open)
