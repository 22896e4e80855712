"""The rows of a codings CSV as `import-codings` takes them: a chunk, an annotation at a time.

A million rows must not be held at once (the import stays under 300 MB whatever the file's size),
so the file is read a chunk at a time and each annotation's rows are handed on as soon as the next
annotation starts. That needs two things the whole file decides, found out along the way:

* whether it is an exact file (`read_codings_csv`'s rule: any cell that starts with a spreadsheet
  trigger). Rows read before the first such cell are the same either way unless one had a `'`
  taken off; only then must the import start again (`ReadAgain`) reading every cell as written.
* whether each annotation's rows are adjacent, as the export writes them. A file made elsewhere
  may list them apart (sorted by variable, say); an annotation met again raises `ReadAgain`, and
  `rows_in_group_order` sorts the rows on disk first: in a temporary SQLite database, private to
  this process and deleted when closed, by the first line of their annotation, then by line.

A row is `(line, fields, written)`: `fields` and `written` are tuples of the `IMPORTED_COLUMNS`
cells, `fields` with the spreadsheet prefix taken off where there is one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from annotator.io.exports.codings_csv import CodingsCsvReader, original_text

IMPORTED_COLUMNS = (
    "document_uuid", "document_id", "coder", "start", "end", "quote", "memo",
    "annotation_uuid", "variable", "value", "created", "updated",
)  # fmt: skip
SHARED_FIELDS = IMPORTED_COLUMNS[:7]  # the cells every row of one annotation repeats
SHARED = len(SHARED_FIELDS)
DOCUMENT_UUID, DOCUMENT_ID, CODER, START, END, QUOTE, MEMO = range(SHARED)
ANNOTATION_UUID, VARIABLE, VALUE, CREATED, UPDATED = range(SHARED, len(IMPORTED_COLUMNS))
Row = tuple[int, tuple[str, ...], tuple[str, ...]]  # line, fields, written
ROWS_PER_FETCH = 2000


class ReadAgain(Exception):
    """The file cannot be taken in one pass as read so far (roll back and read it again)."""

    def __init__(self, *, exact_text: bool | None, reorder: bool) -> None:
        super().__init__("read the codings file again")
        self.exact_text = exact_text  # True: read every cell as written (None: as before)
        self.reorder = reorder  # put each annotation's rows together first


def file_rows(reader: CodingsCsvReader, exact_text: bool | None) -> Iterator[list[Row]]:
    """The file's rows a chunk at a time, in file order, read as `exact_text` says (None: as
    the file tells). A file found to be an exact one after a row had a `'` taken off raises
    ReadAgain (exact)."""
    pick = reader.picker(IMPORTED_COLUMNS)
    exact = bool(exact_text)
    prefix_taken_off = False  # a row read so far had a ' taken off one of its cells
    for chunk in reader.chunks():
        if chunk.triggered and exact_text is None and not exact:
            if prefix_taken_off:
                raise ReadAgain(exact_text=True, reorder=False)
            exact = True
        picked = pick(chunk.rows)
        if exact or not chunk.prefixed:
            yield list(zip(chunk.lines, picked, picked, strict=True))  # (line, fields, written)
            continue
        rows: list[Row] = list(zip(chunk.lines, picked, picked, strict=True))
        for index in chunk.prefixed:
            line, written, _ = rows[index]
            fields = tuple(map(original_text, written))
            if fields != written:
                prefix_taken_off = True
                rows[index] = (line, fields, written)
        yield rows


def annotation_groups(chunks: Iterable[list[Row]], *, check_order: bool) -> Iterator[list[Row]]:
    """The rows an annotation at a time: adjacent rows that share an `annotation_uuid` (or,
    without one, the seven shared cells). With `check_order`, an annotation met again after
    another raises ReadAgain (reorder)."""
    seen: set[int] = set()  # hashes of the keys of the annotations passed (a few bytes each)
    group: list[Row] = []
    group_key: object = None
    for rows in chunks:
        for row in rows:
            fields = row[1]
            key = fields[ANNOTATION_UUID].strip() or fields[:SHARED]
            if key == group_key:
                group.append(row)
                continue
            if group:
                yield group
                if check_order:
                    seen.add(hash(group_key))
                    if hash(key) in seen:  # (or two keys of one hash: reordering settles it)
                        raise ReadAgain(exact_text=None, reorder=True)
            group, group_key = [row], key
    if group:
        yield group


def _is_exact_file(path: Path) -> bool:
    with CodingsCsvReader(path) as reader:
        return any(chunk.triggered for chunk in reader.chunks())


_FIELDS = ", ".join(f"f{number}" for number in range(len(IMPORTED_COLUMNS)))
_WRITTEN = ", ".join(f"w{number}" for number in range(len(IMPORTED_COLUMNS)))
_PLACES = ", ".join("?" * (2 + 2 * len(IMPORTED_COLUMNS)))


@contextmanager
def rows_in_group_order(path: Path, exact_text: bool | None) -> Iterator[Iterator[list[Row]]]:
    """The file's rows a chunk at a time, each annotation's rows together, annotations in the
    order of their first row (sorted on disk; see the module docstring)."""
    if exact_text is None:
        exact_text = _is_exact_file(path)
    with closing(sqlite3.connect("")) as sorter:  # "": a temporary file, deleted on close
        sorter.execute(f"CREATE TABLE row (line INTEGER, key TEXT, {_FIELDS}, {_WRITTEN})")
        with CodingsCsvReader(path) as reader:
            for rows in file_rows(reader, exact_text):
                sorter.executemany(
                    f"INSERT INTO row VALUES ({_PLACES})",
                    (
                        (line, _group_key(fields), *fields,
                         *(written if written is not fields else (None,) * len(written)))
                        for line, fields, written in rows
                    ),
                )  # fmt: skip
        yield _sorted_rows(sorter)


def _group_key(fields: tuple[str, ...]) -> str:
    uuid_text = fields[ANNOTATION_UUID].strip()
    return "u" + uuid_text if uuid_text else "s" + json.dumps(fields[:SHARED])


def _sorted_rows(sorter: sqlite3.Connection) -> Iterator[list[Row]]:
    cursor = sorter.execute(
        f"SELECT line, {_FIELDS}, {_WRITTEN} FROM "
        "(SELECT *, min(line) OVER (PARTITION BY key) AS first FROM row) ORDER BY first, line"
    )
    width = len(IMPORTED_COLUMNS)
    while fetched := cursor.fetchmany(ROWS_PER_FETCH):
        rows: list[Row] = []
        for record in fetched:
            fields = record[1 : 1 + width]
            written = record[1 + width :]
            rows.append((record[0], fields, fields if written[0] is None else written))
        yield rows
