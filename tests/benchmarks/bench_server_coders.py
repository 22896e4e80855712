"""Benchmark: ten coders annotating one server project at once, 1,000 annotations each (#18).

Run on demand (not part of the default test run, which runs 40 each); exits 1 (a pytest
failure) when anything was lost or doubled:

    python tests/benchmarks/bench_server_coders.py                 # 10 coders x 1,000
    python tests/benchmarks/bench_server_coders.py --coders 4 --each 200
    pytest -m benchmark tests/benchmarks/bench_server_coders.py

Each coder is a process of its own (multiprocessing, spawn) coding through the services
(`create_annotation`, every tenth time `code_spans`), on a throwaway PostgreSQL cluster on
loopback (tests/postgres_cluster.py); the parent ends all their connections four times on the
way (`pg_terminate_backend`). Target: every acknowledged annotation stored, none twice, each coder
with all of theirs, and `verify` sound on the project copied to a file (tests/server_coders.py).
The throughput is printed beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import postgres_cluster  # noqa: E402 (tests/ is on the path only from here on, as a script)
from server_coders import prepare, problems, run_coders  # noqa: E402


def measure(
    argv: list[str] | None = None, cluster: postgres_cluster.Cluster | None = None
) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--coders", type=int, default=10)
    parser.add_argument("--each", type=int, default=1000, help="annotations per coder")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    own_cluster = cluster is None
    if cluster is None:
        cluster = postgres_cluster.start_cluster()
    found: list[str] = []
    try:
        for run in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="bench-coders-") as temporary:
                url = cluster.create_database(f"bench_coders_{int(time.time() * 1000)}")
                prepare(url, Path(temporary))
                kills: list[int] = []
                started = time.perf_counter()
                runs = run_coders(cluster, url, args.coders, args.each, on_kill=kills.append)
                seconds = time.perf_counter() - started
                found += problems(url, runs, args.each, Path(temporary))
                total = args.coders * args.each
                print(
                    f"run {run + 1}: {args.coders} coders x {args.each:,} = {total:,} "
                    f"annotations in {seconds:.1f}s ({total / seconds:.0f}/s; per coder median "
                    f"{statistics.median(r.seconds for r in runs):.1f}s), connections ended "
                    f"{len(kills)} times ({sum(kills)} in all), problems: {len(found)}"
                )
        for problem in found[:20]:
            print(f"  {problem}")
        return [check_target("annotations lost, doubled or broken", len(found), 0, unit="problems")]
    finally:
        if own_cluster:
            postgres_cluster.remove_cluster(cluster)


pytestmark = pytest.mark.benchmark


def test_ten_coders_lose_and_double_nothing(bench_argv: list[str], postgres_cluster) -> None:
    require_met(measure(bench_argv, postgres_cluster))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
