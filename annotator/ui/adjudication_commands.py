"""Undo for adjudication: settling a disagreement is one command on the main undo stack.

`settle` returns a `SettleResult` that `undo_settle` takes back (restoring any settlement it
replaced); redo puts the same consensus annotations back with `restore_settlement`, so their
uuids stay stable. Like the other commands, the step calls one service and then `refresh`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.core.records.agreement import AlignedUnit
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.adjudication import (
    SettleResult,
    restore_settlement,
    settle,
    undo_settle,
)


class SettleUnit(QUndoCommand):
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
        how = "reject" if reject else f"take {take}'s version" if take else "edit"
        super().__init__(f"Settle unit {unit.number} ({how})")
        self.project, self.unit = project, unit
        self._refresh, self._report = refresh, report
        self._options = {"take": take, "values": values, "reject": reject}
        self.result: SettleResult | None = None
        self._in_file = False

    def run(self) -> SettleResult:
        self.result = settle(self.project, self.unit, **self._options)  # type: ignore[arg-type]
        self._in_file = True
        return self.result

    def redo(self) -> None:
        if not self._in_file and self.result is not None:
            self._guard(lambda: restore_settlement(self.project, self.result.settlement))
            self._in_file = True

    def undo(self) -> None:
        if self._in_file and self.result is not None:
            self._guard(lambda: undo_settle(self.project, self.result))
            self._in_file = False

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except AnnotatorError as error:
            self._report(str(error))
        self._refresh()


def push_settle(stack: QUndoStack, command: SettleUnit) -> bool:
    try:
        command.run()
    except AnnotatorError as error:
        command._report(str(error))
        return False
    stack.push(command)
    command._refresh()
    return True
