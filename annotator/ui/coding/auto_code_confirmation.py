"""The question before auto-coding search hits: how many hits in how many documents, as what.

Auto-coding writes many spans at once, so the coder confirms the numbers first ("Code 37 hits in
12 documents as Energy?") and sees how many hits are skipped because they already carry that code
(`services.coding.auto_coding`). It stays one undoable step, which the question says too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.services.coding.auto_coding import AutoCodingPlan

CONTEXT = "AutoCodeConfirmation"


def _tr(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", count)


def confirmation_text(plan: AutoCodingPlan, label: str) -> tuple[str, str]:
    """The question and the explanation the confirmation shows."""
    question = _tr("Code {hits} in {documents} as {code}?").format(
        hits=_tr("%n hit(s)", len(plan.to_code)),
        documents=_tr("%n document(s)", plan.documents),
        code=label,
    )
    undo = _tr("Edit ▸ Undo (Ctrl+Z) takes them all back.")
    if not plan.skipped:
        return question, undo
    skipped = _tr("%n hit(s) already coded as {code} by you will be skipped.", len(plan.skipped))
    return question, _tr("{skipped} {undo}").format(skipped=skipped.format(code=label), undo=undo)


def confirm_auto_coding(parent: QWidget, plan: AutoCodingPlan, label: str) -> bool:
    question, detail = confirmation_text(plan, label)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Auto-code hits"), question, parent=parent)
    box.setObjectName("auto_code_confirmation")
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Code"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes
