"""Benchmark: `annotator codebook import` of a 10,000-code workbook (target: under 5 s CPU).

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_write_codebook_import.py             # 1,000 and 10,000 codes
    python tests/benchmarks/bench_write_codebook_import.py --codes 2000 --runs 1
    pytest -m benchmark tests/benchmarks/bench_write_codebook_import.py

`ANNOTATOR_BENCH_CODEBOOK_CODES` sets the larger size (the smaller is a tenth of it). The codebook
is the default one with that many more actor codes (groups of 100 named actors under a parent
each), written as .xlsx by `codebook export`'s writer. Each run times the command in a child
process (CPU time, user + system, from RUSAGE_CHILDREN; the machine is shared): `--dry-run` into a
new project, the import itself, and importing the same file again (nothing to change). The growth
exponent between the two sizes and the commands' peak memory are printed.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from write_bench_projects import add_codes, make_project, measure_child

from annotator.db.project import open_project
from annotator.io.codebooks.files import write_codebook_file
from annotator.services.codebooks.sync import project_draft
from annotator.services.projects import new_project

pytestmark = pytest.mark.benchmark
SIZE_VARIABLE = "ANNOTATOR_BENCH_CODEBOOK_CODES"
STEPS = ("dry run", "import", "again")


def run_command(*arguments: str) -> tuple[float, float]:
    """CPU seconds and peak MB of one `annotator` command in a child process."""
    return measure_child([sys.executable, "-m", "annotator", *arguments])


def measure_size(root: Path, codes: int, runs: int) -> dict[str, tuple[float, float]]:
    source = root / f"source{codes}.annot"
    make_project(source, 10)
    add_codes(source, codes)
    with open_project(source) as project:
        draft = project_draft(project)
    book = root / f"codebook{codes}.xlsx"
    write_codebook_file(draft, book)
    blank = root / f"blank{codes}.annot"
    new_project(blank).close()
    timings: dict[str, list[float]] = {step: [] for step in STEPS}
    memory = dict.fromkeys(STEPS, 0.0)
    for run in range(runs):
        target = root / f"target{codes}-{run}.annot"
        shutil.copyfile(blank, target)
        for step, extra in zip(STEPS, (["--dry-run"], [], []), strict=True):
            cpu, peak = run_command("codebook", "import", str(target), str(book), *extra)
            timings[step].append(cpu)
            memory[step] = max(memory[step], peak)
    medians = {step: (statistics.median(timings[step]), memory[step]) for step in STEPS}
    print(
        f"{codes} codes: "
        + " | ".join(
            f"{step} CPU {cpu:.2f}s ({peak:.0f} MB)" for step, (cpu, peak) in medians.items()
        ),
        flush=True,
    )
    return medians


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codes", type=int, default=int(os.environ.get(SIZE_VARIABLE, 10_000)))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    small, large = args.codes // 10, args.codes
    with tempfile.TemporaryDirectory(prefix="perfwrite-bench-") as temporary:
        root = Path(temporary)
        results = {size: measure_size(root, size, args.runs) for size in (small, large)}
    verdicts = []
    for step in STEPS:
        exponent = math.log(results[large][step][0] / results[small][step][0]) / math.log(10)
        print(f"growth exponent of {step} from {small} to {large} codes: {exponent:.2f}")
    for step in STEPS:
        verdicts.append(
            check_target(
                f"codebook import {step}, {large} codes", results[large][step][0], 5.0, unit="s"
            )
        )
        verdicts.append(
            check_target(
                f"codebook import {step} peak memory", results[large][step][1], 300, unit="MB"
            )
        )
    return verdicts


def test_codebook_import_meets_its_target(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
