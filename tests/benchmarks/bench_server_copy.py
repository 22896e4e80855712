"""Benchmark: `annotator copy` of a 100,000-annotation project to a server and back (#18).

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_server_copy.py     # 10,000 documents, 100,000 annotations
    python tests/benchmarks/bench_server_copy.py --annotations 20000 --runs 5
    pytest -m benchmark tests/benchmarks/bench_server_copy.py

The project comes from `project_generator` (5 coders, 4 variables, ~4.3 values per annotation).
A throwaway PostgreSQL cluster (tests/postgres_cluster.py) runs on loopback. Each run times, as
child processes: `annotator copy FILE URL` into a new database, `annotator copy URL FILE` back,
and the baseline, PostgreSQL's own `pg_dump -Fc` of that database plus `pg_restore` into a new
one (binaries beside initdb). Medians of `--runs` runs are compared. Targets:

- each copy direction <= 3x the dump plus the restore;
- each copy's peak memory < 300 MB (rows are streamed, so it does not grow with the project).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from project_generator import generate_project

TESTS = Path(__file__).resolve().parents[1]
REPOSITORY = TESTS.parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import postgres_cluster  # noqa: E402 (tests/ is on the path only from here on, as a script)

# Runs argv as a child and prints its peak resident memory in KB.
WRAPPER = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def client_binary(cluster: postgres_cluster.Cluster, name: str) -> Path:
    """pg_dump or pg_restore from the same installation as the cluster's initdb."""
    return (cluster.binaries / "initdb").resolve().parent / name


def timed(argv: list[str], environment: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak memory (KB) of running argv to completion."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *argv],
        check=True, capture_output=True, text=True, env=environment, timeout=3600,
    )  # fmt: skip
    return time.perf_counter() - started, int(result.stdout.split()[-1])


def measure(
    argv: list[str] | None = None, cluster: postgres_cluster.Cluster | None = None
) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    own_cluster = cluster is None
    if cluster is None:
        cluster = postgres_cluster.start_cluster()
    environment = dict(os.environ, PGPASSWORD=cluster.password, PYTHONPATH=str(REPOSITORY))
    annotator = [sys.executable, "-m", "annotator"]
    try:
        with tempfile.TemporaryDirectory(prefix="bench-copy-") as temporary:
            folder = Path(temporary)
            source = folder / "study.annot"
            made = generate_project(source, documents=args.documents, annotations=args.annotations)
            print(
                f"{made.documents:,} documents, {made.annotations:,} annotations, "
                f"{made.values:,} values ({source.stat().st_size / 1e6:.0f} MB)"
            )
            times: dict[str, list[float]] = {"to": [], "back": [], "dump": [], "restore": []}
            memory: list[int] = []
            for run in range(args.runs):
                published = cluster.create_database(f"bench_copy_{os.getpid()}_{run}")
                seconds, peak = timed([*annotator, "copy", str(source), published], environment)
                times["to"].append(seconds)
                memory.append(peak)
                back = folder / f"back{run}.annot"
                seconds, peak = timed([*annotator, "copy", published, str(back)], environment)
                times["back"].append(seconds)
                memory.append(peak)
                dump = folder / f"dump{run}"
                seconds, _ = timed(
                    [str(client_binary(cluster, "pg_dump")), "-Fc", "-f", str(dump),
                     "-d", published], environment,
                )  # fmt: skip
                times["dump"].append(seconds)
                restored = cluster.create_database(f"bench_restore_{os.getpid()}_{run}")
                seconds, _ = timed(
                    [str(client_binary(cluster, "pg_restore")), "-d", restored, str(dump)],
                    environment,
                )
                times["restore"].append(seconds)
                print(
                    f"run {run + 1}: copy to server {times['to'][-1]:.2f}s, back to a file "
                    f"{times['back'][-1]:.2f}s | pg_dump {times['dump'][-1]:.2f}s + pg_restore "
                    f"{times['restore'][-1]:.2f}s"
                )
            median = {key: statistics.median(values) for key, values in times.items()}
            baseline = median["dump"] + median["restore"]
            print(
                f"median: copy to server {median['to']:.2f}s, back {median['back']:.2f}s, "
                f"pg_dump + pg_restore {baseline:.2f}s; peak memory {max(memory) / 1024:.0f} MB"
            )
            floor = "/ (pg_dump + pg_restore)"
            return [
                check_target(f"copy file -> server {floor}", median["to"] / baseline, 3.0),
                check_target(f"copy server -> file {floor}", median["back"] / baseline, 3.0),
                check_target("copy peak memory", max(memory) / 1024, 300.0, unit="MB"),
            ]
    finally:
        if own_cluster:
            postgres_cluster.remove_cluster(cluster)


pytestmark = pytest.mark.benchmark


def test_copy_meets_its_targets(bench_argv: list[str], postgres_cluster) -> None:
    require_met(measure(bench_argv, postgres_cluster))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
