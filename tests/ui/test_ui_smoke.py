"""`annotator --smoke-test REPORT.json` runs the real GUI end to end and reports every step."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import annotator


def test_smoke_test_report(tmp_path: Path) -> None:
    report = tmp_path / "отчёт smoke.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--smoke-test", str(report)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=240,
    )  # fmt: skip
    assert report.is_file(), result.stderr[-3000:]
    content = json.loads(report.read_text("utf-8"))
    assert content["ok"] is True, content
    assert result.returncode == 0, result.stderr[-3000:]
    assert content["frozen"] is False
    assert content["version"] == annotator.__version__
    assert content["qt"]
    names = [step["name"] for step in content["steps"]]
    assert any("import" in name for name in names) and any("XLSX" in name for name in names)
    assert all(step["ok"] and step["error"] is None for step in content["steps"])
    assert not list(tmp_path.glob("*.tmp")), "the report is written atomically"


def test_smoke_test_is_in_the_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "--smoke-test" in result.stdout


def test_a_failing_step_still_writes_the_report(tmp_path: Path, monkeypatch) -> None:
    from annotator.ui import smoke_test

    def broken(self) -> None:
        raise RuntimeError("no display")

    monkeypatch.setattr(smoke_test.SmokeTest, "start", broken)
    report = tmp_path / "report.json"
    assert smoke_test.run_smoke_test(report) == 1
    content = json.loads(report.read_text("utf-8"))
    assert content["ok"] is False
    (step,) = content["steps"]
    assert step["ok"] is False and "no display" in step["error"]


@pytest.mark.parametrize("arguments", [[], ["--demo"]], ids=["welcome", "demo"])
def test_benchmark_hook_reports_the_first_paint_and_quits(tmp_path: Path, arguments) -> None:
    painted = tmp_path / "painted.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ANNOTATOR_BENCHMARK_PAINTED=str(painted),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # no coder name: a benchmark never asks
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "annotator", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(painted.read_text("utf-8")) == {"painted": True}
    assert not (tmp_path / "config").exists()  # the user's settings were never written
