"""Ten coders annotating one server project at once, their connections killed now and then:
every acknowledged annotation is stored, none twice, and the project verifies
(tests/server_coders.py runs them; tests/benchmarks/bench_server_coders.py runs 1,000 each)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from server_coders import prepare, run_coders

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations

CODERS = 10
EACH = 40  # per coder in the default run (the benchmark: 1,000)


def check_every_acknowledged_annotation_once(run_cli, url: str, runs, each: int, folder: Path):
    """What the concurrent run must leave: returns the stored annotations."""
    assert [failure for run in runs for failure in run.failures] == []
    acknowledged = [uuid for run in runs for uuid in run.acknowledged]
    assert len(acknowledged) == len(runs) * each == len(set(acknowledged))
    with open_project(url, read_only=True) as project:
        stored = list_annotations(project)
    assert sorted(record.uuid for record in stored) == sorted(acknowledged)
    twice = [memo for memo, count in Counter(r.memo for r in stored).items() if count > 1]
    assert twice == []
    for run in runs:
        mine = [record for record in stored if record.coder == run.coder]
        assert len(mine) == each
    archived = folder / "archived.annot"  # `verify` reads files: check the server's rows there
    assert run_cli("copy", url, archived).exit_code == 0
    verified = run_cli("verify", archived)
    assert verified.exit_code == 0 and verified.out.startswith("OK"), verified.out
    return stored


def test_ten_coders_at_once_lose_and_double_nothing(
    tmp_path: Path, run_cli, postgres_cluster, server_url: str
) -> None:
    prepare(server_url, tmp_path)
    kills: list[int] = []
    runs = run_coders(postgres_cluster, server_url, CODERS, EACH, on_kill=kills.append)
    assert kills and max(kills) > 0  # the connections really were ended under them
    check_every_acknowledged_annotation_once(run_cli, server_url, runs, EACH, tmp_path)
