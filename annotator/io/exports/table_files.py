"""Frequency tables as files: an XLSX workbook to read and a long CSV to analyse.

* **XLSX** (openpyxl, write-only): sheets "Counts" (with row and column totals), "Row %",
  "Column %" and "About" (what was counted: coders, period, set, n). Labels are text cells
  (never formulas: annotator.io.xlsx_cells).
* **CSV**: one line per cell -- the row value, the column value, count, row percent, column
  percent -- UTF-8 with a byte-order mark, labels made safe for spreadsheets.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from annotator.core.findings.crosstab import CrossTable
from annotator.io.atomic import atomic_output
from annotator.io.exports.codings_csv import spreadsheet_safe
from annotator.io.xlsx_cells import (
    apply_layout,
    column_widths,
    data_row,
    header_row,
    save_workbook,
    text_cell,
)

FORMATS = (".xlsx", ".csv")


def write_table_xlsx(
    table: CrossTable, target: Path, *, rows: str, columns: str | None, about: dict[str, Any]
) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    corner = f"{rows} \\ {columns}" if columns else rows
    titles = [corner, *(table.columns if columns else ["Count"])]
    sheets: list[tuple[str, list[list[Any]], bool]] = [
        ("Counts", table.counts, True),
        ("Row %", table.row_percent(), False),
        ("Column %", table.column_percent(), False),
    ]
    for name, values, totals in sheets:
        sheet = workbook.create_sheet(name)
        heading = [*titles, "Total"] if totals else titles
        body = [[label, *row] for label, row in zip(table.rows, values, strict=True)]
        if totals:
            body = [[*line, total] for line, total in zip(body, table.row_totals, strict=True)]
            body.append(["Total", *table.column_totals, table.total])
        apply_layout(sheet, column_widths([heading, *body[:50]], minimum=8), 1, 0)
        sheet.freeze_panes = "B2"
        sheet.append(header_row(sheet, heading))
        for line in body:
            sheet.append([text_cell(sheet, str(line[0])), *data_row(sheet, line[1:])])
    sheet = workbook.create_sheet("About")
    apply_layout(sheet, [18, 80], 1, 0)
    sheet.append(header_row(sheet, ["What", "Value"]))
    for key, value in about.items():
        sheet.append([text_cell(sheet, key), *data_row(sheet, ["" if value is None else value])])
    with atomic_output(target) as temporary:
        save_workbook(workbook, temporary)


def write_table_csv(table: CrossTable, target: Path, *, rows: str, columns: str | None) -> None:
    row_percent, column_percent = table.row_percent(), table.column_percent()
    with (
        atomic_output(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([rows, columns or "", "count", "row_percent", "column_percent"])
        for i, label in enumerate(table.rows):
            for j, column in enumerate(table.columns):
                writer.writerow(
                    [
                        spreadsheet_safe(label),
                        spreadsheet_safe(column),
                        table.counts[i][j],
                        _blank(row_percent[i][j]),
                        _blank(column_percent[i][j]),
                    ]
                )


def _blank(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
