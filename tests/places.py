"""Real places that refuse writes, for tests: a read-only mount and a tiny full disk.

Tests run as root here and in CI, and root ignores permission bits, so a `chmod` folder is not
read-only for them. A tmpfs mounted read-only (or filled to the brim) binds root too. Mounting needs
root and a kernel that lets this process mount; where it cannot, the test is skipped and says why.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["mount", *arguments], capture_output=True, text=True, timeout=30, check=False
    )


@contextmanager
def tmpfs(folder: Path, size: str = "8m") -> Iterator[Path]:
    """`folder` as a fresh tmpfs of `size` for the block; skips the test when mounting fails."""
    if os.geteuid() != 0:
        pytest.skip("mounting a test filesystem needs root (permission bits do not bind root)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)


def make_read_only(folder: Path) -> None:
    """Remount the tmpfs at `folder` read-only: no one, root included, can write there."""
    remounted = _mount("-o", "remount,ro", str(folder))
    if remounted.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {remounted.stderr.strip()}")


def fill(folder: Path) -> None:
    """Fill the filesystem holding `folder` until not one more byte fits."""
    block = b"\0" * (64 * 1024)
    with (folder / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(block)
        except OSError:
            pass
    with (folder / "filler-tail").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file under `folder` with its bytes (folders: None), to show that nothing changed."""
    return {
        str(path.relative_to(folder)): path.read_bytes() if path.is_file() else None
        for path in sorted(folder.rglob("*"))
    }
