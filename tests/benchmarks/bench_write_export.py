"""Benchmark: `annotator export` to CSV and XLSX against bare scripts writing the same rows.

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_write_export.py              # 10,000 and 100,000 annotations
    python tests/benchmarks/bench_write_export.py --annotations 20000 --runs 1
    pytest -m benchmark tests/benchmarks/bench_write_export.py

`ANNOTATOR_BENCH_EXPORT_ANNOTATIONS` sets the larger size (the smaller is a tenth of it; the
issue's full size is 1,000,000). The project has annotations/10 documents and 5 coders
(`write_bench_projects`). Each side runs as a command in a child process, CPU time (user +
system) and peak memory from RUSAGE_CHILDREN, medians compared (the machine is shared):

- baseline: a bare script, one sqlite3 query joining annotations, documents, coders, values and
  codes, each row written with the `csv` module (CSV) or appended to an openpyxl write-only sheet
  (XLSX): the same number of rows, no context, no formula safety, no other sheets;
- `annotator export -o codings.csv` / `-o codings.xlsx`, everything it writes.

Targets: CSV <= 1.5x and XLSX <= 1.5x the baseline, peak memory < 300 MB; the growth exponent of
each between the two sizes is printed.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from write_bench_projects import add_annotations, make_project, measure_child

pytestmark = pytest.mark.benchmark
SIZE_VARIABLE = "ANNOTATOR_BENCH_EXPORT_ANNOTATIONS"
CODERS = ["alice", "bob", "carol", "dan", "erin"]

BARE = r"""
import csv, sqlite3, sys
project, output = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(project)
rows = connection.execute(
    'SELECT a.uuid, d.id, d.uuid, d.title, d.outlet, d.published, c.name, a.start, a."end", '
    "a.quote, v.name, coalesce(k.label, av.text, ''), a.memo, a.created_at, a.updated_at "
    "FROM annotation a JOIN document d ON d.id = a.document_id JOIN coder c ON c.id = a.coder_id "
    "LEFT JOIN annotation_value av ON av.annotation_id = a.id "
    "LEFT JOIN variable v ON v.id = av.variable_id LEFT JOIN code k ON k.id = av.code_id "
    'ORDER BY a.document_id, a.start, a."end", c.name, a.uuid'
)
if output.endswith(".csv"):
    with open(output, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
else:
    from openpyxl import Workbook
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Segments")
    for row in rows:
        sheet.append(row)
    workbook.save(output)
"""


def run(arguments: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak MB of one command run in a child process."""
    return measure_child(arguments)


def measure_size(root: Path, annotations: int, runs: int) -> dict[str, tuple[float, float]]:
    project = root / f"p{annotations}.annot"
    made = make_project(project, max(1, annotations // 10))
    add_annotations(project, made, CODERS, annotations // len(CODERS))
    bare = root / "bare.py"
    bare.write_text(BARE, encoding="utf-8")
    results: dict[str, tuple[float, float]] = {}
    for kind in ("csv", "xlsx"):
        output = root / f"out.{kind}"
        commands = {
            f"bare {kind}": [sys.executable, str(bare), str(project), str(output)],
            f"export {kind}": [sys.executable, "-m", "annotator", "export", str(project), "-o",
                               str(output)],
        }  # fmt: skip
        for label, command in commands.items():
            measured = [run(command) for _ in range(runs)]
            results[label] = (
                statistics.median(cpu for cpu, _ in measured),
                max(peak for _, peak in measured),
            )
    print(
        f"{annotations} annotations: "
        + " | ".join(f"{label} CPU {cpu:.2f}s ({peak:.0f} MB)" for label, (cpu, peak) in
                     results.items()),
        flush=True,
    )  # fmt: skip
    return results


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = int(os.environ.get(SIZE_VARIABLE, 100_000))
    parser.add_argument("--annotations", type=int, default=default)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    small, large = args.annotations // 10, args.annotations
    with tempfile.TemporaryDirectory(prefix="perfwrite-bench-") as temporary:
        root = Path(temporary)
        results = {size: measure_size(root, size, args.runs) for size in (small, large)}
    verdicts = []
    for kind in ("csv", "xlsx"):
        ours, bare = results[large][f"export {kind}"], results[large][f"bare {kind}"]
        growth = math.log(ours[0] / results[small][f"export {kind}"][0]) / math.log(10)
        print(f"growth exponent of export {kind} from {small} to {large} annotations: {growth:.2f}")
        verdicts.append(check_target(f"export {kind} / bare script", ours[0] / bare[0], 1.5))
        verdicts.append(check_target(f"export {kind} peak memory", ours[1], 300, unit="MB"))
    return verdicts


def test_export_meets_its_targets(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
