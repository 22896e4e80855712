"""After a crash: a hot journal is rolled back by read-only commands too, and a damaged header is
reported by `verify` instead of being called sound."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from places import make_read_only, snapshot, tmpfs

from annotator.services.demo import build_demo

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")

# Begins a write with a one-page cache so changed pages spill into the file, then dies before
# COMMIT: what a power cut or SIGKILL in the middle of a big write leaves behind.
CRASHING_WRITER = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE document SET title = title || ' (half-written)'")
connection.execute("CREATE TABLE spill (x)")
connection.execute("INSERT INTO spill SELECT randomblob(3000) FROM document")
connection.execute("UPDATE document SET text = text || ' (half-written)'")
os._exit(9)
"""


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo")


def committed_titles(path: Path) -> list[str]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [title for (title,) in connection.execute("SELECT title FROM document ORDER BY id")]
    finally:
        connection.close()


def crash_while_writing(path: Path) -> Path:
    """Leave a hot journal beside `path`, as a writer killed before COMMIT does."""
    result = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(path)], timeout=60)
    assert result.returncode == 9
    journal = path.with_name(path.name + "-journal")
    assert journal.read_bytes()[:8] == JOURNAL_MAGIC  # hot: a valid header, no writer alive
    assert b"(half-written)" in path.read_bytes()  # the changed pages did reach the file
    return journal


COMMANDS = {
    "verify": [],
    "info": ["--json"],
    "annotations": ["--json"],
    "export": ["-o", "{out}/codings.xlsx"],
    "distribute": ["--coders", "alice,bob", "--out", "{out}/copies"],
    "agreement": ["--json"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_read_only_commands_roll_back_a_crash_and_see_the_committed_state(
    command: str, demo_file: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    shutil.copyfile(demo_file, study)
    titles = committed_titles(study)
    journal = crash_while_writing(study)
    (tmp_path / "out").mkdir()
    arguments = [part.format(out=tmp_path / "out") for part in COMMANDS[command]]

    result = run_cli(command, study, *arguments)

    assert result.exit_code == 0, result.err
    assert "read-only" not in result.err
    assert not journal.exists()
    assert committed_titles(study) == titles
    assert b"(half-written)" not in study.read_bytes()
    if command == "verify":
        assert result.out.startswith("OK: ")
    if command == "info":
        assert json.loads(result.out)["documents"] == len(titles)


def test_a_crash_on_read_only_media_is_named_not_blamed_on_permissions(
    demo_file: Path, tmp_path: Path, run_cli
) -> None:
    with tmpfs(tmp_path / "stick") as stick:
        study = stick / "study.annot"
        shutil.copyfile(demo_file, study)
        crash_while_writing(study)
        make_read_only(stick)
        before = snapshot(stick)

        for command in ("verify", "info", "annotations"):
            result = run_cli(command, study)
            assert result.exit_code == 2, (command, result.out)
            (line,) = result.err.splitlines()
            assert "study.annot" in line
            assert "unfinished change from a crash (study.annot-journal)" in line
            assert "cannot be rolled back because the folder is read-only" in line
            assert "writable folder" in line
        assert snapshot(stick) == before


def damage_header(source: Path, target: Path, offset: int, value: int) -> Path:
    data = bytearray(source.read_bytes())
    assert data[offset] != value
    data[offset] = value
    target.write_bytes(bytes(data))
    return target


HEADER_DAMAGE = [(18, 3), (18, 255), (18, 0), (19, 0), (19, 3), (16, 0xFF), (17, 0x7F)]
HEADER_DAMAGE += [(20, 3), (21, 0), (22, 0), (23, 255)]
HEADER_DAMAGE += [(offset, 0xA5) for offset in (24, 25, 26, 27, 92, 93, 94, 95, 96)]


@pytest.mark.parametrize(("offset", "value"), HEADER_DAMAGE)
def test_verify_fails_on_a_damaged_header_byte(
    offset: int, value: int, demo_file: Path, tmp_path: Path, run_cli
) -> None:
    study = damage_header(demo_file, tmp_path / "study.annot", offset, value)

    result = run_cli("verify", study)

    assert result.exit_code in (1, 2), result.out
    assert "sound" not in result.out
    if result.exit_code == 1:
        assert f"byte {offset}" in result.out or f"bytes {offset - offset % 4}" in result.out
        assert "header" in result.out


def test_a_header_that_forbids_writing_is_called_damaged_not_read_only(
    demo_file: Path, tmp_path: Path, run_cli
) -> None:
    study = damage_header(demo_file, tmp_path / "study.annot", 18, 255)
    before = study.read_bytes()

    result = run_cli("annotate", study, "--coder", "zoe", "--document", "1", "--start", "0",
                     "--end", "5")  # fmt: skip

    assert result.exit_code == 2
    (line,) = result.err.splitlines()
    assert "header is damaged" in line and "byte 18" in line and "verify" in line
    assert "read-only" not in line
    assert study.read_bytes() == before


def test_sound_files_of_every_kind_have_a_sound_header(tmp_path: Path, run_cli) -> None:
    assert run_cli("new", tmp_path / "new.annot").exit_code == 0
    assert run_cli("demo", tmp_path / "demo").exit_code == 0
    demo = tmp_path / "demo" / "demo.annot"
    assert run_cli("distribute", demo, "--coders", "alice", "--out", tmp_path / "c").exit_code == 0
    for path in (tmp_path / "new.annot", demo, *sorted((tmp_path / "c").glob("*.annot"))):
        result = run_cli("verify", path)
        assert result.exit_code == 0, result.out
