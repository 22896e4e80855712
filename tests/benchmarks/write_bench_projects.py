"""Large projects and codings files for the writing benchmarks (import-codings, codebook import,
export, merge, agreement), made fast with raw sqlite3 executemany.

A project is created by `new_project` (the default codebook: actor, claim, sector, framing) and
then filled with rows in SQLite's stored forms (uuid as 32 hex digits, timestamps as
`YYYY-MM-DD HH:MM:SS.ffffff`), so 100,000 documents take seconds instead of an import's minutes.
The reading benchmarks have their own generator; this one only serves the bench_write_*.py files.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from annotator.services.projects import new_project

WORDS = (
    "government minister energy pipeline agreement parliament said on Tuesday that the deal "
    "would lower prices for households while critics warned of dependence on imports"
).split()
STAMP = "2026-01-05 10:00:00.000000"


@dataclass(frozen=True)
class Generated:
    """What a generated project holds, for building inputs that refer to it."""

    document_uuids: list[str]
    texts: list[str]
    codes: dict[str, list[str]]  # variable name -> code labels


def make_project(path: Path, documents: int, *, words: int = 120, seed: int = 5) -> Generated:
    """A project with `documents` documents of `words` random words each (no annotations)."""
    rng = random.Random(seed)
    new_project(path).close()
    uuids = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in range(documents)]
    texts = [
        f"Article {number}. " + " ".join(rng.choice(WORDS) for _ in range(words))
        for number in range(documents)
    ]
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO document (uuid, sha256, title, outlet, published, text, extra, "
            "imported_at) VALUES (?, ?, ?, 'Outlet', '2026-01-05', ?, '{}', ?)",
            (
                (
                    uuids[n],
                    hashlib.sha256(texts[n].encode()).hexdigest(),
                    f"Article {n}",
                    texts[n],
                    STAMP,
                )
                for n in range(documents)
            ),
        )
    codes: dict[str, list[str]] = {}
    for name, label in connection.execute(
        "SELECT variable.name, code.label FROM code JOIN variable ON variable.id = "
        "code.variable_id WHERE NOT code.retired ORDER BY code.id"
    ):
        codes.setdefault(name, []).append(label)
    connection.close()
    return Generated(uuids, texts, codes)


def add_annotations(
    path: Path, made: Generated, coders: list[str], per_coder: int, *, seed: int = 7
) -> None:
    """`per_coder` annotations for each coder, spread over the documents, each with an actor, a
    claim, a sector and 0-2 framing codes."""
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    with connection:
        coder_ids = []
        for name in coders:
            existing = connection.execute("SELECT id FROM coder WHERE name = ?", (name,)).fetchone()
            if existing is not None:  # a coder copy made by `distribute` has its coder
                coder_ids.append(existing[0])
                continue
            cursor = connection.execute(
                "INSERT INTO coder (uuid, name, colour, created_at) VALUES (?, ?, '#4e79a7', ?)",
                (uuid.UUID(int=rng.getrandbits(128)).hex, name, STAMP),
            )
            coder_ids.append(cursor.lastrowid)
        document_ids = [row[0] for row in connection.execute("SELECT id FROM document ORDER BY id")]
        code_ids: dict[str, list[int]] = {}
        for name, code_id in connection.execute(
            "SELECT variable.name, code.id FROM code JOIN variable ON variable.id = "
            "code.variable_id WHERE NOT code.retired ORDER BY code.id"
        ):
            code_ids.setdefault(name, []).append(code_id)
        variable_ids = dict(connection.execute("SELECT name, id FROM variable"))
        next_id = (connection.execute("SELECT max(id) FROM annotation").fetchone()[0] or 0) + 1
        annotations, values = [], []
        for coder_id in coder_ids:
            for number in range(per_coder):
                index = number % len(document_ids)
                text = made.texts[index]
                start = rng.randrange(0, max(1, len(text) - 60))
                end = start + rng.randint(5, 50)
                annotations.append(
                    (next_id, document_ids[index], coder_id, start, end, text[start:end], "",
                     STAMP, STAMP, uuid.UUID(int=rng.getrandbits(128)).hex)
                )  # fmt: skip
                for name in ("actor", "claim", "sector"):
                    values.append((next_id, variable_ids[name], rng.choice(code_ids[name])))
                for code_id in rng.sample(code_ids["framing"], rng.randint(0, 2)):
                    values.append((next_id, variable_ids["framing"], code_id))
                next_id += 1
        connection.executemany(
            'INSERT INTO annotation (id, document_id, coder_id, start, "end", quote, memo, '
            "created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            annotations,
        )
        connection.executemany(
            "INSERT INTO annotation_value (annotation_id, variable_id, code_id) VALUES (?, ?, ?)",
            values,
        )
    connection.close()


def write_codings_csv(
    path: Path, made: Generated, rows: int, *, coders: int = 5, seed: int = 9
) -> int:
    """A codings CSV in the export's format with about `rows` rows (3 or 4 values per
    annotation, some with a new actor for the open variable); returns the rows written.

    Half the annotations have no uuid; no two of those share a document, coder and span (they
    would be one annotation, given one value of a variable twice; a million rows drew one such
    pair)."""
    rng = random.Random(seed)
    written = 0
    spans_without_uuid: set[tuple[int, int, int, int]] = set()
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ("annotation_uuid", "document_uuid", "coder", "start", "end", "quote", "variable",
             "value", "memo", "created", "updated")
        )  # fmt: skip
        number = 0
        while written < rows:
            index = number % len(made.texts)
            text = made.texts[index]
            start = rng.randrange(0, max(1, len(text) - 60))
            end = start + rng.randint(5, 50)
            if not number % 2:
                span = (index, number % coders, start, end)
                while span in spans_without_uuid:
                    start = rng.randrange(0, max(1, len(text) - 60))
                    end = start + rng.randint(5, 50)
                    span = (index, number % coders, start, end)
                spans_without_uuid.add(span)
            actor = (
                f"Named actor {rng.randrange(200)}"
                if rng.random() < 0.1
                else rng.choice(made.codes["actor"])
            )
            values = [
                ("actor", actor),
                ("claim", rng.choice(made.codes["claim"])),
                ("sector", rng.choice(made.codes["sector"])),
            ]
            if rng.random() < 0.5:
                values.append(("framing", rng.choice(made.codes["framing"])))
            shared = (
                uuid.UUID(int=rng.getrandbits(128)).hex if number % 2 else "",
                made.document_uuids[index],
                f"coder{number % coders + 1}",
                start,
                end,
                text[start:end],
            )
            for variable, value in values:
                writer.writerow(
                    (*shared, variable, value, "", "2026-01-05T10:00:00+00:00",
                     "2026-01-05T10:00:00+00:00")
                )  # fmt: skip
                written += 1
            number += 1
    return written


def add_codes(path: Path, codes: int, *, variable: str = "actor", per_parent: int = 100) -> None:
    """`codes` more codes under `variable`: groups of `per_parent` named codes, each group under
    one new parent code (a large open list of named actors, as a long study grows it)."""
    connection = sqlite3.connect(path)
    with connection:
        variable_id = connection.execute(
            "SELECT id FROM variable WHERE name = ?", (variable,)
        ).fetchone()[0]
        next_id = connection.execute("SELECT max(id) FROM code").fetchone()[0] + 1
        rows = []
        parent_id = None
        for number in range(codes):
            if number % per_parent == 0:
                parent_id, position = next_id, 1000 + number // per_parent
                label = f"Group {number // per_parent}"
            else:
                position, label = number % per_parent, f"Named actor {number}"
            code_parent = None if next_id == parent_id else parent_id
            rows.append(
                (next_id, uuid.uuid4().hex, variable_id, code_parent, label, f"Definition {number}",
                 position)
            )  # fmt: skip
            next_id += 1
        connection.executemany(
            "INSERT INTO code (id, uuid, variable_id, parent_id, label, definition, include, "
            "exclude, example, position, retired) VALUES (?, ?, ?, ?, ?, ?, '', '', '', ?, 0)",
            rows,
        )
    connection.close()


_MEASURE = (
    "import json, resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps([usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024]))\n"
)


def measure_child(command: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak resident MB of `command`, measured by a small
    intermediate process so that the peak is this command's alone (ru_maxrss of
    RUSAGE_CHILDREN is the largest child ever waited for)."""
    output = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True
    ).stdout
    cpu, peak = json.loads(output.strip().splitlines()[-1])
    return cpu, peak
