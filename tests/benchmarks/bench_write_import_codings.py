"""Benchmark: `import-codings` against a bare script inserting the same rows (target <= 3x).

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_write_import_codings.py              # 10,000 and 100,000 rows
    python tests/benchmarks/bench_write_import_codings.py --rows 2000 --runs 3
    pytest -m benchmark tests/benchmarks/bench_write_import_codings.py

`ANNOTATOR_BENCH_IMPORT_ROWS` sets the larger size (the smaller is a tenth of it); issue #16's
full size is `ANNOTATOR_BENCH_IMPORT_ROWS=1000000` (100,000 and 1,000,000 rows, the larger on a
project of 100,000 documents), where the peak memory must still stay under 300 MB: the command
streams the file. At each size a project of rows/10 documents is generated
(`write_bench_projects`) and a codings CSV in the export's format written for it. Both sides run
in this process on fresh copies of the project and their CPU-time medians are compared (the
machine is shared):

- `bare script`: csv.reader, document uuids, coders and codes looked up in dicts loaded once,
  annotations and values inserted with sqlite3 executemany in one transaction, no checks;
- `import-codings`: `annotator.services.imports.codings.import_codings` with all its checks.

The growth exponent between the two sizes is printed (1 is linear); the peak memory of the
`annotator import-codings` command at the larger size is measured in a child process.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from write_bench_projects import make_project, measure_child, write_codings_csv

from annotator.db.project import open_project
from annotator.services.imports.codings import import_codings

pytestmark = pytest.mark.benchmark
SIZE_VARIABLE = "ANNOTATOR_BENCH_IMPORT_ROWS"


def bare_import(project: Path, codings: Path) -> int:
    """Insert the CSV's annotations and values with no checks: the floor any import pays."""
    connection = sqlite3.connect(project)
    documents = dict(connection.execute("SELECT uuid, id FROM document"))
    variables = dict(connection.execute("SELECT name, id FROM variable"))
    codes = {
        (variable, label.lower()): code
        for variable, label, code in connection.execute("SELECT variable_id, label, id FROM code")
    }
    coders = dict(connection.execute("SELECT name, id FROM coder"))
    next_annotation = (connection.execute("SELECT max(id) FROM annotation").fetchone()[0] or 0) + 1
    annotations, values, seen = [], [], {}
    with codings.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for uuid_text, document, coder, start, end, quote, variable, value, memo, c, u in reader:
            key = uuid_text or (document, coder, start, end)
            annotation = seen.get(key)
            if annotation is None:
                if coder not in coders:
                    coders[coder] = connection.execute(
                        "INSERT INTO coder (uuid, name, colour, created_at) VALUES (?, ?, ?, ?)",
                        (uuid.uuid4().hex, coder, "#4e79a7", c),
                    ).lastrowid
                annotation = seen[key] = next_annotation
                next_annotation += 1
                annotations.append(
                    (annotation, documents[document], coders[coder],
                     int(start), int(end), quote, memo, c, u, uuid_text or uuid.uuid4().hex)
                )  # fmt: skip
            variable_id = variables[variable]
            code = codes.get((variable_id, value.lower()))
            if code is None:
                code = codes[(variable_id, value.lower())] = connection.execute(
                    "INSERT INTO code (uuid, variable_id, label, definition, include, exclude, "
                    "example, position, retired) VALUES (?, ?, ?, '', '', '', '', 0, 0)",
                    (uuid.uuid4().hex, variable_id, value),
                ).lastrowid
            values.append((annotation, variable_id, code))
    with connection:
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
    return len(annotations)


def ours(project: Path, codings: Path) -> int:
    with open_project(project) as opened:
        report = import_codings(opened, codings)
    assert not report.rejected, report.rejected[:3]
    return report.added


def cpu_median(work, project: Path, codings: Path, root: Path, runs: int) -> tuple[float, int]:
    times, added = [], 0
    for run in range(runs):
        copy = root / f"run{run}-{work.__name__}.annot"
        shutil.copyfile(project, copy)
        started = time.process_time()
        added = work(copy, codings)
        times.append(time.process_time() - started)
        copy.unlink()
    return statistics.median(times), added


def peak_memory_mb(project: Path, codings: Path) -> float:
    """Peak resident memory of the `annotator import-codings` command, in MB (its own: measured
    through `measure_child`; this process's own peak, after the bare script held a million rows,
    would otherwise be counted as the child's)."""
    command = [sys.executable, "-m", "annotator", "import-codings", str(project), str(codings)]
    return measure_child(command)[1]


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=int(os.environ.get(SIZE_VARIABLE, 100_000)))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    results: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="perfwrite-bench-") as temporary:
        root = Path(temporary)
        for rows in (args.rows // 10, args.rows):
            project, codings = root / f"p{rows}.annot", root / f"c{rows}.csv"
            made = make_project(project, max(1, rows // 10))
            written = write_codings_csv(codings, made, rows)
            bare, bare_added = cpu_median(bare_import, project, codings, root, args.runs)
            mine, added = cpu_median(ours, project, codings, root, args.runs)
            assert added == bare_added, (added, bare_added)
            results[rows] = (bare, mine)
            print(
                f"{written} rows ({added} annotations): bare script CPU {bare:.2f}s | "
                f"import-codings CPU {mine:.2f}s | ratio {mine / bare:.2f}x",
                flush=True,
            )
        small, large = args.rows // 10, args.rows
        exponent = math.log(results[large][1] / results[small][1]) / math.log(large / small)
        print(f"growth exponent of import-codings from {small} to {large} rows: {exponent:.2f}")
        memory = peak_memory_mb(root / f"p{large}.annot", root / f"c{large}.csv")
        print(f"peak memory of `annotator import-codings` at {large} rows: {memory:.0f} MB")
        bare, mine = results[large]
        return [
            check_target("import-codings / bare script", mine / bare, 3.0),
            check_target("import-codings growth exponent", exponent, 1.3, unit="x"),
            check_target("import-codings peak memory", memory, 300, unit="MB"),
        ]


def test_import_codings_meets_its_target(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
