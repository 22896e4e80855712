"""Benchmarks can fail: the shared target check turns a missed figure into a failure (exit status
1 as a script, a failed test under pytest), `pytest -m benchmark` collects every benchmark file,
and the default run collects none of them."""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from benchmark_modules import BENCHMARKS, load_benchmark

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]
targets = load_benchmark("benchmark_targets")


@pytest.fixture(autouse=True)
def _no_factor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(targets.FACTOR_VARIABLE, raising=False)


def test_a_ratio_at_or_under_its_limit_meets_it_and_one_over_misses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    within = targets.check_target("import / sqlite3", 3.0, 3.0)
    over = targets.check_target("export / openpyxl", 1.51, 1.5)
    assert within.met and not over.met
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "import / sqlite3: 3.00x (target <= 3.00x) -> meets",
        "export / openpyxl: 1.51x (target <= 1.50x) -> MISSES",
    ]


def test_a_throughput_target_is_met_from_above() -> None:
    assert targets.check_target("throughput", 0.8, 0.8, higher_is_better=True).met
    assert not targets.check_target("throughput", 0.79, 0.8, higher_is_better=True).met


def test_a_figure_that_could_not_be_measured_misses(capsys: pytest.CaptureFixture[str]) -> None:
    verdict = targets.check_target("painted window", math.nan, 3.0, unit="s")
    assert not verdict.met
    assert "not measured (target <= 3.00 s)" in capsys.readouterr().out


def test_exit_status_is_1_on_any_miss_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    met = targets.check_target("merge median", 8.0, 10.0, unit="s")
    missed = targets.check_target("open article", 151.0, 150.0, unit="ms")
    assert targets.exit_status([met]) == 0
    capsys.readouterr()
    assert targets.exit_status([met, missed]) == 1
    assert capsys.readouterr().out == (
        "MISSED open article: 151.0 ms (target <= 150.0 ms) -> MISSES\n"
    )


def test_under_pytest_a_miss_fails_naming_only_the_missed_targets() -> None:
    met = targets.check_target("statistics alone", 4.0, 5.0, unit="s")
    missed = targets.check_target("with texts + workbook", 31.0, 30.0, unit="s")
    targets.require_met([met])
    with pytest.raises(AssertionError, match=r"with texts \+ workbook: 31.00 s") as failure:
        targets.require_met([met, missed])
    assert "statistics alone" not in str(failure.value)


def test_the_environment_factor_tightens_and_loosens_every_target(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(targets.FACTOR_VARIABLE, "0.5")
    assert not targets.check_target("ratio", 2.0, 3.0).met  # at most 1.5 now
    assert not targets.check_target("throughput", 1.2, 0.8, higher_is_better=True).met  # >= 1.6
    assert "scaled by ANNOTATOR_BENCH_TARGET_FACTOR=0.5" in capsys.readouterr().out
    monkeypatch.setenv(targets.FACTOR_VARIABLE, "2")
    assert targets.check_target("ratio", 5.0, 3.0).met


@pytest.mark.parametrize("value", ["fast", "0", "-1", "inf"])
def test_an_unusable_factor_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(targets.FACTOR_VARIABLE, value)
    with pytest.raises(SystemExit, match=targets.FACTOR_VARIABLE):
        targets.check_target("ratio", 1.0, 3.0)


def _run(*arguments: str, factor: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.pop(targets.FACTOR_VARIABLE, None)
    if factor is not None:
        environment[targets.FACTOR_VARIABLE] = factor
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_benchmark_script_exits_1_on_a_missed_target_and_0_on_a_met_one() -> None:
    script = str(BENCHMARKS / "bench_export.py")
    tiny = ["--annotations", "100", "--runs", "1"]
    missed = _run(script, *tiny, factor="1e-9")
    assert missed.returncode == 1, missed.stderr
    assert "MISSED ratio annotator export / openpyxl raw" in missed.stdout
    met = _run(script, *tiny, factor="1e9")
    assert met.returncode == 0, met.stdout + met.stderr
    assert "-> meets" in met.stdout and "MISSED" not in met.stdout


def _collected(*arguments: str) -> tuple[int, list[str]]:
    """Collect only, as the README's command does, with every ordinary test file left out so only
    the decision about tests/benchmarks is measured (and it stays fast)."""
    result = _run(
        "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
        "--ignore-glob=tests/test_*.py", "--ignore=tests/ui", *arguments,
    )  # fmt: skip
    items = [line for line in result.stdout.splitlines() if "::" in line]
    return result.returncode, items


def test_pytest_m_benchmark_collects_every_benchmark_file() -> None:
    status, items = _collected("-m", "benchmark")
    assert status == 0, items
    files = {item.split("::", 1)[0] for item in items}
    expected = {f"tests/benchmarks/{path.name}" for path in sorted(BENCHMARKS.glob("bench_*.py"))}
    assert len(expected) >= 7
    assert files == expected
    assert all(re.search(r"::test_\w+$", item) for item in items)


def test_the_default_run_collects_no_benchmark() -> None:
    status, items = _collected()
    assert items == []
    assert status == 5  # pytest's "no tests collected"
