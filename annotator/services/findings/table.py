"""Frequency tables: codes against codes, outlets, months, years or coders.

A dimension is a codebook variable (its codes in codebook order; spans without a value for it
are counted under "(no value)"), ``outlet`` ("(no outlet)"), ``month`` (YYYY-MM), ``year`` or
``coder``; a codebook variable of that name wins over the built-in ones. Undated documents are
"(no date)". Which codings count: see :mod:`annotator.services.findings.codings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select

from annotator.core.findings.crosstab import CrossTable, CrossTabulation
from annotator.core.labels import label_key
from annotator.db.models import Variable
from annotator.db.project import Project
from annotator.errors import NotFoundError
from annotator.services.findings.codings import (
    OUTLET,
    CodedSpan,
    CodingSelection,
    code_labels,
    coded_spans,
    resolve,
)

BUILT_IN = (OUTLET, "month", "year", "coder")
NO_VALUE = "(no value)"
NO_DATE = "(no date)"
NO_OUTLET = "(no outlet)"
Count = Literal["spans", "documents"]


@dataclass(frozen=True)
class Dimension:
    name: str
    variable: bool  # a codebook variable, or one of BUILT_IN

    def values(self, span: CodedSpan) -> list[str]:
        if self.variable:
            return span.values.get(self.name) or [NO_VALUE]
        if self.name == OUTLET:
            return [span.outlet or NO_OUTLET]
        if self.name == "coder":
            return [span.coder]
        if span.published is None:
            return [NO_DATE]
        return [f"{span.published:%Y-%m}" if self.name == "month" else str(span.published.year)]


@dataclass
class FrequencyTable:
    rows: str
    columns: str | None
    count: Count
    coders: str
    period: str
    assignment_set: str | None
    table: CrossTable
    first_date: date | None = None  # the earliest and latest dated document counted
    last_date: date | None = None

    def dates(self) -> str:
        """The dates the counted documents span ("2022-06-10 to 2024-09-29")."""
        if self.first_date is None or self.last_date is None:
            return "no dated documents"
        return f"{self.first_date} to {self.last_date}"

    def describe(self) -> str:
        unit = "spans" if self.count == "spans" else "documents with spans"
        scope = f", set {self.assignment_set}" if self.assignment_set else ""
        return f"{unit} of {self.coders}, {self.period}{scope}; n = {self.table.total}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"row_variable": self.rows, "column_variable": self.columns}
        data |= self.table.to_json()
        data |= {
            "count": self.count,
            "coders": self.coders,
            "period": self.period,
            "set": self.assignment_set,
        }
        return data


def dimension(project: Project, name: str) -> Dimension:
    """The variable or built-in dimension `name` names; NotFoundError lists the choices."""
    with project.reading() as session:
        variables = list(session.scalars(select(Variable.name).order_by(Variable.position)))
    for variable in variables:
        if label_key(variable) == label_key(name):
            return Dimension(variable, True)
    if label_key(name) in BUILT_IN:
        return Dimension(label_key(name), False)
    raise NotFoundError(
        f"no variable {name!r} in this codebook (choose {', '.join([*variables, *BUILT_IN])})"
    )


def _order(project: Project, dim: Dimension | None) -> list[str]:
    if dim is None:
        return [""]
    if dim.variable:
        return code_labels(project, dim.name, retired=False)  # used retired codes follow
    return []


def frequency_table(
    project: Project,
    rows: str,
    columns: str | None,
    selection: CodingSelection,
    count: Count = "spans",
) -> FrequencyTable:
    resolved = resolve(project, selection)
    row_dimension = dimension(project, rows)
    column_dimension = dimension(project, columns) if columns is not None else None
    tabulation = CrossTabulation(documents=count == "documents")
    first: date | None = None
    last: date | None = None
    for span in coded_spans(project, resolved):
        if span.published is not None:
            first = span.published if first is None else min(first, span.published)
            last = span.published if last is None else max(last, span.published)
        column_values = column_dimension.values(span) if column_dimension else [""]
        unit = span.document if count == "documents" else span.annotation
        tabulation.add(unit, row_dimension.values(span), column_values)
    table = tabulation.table(_order(project, row_dimension), _order(project, column_dimension))
    return FrequencyTable(
        row_dimension.name,
        column_dimension.name if column_dimension else None,
        count,
        resolved.description,
        resolved.period(),
        resolved.assignment_set,
        table,
        first,
        last,
    )
