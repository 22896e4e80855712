"""A large, realistic project for the benchmarks, generated in seconds: #16's 1M annotations.

Building 1,000,000 annotations through the services would take hours, so the benchmarks start
from a project made by `new` (the default codebook: actor, claim, sector, framing) and fill it
with stdlib `sqlite3` `executemany` in the stored forms the ORM writes (uuids as 32 hex digits,
timestamps as `YYYY-MM-DD HH:MM:SS.ffffff` UTC, dates as ISO, JSON as text). Everything the app
promises holds, so `annotator verify` finds the result sound: each quote is `text[start:end]`,
each document's hash is the SHA-256 of its text, single-valued variables get one code, framing
(multiple) one or two. Rows are generated lazily, so memory stays flat whatever the size.

    python tests/benchmarks/project_generator.py OUT.annot --documents 100000 --annotations 1000000

`generate_project` is shared by the benchmarks of #16 (reading commands and writing commands).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from annotator.services.projects import new_project

WORDS = (
    "the government minister said on Tuesday that energy prices would fall after the pipeline "
    "agreement while critics in parliament warned of dependence on imports and the opposition "
    "leader demanded an inquiry into the deal trade unions welcomed new jobs but environmental "
    "groups criticised the plan farmers asked for support as the central bank predicted higher "
    "inflation next year police reported protests outside the ministry in the capital"
).split()
OUTLETS = ("Daily Ledger", "The Courier", "Morning Post", "Nachrichten", "Le Quotidien")
CODER_NAMES = ("alice", "bob", "chen", "dana", "emeka", "farah", "goran", "hana", "ivan", "jo")
STAMP = "2026-01-15 09:30:00.000000"  # stored form of an aware UTC timestamp
BATCH = 20_000
SENTENCE_POOL = 5_000
UUID_RANDOM_BITS = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
UUID_VERSION_4_BITS = (0x4000 << 64) | (0x8000 << 48)


@dataclass(frozen=True)
class GeneratedProject:
    path: Path
    documents: int
    annotations: int
    values: int
    coders: int
    seconds: float


def _texts(rng: random.Random, sentences_per_document: int) -> Iterator[str]:
    """Articles made of sentences drawn from a pool (random words per article would cost 100k
    articles ten seconds)."""
    pool = [
        " ".join(rng.choices(WORDS, k=rng.randint(8, 24))).capitalize() + "."
        for _ in range(SENTENCE_POOL)
    ]
    while True:
        yield " ".join(rng.choices(pool, k=sentences_per_document))


def _uuid_key(rng: random.Random) -> str:
    """A random version-4 uuid in its stored form (32 hex digits), without building a UUID."""
    return f"{rng.getrandbits(128) & UUID_RANDOM_BITS | UUID_VERSION_4_BITS:032x}"


def generate_project(
    path: Path,
    *,
    documents: int,
    annotations: int,
    coders: int = 5,
    sentences_per_document: int = 16,
    seed: int = 16,
) -> GeneratedProject:
    """Create `path` with `new` and fill it with `documents` articles and `annotations` codings
    by `coders` coders, spread evenly over the documents (4 variables, 4-5 values each)."""
    if documents < 1 or annotations < 0 or not 1 <= coders <= len(CODER_NAMES):
        raise ValueError("need at least one document and 1-10 coders")
    started = time.perf_counter()
    rng = random.Random(seed)
    new_project(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a scratch file: no crash to survive
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")  # 256 MB: the uuid index is random
        connection.execute("BEGIN")
        indexes = _drop_indexes(connection)  # built once at the end: a sort, not 5M inserts
        codes = _codes_by_variable(connection)
        for number in range(coders):
            connection.execute(
                "INSERT INTO coder (id, name, colour, created_at, uuid) VALUES (?, ?, ?, ?, ?)",
                (number + 1, CODER_NAMES[number], "#4e79a7", STAMP, _uuid_key(rng)),
            )
        lengths: list[int] = []
        texts = _texts(rng, sentences_per_document)
        document_rows = _document_rows(rng, texts, documents, lengths)
        _insert_batches(
            connection,
            "INSERT INTO document (id, sha256, title, outlet, published, text, extra, "
            "imported_at, uuid) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)",
            document_rows,
        )
        value_count = _insert_annotations(connection, rng, lengths, annotations, coders, codes)
        for sql in indexes:
            connection.execute(sql)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return GeneratedProject(
        path, documents, annotations, value_count, coders, time.perf_counter() - started
    )


def _drop_indexes(connection: sqlite3.Connection) -> list[str]:
    """Drop the named indexes of the annotation tables; returns the SQL that recreates them."""
    rows = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('annotation', 'annotation_value')"
    ).fetchall()
    for name, _sql in rows:
        connection.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _codes_by_variable(connection: sqlite3.Connection) -> dict[str, tuple[int, list[int]]]:
    variables = connection.execute("SELECT id, name FROM variable").fetchall()
    return {
        name: (
            variable_id,
            [row[0] for row in connection.execute(
                "SELECT id FROM code WHERE variable_id = ? ORDER BY id", (variable_id,)
            )],
        )
        for variable_id, name in variables
    }  # fmt: skip


def _document_rows(
    rng: random.Random, texts: Iterator[str], count: int, lengths: list[int]
) -> Iterator[tuple]:
    first_day = date(2024, 1, 1)
    for number in range(1, count + 1):
        text = next(texts)
        lengths.append(len(text))
        yield (
            number,
            hashlib.sha256(text.encode("utf-8")).hexdigest(),
            f"Article {number}: {text[:60]}",
            OUTLETS[number % len(OUTLETS)],
            (first_day + timedelta(days=number % 700)).isoformat(),
            text,
            STAMP,
            _uuid_key(rng),
        )


def _insert_annotations(
    connection: sqlite3.Connection,
    rng: random.Random,
    lengths: list[int],
    count: int,
    coders: int,
    codes: dict[str, tuple[int, list[int]]],
) -> int:
    """Annotations with their quotes cut from the stored texts, then their values."""
    documents = len(lengths)
    texts_sql = "SELECT text FROM document WHERE id = ?"
    annotation_sql = (
        'INSERT INTO annotation (id, document_id, coder_id, start, "end", quote, memo, '
        "created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    value_sql = (
        "INSERT INTO annotation_value (annotation_id, variable_id, code_id) VALUES (?, ?, ?)"
    )
    singles = [codes[name] for name in ("actor", "claim", "sector")]
    framing_id, framing_codes = codes["framing"]
    annotations: list[tuple] = []
    values: list[tuple] = []
    value_count = 0
    text = ""
    current = 0
    random_number = rng.random
    single_codes = [(variable_id, variable_codes, len(variable_codes))
                    for variable_id, variable_codes in singles]  # fmt: skip
    framings = len(framing_codes)
    for number in range(1, count + 1):
        document = (number - 1) * documents // count + 1  # even spread, in document order
        if document != current:
            current = document
            text = connection.execute(texts_sql, (document,)).fetchone()[0]
        length = lengths[document - 1]
        start = int(random_number() * max(1, length - 200))
        end = min(length, start + 30 + int(random_number() * 150))
        memo = "lead paragraph" if number % 10 == 0 else ""
        annotations.append((
            number, document, number % coders + 1, start, end, text[start:end], memo,
            STAMP, STAMP, _uuid_key(rng),
        ))  # fmt: skip
        for variable_id, variable_codes, size in single_codes:
            values.append((number, variable_id, variable_codes[int(random_number() * size)]))
        first = int(random_number() * framings)
        values.append((number, framing_id, framing_codes[first]))
        if number % 3 == 0:  # a third carry a second frame
            second = (first + 1 + int(random_number() * (framings - 1))) % framings
            values.append((number, framing_id, framing_codes[second]))
        if len(annotations) >= BATCH:
            connection.executemany(annotation_sql, annotations)
            connection.executemany(value_sql, values)
            value_count += len(values)
            annotations.clear()
            values.clear()
    connection.executemany(annotation_sql, annotations)
    connection.executemany(value_sql, values)
    return value_count + len(values)


def _insert_batches(connection: sqlite3.Connection, sql: str, rows: Iterator[tuple]) -> None:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            connection.executemany(sql, batch)
            batch.clear()
    connection.executemany(sql, batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path, help="the project file to create")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--coders", type=int, default=5)
    args = parser.parse_args(argv)
    made = generate_project(
        args.project, documents=args.documents, annotations=args.annotations, coders=args.coders
    )
    print(
        f"{made.path}: {made.documents} documents, {made.annotations} annotations "
        f"({made.values} values) by {made.coders} coders in {made.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
