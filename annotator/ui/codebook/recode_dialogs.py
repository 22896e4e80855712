"""Dialogs for the edits that change coders' work: delete a used code, merge two, split one.

Each shows, before anything happens, how many annotations the edit touches (from the services'
`preview_*` functions), so a researcher never recodes work by accident. The dialogs only collect
the choice; the editor runs it as one undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.records.codebook import CodeRecord
from annotator.db.project import Project
from annotator.services.codebooks.recode import (
    CodedSpan,
    Impact,
    preview_merge,
    preview_move_values,
)
from annotator.ui.undo.coding import short_quote


def _code_box(codes: Sequence[CodeRecord], exclude: CodeRecord) -> QComboBox:
    box = QComboBox()
    box.setObjectName("target_code")
    for code in codes:
        if code.id != exclude.id:
            box.addItem("    " * code.depth + code.label, code.id)
    return box


class _Base(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.layout_ = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.impact = QLabel()
        self.impact.setWordWrap(True)
        self.impact.setObjectName("impact")

    def finish(self) -> None:
        self.layout_.addWidget(self.impact)
        self.layout_.addWidget(self.buttons)


class MergeDialog(_Base):
    """Merge `source` into a chosen code of the same variable: its annotations are recoded."""

    def __init__(
        self,
        project: Project,
        source: CodeRecord,
        codes: Sequence[CodeRecord],
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Merge “{label}” into another code").format(label=source.label)
        super().__init__(title, parent)
        self._project, self._source = project, source
        intro = QLabel(
            self.tr(
                "Every annotation coded <b>{label}</b> gets the code you choose; "
                "{label} and its place in the tree disappear (its sub-codes move under "
                "the chosen code). Undo with Ctrl+Z."
            ).format(label=source.label)
        )
        intro.setWordWrap(True)
        self.target = _code_box(codes, source)
        self.layout_.addWidget(intro)
        self.layout_.addWidget(self.target)
        self.finish()
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def target_id(self) -> int | None:
        return self.target.currentData()

    def _update(self) -> None:
        target = self.target_id()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(target is not None)
        if target is None:
            self.impact.setText(self.tr("This variable has no other code to merge into."))
            return
        impact = preview_merge(self._project, self._source.id, target)
        self.impact.setText(self.tr("Recodes {summary}.").format(summary=impact.summary))
        ok.setText(self.tr("Merge (%n annotation(s))", "", impact.annotations))


class DeleteDialog(_Base):
    """A used code: merge it into another (recode) or retire it (keep, hide from coding)."""

    def __init__(
        self,
        code: CodeRecord,
        codes: Sequence[CodeRecord],
        impact: Impact,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Delete “{label}”").format(label=code.label), parent)
        intro = QLabel(
            self.tr(
                "<b>{label}</b> is used by %n annotation(s). "
                "Coders' work is never deleted silently — choose what happens to them:",
                "",
                impact.annotations,
            ).format(label=code.label)
        )
        intro.setWordWrap(True)
        self.merge = QRadioButton(self.tr("Merge into another code (its annotations are recoded):"))
        self.merge.setObjectName("delete_merge")
        self.retire = QRadioButton(
            self.tr(
                "Retire it (kept for existing annotations, hidden from coding; can be reinstated)"
            )
        )
        self.retire.setObjectName("delete_retire")
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.retire)
        self.target = _code_box(codes, code)
        if self.target.count():
            self.merge.setChecked(True)
        else:
            self.merge.setEnabled(False)
            self.retire.setChecked(True)
        self.merge.toggled.connect(self.target.setEnabled)
        self.target.setEnabled(self.merge.isChecked())
        for widget in (intro, self.merge, self.target, self.retire):
            self.layout_.addWidget(widget)
        self.impact.setText(
            self.tr(
                "Either way %n annotation(s) are touched. Undo with Ctrl+Z.",
                "",
                impact.annotations,
            )
        )
        self.finish()

    def merge_target(self) -> int | None:
        return self.target.currentData() if self.merge.isChecked() else None


class SplitDialog(_Base):
    """Split a code: move the chosen annotations from `source` to another code."""

    def __init__(
        self,
        project: Project,
        source: CodeRecord,
        codes: Sequence[CodeRecord],
        annotations: Sequence[CodedSpan],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Move annotations from “{label}”").format(label=source.label), parent
        )
        self._project, self._source = project, source
        intro = QLabel(
            self.tr(
                "Tick the annotations coded <b>{label}</b> that belong to another code, "
                "then choose that code. The others stay as they are."
            ).format(label=source.label)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("split_annotations")
        for record in annotations:
            item = QListWidgetItem(f"{record.coder}: {short_quote(record.quote)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, record.uuid)
            item.setToolTip(record.quote)
            self.list.addItem(item)
        self.target = _code_box(codes, source)
        for widget in (intro, self.list, QLabel(self.tr("Move them to:")), self.target):
            self.layout_.addWidget(widget)
        self.finish()
        self.list.itemChanged.connect(self._update)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def chosen(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def target_id(self) -> int | None:
        return self.target.currentData()

    def _update(self) -> None:
        chosen, target = self.chosen(), self.target_id()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(chosen) and target is not None)
        if not chosen or target is None:
            self.impact.setText(self.tr("Nothing chosen yet."))
            ok.setText(self.tr("Move"))
            return
        impact = preview_move_values(self._project, self._source.id, target, chosen)
        self.impact.setText(self.tr("Recodes {summary}.").format(summary=impact.summary))
        ok.setText(self.tr("Move %n annotation(s)", "", impact.annotations))
