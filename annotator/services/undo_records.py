"""What every undoable edit returns: a plain-data record that takes the edit back.

An editing service returns, with its result, a record saying how to undo it. Applying a record
(`apply_change`) changes the project in one committed transaction and returns the record that
redoes it, so undo and redo are the same operation, back and forth. Before it writes, a record
checks that the rows it touches still hold what the edit (or the last undo/redo) left there and
refuses otherwise (`ChangedElsewhereError`, `NotFoundError`), changing nothing: an undo never
overwrites what another program changed meanwhile.

Each record also names the kinds of rows it touches (`kinds`), which is all the GUI needs to know
which views to refresh. Records of coding edits say more (`Detailed.change`): the annotations
added, removed or changed and the statuses set, so a view updates those rows alone. After an
edit, an undo or a redo, `change_made(inverse)` reads that "what changed" from the record that
reverses it: one notification for every kind of edit.

The general record is the row change log (`codebooks.undo.RowChanges`); bulk edits whose rows would
make a log slow or large keep a specialised record behind the same interface (documents removed
or imported, a merge's added uuids, spans coded or deleted: `coding.undo`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from annotator.core.vocabulary import CodingStatus
    from annotator.db.project import Project
    from annotator.services.coding.annotations import AnnotationRecord


class Kind(StrEnum):
    """A kind of rows an edit changed (what a view shows)."""

    DOCUMENTS = "documents"
    ANNOTATIONS = "annotations"
    CODEBOOK = "codebook"
    STATUSES = "statuses"
    SETTLEMENTS = "settlements"


Kinds = frozenset[Kind]


class UndoRecord(Protocol):
    """Takes an edit back (or, after an undo, does it again)."""

    @property
    def kinds(self) -> Kinds: ...

    def apply(self, project: Project) -> UndoRecord:
        """Change the project in one transaction; return the record that reverses this."""
        ...


@dataclass(frozen=True)
class StatusSet:
    """A coder's status of a document, as an edit set it."""

    document_id: int
    coder: str
    status: CodingStatus


@dataclass(frozen=True)
class Change:
    """What an edit (or its undo or redo) changed: the kinds of rows, and where known the
    annotations added, removed and changed and the statuses set (empty: not told in detail)."""

    kinds: Kinds
    added: tuple[AnnotationRecord, ...] = ()
    removed: tuple[AnnotationRecord, ...] = ()
    changed: tuple[AnnotationRecord, ...] = ()
    statuses: tuple[StatusSet, ...] = ()

    def __add__(self, other: Change) -> Change:
        return Change(
            self.kinds | other.kinds,
            self.added + other.added,
            self.removed + other.removed,
            self.changed + other.changed,
            self.statuses + other.statuses,
        )


@runtime_checkable
class Detailed(Protocol):
    """A record that says, row by row, what the edit it takes back did."""

    @property
    def change(self) -> Change: ...


def change_made(inverse: UndoRecord) -> Change:
    """What the edit that `inverse` takes back did (read just after the edit, undo or redo)."""
    if isinstance(inverse, Steps):
        total = Change(frozenset())
        for record in inverse.records:  # in the order they were applied
            total = total + change_made(record)
        return total
    if isinstance(inverse, Detailed):
        return inverse.change
    return Change(inverse.kinds)


def apply_change(project: Project, record: UndoRecord) -> UndoRecord:
    """Apply an undo (or redo) record; returns the record that reverses it."""
    return record.apply(project)


@dataclass(frozen=True)
class Steps:
    """Several records done one after the other, reversed as one (last first).

    Each record is its own transaction, as when the edits were made; a refused one stops the
    rest and raises (the ones before it stay applied, as they did before this existed)."""

    records: tuple[UndoRecord, ...]

    @property
    def kinds(self) -> Kinds:
        return frozenset().union(*(record.kinds for record in self.records))

    def apply(self, project: Project) -> Steps:
        inverses: list[UndoRecord] = []
        for record in reversed(self.records):
            inverses.append(apply_change(project, record))
        return Steps(tuple(inverses))


def steps(records: Sequence[UndoRecord]) -> UndoRecord:
    """One record for several (the record itself when there is one)."""
    return records[0] if len(records) == 1 else Steps(tuple(records))
