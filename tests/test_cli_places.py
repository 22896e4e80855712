"""A read-only folder and a full disk: one true line, exit status 2, and nothing changed or left.

The places are real (a tmpfs remounted read-only, a tiny tmpfs filled to the brim), so they bind
root as they bind a user; see `places.py`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from places import fill, make_read_only, snapshot, tmpfs

from annotator.services.demo import build_demo

ARTICLE = "A headline\nMOSCOW (Sputnik) - A body long enough to be an article of the news.\n"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo")


@pytest.fixture
def read_only(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """A read-only folder holding a project and an article folder."""
    with tmpfs(tmp_path / "ro") as folder:
        shutil.copyfile(demo_file, folder / "study.annot")
        (folder / "articles").mkdir()
        (folder / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
        make_read_only(folder)
        yield folder


@pytest.fixture
def full(tmp_path: Path, demo_file: Path) -> Iterator[Path]:
    """A full disk holding a project; the articles to import lie elsewhere."""
    (tmp_path / "articles").mkdir()
    for number in range(40):
        text = f"Headline {number}\n" + ARTICLE * 200
        (tmp_path / "articles" / f"a{number}.txt").write_text(text, encoding="utf-8")
    with tmpfs(tmp_path / "full", size="2m") as folder:
        shutil.copyfile(demo_file, folder / "study.annot")
        fill(folder)
        yield folder


def run(*args: object) -> subprocess.CompletedProcess[str]:
    """`annotator ARGS` in its own process: what the user sees on stderr, tracebacks included."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )


def assert_one_true_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "internal error" not in lines[0]
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_export_into_a_read_only_folder(
    kind: str, read_only: Path, demo_file: Path, tmp_path: Path
) -> None:
    before = snapshot(read_only)
    result = run("export", demo_file, "-o", read_only / f"codings.{kind}")
    assert_one_true_line(result, f"codings.{kind}", "the folder is read-only")
    assert snapshot(read_only) == before


def test_new_project_in_a_read_only_folder(read_only: Path) -> None:
    before = snapshot(read_only)
    result = run("new", read_only / "new.annot")
    assert_one_true_line(result, "new.annot", "the folder is read-only")
    assert snapshot(read_only) == before


def test_import_into_a_project_in_a_read_only_folder(read_only: Path) -> None:
    before = snapshot(read_only)
    result = run("import", read_only / "study.annot", read_only / "articles")
    assert_one_true_line(result, "study.annot", "read-only")
    assert snapshot(read_only) == before


def test_demo_and_distribute_into_a_read_only_folder(read_only: Path, demo_file: Path) -> None:
    before = snapshot(read_only)
    assert_one_true_line(run("demo", read_only / "demo"), "demo", "the folder is read-only")
    result = run("distribute", demo_file, "--coders", "alice", "--out", read_only / "copies")
    assert_one_true_line(result, "copies", "the folder is read-only")
    assert snapshot(read_only) == before


def test_import_on_a_full_disk(full: Path, tmp_path: Path) -> None:
    before = snapshot(full)
    result = run("import", full / "study.annot", tmp_path / "articles")
    assert_one_true_line(result, "study.annot", "the disk is full")
    assert snapshot(full) == before


def test_annotate_on_a_full_disk_is_not_called_damaged(full: Path) -> None:
    before = snapshot(full)
    memo = "x" * 50_000  # more than the free room left in the file's pages
    result = run("annotate", full / "study.annot", "--coder", "zoe", "--document", "1",
                 "--start", "0", "--end", "5", "--memo", memo)  # fmt: skip
    assert_one_true_line(result, "study.annot", "the disk is full")
    assert "damaged" not in result.stderr
    assert snapshot(full) == before


@pytest.mark.parametrize("command", ["new", "demo", "export-xlsx", "export-csv"])
def test_creating_files_on_a_full_disk(command: str, full: Path, demo_file: Path) -> None:
    before = snapshot(full)
    if command == "new":
        result = run("new", full / "new.annot")
    elif command == "demo":
        result = run("demo", full / "demo")
    else:
        kind = command.split("-")[1]
        result = run("export", demo_file, "-o", full / f"codings.{kind}")
    assert_one_true_line(result, "the disk is full")
    if command.startswith("export"):
        assert "(No space left on device)" in result.stderr
    assert snapshot(full) == before  # no half-written file, no empty demo folder


OTHER_WRITERS = ["codebook-xlsx", "codebook-qdc", "codebook-html", "agreement-xlsx", "merge"]


def write_elsewhere(
    command: str, folder: Path, demo_file: Path
) -> subprocess.CompletedProcess[str]:
    """Run one of the other commands that write a whole file, with its output in `folder`."""
    if command.startswith("codebook"):
        kind = command.split("-")[1]
        return run("codebook", "export", demo_file, "-o", folder / f"codebook.{kind}")
    if command == "agreement-xlsx":
        return run("agreement", demo_file, "-o", folder / "comparison.xlsx")
    return run("merge", demo_file, "-o", folder / "merged.annot")


@pytest.mark.parametrize("command", OTHER_WRITERS)
def test_other_writers_on_a_full_disk(command: str, full: Path, demo_file: Path) -> None:
    before = snapshot(full)
    result = write_elsewhere(command, full, demo_file)
    assert_one_true_line(result, "the disk is full")
    assert snapshot(full) == before


@pytest.mark.parametrize("command", OTHER_WRITERS)
def test_other_writers_into_a_read_only_folder(
    command: str, read_only: Path, demo_file: Path
) -> None:
    before = snapshot(read_only)
    result = write_elsewhere(command, read_only, demo_file)
    assert_one_true_line(result, "read-only")
    assert ".partial" not in result.stderr  # the file the user named, not our temporary
    assert snapshot(read_only) == before


def test_distribute_that_fills_the_disk_midway_leaves_no_copies(
    tmp_path: Path, demo_file: Path
) -> None:
    room = 3 * demo_file.stat().st_size  # a copy or two fit, five do not
    with tmpfs(tmp_path / "small", size=f"{room // 1024}k") as folder:
        before = snapshot(folder)
        result = run("distribute", demo_file, "--coders", "a,b,c,d,e", "--out", folder / "copies")
        assert_one_true_line(result, "the disk is full")
        assert snapshot(folder) == before  # not a half set of copies handed to coders
