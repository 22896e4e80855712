"""Cross-tabulations of coded spans (or the documents holding them), with row and column
percentages.

A span may carry several values of one variable (framing); it then counts in each of its
values' rows. So the totals are counted, not summed: a row's total is the number of spans (or
documents) with that row value, the grand total the number of spans (documents) at all, and the
row percentages of such a variable can add up to more than 100. Counting documents, a document
counts once per cell however many of the chosen coders' spans in it fit the cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class CrossTable:
    """Counts per (row value, column value); `columns` is [""] for a one-way table."""

    rows: list[str]
    columns: list[str]
    counts: list[list[int]]
    row_totals: list[int]
    column_totals: list[int]
    total: int

    def row_percent(self) -> list[list[float | None]]:
        return [
            [_percent(count, total) for count in row]
            for row, total in zip(self.counts, self.row_totals, strict=True)
        ]

    def column_percent(self) -> list[list[float | None]]:
        return [
            [_percent(count, total) for count, total in zip(row, self.column_totals, strict=True)]
            for row in self.counts
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "columns": self.columns,
            "counts": self.counts,
            "row_totals": self.row_totals,
            "column_totals": self.column_totals,
            "total": self.total,
            "row_percent": self.row_percent(),
            "column_percent": self.column_percent(),
        }


def _percent(count: int, total: int) -> float | None:
    return None if total == 0 else round(100.0 * count / total, 2)


class CrossTabulation:
    """Collects units one at a time; `table` orders the result. Spans are counted (each span
    comes once, so memory stays flat); documents are kept as id sets, since a document comes
    once per span in it."""

    def __init__(self, *, documents: bool = False) -> None:
        self.documents = documents
        self.cells: dict[tuple[str, str], Any] = defaultdict(set if documents else int)
        self.row_units: dict[str, Any] = defaultdict(set if documents else int)
        self.column_units: dict[str, Any] = defaultdict(set if documents else int)
        self.units: set[Hashable] = set()
        self.spans = 0

    def add(self, unit: Hashable, row_values: Iterable[str], column_values: Iterable[str]) -> None:
        """One span (`unit` = its document when counting documents) with its values."""
        rows = list(dict.fromkeys(row_values))
        columns = list(dict.fromkeys(column_values))
        cells = [(row, column) for row in rows for column in columns]
        if self.documents:
            for key in cells:
                self.cells[key].add(unit)
            for row in rows:
                self.row_units[row].add(unit)
            for column in columns:
                self.column_units[column].add(unit)
            self.units.add(unit)
            return
        for key in cells:
            self.cells[key] += 1
        for row in rows:
            self.row_units[row] += 1
        for column in columns:
            self.column_units[column] += 1
        self.spans += 1

    def _size(self, value: Any) -> int:
        return len(value) if self.documents else int(value)

    def table(self, row_order: Sequence[str], column_order: Sequence[str]) -> CrossTable:
        """The table with rows and columns in these orders, then any other values met, sorted."""
        rows = _ordered(row_order, self.row_units)
        columns = _ordered(column_order, self.column_units)
        empty: Any = set() if self.documents else 0
        counts = [
            [self._size(self.cells.get((row, column), empty)) for column in columns] for row in rows
        ]
        return CrossTable(
            rows,
            columns,
            counts,
            [self._size(self.row_units.get(row, empty)) for row in rows],
            [self._size(self.column_units.get(column, empty)) for column in columns],
            len(self.units) if self.documents else self.spans,
        )


def _ordered(order: Sequence[str], met: Iterable[str]) -> list[str]:
    known = list(dict.fromkeys(order))
    return known + sorted(set(met) - set(known), key=lambda value: (value.startswith("("), value))
