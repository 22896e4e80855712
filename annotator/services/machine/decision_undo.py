"""A coder's decision on a machine suggestion as an undoable edit: accept or dismiss, and back.

The app's Enter (accept) and Delete (dismiss) on a suggestion are one service call each
(`suggestions.accept_suggestion` / `dismiss_suggestion`); these records let the window's undo
stack take them back (`withdraw_decision`: the decision goes, and an acceptance's annotation with
it) and do them again — an acceptance redone brings back the same annotation uuid, so steps
further up the stack still find it. Each record says which annotation it adds or removes
(`undo_records.Detailed`), so the article updates just that span.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.db.project import Project
from annotator.services.coding.annotations import AnnotationRecord
from annotator.services.machine.suggestions import (
    accept_suggestion,
    dismiss_suggestion,
    withdraw_decision,
)
from annotator.services.undo_records import Change, Kind, Kinds

DECISION_KINDS: Kinds = frozenset({Kind.ANNOTATIONS})


@dataclass(frozen=True)
class Decided:
    """Takes back `coder`'s decision on a suggestion (and the annotation an acceptance made)."""

    suggestion_uuid: str
    coder: str
    accepted: AnnotationRecord | None  # None: the suggestion was dismissed

    @property
    def kinds(self) -> Kinds:
        return DECISION_KINDS

    @property
    def change(self) -> Change:
        """What the decision did: the accepted annotation added (nothing for a dismissal)."""
        return Change(DECISION_KINDS, added=(self.accepted,) if self.accepted else ())

    def apply(self, project: Project) -> Withdrawn:
        withdraw_decision(project, self.suggestion_uuid, self.coder)
        return Withdrawn(self.suggestion_uuid, self.coder, self.accepted)


@dataclass(frozen=True)
class Withdrawn:
    """Makes a withdrawn decision again (redo): the same acceptance or the dismissal."""

    suggestion_uuid: str
    coder: str
    accepted: AnnotationRecord | None

    @property
    def kinds(self) -> Kinds:
        return DECISION_KINDS

    @property
    def change(self) -> Change:
        """What the withdrawal did: the accepted annotation removed."""
        return Change(DECISION_KINDS, removed=(self.accepted,) if self.accepted else ())

    def apply(self, project: Project) -> Decided:
        if self.accepted is None:
            dismiss_suggestion(project, self.suggestion_uuid, self.coder)
            return Decided(self.suggestion_uuid, self.coder, None)
        annotation, _ = accept_suggestion(
            project, self.suggestion_uuid, self.coder, annotation_uuid=self.accepted.uuid
        )
        return Decided(self.suggestion_uuid, self.coder, annotation)


def accept_undoable(project: Project, suggestion_uuid: str, coder: str) -> Decided:
    """Accept the suggestion for `coder` (one transaction); the record takes it back."""
    annotation, _ = accept_suggestion(project, suggestion_uuid, coder)
    return Decided(suggestion_uuid, coder, annotation)


def dismiss_undoable(project: Project, suggestion_uuid: str, coder: str) -> Decided:
    """Dismiss the suggestion for `coder` (one transaction); the record takes it back."""
    dismiss_suggestion(project, suggestion_uuid, coder)
    return Decided(suggestion_uuid, coder, None)
