"""The comparison workbook: agreement per variable and every aligned unit, for the PI and reviewers.

Sheets (every text cell formula-safe, tables with frozen headers and filters on):

* **Summary** -- per variable: units, pairable values, Krippendorff's alpha and its reading,
  percent agreement, Fleiss' kappa, Brennan-Prediger, Gwet's AC1, alpha at each level that fits,
  MASI alpha, pairwise Cohen's kappa; per code of multi-valued variables; unitizing alpha; then a
  legend explaining each statistic and the 0.667 / 0.8 thresholds.
* **Units** -- one row per aligned unit: document, the text, each coder's span and codes side by
  side, the status; disagreeing cells filled red, coders who did not mark the unit orange.
* **Disagreements** -- only the units to adjudicate, compact: per coder one cell with the span
  and its codes (red where codes differ, orange where the coder did not mark the unit).
* **Pairwise** -- per variable, coder x coder matrices of percent agreement and Cohen's kappa.
* **Confusion <variable>** -- per variable, Krippendorff's coincidence matrix over all coders and
  one confusion table per coder pair (rows: first coder's codes, columns: second coder's).

openpyxl (write-only mode) writes the Summary and Pairwise sheets through
:mod:`annotator.io.xlsx_cells`, the style sheet, and every sheet's layout.  The rows of the big
sheets -- Units, Disagreements and the confusion tables, a million cells for a large study --
are rendered by :mod:`annotator.io.exports.comparison_rows` (text always as text, never a formula)
and spliced in; the file is written atomically through :func:`annotator.io.atomic.atomic_output`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.gc_pause import paused_gc
from annotator.core.records.agreement import AgreementResult, AlignedUnit, pair_name
from annotator.io.atomic import atomic_output
from annotator.io.exports.comparison_rows import SheetRows, splice_rows
from annotator.io.exports.comparison_tables import (
    IntervalColumns,
    coincidence_matrix,
    confusion_table,
    interval_legend,
    summary_legend,
    summary_rows,
)
from annotator.io.xlsx_cells import (
    apply_layout,
    column_widths,
    data_row,
    header_row,
    text_cell,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

DISAGREE_FILL = "F4B6B6"  # a cell whose variable the coders disagree on
MISSING_FILL = "FBD9A8"  # a coder who did not mark this unit
AGREE_FILL = "D5EDD0"
READING_FILLS = {"reliable": "C6EFCE", "tentative": "FFEB9C", "unreliable": "FFC7CE"}
MAX_CELL_TEXT = 32_000  # Excel stores at most 32,767 characters in a cell
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_comparison_workbook(
    result: AgreementResult,
    target: Path | str,
    sets: Mapping[str, AgreementResult] | None = None,
    intervals: IntervalColumns | None = None,
    set_intervals: Mapping[str, IntervalColumns] | None = None,
) -> Path:
    """Write the comparison workbook for ``result`` to ``target`` (atomically).

    ``sets`` (name -> that set's result, from ``agreement --set A --set B``) adds a summary
    sheet "Set NAME" per set after the Summary of ``result`` (all the sets together).
    ``intervals`` (of ``result``) and ``set_intervals`` (per set) add their columns at the end
    of the summary sheet they belong to.
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    styles = _Styles()
    with paused_gc():  # a million rendered cells, no reference cycles
        fast = _write_sheets(workbook, result, styles, sets or {}, intervals, set_intervals or {})
        buffer = io.BytesIO()
        workbook.save(buffer)
        target = Path(target)
        with atomic_output(target) as temporary:
            splice_rows(buffer.getvalue(), temporary, fast)
    return target


def _write_sheets(
    workbook: Workbook,
    result: AgreementResult,
    styles: _Styles,
    sets: Mapping[str, AgreementResult],
    intervals: IntervalColumns | None = None,
    set_intervals: Mapping[str, IntervalColumns] | None = None,
) -> list[SheetRows]:
    """Every sheet in order; the rows of those returned still have to be spliced in."""
    _write_summary(workbook, result, styles, intervals=intervals)
    used = {"Summary", "Units", "Disagreements", "Pairwise"}
    for name, set_result in sets.items():
        _write_summary(workbook, set_result, styles, _sheet_name(f"Set {name}", used),
                       (set_intervals or {}).get(name))  # fmt: skip
    fast = [_write_units(workbook, "Units", result, result.units, styles)]
    fast.append(_write_disagreements(workbook, result, styles))
    _write_pairwise(workbook, result)
    for name, variable in result.variables.items():
        sheet = workbook.create_sheet(_sheet_name(f"Confusion {name}", used))
        fast.append(_write_confusion(sheet, result, variable.name, styles))
    return fast


class _Styles:
    """Fills and fonts created once (openpyxl styles are cheap to share, costly to create)."""

    def __init__(self) -> None:
        from openpyxl.styles import Font, PatternFill

        def fill(colour: str) -> PatternFill:
            return PatternFill("solid", start_color=colour, end_color=colour)

        self.disagree = fill(DISAGREE_FILL)
        self.missing = fill(MISSING_FILL)
        self.agree = fill(AGREE_FILL)
        self.readings = {reading: fill(colour) for reading, colour in READING_FILLS.items()}
        self.bold = Font(bold=True)


class _StyleIds:
    """The cell styles of one fast sheet as indices into the workbook's style sheet."""

    def __init__(self, rows: SheetRows, styles: _Styles) -> None:
        self.header = int(header_row(rows.sheet, [""])[0].style_id)
        self.number = rows.style(number_format="0.000")
        self.disagree = rows.style(fill=styles.disagree)
        self.missing = rows.style(fill=styles.missing)
        self.agree = rows.style(fill=styles.agree)


class _Labels:
    """A coder's codes as cell text, each distinct set of codes joined only once."""

    def __init__(self) -> None:
        self._units: dict[frozenset[str], str] = {}
        self._compact: dict[frozenset[str], str] = {}

    def unit(self, codes: Collection[str]) -> str:
        """Codes as in the Units sheet: "a; b" (sorted), "" for none."""
        codes = codes if isinstance(codes, frozenset) else frozenset(codes)
        label = self._units.get(codes)
        if label is None:
            label = self._units[codes] = "; ".join(sorted(codes))
        return label

    def compact(self, codes: Collection[str]) -> str:
        """Codes as in the Disagreements sheet: "a, b" (sorted)."""
        codes = codes if isinstance(codes, frozenset) else frozenset(codes)
        label = self._compact.get(codes)
        if label is None:
            label = self._compact[codes] = ", ".join(sorted(codes))
        return label


def _sheet_name(wanted: str, used: set[str]) -> str:
    base = _SHEET_NAME_FORBIDDEN.sub("_", wanted)[:31]
    name, counter = base, 2
    while name.casefold() in {item.casefold() for item in used}:
        suffix = f" {counter}"
        name, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    used.add(name)
    return name


def _number(sheet: Worksheet, value: float | None, fill: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if value is not None and not isinstance(value, int):
        cell.number_format = "0.000"
    if fill is not None:
        cell.fill = fill
    return cell


def _write_summary(
    workbook: Workbook,
    result: AgreementResult,
    styles: _Styles,
    title: str = "Summary",
    intervals: IntervalColumns | None = None,
) -> None:
    sheet = workbook.create_sheet(title)
    titles, rows = summary_rows(result, intervals)
    legend = summary_legend(result)
    if intervals is not None:
        legend.append(interval_legend(intervals))
    apply_layout(sheet, column_widths([titles, *rows[:50]], minimum=10), len(rows) + 1, len(titles))
    sheet.append(header_row(sheet, titles))
    reading_column = titles.index("Reading")
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            if index == reading_column and value in styles.readings:
                cells.append(text_cell(sheet, value, fill=styles.readings[value]))
            elif isinstance(value, float) or value is None:
                cells.append(_number(sheet, value))
            else:
                cells.extend(data_row(sheet, [value]))
        sheet.append(cells)
    sheet.append([])
    for line in legend:
        sheet.append([text_cell(sheet, line[0], font=styles.bold), *data_row(sheet, line[1:])])


def _unit_titles(result: AgreementResult) -> list[str]:
    titles = ["Unit", "Unit id", "Document", "Title", "Start", "End", "Text", "Status",
              "Disagreeing variables"]  # fmt: skip
    titles += [f"{coder}: span" for coder in result.coders]
    titles += [f"{name}: {coder}" for name in result.variables for coder in result.coders]
    return titles


def _write_units(
    workbook: Workbook,
    title: str,
    result: AgreementResult,
    units: Sequence[AlignedUnit],
    styles: _Styles,
) -> SheetRows:
    sheet = workbook.create_sheet(title)
    titles = _unit_titles(result)
    widths = column_widths([titles], minimum=8)
    widths[6] = 60  # the text
    apply_layout(sheet, widths, len(units) + 1, len(titles))
    rows = SheetRows(sheet)
    ids = _StyleIds(rows, styles)
    rows.append([(title, ids.header) for title in titles])
    variables = list(result.variables)
    coders = result.coders
    status_styles = {"agree": ids.agree, "disagree": ids.disagree, "incomplete": ids.missing}
    missing, disagree = ("", ids.missing), ids.disagree
    labels = _Labels()
    no_codes: frozenset[str] = frozenset()
    for unit in units:
        text = unit.text if unit.text is not None else ""
        status = unit.status
        document = unit.document
        row: list[Any] = [unit.number, unit.id, document.id, document.title, unit.start,
                          unit.end, text[:MAX_CELL_TEXT], (status, status_styles[status]),
                          ", ".join(unit.disagreeing)]  # fmt: skip
        spans = [unit.spans.get(coder) for coder in coders]
        row += [missing if span is None else f"{span.start}–{span.end}" for span in spans]
        for name in variables:
            disagreeing = name in unit.disagreeing
            for span in spans:
                if span is None:
                    row.append(missing)
                    continue
                label = labels.unit(span.values.get(name) or no_codes)
                row.append((label, disagree) if disagreeing else label)
        rows.append(row)
    return rows


def _write_disagreements(workbook: Workbook, result: AgreementResult, styles: _Styles) -> SheetRows:
    """Only the units to adjudicate, compact: one column per coder with span and codes."""
    sheet = workbook.create_sheet("Disagreements")
    titles = ["Unit", "Unit id", "Document", "Title", "Text", "Status", "Disagreeing variables",
              *result.coders]  # fmt: skip
    widths = column_widths([titles], minimum=8)
    widths[4] = 60
    widths[7:] = [40] * len(result.coders)
    units = result.disagreements
    apply_layout(sheet, widths, len(units) + 1, len(titles))
    rows = SheetRows(sheet)
    ids = _StyleIds(rows, styles)
    rows.append([(title, ids.header) for title in titles])
    variables = list(result.variables)
    not_marked = ("(not marked)", ids.missing)
    labels = _Labels()
    for unit in units:
        text = (unit.text or "")[:MAX_CELL_TEXT]
        row: list[Any] = [unit.number, unit.id, unit.document.id, unit.document.title, text,
                          unit.status, ", ".join(unit.disagreeing)]  # fmt: skip
        for coder in result.coders:
            span = unit.spans.get(coder)
            if span is None:
                row.append(not_marked)
                continue
            values = span.values
            codes = "; ".join(
                f"{name}={labels.compact(values[name])}" for name in variables if values.get(name)
            )
            label = f"{span.start}–{span.end}: {codes}" if codes else f"{span.start}–{span.end}"
            row.append((label, ids.disagree) if unit.disagreeing else label)
        rows.append(row)
    return rows


def _write_pairwise(workbook: Workbook, result: AgreementResult) -> None:
    sheet = workbook.create_sheet("Pairwise")
    coders = list(result.coders)
    sheet.freeze_panes = "B1"
    sheet.column_dimensions["A"].width = 36

    for name, variable in result.variables.items():
        for label, values in (
            ("percent agreement", variable.pairwise_agreement),
            ("Cohen's kappa", variable.cohen_kappa),
        ):
            sheet.append(header_row(sheet, [f"{name}: {label}", *coders]))
            for first in coders:
                row: list[Any] = data_row(sheet, [first])
                for second in coders:
                    value = 1.0 if first == second else values.get(pair_name(first, second))
                    row.append(_number(sheet, value))
                sheet.append(row)
            sheet.append([])


def _write_confusion(
    sheet: Worksheet, result: AgreementResult, name: str, styles: _Styles
) -> SheetRows:
    sheet.freeze_panes = "B1"
    sheet.column_dimensions["A"].width = 30
    rows = SheetRows(sheet)
    ids = _StyleIds(rows, styles)
    variable = result.variables[name]
    labels, matrix = coincidence_matrix(variable.matrix)
    title = f"{name}: coincidences, all coders (Krippendorff)"
    _append_table(rows, ids, title, labels, labels, matrix)
    for first_index, first in enumerate(result.coders):
        for second_index in range(first_index + 1, len(result.coders)):
            second = result.coders[second_index]
            row_labels, columns, counts = confusion_table(
                variable.matrix[first_index], variable.matrix[second_index]
            )
            title = f"{name}: {first} (rows) × {second} (columns)"
            _append_table(rows, ids, title, row_labels, columns, counts)
    return rows


def _append_table(
    rows: SheetRows,
    ids: _StyleIds,
    title: str,
    labels: Sequence[str],
    columns: Sequence[str],
    counts: Sequence[Sequence[float]],
) -> None:
    def number(value: float) -> Any:
        return value if isinstance(value, int) else (value, ids.number)

    rows.append([(text, ids.header) for text in (title, *columns, "Total")])
    for label, line in zip(labels, counts, strict=True):
        rows.append([label, *(number(value) for value in line), number(sum(line))])
    totals = [sum(line[index] for line in counts) for index in range(len(columns))]
    rows.append([("Total", ids.header), *(number(value) for value in totals),
                 number(sum(totals))])  # fmt: skip
    rows.append([])
