"""The question before auto-coding search hits: how many hits in how many documents, as what.

Auto-coding writes many spans at once, so the coder confirms the numbers first ("Code 37 hits in
12 documents as Energy?") and sees how many hits are skipped because they already carry that code
(`services.coding.auto_coding`). It stays one undoable step, which the question says too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.services.coding.auto_coding import AutoCodingPlan


class AutoCodeConfirmation(QObject):
    """The texts of the question (a QObject, so lupdate sees `tr` and gives counts plural forms;
    a helper around `translate` would hide them from it)."""

    def question(self, plan: AutoCodingPlan, label: str) -> str:
        return self.tr("Code {hits} in {documents} as {code}?").format(
            hits=self.tr("%n hit(s)", "", len(plan.to_code)),
            documents=self.tr("%n document(s)", "", plan.documents),
            code=label,
        )

    def detail(self, plan: AutoCodingPlan, label: str) -> str:
        undo = self.tr("Edit ▸ Undo (Ctrl+Z) takes them all back.")
        if not plan.skipped:
            return undo
        skipped = self.tr(
            "%n hit(s) already coded as {code} by you will be skipped.", "", len(plan.skipped)
        )
        return self.tr("{skipped} {undo}").format(skipped=skipped.format(code=label), undo=undo)

    def ask(self, parent: QWidget, plan: AutoCodingPlan, label: str) -> bool:
        title = self.tr("Auto-code hits")
        box = QMessageBox(
            QMessageBox.Icon.Question, title, self.question(plan, label), parent=parent
        )
        box.setObjectName("auto_code_confirmation")
        box.setInformativeText(self.detail(plan, label))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Code"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes


def confirmation_text(plan: AutoCodingPlan, label: str) -> tuple[str, str]:
    """The question and the explanation the confirmation shows."""
    texts = AutoCodeConfirmation()
    return texts.question(plan, label), texts.detail(plan, label)


def confirm_auto_coding(parent: QWidget, plan: AutoCodingPlan, label: str) -> bool:
    return AutoCodeConfirmation().ask(parent, plan, label)
