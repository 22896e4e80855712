"""What an export of the codings reports, and the checks made before it reads anything.

Both ways of exporting share these: `annotator.services.export` (through SQLAlchemy, any
database) and `annotator.services.quick_csv_export` (a SQLite project's CSV on the `sqlite3`
driver alone, so `annotator export -o x.csv` does not pay for importing SQLAlchemy). Nothing here
imports more than the standard library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.labels import label_key
from annotator.core.records.codings import CoderRow
from annotator.errors import InvalidInputError, NotFoundError

Progress = Callable[[int, int], None]  # rows written, rows in all


@dataclass
class ExportReport:
    path: str
    format: str
    segments: int = 0
    documents: int = 0
    coders: list[str] = field(default_factory=list)
    rows: int = 0  # data rows in the main sheet or the CSV
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)
    exact_text: bool = False  # CSV: cells as stored, not made safe to open in a spreadsheet
    prefixed_cells: int = 0  # CSV: cells given a leading ' so that spreadsheets show them as text

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def export_kind(output: Path, context_chars: int) -> str:
    """The kind of file `output` asks for, xlsx or csv; InvalidInputError for another suffix, a
    missing folder or a negative context length."""
    kind = output.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "csv"):
        raise InvalidInputError(f"{output}: export to .xlsx or .csv (not {output.suffix or '?'})")
    if not output.parent.is_dir():
        raise InvalidInputError(f"{output}: the folder {output.parent} does not exist")
    if context_chars < 0:
        raise InvalidInputError("the context length cannot be negative")
    return kind


def selected_coders(rows: list[CoderRow], names: Sequence[str] | None) -> list[CoderRow]:
    """The coders named (case-insensitively, in the order named), or all of them."""
    if not names:
        return rows
    by_name = {label_key(row.name): row for row in rows}
    chosen = []
    for name in names:
        row = by_name.get(label_key(name.strip()))
        if row is None:
            known = ", ".join(row.name for row in rows) or "none"
            raise NotFoundError(f"no coder {name!r} in this project (coders: {known})")
        if row not in chosen:
            chosen.append(row)
    return chosen
