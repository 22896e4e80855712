"""The team progress table as a spreadsheet: XLSX or CSV, for the lead's own records.

One row per coder and assignment set, and one per coder over all sets, with the counts
`services.team_progress` computes; numbers stay numbers (XLSX) and coder or set names that a
spreadsheet would run as a formula are written as text (`codings_csv.spreadsheet_safe`). The file
is written atomically: a failure leaves no half-written file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from annotator.errors import InvalidInputError
from annotator.io.atomic import atomic_output
from annotator.io.exports.codings_csv import spreadsheet_safe


class ProgressLine(Protocol):
    """One coder's counts in one set (`services.team_progress.ProgressRow` is one): io sits
    below services, so the table takes any object with these attributes."""

    set_name: str
    coder: str
    assigned: int
    not_started: int
    in_progress: int
    done: int
    annotations: int
    last_activity: datetime | None


class ProgressTable(Protocol):
    rows: list  # of ProgressLine
    totals: list  # of ProgressLine, over all sets


HEADER = (
    "set",
    "coder",
    "assigned",
    "not_started",
    "in_progress",
    "done",
    "annotations",
    "last_activity",
)


def progress_rows(progress: ProgressTable) -> list[list[str | int]]:
    rows: list[list[str | int]] = []
    lines: Iterable[ProgressLine] = [*progress.rows, *progress.totals]
    for row in lines:
        last = row.last_activity.isoformat(timespec="seconds") if row.last_activity else ""
        rows.append([
            row.set_name, row.coder, row.assigned, row.not_started, row.in_progress, row.done,
            row.annotations, last,
        ])  # fmt: skip
    return rows


def write_progress_table(progress: ProgressTable, target: Path | str) -> Path:
    """Write the table to `target` (.xlsx or .csv, by its suffix); returns the path written."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidInputError(f"{target.name}: save the table as .xlsx or .csv")
    rows = progress_rows(progress)
    with atomic_output(target) as temporary:
        if suffix == ".csv":
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\r\n")
                writer.writerow(HEADER)
                for row in rows:
                    writer.writerow([spreadsheet_safe(c) if isinstance(c, str) else c for c in row])
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "progress"
            sheet.append(list(HEADER))
            for row in rows:
                sheet.append([spreadsheet_safe(c) if isinstance(c, str) else c for c in row])
            sheet.freeze_panes = "A2"
            book.save(temporary)
    return target
