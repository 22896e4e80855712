"""The data of a chart: a frequency table of one variable, shaped for annotator.io.exports.charts.

* ``bars``: the variable's codes (with ``by``: per group, stacked);
* ``timeline``: the codes per month or year (``per``), the empty periods between filled in;
* ``heatmap``: codes x ``by`` (or x ``per``).

Codes nobody used are left out, and so are spans without a value of the variable and, on a
timeline, undated documents; the caption says how many spans (documents) were left out, which
coders were counted, the dates the counted documents span and n.
"""

from __future__ import annotations

from typing import Literal

from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.io.exports.charts import ChartData, consecutive_periods
from annotator.services.findings.codings import CodingSelection, code_colours
from annotator.services.findings.table import NO_DATE, NO_VALUE, Count, frequency_table

Kind = Literal["bars", "timeline", "heatmap"]


def chart_data(
    project: Project,
    kind: Kind,
    variable: str,
    selection: CodingSelection,
    *,
    by: str | None = None,
    per: str | None = None,
    count: Count = "spans",
    title: str | None = None,
) -> ChartData:
    if kind == "timeline" and by is not None:
        raise InvalidInputError("a timeline runs over time: give --per month or year, not --by")
    if kind != "timeline" and by is not None and per is not None:
        raise InvalidInputError("give --by or --per, not both")
    if kind == "heatmap" and by is None and per is None:
        raise InvalidInputError("a heatmap needs --by (e.g. outlet) or --per (month or year)")
    if kind == "bars" and per is not None:
        raise InvalidInputError("bars compare groups: give --by, or draw a timeline with --per")
    columns = per or ("month" if kind == "timeline" else by)
    result = frequency_table(project, variable, columns, selection, count)
    table = result.table
    name = result.rows
    if not result.table.rows or table.total == 0:
        raise InvalidInputError(f"nothing to draw: no coded spans ({result.describe()})")
    keep = [i for i, code in enumerate(table.rows) if code != NO_VALUE and table.row_totals[i]]
    codes = [table.rows[i] for i in keep]
    groups = list(table.columns)
    counts = [list(table.counts[i]) for i in keep]
    no_value = table.row_totals[table.rows.index(NO_VALUE)] if NO_VALUE in table.rows else 0
    undated = 0
    if kind == "timeline" or per is not None:
        periods = consecutive_periods(groups, per or "month")
        position = {group: j for j, group in enumerate(groups)}
        counts = [[row[position[p]] if p in position else 0 for p in periods] for row in counts]
        undated = table.column_totals[position[NO_DATE]] if NO_DATE in position else 0
        groups = periods
    unit = "spans" if count == "spans" else "documents"
    notes = [f"{no_value} without a {name} value" if no_value else "",
             f"{undated} undated" if undated else ""]  # fmt: skip
    left_out = ", ".join(note for note in notes if note)
    caption = (
        f"Coded {unit} of {result.coders}; documents dated {result.dates()}"
        + (f", set {result.assignment_set}" if result.assignment_set else "")
        + f"; n = {table.total} {unit}"
        + (f" ({left_out}: not shown)" if left_out else "")
        + ". Made with Annotator."
    )
    default_title = {
        "bars": f"{name} by {result.columns}" if result.columns else f"{name}",
        "timeline": f"{name} per {columns}",
        "heatmap": f"{name} by {columns}",
    }[kind]
    return ChartData(
        kind=kind,
        variable=name,
        codes=codes,
        groups=groups if result.columns else [""],
        counts=counts,
        colours=code_colours(project, name),
        group_title=_title(result.columns or ""),
        caption=caption,
        title=title or default_title[:1].upper() + default_title[1:],
    )


def _title(dimension: str) -> str:
    return {"month": "Month", "year": "Year", "outlet": "Outlet", "coder": "Coder"}.get(
        dimension, dimension
    )
