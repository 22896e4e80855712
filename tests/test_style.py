"""The code base stays ruff-clean (lint and format), as CONTRIBUTING asks of every change."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import annotator

REPO = Path(annotator.__file__).resolve().parents[1]


# ruff installed beside this interpreter (an unactivated venv), else on PATH.
RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")


@pytest.mark.skipif(RUFF is None, reason="ruff is installed with the test extras")
@pytest.mark.parametrize(
    "command",
    [["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]],
)
def test_ruff(command: list[str]) -> None:
    result = subprocess.run([RUFF, *command], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
