"""The codings workbook's sheets on machine coders' provenance: Machine runs, Machine annotations
and Machine responses (the raw answers). Written only when a machine coder is exported.

A spreadsheet cell holds at most 32,767 characters; a longer raw answer is cut there and ends
with a note (the full answer stays in the project).
"""

from __future__ import annotations

from typing import Any

from annotator.core.records.codings import (
    MACHINE_ANNOTATION_HEADER,
    MACHINE_RESPONSE_HEADER,
    MACHINE_RUN_HEADER,
    MachineProvenance,
)
from annotator.io.xlsx_cells import apply_layout, column_widths, data_row, header_row

CELL_LIMIT = 32_767
CUT_NOTE = " […cut at the spreadsheet cell limit; the full answer is in the project]"


def _cell_text(value: Any) -> Any:
    if isinstance(value, str) and len(value) > CELL_LIMIT:
        return value[: CELL_LIMIT - len(CUT_NOTE)] + CUT_NOTE
    return value


def _sheet(workbook: Any, title: str, header: tuple[str, ...], rows: list[list[Any]]) -> None:
    sheet = workbook.create_sheet(title)
    sample = [[_cell_text(value) for value in row] for row in rows[:200]]
    apply_layout(sheet, column_widths([header, *sample]), rows=len(rows) + 1, columns=len(header))
    sheet.append(header_row(sheet, header))
    for row in rows:
        sheet.append(data_row(sheet, [_cell_text(value) for value in row]))


def write_machine_sheets(workbook: Any, machine: MachineProvenance) -> None:
    _sheet(workbook, "Machine runs", MACHINE_RUN_HEADER, machine.runs)
    _sheet(workbook, "Machine annotations", MACHINE_ANNOTATION_HEADER, machine.annotations)
    _sheet(workbook, "Machine responses", MACHINE_RESPONSE_HEADER, machine.responses)
