"""Undo for adjudication: settling a disagreement is one step on the main undo stack.

`settle` returns a `SettleResult`, which is also its undo record: applying it takes the settlement
back (restoring any settlement it replaced) and yields the record that redoes it, which puts the
same consensus annotations back, so their uuids stay stable. The step is the one undo command
(`UndoStep`); after each undo or redo it calls `refresh`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from annotator.core.records.agreement import AlignedUnit
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.intercoder.adjudication import SettleResult, settle
from annotator.services.undo_records import Change, steps
from annotator.ui.undo.step import UndoStep


class SettleUnit(UndoStep):
    def __init__(
        self,
        project: Project,
        unit: AlignedUnit,
        refresh: Callable[[], None],
        report: Callable[[str], None],
        *,
        take: str | None = None,
        values: Mapping[str, Sequence[str]] | None = None,
        reject: bool = False,
    ) -> None:
        if reject:
            text = QCoreApplication.translate("SettleUnit", "Settle unit {number} (reject)")
        elif take:
            text = QCoreApplication.translate(
                "SettleUnit", "Settle unit {number} (take {coder}'s version)"
            )
        else:
            text = QCoreApplication.translate("SettleUnit", "Settle unit {number} (edit)")
        super().__init__(
            text.format(number=unit.number, coder=take),
            project,
            steps([]),  # until `run` settles the unit
            lambda _change: refresh(),
            report,
        )
        self.unit = unit
        self._options = {"take": take, "values": values, "reject": reject}
        self.result: SettleResult | None = None

    def run(self) -> SettleResult:
        self.result = settle(self.project, self.unit, **self._options)  # type: ignore[arg-type]
        self.record = self.result
        return self.result


def push_settle(stack: QUndoStack, command: SettleUnit) -> bool:
    try:
        command.run()
    except AnnotatorError as error:
        command.failed(str(error))
        return False
    stack.push(command)
    command.changed(Change(command.record.kinds))
    return True
