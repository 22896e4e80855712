"""Turn aligned units into reliability matrices (rows = coders, columns = units).

This is the bridge between :mod:`alignment` and :mod:`reliability`: it decides what a cell
holds for one variable.

Cells of :func:`unit_matrix`:

* the coder's single label, when their span gives the variable exactly one code;
* a sorted ``tuple`` of labels, when it gives several (multi-valued variables) -- so two coders
  agree on such a cell only when they chose exactly the same set;
* *missing* (``None``) when the coder has no span in the unit, or has one but left the variable
  empty.  With ``missing_as_category=True`` both cases become the category :data:`NOT_CODED`
  instead, so "coded vs. not coded" counts as a disagreement.

For multi-valued variables, :func:`binary_matrices_per_code` gives one presence/absence matrix
per code (1 = the coder applied the code, 0 = coded the variable but not with this code), the
usual way to report per-code reliability; see also :mod:`distance_alpha` for MASI.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Sequence

from annotator.core.agreement.alignment import Unit

Cell = Hashable | None
Matrix = list[list[Cell]]


class NotCoded(enum.Enum):
    """Marker category for "this coder did not code the variable in this unit"."""

    NOT_CODED = "(not coded)"

    def __str__(self) -> str:
        return self.value


NOT_CODED = NotCoded.NOT_CODED


def unit_matrix(
    units: Sequence[Unit],
    coders: Sequence[str],
    variable: str,
    missing_as_category: bool = False,
) -> Matrix:
    """Rows in ``coders`` order, columns in ``units`` order; cells as in the module docstring."""
    return unit_matrices(units, coders, [variable], missing_as_category)[variable]


def unit_matrices(
    units: Sequence[Unit],
    coders: Sequence[str],
    variables: Sequence[str],
    missing_as_category: bool = False,
) -> dict[str, Matrix]:
    """:func:`unit_matrix` of several variables in one pass over the units."""
    absent: Cell = NOT_CODED if missing_as_category else None
    variables = list(dict.fromkeys(variables))
    matrices: dict[str, Matrix] = {variable: [] for variable in variables}
    cells: dict[frozenset[str], Cell] = {}  # a set of labels -> its cell, built once
    for coder in coders:
        rows = [(variable, []) for variable in variables]
        for unit in units:
            span = unit.members.get(coder)
            if span is None:
                for _, row in rows:
                    row.append(absent)
                continue
            values = span.values
            for variable, row in rows:
                labels = values.get(variable)
                if not labels:
                    row.append(absent)
                    continue
                try:
                    cell = cells.get(labels)
                except TypeError:  # a plain set: no cache
                    cell = None
                if cell is None:
                    cell = next(iter(labels)) if len(labels) == 1 else tuple(sorted(labels))
                    if isinstance(labels, frozenset):
                        cells[labels] = cell
                row.append(cell)
        for variable, row in rows:
            matrices[variable].append(row)
    return matrices


def binary_matrices_per_code(
    units: Sequence[Unit],
    coders: Sequence[str],
    variable: str,
    missing_as_category: bool = False,
) -> dict[str, list[list[int | None]]]:
    """One 0/1 matrix per code of ``variable`` that occurs in ``units`` (sorted by label).

    A cell is 1 when the coder's span carries the code, 0 when it codes the variable with other
    codes only, and ``None`` when the coder has no span there or left the variable empty --
    or 0 in those cases too when ``missing_as_category`` is true (not coding = not applying).
    """
    codes = sorted(
        {
            label
            for unit in units
            for span in unit.members.values()
            for label in span.codes(variable)
        }
    )
    absent = 0 if missing_as_category else None
    matrices: dict[str, list[list[int | None]]] = {}
    for code in codes:
        matrix: list[list[int | None]] = []
        for coder in coders:
            row: list[int | None] = []
            for unit in units:
                span = unit.members.get(coder)
                labels = span.values.get(variable) if span is not None else None
                row.append((1 if code in labels else 0) if labels else absent)
            matrix.append(row)
        matrices[code] = matrix
    return matrices
