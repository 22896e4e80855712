"""Optimal assignment (the linear sum assignment problem) in pure Python.

:func:`linear_sum_assignment` matches rows to columns of a rectangular weight matrix so that
every row (or every column, whichever are fewer) gets exactly one partner and the total weight
is minimal -- or maximal with ``maximize=True``, which is how :mod:`alignment` pairs two coders'
spans by the largest total overlap.

The algorithm is the shortest augmenting path method of Jonker and Volgenant (1987) in the form
of Crouse (2016), "On implementing 2D rectangular assignment algorithms", IEEE Transactions on
Aerospace and Electronic Systems 52(4) -- the same method, step for step and with the same
tie-breaking, as ``scipy.optimize.linear_sum_assignment``, so both return the same pairs (the
tests compare them).  It takes O(n^2 m) time for n <= m; alignment only ever passes the small
matrices of one connected group of overlapping spans, where pure Python is fast enough and
spares the application SciPy.

Costs must be finite real numbers.  Pairs come back sorted by row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Matrix = Sequence[Sequence[float]]


def linear_sum_assignment(weights: Matrix, maximize: bool = False) -> tuple[list[int], list[int]]:
    """Rows and columns of an optimal assignment, as two lists of equal length.

    ``weights[i][j]`` is the cost (or, with ``maximize``, the gain) of pairing row ``i`` with
    column ``j``.  ``min(rows, columns)`` pairs are returned, sorted by row.  Raises
    ``ValueError`` for ragged rows or a weight that is not finite.
    """
    row_count = len(weights)
    column_count = len(weights[0]) if row_count else 0
    if any(len(row) != column_count for row in weights):
        raise ValueError("every row of the weight matrix must have the same length")
    if row_count == 0 or column_count == 0:
        return [], []
    transpose = column_count < row_count
    sign = -1.0 if maximize else 1.0
    if transpose:
        cost = [
            [sign * float(weights[i][j]) for i in range(row_count)] for j in range(column_count)
        ]
    else:
        cost = [[sign * float(value) for value in row] for row in weights]
    if not all(math.isfinite(value) for row in cost for value in row):
        raise ValueError("weights must be finite numbers")

    column_of_row = _solve(cost)
    if transpose:  # rows of ``cost`` are the caller's columns: report by the caller's rows
        pairs = sorted((row, column) for column, row in enumerate(column_of_row))
    else:
        pairs = list(enumerate(column_of_row))
    return [row for row, _ in pairs], [column for _, column in pairs]


def _solve(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of every row of ``cost`` (rows <= columns): column per row."""
    row_count, column_count = len(cost), len(cost[0])
    row_duals = [0.0] * row_count
    column_duals = [0.0] * column_count
    row_of_column = [-1] * column_count
    column_of_row = [-1] * row_count
    path = [-1] * column_count
    for current in range(row_count):
        sink, lowest, shortest, rows_seen, columns_seen = _augmenting_path(
            cost, row_duals, column_duals, row_of_column, path, current
        )
        # Update the dual variables.
        row_duals[current] += lowest
        for row in rows_seen:
            if row != current:
                row_duals[row] += lowest - shortest[column_of_row[row]]
        for column in columns_seen:
            column_duals[column] -= lowest - shortest[column]
        # Augment the previous solution along the path.
        column = sink
        while True:
            row = path[column]
            row_of_column[column] = row
            column_of_row[row], column = column, column_of_row[row]
            if row == current:
                break
    return column_of_row


def _augmenting_path(
    cost: list[list[float]],
    row_duals: list[float],
    column_duals: list[float],
    row_of_column: list[int],
    path: list[int],
    row: int,
) -> tuple[int, float, list[float], list[int], list[int]]:
    """Dijkstra-like search from ``row`` for the cheapest path to an unassigned column.

    Returns the sink column, the path's reduced cost, the shortest path cost to every column,
    and the rows and columns scanned on the way; ``path`` is filled with each column's
    predecessor row.
    """
    column_count = len(column_duals)
    # Filled in reverse so that a constant matrix gives the identity assignment (as SciPy).
    remaining = list(range(column_count - 1, -1, -1))
    shortest = [math.inf] * column_count
    rows_seen: list[int] = []
    columns_seen: list[int] = []
    lowest = 0.0
    while True:
        rows_seen.append(row)
        costs, row_dual = cost[row], row_duals[row]
        best_position = -1
        best = math.inf
        for position, column in enumerate(remaining):
            # The operations in SciPy's order, so that ties resolve identically.
            reduced = lowest + costs[column] - row_dual - column_duals[column]
            if reduced < shortest[column]:
                path[column] = row
                shortest[column] = reduced
            value = shortest[column]
            # Among equally short columns prefer an unassigned one: it ends the search.
            if value < best or (value == best and row_of_column[column] == -1):
                best = value
                best_position = position
        lowest = best
        column = remaining[best_position]
        columns_seen.append(column)
        remaining[best_position] = remaining[-1]
        remaining.pop()
        if row_of_column[column] == -1:
            return column, lowest, shortest, rows_seen, columns_seen
        row = row_of_column[column]
