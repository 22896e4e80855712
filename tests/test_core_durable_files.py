"""Files replaced by rename are durable, and what a killed run leaves behind is cleaned up.

Every output written under a temporary name (exports, merge output, codebook export, coder copies,
new projects) is fsynced before the rename and its folder after it. Temporaries of a run that was
killed are removed by the next run — only when their process is gone, never a live run's.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

import annotator
from annotator.core import durable_files
from annotator.core.durable_files import HOST_TAG, process_alive
from annotator.db.project import open_project
from annotator.services.demo import build_demo
from annotator.services.distribute import distribute_project
from annotator.services.export import export_codings
from annotator.services.merging.merge import merge_projects

REPO = Path(annotator.__file__).resolve().parents[1]
Events = list[tuple[str, str]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Events:
    """os.fsync and os.replace calls, in order: ("fsync file"|"fsync folder"|"replace", path)."""
    events: Events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        events.append((f"fsync {kind}", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(("replace", f"{source} -> {target}"))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


def assert_durable(events: Events, target: Path) -> None:
    """The temporary is fsynced, then renamed to `target`, then the folder is fsynced."""
    renames = [i for i, (kind, what) in enumerate(events) if kind == "replace"]
    into = [i for i in renames if events[i][1].endswith(f" -> {target}")]
    assert len(into) == 1, events
    rename = into[0]
    temporary = events[rename][1].split(" -> ")[0]
    file_syncs = [i for i, event in enumerate(events) if event == ("fsync file", temporary)]
    folder_syncs = [
        i for i, event in enumerate(events) if event == ("fsync folder", str(target.parent))
    ]
    assert file_syncs and file_syncs[-1] < rename, events
    assert any(i > rename for i in folder_syncs), events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads fd paths from /proc")
def test_export_fsyncs_the_file_before_the_rename_and_the_folder_after(
    demo: Path, tmp_path: Path, recorded: Events
) -> None:
    for name in ("codings.csv", "codings.xlsx"):
        with open_project(demo, read_only=True) as project:
            export_codings(project, tmp_path / name)
        assert_durable(recorded, tmp_path / name)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads fd paths from /proc")
def test_merge_and_coder_copies_are_durable(demo: Path, tmp_path: Path, recorded: Events) -> None:
    copies = distribute_project(demo, ["alice", "bob"], tmp_path / "copies")
    for copy in copies.copies:
        assert_durable(recorded, Path(copy.path))
    merge_projects([copy.path for copy in copies.copies], tmp_path / "merged.annot")
    assert_durable(recorded, tmp_path / "merged.annot")


def test_folder_fsync_is_skipped_on_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded: Events
) -> None:
    monkeypatch.setattr(durable_files, "FOLDER_FSYNC", False)
    temporary, target = tmp_path / "t", tmp_path / "out.txt"
    temporary.write_text("x", encoding="utf-8")
    durable_files.replace_durably(temporary, target)
    assert [kind for kind, _what in recorded] == ["fsync file", "replace"]
    assert target.read_text(encoding="utf-8") == "x"


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert not process_alive(process.pid)
    return process.pid


def test_leftovers_of_dead_runs_go_and_those_of_live_runs_stay(demo: Path, tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead, live = dead_pid(), sleeper.pid
        names = {
            "dead": f".codings.xlsx.{HOST_TAG}-{dead}.partial.xlsx",
            "dead journal": f".study.annot.{HOST_TAG}-{dead}.creating-journal",
            "live": f".codings.xlsx.{HOST_TAG}-{live}.partial.xlsx",
            "other machine": f".codings.xlsx.otherhost-{dead}.partial.xlsx",
            "not ours": f".notes.{dead}.txt",
        }
        for name in names.values():
            (tmp_path / name).write_bytes(b"half")
        with open_project(demo, read_only=True) as project:
            export_codings(project, tmp_path / "other.csv")
        left = {path.name for path in tmp_path.iterdir()}
        assert left == {"other.csv", names["live"], names["other machine"], names["not ours"]}
    finally:
        sleeper.kill()
        sleeper.wait()


def killed_while(script: str, ready: str, env: dict[str, str] | None = None) -> str:
    """Run `script` in a new Python, SIGKILL it once it prints `ready`; returns what it printed."""
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the child is at the point to kill it
    assert line.startswith(ready), line
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return line[len(ready) :].strip()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_partial_export_of_a_killed_run_is_removed_by_the_next_export(
    demo: Path, tmp_path: Path, run_cli: Callable
) -> None:
    target = tmp_path / "codings.xlsx"
    script = (
        "import sys, time\n"
        "from annotator.io.atomic import atomic_output\n"
        f"with atomic_output({str(target)!r}) as temporary:\n"
        "    temporary.write_bytes(b'half a workbook')\n"
        "    print('writing', temporary, flush=True)\n"
        "    time.sleep(60)\n"
    )
    partial = Path(killed_while(script, "writing"))
    assert partial.exists() and partial.parent == tmp_path and partial.name.startswith(".")
    result = run_cli("export", demo, "-o", target)
    assert result.exit_code == 0, result.err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["codings.xlsx"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_merge_copies_of_a_killed_run_are_removed_by_the_next_merge(
    demo: Path, tmp_path: Path, run_cli: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    script = (
        "import time\n"
        "from pathlib import Path\n"
        "from annotator.services.merging.input_files import private_copy\n"
        f"with private_copy(Path({str(demo)!r})) as copy:\n"
        "    print('copied', copy, flush=True)\n"
        "    time.sleep(60)\n"
    )
    copy = Path(killed_while(script, "copied", {"TMPDIR": str(temp)}))
    assert copy.exists() and copy.parent.parent == temp
    assert copy.parent.name.startswith("annotator-merge-")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = temp / f"annotator-merge-{sleeper.pid}-live"
        live.mkdir()
        result = run_cli("merge", demo, "-o", tmp_path / "merged.annot")
        assert result.exit_code == 0, result.err
        assert [path.name for path in temp.iterdir()] == [live.name]  # the live run's stays
    finally:
        sleeper.kill()
        sleeper.wait()


def test_untagged_temporaries_of_older_versions_go_only_when_long_untouched(tmp_path: Path) -> None:
    dead = dead_pid()
    old, recent = (
        tmp_path / f".a.xlsx.{dead}.partial.xlsx",
        tmp_path / f".b.xlsx.{dead}.partial.xlsx",
    )
    for path in (old, recent):
        path.write_bytes(b"half")
    hours_ago = old.stat().st_mtime - 2 * durable_files.UNTAGGED_AGE
    os.utime(old, (hours_ago, hours_ago))
    assert durable_files.remove_leftovers(tmp_path) == [old]
    assert [path.name for path in tmp_path.iterdir()] == [recent.name]
