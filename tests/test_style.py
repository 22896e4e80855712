"""The code base stays ruff-clean (lint and format), as CONTRIBUTING asks of every change."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed with the test extras")
@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "--no-cache", "."], ["ruff", "format", "--check", "--no-cache", "."]],
)
def test_ruff(command: list[str]) -> None:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
