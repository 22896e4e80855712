"""Ten coders annotating one server project at once, their connections killed now and then:
every acknowledged annotation is stored, none twice, and the project verifies
(tests/server_coders.py runs them; tests/benchmarks/bench_server_coders.py runs 1,000 each)."""

from __future__ import annotations

from pathlib import Path

from server_coders import prepare, problems, run_coders

CODERS = 10
EACH = 40  # per coder in the default run (the benchmark: 1,000)


def test_ten_coders_at_once_lose_and_double_nothing(
    tmp_path: Path, postgres_cluster, server_url: str
) -> None:
    prepare(server_url, tmp_path)
    kills: list[int] = []
    runs = run_coders(postgres_cluster, server_url, CODERS, EACH, on_kill=kills.append)
    assert kills and max(kills) > 0  # the connections really were ended under them
    assert sum(len(run.acknowledged) for run in runs) == CODERS * EACH
    assert problems(server_url, runs, EACH, tmp_path) == []
