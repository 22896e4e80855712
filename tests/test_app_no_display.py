"""`annotator` without a display says so in one line and exits 2, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.app import missing_display

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def without_display(tmp_path: Path) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key not in NO_DISPLAY}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        environment[name] = str(tmp_path / name.lower())
    return environment


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland platforms only")
@pytest.mark.parametrize("arguments", [[], ["study.annot"], ["--demo"]], ids=str)
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, arguments: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", *arguments],
        cwd=tmp_path, env=without_display(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr[-2000:]
    (line,) = result.stderr.splitlines()
    assert line.startswith("annotator: error: no display found")
    assert "QT_QPA_PLATFORM=offscreen" in line and "sub-command" in line
    assert list(tmp_path.iterdir()) == [], "nothing was created"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland platforms only")
def test_sub_commands_still_run_without_a_display(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "demo", "out"],
        cwd=tmp_path, env=without_display(tmp_path), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "demo.annot").is_file()


def test_the_check_fires_only_where_qt_needs_x11_or_wayland() -> None:
    assert missing_display({}, "linux") is not None
    assert missing_display({}, "freebsd14") is not None
    assert missing_display({"DISPLAY": ":0"}, "linux") is None
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({"DISPLAY": ""}, "linux") is not None
    assert missing_display({}, "darwin") is None
    assert missing_display({}, "win32") is None
