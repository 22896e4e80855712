"""What a merge did (or, in a dry run, would do), input by input, and how to take it back.

Kept apart from the merge itself so the command line, the GUI's report dialog and tests read one
plain object: counts per input, every conflict in words a PI understands, and the uuids of every
row the merge added (`MergeUndo`), which `annotator.services.merging.merge.undo_merge` removes
again.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

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


class UuidList(Sequence[str]):
    """The uuids of the annotations a merge added, 16 bytes each, read as `str(uuid)`.

    A merge of ten copies adds a million annotations; as a list of strings their uuids alone
    would take 95 MB of the merge's memory. Equal to any sequence of the same uuid strings.
    """

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._bytes = bytearray()
        self.extend(values)

    def extend(self, values: Iterable[str]) -> None:
        """Add uuids written as `str(uuid)` (or any form `uuid.UUID` reads)."""
        for value in values:
            self._bytes += uuid_module.UUID(value).bytes

    def extend_keys(self, keys: Iterable[str]) -> None:
        """Add uuids written as stored keys (32 lowercase hex digits), fast."""
        self._bytes += bytes.fromhex("".join(keys))

    def __len__(self) -> int:
        return len(self._bytes) // 16

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[position] for position in range(len(self))[index]]
        position = range(len(self))[index]  # IndexError, negative indices, as a list
        return str(uuid_module.UUID(bytes=bytes(self._bytes[16 * position : 16 * position + 16])))

    def __iter__(self) -> Iterator[str]:
        data = bytes(self._bytes)
        for start in range(0, len(data), 16):
            yield str(uuid_module.UUID(bytes=data[start : start + 16]))

    def __contains__(self, value: object) -> bool:
        try:
            wanted = uuid_module.UUID(str(value)).bytes
        except ValueError:
            return False
        data = bytes(self._bytes)
        found = data.find(wanted)
        while found != -1 and found % 16:
            found = data.find(wanted, found + 1)
        return found != -1

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UuidList):
            return self._bytes == other._bytes
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"UuidList({list(self)!r})"


@dataclass
class MergeUndo:
    """Everything a merge added or changed, so it can be taken back (the GUI's undo)."""

    annotations: UuidList = field(default_factory=UuidList)
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
