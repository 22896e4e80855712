"""Shared fixtures. Qt runs offscreen so the tests need no screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator.db.project import Project
from annotator.services.projects import new_project


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
