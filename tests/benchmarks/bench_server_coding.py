"""Benchmark: coding on a server project over loopback, and opening a large one (#18).

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_server_coding.py                 # 10,000 documents
    python tests/benchmarks/bench_server_coding.py --codings 500 --runs 9
    pytest -m benchmark tests/benchmarks/bench_server_coding.py

A project from `project_generator` (10,000 documents, 100,000 annotations by 5 coders) is copied
to a throwaway PostgreSQL cluster on loopback (tests/postgres_cluster.py) with `annotator copy`.
Then:

- an annotation round trip, `create_annotation` (what a key press in the coding view calls, up
  to its committed row and the record the view shows) with two values: median < 20 ms;
- opening the server project and listing its documents with the coding view's
  `document_overview` (a new engine and connection each run): median < 2 s.
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
from project_generator import generate_project

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

import postgres_cluster  # noqa: E402 (tests/ is on the path only from here on, as a script)

from annotator.db.project import open_project  # noqa: E402
from annotator.services.coding.annotations import create_annotation  # noqa: E402
from annotator.services.coding.overview import document_overview  # noqa: E402
from annotator.services.project_copy import copy_project  # noqa: E402


def measure(
    argv: list[str] | None = None, cluster: postgres_cluster.Cluster | None = None
) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--codings", type=int, default=300, help="round trips timed")
    parser.add_argument("--runs", type=int, default=5, help="openings timed")
    args = parser.parse_args(argv)
    own_cluster = cluster is None
    if cluster is None:
        cluster = postgres_cluster.start_cluster()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-coding-") as temporary:
            source = Path(temporary) / "study.annot"
            generate_project(source, documents=args.documents, annotations=args.annotations)
            url = cluster.create_database(f"bench_coding_{int(time.time() * 1000)}")
            copy_project(source, url)
            openings = []
            for _ in range(args.runs):
                started = time.perf_counter()
                with open_project(url) as project:
                    rows = document_overview(project, "alice")
                openings.append(time.perf_counter() - started)
                assert len(rows) == args.documents
            round_trips, processor = [], []
            values = {"sector": ["Energy"], "claim": ["Support or endorsement"]}
            with open_project(url) as project:
                for number in range(args.codings + 20):
                    started, cpu = time.perf_counter(), time.process_time()
                    create_annotation(
                        project, document=number % args.documents + 1, coder="alice",
                        start=0, end=7, values=values,
                    )  # fmt: skip
                    if number >= 20:  # the first ones warm the statement caches
                        round_trips.append(time.perf_counter() - started)
                        processor.append(time.process_time() - cpu)
            opening = statistics.median(openings)
            round_trip = statistics.median(round_trips) * 1000
            print(
                f"open + list {args.documents:,} documents: median {opening:.2f}s "
                f"(runs {', '.join(f'{value:.2f}' for value in openings)}); annotation round "
                f"trip: median {round_trip:.1f} ms, 90th percentile "
                f"{statistics.quantiles(round_trips, n=10)[-1] * 1000:.1f} ms, of which this "
                f"process's CPU {statistics.median(processor) * 1000:.1f} ms (median)"
            )
            return [
                check_target("annotation round trip median", round_trip, 20.0, unit="ms"),
                check_target("open a server project + list its documents", opening, 2.0, unit="s"),
            ]
    finally:
        if own_cluster:
            postgres_cluster.remove_cluster(cluster)


pytestmark = pytest.mark.benchmark


def test_server_coding_meets_its_targets(bench_argv: list[str], postgres_cluster) -> None:
    require_met(measure(bench_argv, postgres_cluster))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
