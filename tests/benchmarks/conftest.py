"""Fixtures for the benchmarks when pytest runs them (`pytest -m benchmark`): the command-line
options a benchmark script would take, built from the `--bench-*` options in tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def bench_runs(request: pytest.FixtureRequest) -> int | None:
    """Runs per benchmark from `--bench-runs N`; None leaves each script's own default."""
    return request.config.getoption("bench_runs")


@pytest.fixture
def bench_argv(bench_runs: int | None) -> list[str]:
    """Script options for the benchmark under test: its defaults, or `--runs N`."""
    return [] if bench_runs is None else ["--runs", str(bench_runs)]


@pytest.fixture
def bench_app(request: pytest.FixtureRequest) -> Path | None:
    """The built app folder from `--bench-app FOLDER`, for bench_frozen_start.py."""
    return request.config.getoption("bench_app")
