"""The long-format codings CSV of a SQLite project, written straight from the `sqlite3` driver.

A million annotations make four million CSV rows. Through SQLAlchemy, one `Segment` record per
annotation and a list per row, the export took 1.7 times as long as a bare script writing the same
rows with the `csv` module, a third of it before the first row (importing SQLAlchemy). Here the
rows come from one query in the export's order — document, start, end, coder (as `label_key`
sorts the names), uuid — with each annotation's values as one short key such as `"3:12,4:20"`
(variable id and code id; `t` and the value's id for a text value). What the key turns into (the
value rows in codebook order, made safe for spreadsheets, and how many cells that prefixed) is
worked out once per distinct key and kept, so the Python work per annotation is a handful of
string operations and tuples, and nothing is held but a batch of rows.

It writes exactly the bytes of `annotator.io.exports.codings_csv.write_codings_csv`, the portable
path that `annotator.services.export` keeps for other databases (a test compares the two):
uuids with dashes, timestamps as `datetime.isoformat()` of the stored UTC time, dates as ISO text,
and a stored form this module does not recognise converted by SQLAlchemy's own reading of it.
The caller gives it a connection inside one read transaction: `annotator.db.read_only` for the
command line, or the driver connection of a `Project.reading()` session.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from annotator.core.labels import label_key
from annotator.core.records.codings import CoderRow, ExportCancelled
from annotator.io.atomic import atomic_output
from annotator.io.exports.codings_csv import CSV_COLUMNS, CsvWritten, spreadsheet_safe
from annotator.services.export_report import ExportReport, Progress, selected_coders
from annotator.services.quick_reads import dashed

ANNOTATIONS_PER_BATCH = 1000  # rows fetched at a time; progress and Cancel are checked after each
MAX_KEPT_VALUE_KEYS = 100_000  # distinct value keys remembered before the memo starts afresh
_SUSPECT_FIRST = frozenset("'=+-@\t\r\n")  # a cell starting otherwise never needs the prefix
_NO_VALUES = (("", ""),)
_STORED_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")
_STORED_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_SEGMENTS = """
SELECT a.uuid, a.document_id, d.uuid, d.title, d.outlet, d.published, a.coder_id, a.start,
       a."end", a.quote, a.memo, a.created_at, a.updated_at,
       (SELECT group_concat(v.variable_id || ':' || coalesce(v.code_id, 't' || v.id))
          FROM annotation_value AS v WHERE v.annotation_id = a.id)
  FROM annotation AS a JOIN document AS d ON d.id = a.document_id
 {where}
 ORDER BY a.document_id, a.start, a."end", {coder_rank}, a.uuid
"""

ValueRows = tuple[tuple[tuple[str, str], ...], int]  # (variable, value) cells, cells prefixed
_Value = tuple[int, int, str, str, tuple[str, str], int]  # see `_CsvWriter._part`


def export_csv_on_driver(
    connection: sqlite3.Connection,
    output: Path,
    *,
    coders: Sequence[str] | None = None,
    exact_text: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExportReport:
    """Write the codings CSV of the project on `connection` to `output` (already checked by
    `export_report.export_kind`), as `annotator.services.export.export_codings` does."""
    counts = dict(connection.execute("SELECT coder_id, count(*) FROM annotation GROUP BY 1"))
    everyone = [
        CoderRow(coder_id, dashed(key), name, colour, counts.get(coder_id, 0))
        for coder_id, key, name, colour in connection.execute(
            "SELECT id, uuid, name, colour FROM coder ORDER BY id"
        )
    ]
    chosen = selected_coders(everyone, coders)
    (documents,) = connection.execute("SELECT count(*) FROM document").fetchone()
    report = ExportReport(
        str(output),
        "csv",
        sum(row.annotations for row in chosen),
        documents,
        [row.name for row in chosen],
    )
    try:
        with atomic_output(output) as temporary:
            written = _CsvWriter(connection, everyone, chosen, exact_text).write(
                temporary, report.segments, progress, should_cancel
            )
        report.rows, report.prefixed_cells = written.rows, written.prefixed_cells
        report.exact_text = exact_text
    except ExportCancelled:
        report.cancelled = True
    return report


class _CsvWriter:
    """The rows of one export: the codebook's orders and labels, and the memo of value keys."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        everyone: list[CoderRow],
        chosen: list[CoderRow],
        exact_text: bool,
    ) -> None:
        self.connection = connection
        self.chosen = chosen
        self.everyone = everyone
        self.suspect = frozenset() if exact_text else _SUSPECT_FIRST
        self.coder_cells = {row.id: self._cell(row.name) for row in chosen}
        self.variables: dict[int, tuple[int, str]] = {}  # id → (place in the codebook, name)
        for place, (variable_id, name) in enumerate(
            connection.execute("SELECT id, name FROM variable ORDER BY position, id")
        ):
            self.variables[variable_id] = (place, name)
        self.codes = _codes_in_tree_order(connection, self.variables)
        self.value_rows: dict[str | None, ValueRows] = {None: (_NO_VALUES, 0)}
        self.parts: dict[str, _Value] = {}  # one value of a key: a few per code at most

    def _cell(self, text: str) -> tuple[str, int]:
        """`text` as written, and 1 if it was given the spreadsheet prefix."""
        if text[:1] in self.suspect:
            safe = spreadsheet_safe(text)
            return safe, int(safe is not text)
        return text, 0

    def write(
        self,
        path: Path,
        total: int,
        progress: Progress | None,
        should_cancel: Callable[[], bool] | None,
    ) -> CsvWritten:
        if should_cancel is not None and should_cancel():
            raise ExportCancelled
        rows = prefixed = done = 0
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            if self.chosen:
                cursor = self.connection.execute(self._query())
                while batch := cursor.fetchmany(ANNOTATIONS_PER_BATCH):
                    lines, in_lines = self._lines(batch)
                    writer.writerows(lines)
                    rows += len(lines)
                    prefixed += in_lines
                    done += len(batch)
                    if should_cancel is not None and should_cancel():
                        raise ExportCancelled
                    if progress is not None:
                        progress(done, total)
        if progress is not None:
            progress(total, total)
        return CsvWritten(rows, prefixed)

    def _query(self) -> str:
        """The segments query: every coder's, or only the chosen ones' (ids are numbers)."""
        names = sorted({label_key(row.name) for row in self.chosen})
        ranks = {name: rank for rank, name in enumerate(names)}  # equal names share a rank
        coder_rank = "CASE a.coder_id {} END".format(
            " ".join(f"WHEN {row.id:d} THEN {ranks[label_key(row.name)]:d}" for row in self.chosen)
        )
        where = ""
        if len(self.chosen) < len(self.everyone):
            where = f"WHERE a.coder_id IN ({', '.join(f'{row.id:d}' for row in self.chosen)})"
        return _SEGMENTS.format(where=where, coder_rank=coder_rank)

    def _lines(self, batch: list[tuple]) -> tuple[list[tuple], int]:
        """The CSV rows of a batch of segments, and how many cells they prefixed."""
        texts = self._texts(batch)
        lines: list[tuple] = []
        prefixed = 0
        cell, value_rows, coder_cells = self._cell, self.value_rows, self.coder_cells
        suspect = self.suspect
        document_id = None
        document: tuple = ()
        in_document = 0
        for (
            key, row_document, document_key, title, outlet, published, coder_id, start, end,
            quote, memo, created, updated, values,
        ) in batch:  # fmt: skip
            if row_document != document_id:
                document_id = row_document
                title, in_title = cell(title)
                outlet, in_outlet = cell(outlet or "")
                document = (document_id, dashed(document_key), title, outlet, _date(published))
                in_document = in_title + in_outlet
            coder, in_head = coder_cells[coder_id]
            in_head += in_document
            if quote[:1] in suspect:
                quote, in_quote = cell(quote)
                in_head += in_quote
            if memo[:1] in suspect:
                memo, in_memo = cell(memo)
                in_head += in_memo
            head = (dashed(key), *document, coder, start, end, quote)
            made = _timestamp(created)  # an annotation never edited: updated is created
            tail = (memo, made, made if updated == created else _timestamp(updated))
            found = value_rows.get(values)
            if found is None:
                found = self._value_rows(values, texts)
            pairs, in_pairs = found
            prefixed += in_head * len(pairs) + in_pairs
            for pair in pairs:
                lines.append(head + pair + tail)
        return lines, prefixed

    def _texts(self, batch: list[tuple]) -> dict[int, str]:
        """The texts of the batch's text values, by value id (most studies have none)."""
        wanted = [
            int(part.partition(":t")[2])
            for *_, values in batch
            if values is not None and "t" in values
            for part in values.split(",")
            if ":t" in part
        ]
        if not wanted:
            return {}
        return dict(
            self.connection.execute(
                "SELECT id, text FROM annotation_value WHERE id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            )
        )

    def _value_rows(self, values: str, texts: dict[int, str]) -> ValueRows:
        """The (variable, value) cells of a value key in codebook order, as
        `export_segments.SegmentStream` orders them, made safe; kept unless it holds a text."""
        parts, part = self.parts, self._part
        items = sorted(parts.get(text) or part(text, texts) for text in values.split(","))
        by_variable: dict[str, list[_Value]] = {}
        for item in items:
            by_variable.setdefault(item[2], []).append(item)
        found = (
            tuple(item[4] for group in by_variable.values() for item in group),
            sum(item[5] for item in items),
        )
        if "t" not in values:
            if len(self.value_rows) > MAX_KEPT_VALUE_KEYS:
                self.value_rows.clear()
                self.value_rows[None] = (_NO_VALUES, 0)
            self.value_rows[values] = found
        return found

    def _part(self, text: str, texts: dict[int, str]) -> _Value:
        """One value of a key ("3:12", or "5:t77" for a text value) as its sort key (place of the
        variable, place of the code, name, label), its cells and how many were prefixed."""
        variable_text, _, code = text.partition(":")
        place, name = self.variables.get(int(variable_text), (0, "?"))
        if code.startswith("t"):
            position, label = 0, texts[int(code[1:])] or ""
        else:
            position, label = self.codes.get(int(code), (0, ""))
        name_cell, in_name = self._cell(name)
        label_cell, in_label = self._cell(label)
        value = (place, position, name, label, (name_cell, label_cell), in_name + in_label)
        if not code.startswith("t"):
            self.parts[text] = value
        return value


def _codes_in_tree_order(
    connection: sqlite3.Connection, variables: dict[int, tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """Code id → (place among its variable's codes, label), the places of
    `services.codebooks.reading.read_codebook`: the tree walked depth first, siblings by
    (position, id); a code outside its variable's tree has no place (as there)."""
    children: dict[tuple[int, int | None], list[tuple[int, int, str]]] = {}
    for code_id, variable_id, parent_id, position, label in connection.execute(
        "SELECT id, variable_id, parent_id, position, label FROM code"
    ):
        children.setdefault((variable_id, parent_id), []).append((position, code_id, label))
    codes: dict[int, tuple[int, str]] = {}
    for variable_id in variables:
        place = 0
        waiting = sorted(children.get((variable_id, None), ()), reverse=True)
        while waiting:
            _position, code_id, label = waiting.pop()
            codes[code_id] = (place, label)
            place += 1
            waiting.extend(sorted(children.get((variable_id, code_id), ()), reverse=True))
    return codes


def _timestamp(stored: Any) -> str:
    """`isoformat()` of the aware UTC datetime the ORM reads from a stored timestamp."""
    if type(stored) is str and _STORED_TIME.fullmatch(stored):
        if stored.endswith("000000"):  # isoformat leaves out a zero fraction
            return f"{stored[:10]}T{stored[11:19]}+00:00"
        return f"{stored[:10]}T{stored[11:]}+00:00"
    return _as_the_orm_reads("timestamp", stored)


def _date(stored: Any) -> str:
    """The published date as the portable path writes it: ISO text, or empty."""
    if stored is None:
        return ""
    if type(stored) is str and _STORED_DATE.fullmatch(stored):
        return stored
    return _as_the_orm_reads("date", stored)


def _as_the_orm_reads(kind: str, stored: Any) -> str:
    """A stored form written by something other than the ORM, read as SQLAlchemy reads it (only
    on this rare path is SQLAlchemy imported)."""
    from sqlalchemy import Date
    from sqlalchemy.dialects import sqlite

    from annotator.services.fast_rows import result_processor, typed_timestamp

    if kind == "timestamp":
        return typed_timestamp(stored).isoformat()
    read = result_processor(Date(), sqlite.dialect())
    value = read(stored) if read is not None else stored
    return value.isoformat() if value else ""
