"""The SQLite fast path of the merge: an input's annotations copied with INSERT…SELECT.

Reading 100,000 annotations and their values into Python, checking them there and writing them
back cost the merge most of its time. When the merged project is SQLite, the input's private,
already checked copy (`input_files.read_copy`) is ATTACHed read-only to the merge's connection
(whose `trusted_schema` is off) and the checks that decide whether a row may be copied as it is
run in SQL: a stored-key uuid and timestamps, a mapped document and coder, whole-number offsets
inside the text, the quote equal to the text at them, a text memo, values that map to the merged
codebook one to one. Those rows ("clean": every copy `distribute` made, coded in the app) are
copied with INSERT…SELECT. Every other row — already present and changed, damaged, normalised, a
duplicate — takes the Python path of `rows.check_annotations`, which counts, reports and maps it
exactly as the portable merge does. Rows are added in the input's order in both paths, so ids,
the report and the undo list are the same as the portable path's.

SQLite cannot DETACH inside the transaction that read the input, so each input stays attached
until the merge ends (`Attachments`); inputs beyond SQLite's limit on attached databases, and
any merge into another database, take the portable path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from annotator.db.models import Annotation, AnnotationValue
from annotator.db.project import database_error
from annotator.errors import ProjectFileError
from annotator.services.fast_rows import canonical_timestamps, insert_tuples
from annotator.services.merging import stored as merge_stored
from annotator.services.merging.codebook import CodebookMap
from annotator.services.merging.input_files import (
    ANNOTATION_FIELDS,
    KEY_FIELDS,
    InputData,
    canonical_annotations,
    canonical_keys,
)
from annotator.services.merging.report import InputReport, MergeUndo
from annotator.services.merging.rows import check_annotations
from annotator.services.merging.stored import ANNOTATION_COLUMNS, VALUE_COLUMNS

if TYPE_CHECKING:
    from annotator.services.merging.merge import MergeTarget

CHUNK = 500  # keys per IN (…) list
KEY_BATCH = 10_000  # annotations whose keys are checked at a time
INPUT_CACHE_KIB = 2048  # page cache of an attached input (SQLite's default)
_FIRST_ID, _LAST_ID = -(2**63), 2**63 - 2  # SQLite's integers (the last one + 1 still is one)
_UUID_KEY = (
    "(typeof({0}) = 'text' AND length(CAST({0} AS BLOB)) = 32 AND {0} NOT GLOB '*[^0-9a-f]*')"
)
_TEMP_TABLES = (
    "merge_documents (input_id INTEGER PRIMARY KEY, merged_id INTEGER NOT NULL, "
    "length INTEGER NOT NULL)",
    "merge_coders (input_id INTEGER PRIMARY KEY, merged_id INTEGER NOT NULL)",
    "merge_text_variables (input_id INTEGER PRIMARY KEY, merged_id INTEGER NOT NULL)",
    "merge_codes (variable_id INTEGER, code_id INTEGER, merged_variable INTEGER NOT NULL, "
    "merged_code INTEGER NOT NULL, multiple INTEGER NOT NULL, PRIMARY KEY (variable_id, code_id))",
    # input annotations that are not copied as they are: slow 0 = present and the same (counted),
    # slow 1 = checked in Python
    "merge_route (input_id INTEGER PRIMARY KEY, slow INTEGER NOT NULL)",
    "merge_new_ids (input_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL)",  # of clean rows
)
_VALUE_JOINS = (
    "LEFT JOIN temp.merge_text_variables t ON t.input_id = av.variable_id "
    "LEFT JOIN temp.merge_codes c ON c.variable_id = av.variable_id AND c.code_id = av.code_id"
)


class Attachments:
    """The inputs attached to the merge's connection, detached after its transaction."""

    def __init__(self) -> None:
        self.driver: sqlite3.Connection | None = None
        self.names: list[str] = []
        self.usable: bool | None = None

    def has_room(self, session: Session) -> bool:
        """Whether the next input can be attached (else it takes the portable path)."""
        if not self._usable(session):
            return False
        assert self.driver is not None
        attached = len(self.driver.execute("PRAGMA database_list").fetchall()) - 2  # main, temp
        return attached < self.driver.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED)

    def attach(self, copy: Path) -> str:
        """Attach `copy` read-only (after `has_room`) and return its schema name."""
        assert self.driver is not None
        taken = {row[1] for row in self.driver.execute("PRAGMA database_list")}
        name = next(
            f"merge_input_{n}" for n in range(len(taken) + 1) if f"merge_input_{n}" not in taken
        )
        self.driver.execute("ATTACH DATABASE ? AS " + name, (copy.resolve().as_uri() + "?mode=ro",))
        # an attached database starts with main's (roomy) page cache; its pages are read once
        self.driver.execute(f"PRAGMA {name}.cache_size = -{INPUT_CACHE_KIB}")
        self.names.append(name)
        return name

    def _usable(self, session: Session) -> bool:
        if self.usable is None:
            self.usable = False
            if merge_stored.uses_stored_forms(session):  # SQLite: the input can be attached
                self.driver = session.connection().connection.driver_connection
                self.usable = self._keys_are_canonical()
        return self.usable

    def _keys_are_canonical(self) -> bool:
        """Whether the merged project's annotation uuids are all stored keys, as SQL compares
        them raw (a hand-edited project takes the portable path, which normalises them)."""
        assert self.driver is not None
        odd = f"SELECT 1 FROM main.annotation a WHERE NOT {_UUID_KEY.format('a.uuid')} LIMIT 1"
        if self.driver.execute(odd).fetchone() is not None:
            return False
        for table in _TEMP_TABLES:
            self.driver.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table}")
        return True

    def detach_all(self) -> None:
        """Detach every input (after the merge's transaction has ended) and drop the temp tables."""
        if self.driver is None:
            return
        with suppress(sqlite3.Error):  # best effort: the connection may be failing already
            for name in self.names:
                self.driver.execute(f"DETACH DATABASE {name}")
            for table in _TEMP_TABLES:
                self.driver.execute(f"DROP TABLE IF EXISTS temp.{table.split()[0]}")
        self.names.clear()


def copy_annotations(
    target: MergeTarget,
    schema: str,
    data: InputData,
    maps: tuple[dict[int, int], dict[int, str], dict[int, int]],
    codebook: CodebookMap,
    report: InputReport,
    undo: MergeUndo,
) -> None:
    """Add the attached input's annotations and values as `rows.merge_annotations` would."""
    driver = target.session.connection().connection.driver_connection
    cursor = driver.cursor()
    try:
        one_to_one = _fill_maps(cursor, maps, codebook)
        with _undecodable_is_damage(data.path):
            slow_rows = _route(cursor, schema, data.path, one_to_one)
            _decode_texts(cursor, schema)
            values = _slow_values(cursor, schema, [row[0] for row in slow_rows])
        report.annotations_present += cursor.execute(
            "SELECT count(*) FROM temp.merge_route WHERE slow = 0"
        ).fetchone()[0]
        present = _present(cursor, [row[1] for row in slow_rows])
        accepted = check_annotations(slow_rows, values, present, maps, codebook, report)
        before = cursor.execute("SELECT coalesce(max(id), 0) FROM main.annotation").fetchone()[0]
        _insert(target, cursor, schema, accepted)
        added = [
            key
            for (key,) in cursor.execute(
                "SELECT uuid FROM main.annotation WHERE id > ? ORDER BY id", (before,)
            )
        ]  # stored keys the merge itself checked
        undo.annotations.extend_keys(added)
        report.annotations_added += len(added)
        target.forget_annotations()
    finally:
        cursor.close()


@contextmanager
def _undecodable_is_damage(path: Path) -> Iterator[None]:
    """A text of the input that is not UTF-8 refuses the input, as reading it in Python does."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if not str(error).startswith("Could not decode to UTF-8"):
            raise
        raise database_error(error, path) from error


def _decode_texts(cursor: sqlite3.Cursor, schema: str) -> None:
    """Read the texts SQL copies without Python reading them — memos, values' texts, and the
    quotes of annotations counted as present — so an undecodable one refuses the input."""
    for sql in (
        f"SELECT memo FROM {schema}.annotation WHERE memo <> ''",
        f"SELECT text FROM {schema}.annotation_value WHERE text IS NOT NULL",
        f"SELECT a.quote FROM {schema}.annotation a "
        "JOIN temp.merge_route r ON r.input_id = a.id AND NOT r.slow",
    ):
        rows = cursor.execute(sql)
        while rows.fetchmany(KEY_BATCH):
            pass


def _fill_maps(
    cursor: sqlite3.Cursor,
    maps: tuple[dict[int, int], dict[int, str], dict[int, int]],
    codebook: CodebookMap,
) -> bool:
    """The input's documents, coders and codebook as merged ids, in temp tables for SQL; whether
    no two of the input's variables, nor two codes, map to one merged variable or code."""
    documents, texts, coders = maps
    for table in _TEMP_TABLES:
        cursor.execute(f"DELETE FROM temp.{table.split()[0]}")
    cursor.executemany(
        "INSERT INTO temp.merge_documents VALUES (?, ?, ?)",
        [
            (input_id, merged_id, len(texts[input_id]))
            for input_id, merged_id in documents.items()
            if type(texts.get(input_id)) is str and "\x00" not in texts[input_id]
        ],
    )
    cursor.executemany("INSERT INTO temp.merge_coders VALUES (?, ?)", list(coders.items()))
    text_variables = {
        input_id: merged_id
        for input_id, merged_id in codebook.variables.items()
        if merged_id in codebook.text_variables
    }
    cursor.executemany(
        "INSERT INTO temp.merge_text_variables VALUES (?, ?)", list(text_variables.items())
    )
    codes = [
        (input_variable, input_code, merged_variable, merged_code,
         merged_variable in codebook.multiple)
        for input_variable, merged_variable in codebook.variables.items()
        if merged_variable not in codebook.text_variables
        for input_code, merged_code in codebook.codes.items()
        if codebook.code_variable.get(merged_code) == merged_variable
    ]  # fmt: skip
    cursor.executemany("INSERT INTO temp.merge_codes VALUES (?, ?, ?, ?, ?)", codes)
    variables = list(codebook.variables.values())
    return len(set(variables)) == len(variables) and len({row[3] for row in codes}) == len(codes)


def _route(cursor: sqlite3.Cursor, schema: str, path: Path, one_to_one: bool) -> list[tuple]:
    """Fill `merge_route`; return its slow rows (`ANNOTATION_FIELDS`, stored keys) in order.

    Raises ProjectFileError, as reading the input does, on an unreadable uuid or timestamp.
    """
    columns = ", ".join(f'a."{name}"' for name in ANNOTATION_FIELDS)
    odd = _odd_keys(cursor, schema, path)
    normalised = canonical_annotations(
        _rows_by_id(cursor, f"SELECT {columns} FROM {schema}.annotation a", sorted(odd)), path
    )
    # present in the merged project: the same (counted) or changed (reported in Python)
    cursor.execute(
        "INSERT INTO temp.merge_route (input_id, slow) "
        'SELECT a.id, NOT (m.start IS a.start AND m."end" IS a."end" '
        "AND m.updated_at IS a.updated_at COLLATE BINARY) "
        f"FROM {schema}.annotation a JOIN main.annotation m ON m.uuid = a.uuid COLLATE BINARY"
    )
    slow = "INSERT OR IGNORE INTO temp.merge_route (input_id, slow) "
    cursor.executemany(slow + "VALUES (?, 1)", [(input_id,) for input_id in odd])
    cursor.execute(
        slow + f"SELECT a.id, 1 FROM {schema}.annotation a "
        "LEFT JOIN temp.merge_documents d ON d.input_id = a.document_id "
        f"LEFT JOIN {schema}.document sd ON sd.id = a.document_id "
        "WHERE NOT coalesce(d.merged_id IS NOT NULL "
        "AND a.coder_id IN (SELECT input_id FROM temp.merge_coders) "
        "AND typeof(a.start) = 'integer' AND typeof(a.\"end\") = 'integer' "
        'AND a.start >= 0 AND a."end" > a.start AND a."end" <= d.length '
        "AND typeof(a.quote) = 'text' AND typeof(a.memo) = 'text' AND typeof(sd.text) = 'text' "
        'AND a.quote = substr(sd.text, a.start + 1, a."end" - a.start) COLLATE BINARY, 0)'
    )
    # a value that does not map to one merged value as it is, or several values for a variable
    # that takes one, or the same merged code twice: Python says which and why
    values = f"SELECT av.annotation_id, 1 FROM {schema}.annotation_value av "
    kinds = cursor.execute(
        f"SELECT DISTINCT variable_id, code_id, typeof(text) FROM {schema}.annotation_value"
    ).fetchall()
    text_variables = {
        row[0] for row in cursor.execute("SELECT input_id FROM temp.merge_text_variables")
    }
    codes = set(cursor.execute("SELECT variable_id, code_id FROM temp.merge_codes").fetchall())
    for variable_id, code_id, kind in kinds:
        if variable_id in text_variables:
            valid = code_id is None and kind == "text"
        else:
            valid = (variable_id, code_id) in codes and kind == "null"
        if not valid:
            cursor.execute(
                slow + values + "WHERE av.variable_id IS ? AND av.code_id IS ? "
                "AND typeof(av.text) = ?",
                (variable_id, code_id, kind),
            )
    if one_to_one:  # grouped as the input's unique index is ordered
        singles = ", ".join(
            str(row[0])
            for row in cursor.execute(
                "SELECT input_id FROM temp.merge_text_variables UNION "
                "SELECT variable_id FROM temp.merge_codes WHERE NOT multiple"
            )
        )
        cursor.execute(
            slow + values + "GROUP BY av.annotation_id, av.variable_id HAVING count(*) > 1 "
            f"AND (av.variable_id IN ({singles}) OR count(DISTINCT av.code_id) < count(*))"
        )
    else:  # two input variables or codes are one merged variable or code
        cursor.execute(
            slow + values + _VALUE_JOINS + " GROUP BY av.annotation_id, "
            "coalesce(t.merged_id, c.merged_variable) HAVING count(*) > 1 AND "
            "(max(c.multiple) IS NOT 1 OR count(DISTINCT c.merged_code) < count(*))"
        )
    # one uuid twice in the input, or the key an odd uuid normalises to: in order, in Python
    cursor.execute(
        slow + f"SELECT id, 1 FROM {schema}.annotation WHERE uuid IN "
        f"(SELECT uuid FROM {schema}.annotation GROUP BY uuid HAVING count(*) > 1)"
    )
    keys = sorted({row[1] for row in normalised})
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        cursor.execute(
            slow + f"SELECT id, 1 FROM {schema}.annotation "
            f"WHERE uuid IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
    fixed = {row[0]: row for row in normalised}
    rows = cursor.execute(
        f"SELECT {columns} FROM {schema}.annotation a "
        "JOIN temp.merge_route r ON r.input_id = a.id AND r.slow ORDER BY a.id"
    ).fetchall()
    rows = [fixed.get(row[0], row) for row in rows]
    return canonical_annotations(rows, path)


def _odd_keys(cursor: sqlite3.Cursor, schema: str, path: Path) -> set[int]:
    """Ids of the annotations whose uuid or timestamps are not stored keys as they are; raises
    ProjectFileError, as reading the input does, on one that cannot be read at all (the first
    unreadable uuid, else created_at, else updated_at, in the input's order)."""
    names = [name for _position, name in KEY_FIELDS]
    odd: set[int] = set()
    errors: dict[str, ProjectFileError] = {}
    rows = cursor.execute(f"SELECT id, {', '.join(names)} FROM {schema}.annotation ORDER BY id")
    while batch := rows.fetchmany(KEY_BATCH):  # a batch at a time: memory stays flat
        ids, *columns = (list(column) for column in zip(*batch, strict=True))
        for name, column in zip(names, columns, strict=True):
            if name in errors:
                continue
            try:
                checked = canonical_keys(name, column, path)
            except ProjectFileError as error:
                errors[name] = error
                continue
            if checked is not column:  # the values that changed are new objects
                odd.update(
                    i for i, old, new in zip(ids, column, checked, strict=True) if old is not new
                )
    for name in names:
        if name in errors:
            raise errors[name]
    return odd


def _rows_by_id(cursor: sqlite3.Cursor, select: str, ids: list[int]) -> list[tuple]:
    """`select` (a FROM … a) of the rows with these ids, in the order of `ids`."""
    rows: list[tuple] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        where = f" WHERE a.id IN ({', '.join('?' * len(chunk))}) ORDER BY a.id"
        rows += cursor.execute(select + where, chunk).fetchall()
    return rows


def _slow_values(cursor: sqlite3.Cursor, schema: str, ids: list[int]) -> dict[int, list[tuple]]:
    """The values of the slow rows: annotation id → (annotation, variable, code, text) rows."""
    values: dict[int, list[tuple]] = {}
    if not ids:
        return values
    for row in cursor.execute(
        f"SELECT av.annotation_id, av.variable_id, av.code_id, av.text "
        f"FROM {schema}.annotation_value av JOIN temp.merge_route r "
        "ON r.input_id = av.annotation_id AND r.slow ORDER BY av.annotation_id, av.id"
    ):
        values.setdefault(row[0], []).append(row)
    return values


def _present(cursor: sqlite3.Cursor, keys: list[str]) -> dict[str, tuple[int, int, str]]:
    """uuid key → (start, end, updated_at key) of the merged project's annotations among `keys`."""
    unique = sorted(set(keys))
    rows: list[tuple] = []
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        rows += cursor.execute(
            'SELECT uuid, start, "end", updated_at FROM main.annotation '
            f"WHERE uuid IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
    times = canonical_timestamps([row[3] for row in rows])
    return {row[0]: (row[1], row[2], time) for row, time in zip(rows, times, strict=True)}


def _insert(
    target: MergeTarget, cursor: sqlite3.Cursor, schema: str, accepted: list[tuple]
) -> None:
    """Insert the clean rows (INSERT…SELECT) and the accepted slow ones in the input's order."""
    clean = (
        f"FROM {schema}.annotation a "
        "JOIN temp.merge_documents d ON d.input_id = a.document_id "
        "JOIN temp.merge_coders c ON c.input_id = a.coder_id "
        "WHERE a.id NOT IN (SELECT input_id FROM temp.merge_route) AND a.id BETWEEN ? AND ? "
    )
    names = ", ".join(f'"{name}"' for name in ANNOTATION_COLUMNS)
    add_annotations = (
        f"INSERT INTO main.annotation ({names}) "
        'SELECT a.uuid, d.merged_id, c.merged_id, a.start, a."end", a.quote, a.memo, '
        f"a.created_at, a.updated_at {clean} ORDER BY a.id"
    )
    number_new = (
        "INSERT INTO temp.merge_new_ids (input_id, new_id) "
        f"SELECT a.id, ? + row_number() OVER (ORDER BY a.id) {clean}"
    )
    add_values = (
        f"INSERT INTO main.annotation_value ({', '.join(VALUE_COLUMNS)}) "
        "SELECT n.new_id, coalesce(t.merged_id, c.merged_variable), c.merged_code, "
        "CASE WHEN t.merged_id IS NOT NULL THEN av.text END FROM temp.merge_new_ids n "
        f"JOIN {schema}.annotation_value av ON av.annotation_id = n.input_id {_VALUE_JOINS} "
        "WHERE n.input_id BETWEEN ? AND ? ORDER BY n.input_id, av.id"
    )
    # the clean rows between two accepted slow ones, then that slow one: the input's order
    segments = [(item[0], item) for item in accepted] + [(_LAST_ID + 1, None)]
    session = target.session
    low = _FIRST_ID
    for bound, item in segments:
        last = cursor.execute("SELECT coalesce(max(id), 0) FROM main.annotation").fetchone()[0]
        added = cursor.execute(add_annotations, (low, bound - 1)).rowcount
        numbered = cursor.execute(number_new, (last, low, bound - 1)).rowcount
        assert added == numbered, "the clean rows were counted twice alike"
        if item is not None:
            insert_tuples(session, Annotation.__table__, ANNOTATION_COLUMNS, [item[1]], stored=True)
        low = bound + 1
    low = _FIRST_ID
    for bound, item in segments:
        cursor.execute(add_values, (low, bound - 1))
        if item is not None and item[2]:
            (annotation_id,) = cursor.execute(
                "SELECT id FROM main.annotation WHERE uuid = ?", (item[1][0],)
            ).fetchone()
            rows = [(annotation_id, *value) for value in item[2]]
            insert_tuples(session, AnnotationValue.__table__, VALUE_COLUMNS, rows, stored=True)
        low = bound + 1
