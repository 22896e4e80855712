"""The one undo command: applies its record back and forth, notifies what changed, and a step
another program's changes made impossible says so and leaves the stack."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.errors import ChangedElsewhereError
from annotator.services.undo_records import Change, Kind
from annotator.ui.undo.stack import ProjectUndoStack
from annotator.ui.undo.step import UndoStep


@dataclass(frozen=True)
class Flip:
    """A stand-in record: says which way it went; refuses when `refuse` is set."""

    state: str
    log: list[str]
    refuse: bool = False

    @property
    def kinds(self):
        return frozenset({Kind.DOCUMENTS})

    def apply(self, project):
        if self.refuse:
            raise ChangedElsewhereError("changed meanwhile")
        self.log.append(self.state)
        return Flip("redo" if self.state == "undo" else "undo", self.log)


def test_undo_and_redo_apply_the_record_and_notify(qtbot, project) -> None:
    stack = ProjectUndoStack()
    stack.set_project(project)
    log: list[str] = []
    changed: list[Change] = []
    stack.push(UndoStep("Edit", project, Flip("undo", log), changed.append, log.append))
    assert log == []  # pushing an edit already made does nothing
    stack.undo()
    stack.redo()
    stack.undo()
    assert log == ["undo", "redo", "undo"]
    assert [change.kinds for change in changed] == [frozenset({Kind.DOCUMENTS})] * 3


def test_a_refused_undo_says_why_and_leaves_the_stack(qtbot, project) -> None:
    stack = ProjectUndoStack()
    stack.set_project(project)
    messages: list[str] = []
    record = Flip("undo", [], refuse=True)
    stack.push(UndoStep("Edit", project, record, lambda _change: None, messages.append,
                        subject="document"))  # fmt: skip
    stack.undo()
    assert messages == ["This step cannot be undone: the document was changed by another program."]
    assert stack.count() == 0 and not stack.canRedo()
