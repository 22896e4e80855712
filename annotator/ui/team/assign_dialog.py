"""Analysis → Assign Documents…: split the corpus among coders, with an overlap for reliability.

The lead ticks the coders (or adds new ones), names the set, chooses the documents (all, the
ones the document list's filter shows, or the selected ones), the overlap every coder (or a
rotating pair) codes, strata and balance, and a seed. Every change re-plans the assignment as a
dry run (`services.assignments.assign(..., dry_run=True)`), so the preview table shows what each
coder will get before anything is written; a problem (an unusable set name, too large an overlap)
shows as one line instead, and Assign stays disabled. The dialog only collects the choices:
`team.tools.TeamTools` makes the assignment one undoable step.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services import assignments
from annotator.services.assignments import DEFAULT_SET, AssignReport, assign, set_names

MAX_SEED = 999_999_999


def free_set_name(taken: Sequence[str]) -> str:
    """ "main" when it is free, else the first free "main-2", "main-3", …"""
    return assignments.free_set_name(DEFAULT_SET, taken)


class AssignDialog(QDialog):
    def __init__(
        self,
        project: Project,
        coders: Sequence[str],
        filtered: Sequence[int] | None,
        selected: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assign_dialog")
        self.setWindowTitle(self.tr("Assign documents to coders"))
        self.project = project
        self.filtered = list(filtered) if filtered is not None else None
        self.selected = list(selected)
        self.report: AssignReport | None = None
        self.problem = ""
        intro = QLabel(
            self.tr(
                "Split the documents among the coders. The overlap is coded by every coder (or "
                "by a rotating pair) to measure reliability; the rest is split evenly. Each "
                "coder's list then shows only their own documents (My documents)."
            )
        )
        intro.setWordWrap(True)
        self.coder_list = QListWidget()
        self.coder_list.setObjectName("assign_coders")
        self.coder_list.setMaximumHeight(120)
        for name in coders:
            self._add_coder(name)
        self.new_coders = QLineEdit(placeholderText=self.tr("New coders, e.g. carol, dave"))
        self.new_coders.setObjectName("assign_new_coders")
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_typed)
        self.new_coders.installEventFilter(self)  # Return adds the names, never assigns
        typed = QHBoxLayout()
        typed.addWidget(self.new_coders, 1)
        typed.addWidget(add)
        self.set_name = QLineEdit(free_set_name(set_names(project)))
        self.set_name.setObjectName("assign_set_name")
        self.set_name.setToolTip(self.tr("e.g. main, training-1, reliability"))
        self.all_documents = QRadioButton(self.tr("All documents"))
        self.filter_documents = QRadioButton(
            self.tr("The %n document(s) the list's filter shows", "", len(self.filtered or []))
        )
        self.selected_documents = QRadioButton(
            self.tr("The %n selected document(s)", "", len(self.selected))
        )
        self.filter_documents.setEnabled(self.filtered is not None)
        self.selected_documents.setEnabled(len(self.selected) > 1)
        self.all_documents.setChecked(True)
        self.documents = QButtonGroup(self)
        documents_box = QVBoxLayout()
        for button in (self.all_documents, self.filter_documents, self.selected_documents):
            self.documents.addButton(button)
            documents_box.addWidget(button)
        self.overlap = QSpinBox(minimum=0, maximum=1_000_000, value=10)
        self.overlap.setObjectName("assign_overlap")
        self.overlap_unit = QComboBox()
        self.overlap_unit.setObjectName("assign_overlap_unit")
        self.overlap_unit.addItem(self.tr("% of the documents"), "%")
        self.overlap_unit.addItem(self.tr("documents"), "")
        self.overlap_coders = QComboBox()
        self.overlap_coders.setObjectName("assign_overlap_coders")
        self.overlap_coders.addItem(self.tr("every coder"), "all")
        self.overlap_coders.addItem(self.tr("a rotating pair of coders"), "2")
        overlap_row = QHBoxLayout()
        overlap_row.addWidget(self.overlap)
        overlap_row.addWidget(self.overlap_unit)
        overlap_row.addWidget(QLabel(self.tr("coded by")))
        overlap_row.addWidget(self.overlap_coders)
        overlap_row.addStretch(1)
        self.by_outlet = QCheckBox(self.tr("Outlet"))
        self.by_outlet.setObjectName("stratify_outlet")
        self.by_month = QCheckBox(self.tr("Month"))
        self.by_month.setObjectName("stratify_month")
        strata_row = QHBoxLayout()
        strata_row.addWidget(self.by_outlet)
        strata_row.addWidget(self.by_month)
        strata_row.addStretch(1)
        self.balance = QComboBox()
        self.balance.setObjectName("assign_balance")
        self.balance.addItem(self.tr("Number of documents"), "count")
        self.balance.addItem(self.tr("Total length of text"), "length")
        self.seed = QSpinBox(minimum=1, maximum=MAX_SEED)
        self.seed.setObjectName("assign_seed")
        self.seed.setValue(random.SystemRandom().randrange(1, MAX_SEED))
        self.seed.setToolTip(self.tr("The same seed draws the same assignment again"))
        form = QFormLayout()
        form.addRow(self.tr("Coders:"), self.coder_list)
        form.addRow("", typed)
        form.addRow(self.tr("Set name:"), self.set_name)
        form.addRow(self.tr("Documents:"), documents_box)
        form.addRow(self.tr("Overlap:"), overlap_row)
        form.addRow(self.tr("Stratify the overlap by:"), strata_row)
        form.addRow(self.tr("Balance by:"), self.balance)
        form.addRow(self.tr("Seed:"), self.seed)
        self.summary = QLabel()
        self.summary.setObjectName("assign_summary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 4)
        self.preview.setObjectName("assign_preview")
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Coder"), self.tr("Documents"), self.tr("Overlap"), self.tr("Characters")]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(intro)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Preview</b>")))
        right.addWidget(self.summary)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.coder_list.itemChanged.connect(self.update_preview)
        self.set_name.textChanged.connect(self.update_preview)
        self.documents.buttonToggled.connect(self.update_preview)
        for box in (self.overlap_unit, self.overlap_coders, self.balance):
            box.currentIndexChanged.connect(self.update_preview)
        for spin in (self.overlap, self.seed):
            spin.valueChanged.connect(self.update_preview)
        for check in (self.by_outlet, self.by_month):
            check.toggled.connect(self.update_preview)
        self.resize(1040, 520)
        self.update_preview()

    # -- coders --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_coders
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key is the box's, not a window shortcut's
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._add_typed()
                return True
        return super().eventFilter(watched, event)

    def _add_coder(self, name: str, checked: bool = True) -> None:
        if any(label_key(name) == label_key(known) for known in self._all_names()):
            return
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.coder_list.addItem(item)

    def _all_names(self) -> list[str]:
        return [self.coder_list.item(row).text() for row in range(self.coder_list.count())]

    def _add_typed(self) -> None:
        with_signals = self.coder_list.blockSignals(True)
        for name in self.new_coders.text().split(","):
            if name.strip():
                self._add_coder(name.strip())
        self.coder_list.blockSignals(with_signals)
        self.new_coders.clear()
        self.update_preview()

    def coders(self) -> list[str]:
        items = (self.coder_list.item(row) for row in range(self.coder_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    # -- the choices, as `assign` takes them --
    def options(self) -> dict[str, Any]:
        if self.filter_documents.isChecked() and self.filtered is not None:
            documents: str | list[int] = self.filtered
        elif self.selected_documents.isChecked():
            documents = self.selected
        else:
            documents = "all"
        stratify = [
            name
            for name, box in (("outlet", self.by_outlet), ("month", self.by_month))
            if box.isChecked()
        ]
        return {
            "set_name": self.set_name.text().strip(),
            "documents": documents,
            "overlap": f"{self.overlap.value()}{self.overlap_unit.currentData()}",
            "overlap_coders": self.overlap_coders.currentData(),
            "stratify": stratify,
            "balance": self.balance.currentData(),
            "seed": self.seed.value(),
        }

    def update_preview(self) -> None:
        """Plan the assignment as a dry run and show it (or the one problem that stops it)."""
        self.report, self.problem = None, ""
        try:
            self.report = assign(self.project, self.coders(), dry_run=True, **self.options())
        except AnnotatorError as error:
            self.problem = str(error)
        ok = self.report is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.preview.setRowCount(0)
        if self.report is None:
            self.summary.setText(self.tr("<b>Cannot assign:</b> {reason}").format(
                reason=self.problem))  # fmt: skip
            return
        report = self.report
        self.summary.setText(
            self.tr(
                "{documents} to {coders}; {overlap} coded by {who}."
            ).format(
                documents=self.tr("%n document(s)", "", report.documents),
                coders=self.tr("%n coder(s)", "", len(report.coders)),
                overlap=self.tr("%n overlap document(s)", "", report.overlap),
                who=self.overlap_coders.currentText(),
            )
        )  # fmt: skip
        self.preview.setColumnHidden(3, report.balance != "length")  # what the split evens out
        self.preview.setRowCount(len(report.coders))
        for row, (name, share) in enumerate(report.coders.items()):
            cells = (name, share.documents, share.overlap, f"{share.characters:,}")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview.setItem(row, column, item)
        self._fit_preview()

    def _fit_preview(self) -> None:
        """The preview is as wide as its columns need: the form beside it must not squeeze the
        counts out of sight (German headers are long)."""
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        needed = sum(
            header.sectionSizeHint(column)
            for column in range(self.preview.columnCount())
            if not self.preview.isColumnHidden(column)
        )
        self.preview.setMinimumWidth(needed + 2 * self.preview.frameWidth() + 4)
