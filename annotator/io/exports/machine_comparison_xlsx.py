"""The machine-vs-humans comparison as a workbook, for the lead's records and a paper's appendix.

`annotator agreement --machine-vs-humans -o machines.xlsx` writes it: a sheet "Machine vs humans"
with one row per set, variable and figure -- the humans among themselves, each machine against
the humans pooled, against each human and against the consensus -- with alpha, its interval, the
units behind it and the verdict; and a sheet "About" with the rule, the consensus definition, the
bootstrap settings and what was compared.  Numbers stay numbers; names that a spreadsheet would
run as a formula are written as text (:mod:`annotator.io.xlsx_cells`).  The rows come ready-made
from the service (io sits below services); the file is written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.io.atomic import atomic_output
from annotator.io.xlsx_cells import (
    apply_layout,
    column_widths,
    data_row,
    header_row,
    save_workbook,
)

HEADER = (
    "set",
    "variable",
    "level",
    "coder",
    "compared with",
    "alpha",
    "ci_low",
    "ci_high",
    "units",
    "pairable_values",
    "pairs",
    "units_without_majority",
    "verdict",
)


def write_machine_comparison_workbook(
    target: Path | str,
    rows: Sequence[Sequence[Any]],
    about: Sequence[tuple[str, Any]],
) -> Path:
    """Write ``rows`` (in ``HEADER`` order) and the ``about`` notes to ``target``."""
    from openpyxl import Workbook

    target = Path(target)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Machine vs humans")
    apply_layout(sheet, column_widths([HEADER, *rows[:200]]), len(rows) + 1, len(HEADER))
    sheet.append(header_row(sheet, HEADER))
    for row in rows:
        sheet.append(data_row(sheet, list(row)))
    notes = book.create_sheet("About")
    apply_layout(notes, [24, 100], len(about) + 1, 2)
    notes.append(header_row(notes, ("item", "value")))
    for key, value in about:
        notes.append(data_row(notes, [key, value]))
    with atomic_output(target) as temporary:
        save_workbook(book, temporary)
    return target
