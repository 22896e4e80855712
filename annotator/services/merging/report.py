"""What a merge did (or, in a dry run, would do), input by input, and how to take it back.

Kept apart from the merge itself so the command line, the GUI's report dialog and tests read one
plain object: counts per input, every conflict in words a PI understands, and the uuids of every
row the merge added (`MergeUndo`), which `annotator.services.merging.merge.undo_merge` removes
again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Conflict kinds (stable strings for scripts and the GUI).
DOCUMENT_TEXT_DIFFERS = "document_text_differs"
DOCUMENT_DAMAGED = "document_damaged"
VARIABLE_ADDED = "variable_added"
VARIABLE_RENAMED = "variable_renamed"
VARIABLE_KIND_DIFFERS = "variable_kind_differs"
CODE_ADDED = "code_added"
CODE_RENAMED = "code_renamed"
CODER_NAME_TAKEN = "coder_name_taken"
CODER_RENAMED = "coder_renamed"
ANNOTATION_CHANGED = "annotation_changed"
ANNOTATION_INVALID = "annotation_invalid"
ASSIGNMENT_SET_DIFFERS = "assignment_set_differs"


@dataclass(frozen=True)
class Conflict:
    kind: str
    subject: str  # the uuid (or name) of the row concerned
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class InputReport:
    path: str
    documents_added: int = 0
    documents_matched: int = 0  # by uuid or by identical text
    documents_matched_by_text: int = 0
    documents_skipped: int = 0
    annotations_added: int = 0
    annotations_present: int = 0
    annotations_skipped: int = 0  # not merged: see conflicts
    coders: list[str] = field(default_factory=list)  # names as they are in the merged project
    coders_added: list[str] = field(default_factory=list)
    variables_added: int = 0
    codes_added: int = 0
    statuses_added: int = 0
    statuses_updated: int = 0
    assignments_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)

    def conflict(self, kind: str, subject: str, message: str) -> None:
        self.conflicts.append(Conflict(kind, subject, message))

    def to_json(self) -> dict[str, Any]:
        data = {key: value for key, value in vars(self).items() if key != "conflicts"}
        data["conflicts"] = [vars(conflict) for conflict in self.conflicts]
        return data


@dataclass
class MergeUndo:
    """Everything a merge added or changed, so it can be taken back (the GUI's undo)."""

    annotations: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    variables: list[str] = field(default_factory=list)
    # (document uuid, coder uuid, previous status or None when the row was added)
    statuses: list[tuple[str, str, str | None]] = field(default_factory=list)
    settings: list[str] = field(default_factory=list)
    assignment_sets: list[str] = field(default_factory=list)  # uuids
    # (set name, document uuid, coder uuid)
    assignments: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class MergeReport:
    inputs: list[InputReport] = field(default_factory=list)
    output: str | None = None
    dry_run: bool = False
    cancelled: bool = False
    undo: MergeUndo = field(default_factory=MergeUndo)

    @property
    def annotations_added(self) -> int:
        return sum(item.annotations_added for item in self.inputs)

    @property
    def documents_added(self) -> int:
        return sum(item.documents_added for item in self.inputs)

    @property
    def conflicts(self) -> list[Conflict]:
        return [conflict for item in self.inputs for conflict in item.conflicts]

    @property
    def changed_anything(self) -> bool:
        undo = self.undo
        return any(
            (
                undo.annotations,
                undo.documents,
                undo.coders,
                undo.codes,
                undo.variables,
                undo.statuses,
                undo.settings,
                undo.assignments,
            )
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "dry_run": self.dry_run,
            "cancelled": self.cancelled,
            "documents_added": self.documents_added,
            "annotations_added": self.annotations_added,
            "conflicts": len(self.conflicts),
            "inputs": [item.to_json() for item in self.inputs],
        }

    def summary_lines(self) -> list[str]:
        """The report for people: one block per input, conflicts indented below."""
        lines: list[str] = []
        for item in self.inputs:
            lines.append(f"{item.path}:")
            lines.append(
                f"  documents: {item.documents_added} added, {item.documents_matched} matched"
                + (
                    f" ({item.documents_matched_by_text} by text)"
                    if item.documents_matched_by_text
                    else ""
                )
                + (f", {item.documents_skipped} not merged" if item.documents_skipped else "")
            )
            lines.append(
                f"  annotations: {item.annotations_added} added, {item.annotations_present} "
                f"already present"
                + (f", {item.annotations_skipped} not merged" if item.annotations_skipped else "")
            )
            coders = ", ".join(
                name + (" (new)" if name in item.coders_added else "") for name in item.coders
            )
            lines.append(f"  coders: {coders or '(none)'}")
            if item.assignments_added:
                lines.append(f"  assignments: {item.assignments_added} added")
            if item.variables_added or item.codes_added:
                lines.append(
                    f"  codebook: {item.variables_added} variables, {item.codes_added} codes added"
                )
            for conflict in item.conflicts:
                lines.append(f"  ! {conflict.message}")
        verb = "would add" if self.dry_run else "added"
        lines.append(
            f"{'Dry run: ' if self.dry_run else ''}{verb} {self.documents_added} documents and "
            f"{self.annotations_added} annotations; {len(self.conflicts)} conflict(s)."
        )
        if self.cancelled:
            lines.append("Cancelled: nothing was changed.")
        return lines
