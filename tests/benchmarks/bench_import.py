"""Benchmark: importing 10,000 plain-text articles (~3 KB each) against raw sqlite3.

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_import.py            # 10,000 articles, 3 runs
    python tests/benchmarks/bench_import.py --count 2000 --runs 5
    pytest -m benchmark tests/benchmarks/bench_import.py   # the default sizes

Machines here are noisy, so every figure is printed beside baselines measured in the same run, and
the medians of the runs are compared:

- `sqlite3 read+insert`: a raw sqlite3 script importing the same files — read, decode as UTF-8,
  hash, insert the same rows into the same table in ONE transaction. The target (import <= 3x) is
  read against this, since both sides start from the same folder of files;
- `sqlite3 insert`: only the insert of those rows, already in memory — printed too, as the
  strictest reading of the target;
- `annotator import`: `annotator.services.imports.articles.import_paths` on the folder, as
  `annotator import` runs it: encoding detection, the scraped-page and news-export checks,
  language detection, duplicate check, per-batch transactions, and for 5,000 files or more
  worker processes on every core (started inside the timing; forked on Linux).

Annotator's modules are compiled to bytecode first, as an installed copy has them: workers import
the readers when they start, and a checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise
compile them from source inside the timing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met

# Imported where used, not here: where the import's worker processes are spawned (not Linux)
# they re-import this script as their main module, as they import the `annotator` command's,
# which loads only the command table (17 ms). Importing the services here would make every
# spawned worker load SQLAlchemy too.

WORDS = (
    "government minister energy pipeline agreement parliament said on Tuesday that the "
    "deal would lower prices for households while critics warned of dependence on imports "
    "officials economy trade sanctions summit climate bank"
).split()


def make_corpus(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for number in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        paragraphs = []
        length = len(title)
        while length < 3000:
            paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))) + "."
            paragraphs.append(paragraph.capitalize())
            length += len(paragraph) + 1
        text = f"{title} {number}\n" + "\n".join(paragraphs) + "\n"
        (folder / f"{number:05}.txt").write_text(text, encoding="utf-8")


def new_project(path: Path):
    from annotator.services.projects import new_project as create

    return create(path)


def rows_for(files: list[Path]) -> list[tuple]:
    now = datetime.now(UTC).isoformat()
    rows = []
    for path in files:
        text = path.read_bytes().decode("utf-8")
        rows.append(
            (
                uuid.uuid4().hex, hashlib.sha256(text.encode()).hexdigest(),
                text.split("\n", 1)[0], path.name, text, json.dumps({"encoding": "utf-8"}), now,
            )
        )  # fmt: skip
    return rows


INSERT = (
    "INSERT INTO document (uuid, sha256, title, source_file, text, extra, imported_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def raw_insert(database: Path, rows: list[tuple]) -> float:
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(INSERT, rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def raw_read_insert(database: Path, files: list[Path]) -> float:
    started = time.perf_counter()
    rows = rows_for(files)
    raw_insert(database, rows)
    return time.perf_counter() - started


def annotator_import(database: Path, folder: Path) -> float:
    from annotator.services.imports.articles import import_paths

    with new_project(database) as project:
        started = time.perf_counter()
        report = import_paths(project, [folder])
        elapsed = time.perf_counter() - started
    assert not report.failed and not report.duplicates, report.failed[:3]
    return elapsed


def compile_annotator() -> None:
    import compileall

    import annotator

    compileall.compile_dir(str(Path(annotator.__file__).parent), quiet=1)


pytestmark = pytest.mark.benchmark


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    compile_annotator()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        corpus = root / "corpus"
        corpus.mkdir()
        make_corpus(corpus, args.count)
        files = sorted(corpus.glob("*.txt"))
        size = sum(path.stat().st_size for path in files)
        print(f"{len(files)} articles, {size / len(files):.0f} bytes on average")
        timings: dict[str, list[float]] = {"insert": [], "read+insert": [], "annotator": []}
        for run in range(args.runs):
            databases = [root / f"run{run}-{name}.annot" for name in ("a", "b", "c")]
            for database in databases[:2]:
                new_project(database).close()  # same schema and indexes as a real project
            rows = rows_for(files)
            timings["insert"].append(raw_insert(databases[0], rows))
            timings["read+insert"].append(raw_read_insert(databases[1], files))
            timings["annotator"].append(annotator_import(databases[2], corpus))
            print(
                f"run {run + 1}: sqlite3 insert {timings['insert'][-1]:.3f}s, "
                f"sqlite3 read+insert {timings['read+insert'][-1]:.3f}s, "
                f"annotator import {timings['annotator'][-1]:.3f}s"
            )
        medians = {name: statistics.median(values) for name, values in timings.items()}
        print(
            f"median: sqlite3 insert {medians['insert']:.3f}s | sqlite3 read+insert "
            f"{medians['read+insert']:.3f}s | annotator import {medians['annotator']:.3f}s"
        )
        print(
            "baseline, strictest reading: annotator / sqlite3 insert only: "
            f"{medians['annotator'] / medians['insert']:.2f}x"
        )
        ratio = medians["annotator"] / medians["read+insert"]
        return [check_target("ratio annotator import / sqlite3 read+insert", ratio, 3.0)]


def test_import_meets_its_target(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
