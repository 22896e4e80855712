"""Shared fixtures. Qt runs offscreen so the tests need no screen."""

from __future__ import annotations

import itertools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import postgres_cluster as postgres_cluster_module
import pytest

from annotator.db.project import Project
from annotator.services.projects import new_project

BENCHMARKS = Path(__file__).parent / "benchmarks"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("benchmark", "benchmarks (tests/benchmarks, run with -m benchmark)")
    group.addoption(
        "--bench-runs",
        type=int,
        default=None,
        metavar="N",
        help="runs per benchmark (the median is compared); default: each script's own",
    )
    group.addoption(
        "--bench-app",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="the built app folder (dist/Annotator) for bench_frozen_start.py",
    )


def _benchmarks_asked_for(config: pytest.Config) -> bool:
    return "benchmark" in (config.getoption("markexpr", "") or "")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Benchmarks take minutes: the default run does not even import them; `-m benchmark` does."""
    if collection_path == BENCHMARKS and not _benchmarks_asked_for(config):
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A benchmark file named on the command line without `-m benchmark` is skipped, saying how
    to run it, rather than started by surprise."""
    if _benchmarks_asked_for(config):
        return
    skip = pytest.mark.skip(reason="a benchmark: run it with `pytest -m benchmark`")
    for item in items:
        if item.get_closest_marker("benchmark") is not None:
            item.add_marker(skip)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A new project with the default codebook."""
    with new_project(tmp_path / "study.annot") as opened:
        yield opened


@dataclass
class CliResult:
    exit_code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `annotator ARGS...` in-process and capture what it prints."""
    from annotator.app import main

    def run(*args: object) -> CliResult:
        capsys.readouterr()
        exit_code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return CliResult(exit_code, captured.out, captured.err)

    return run


def write_article(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --- PostgreSQL server projects (tests/postgres_cluster.py) ------------------------------------


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[postgres_cluster_module.Cluster]:
    """A throwaway PostgreSQL server for this run; the test is skipped, saying why, when the
    machine has no PostgreSQL binaries (a failure instead with ANNOTATOR_REQUIRE_POSTGRES=1)."""
    if postgres_cluster_module.find_binaries() is None:
        if os.environ.get("ANNOTATOR_REQUIRE_POSTGRES") == "1":
            pytest.fail(postgres_cluster_module.NO_BINARIES)
        pytest.skip(postgres_cluster_module.NO_BINARIES)
    cluster = postgres_cluster_module.start_cluster()
    try:
        yield cluster
    finally:
        postgres_cluster_module.remove_cluster(cluster)


_database_numbers = itertools.count(1)


@pytest.fixture
def server_url(postgres_cluster: postgres_cluster_module.Cluster) -> str:
    """The URL (superuser, password included) of a new, empty database on the test server."""
    return postgres_cluster.create_database(f"test_{next(_database_numbers)}")


@pytest.fixture
def server_project(server_url: str) -> Iterator[Project]:
    """A new project with the default codebook, on the test server."""
    with new_project(server_url) as opened:
        yield opened


@pytest.fixture(params=["file", "server"])
def project_home(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new project goes: a file path, or the URL of an empty database on the test server.
    A test taking it runs on both: the command-line contract holds wherever a project lives."""
    if request.param == "file":
        return str(tmp_path / "study.annot")
    return request.getfixturevalue("server_url")
