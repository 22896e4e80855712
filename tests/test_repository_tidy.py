"""A checkout stays tidy: the root holds only the project's files, and benchmarks write nothing
into the checkout or the folder they are run from."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]
ROOT_ENTRIES = {
    ".ci",
    ".gitignore",
    "LICENSE",
    "README.md",
    "annotator",
    "packaging",
    "pyproject.toml",
    "resources",
    "tests",
}

FAKE_APP = textwrap.dedent(
    """
    import json, os, pathlib
    report = pathlib.Path(os.environ["ANNOTATOR_BENCHMARK_PAINTED"])
    report.write_text(json.dumps({"painted": True}))
    """
)


@pytest.mark.skipif(
    shutil.which("git") is None or not (REPO / ".git").exists(), reason="needs a git checkout"
)
def test_repository_root_holds_only_the_project_files() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    top_level = {path.split("/", 1)[0] for path in tracked}
    assert top_level <= ROOT_ENTRIES, f"unexpected in the root: {sorted(top_level - ROOT_ENTRIES)}"


def test_frozen_start_benchmark_writes_nothing_where_it_runs(tmp_path: Path) -> None:
    benchmark = load_benchmark("bench_frozen_start")
    where = tmp_path / "checkout"
    where.mkdir()
    times = benchmark.time_painted([sys.executable, "-c", FAKE_APP], 2, where)
    assert times is not None and len(times) == 2
    assert list(where.iterdir()) == []
