"""Sorting text in SQL the same way wherever a project lives: by code point.

SQLite compares text byte by byte (code point order for UTF-8: "Bob" before "alice"); a
PostgreSQL database sorts by the collation it was created with, on a lab's server usually the
language's rules ("alice" before "Bob"). A listing sorted by a name in SQL would then come out
differently from the same project in a file. `in_code_point_order(column)` sorts by the `"C"`
collation on PostgreSQL, which compares bytes as SQLite does, and is the column itself elsewhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement


class in_code_point_order(ColumnElement[Any]):
    """`ORDER BY in_code_point_order(Coder.name)`: the same order on SQLite and PostgreSQL."""

    inherit_cache = False

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(in_code_point_order)
def _as_it_is(element: in_code_point_order, compiler: Any, **options: Any) -> str:
    return compiler.process(element.column, **options)


@compiles(in_code_point_order, "postgresql")
def _in_c_collation(element: in_code_point_order, compiler: Any, **options: Any) -> str:
    return f'{compiler.process(element.column, **options)} COLLATE "C"'
