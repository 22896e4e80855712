"""Replacing a file by rename so that it survives a power cut, and cleaning up after killed runs.

Every file Annotator writes whole (exports, merge output, codebook exports, coder copies, new
projects) is written under a temporary name beside its target and renamed over it when complete.
The rename is atomic but not durable by itself: until the new file's data and the folder entry
reach the disk, a power cut can leave an empty file or the old one under the target's name. So
`replace_durably` fsyncs the temporary before the rename and the folder after it. Windows cannot
open a folder to fsync it (NTFS journals the rename itself), so there the folder step is skipped.

Temporaries are named `.TARGET.HOST-PID.KIND.SUFFIX` (`temporary_path`): hidden, beside the
target, with the machine and process that write them. A run that is killed leaves its temporary
behind; the next run writing into that folder removes those of this machine whose process is gone
(`remove_leftovers`). A live run's files, and those of another machine sharing the folder through
a network drive or a sync client (where a process id means nothing), are never touched. Scratch
folders in the shared temporary folder (merge inputs are copied there) carry the process id in
their name in the same way (`remove_dead_folders`).

This sits in `core` because both the database layer (new project files) and `io` (exports) need
it; it uses nothing but the standard library.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import socket
import sys
import time
from pathlib import Path

FOLDER_FSYNC = os.name != "nt"
# A folder that may be written but not read (a drop box), or a file system that cannot sync a
# folder (some network and FUSE mounts): the rename has happened, there is nothing more to do.
_CANNOT_SYNC_FOLDER = (errno.EACCES, errno.EPERM, errno.EINVAL, errno.ENOTSUP, errno.EBADF)
KINDS = ("partial", "creating", "copying", "building", "tmp")
HOST_TAG = re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:24] or "host"
# Temporaries of versions before the host tag (`.TARGET.PID.KIND…`) count as leftovers of this
# machine only once nothing has written to them for this long.
UNTAGGED_AGE = 3600.0
_TEMPORARY = re.compile(
    r"\.(?P<target>.+)\.(?:(?P<host>[A-Za-z0-9]+)-)?(?P<pid>\d+)\.(?:" + "|".join(KINDS) + r")"
    r"(?:[.-].*)?",
    re.DOTALL,
)


def temporary_path(target: Path, kind: str) -> Path:
    """Where to write `target` before `replace_durably` moves it into place."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of temporary file: {kind}")
    return target.with_name(f".{target.name}.{HOST_TAG}-{os.getpid()}.{kind}{target.suffix}")


def fsync_file(path: Path) -> None:
    """Flush `path`'s data to the disk (Windows needs a handle that may write)."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Flush `folder`'s entries (a rename into it) to the disk; nothing on Windows."""
    if not FOLDER_FSYNC:
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        if error.errno in _CANNOT_SYNC_FOLDER:
            return
        raise
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in _CANNOT_SYNC_FOLDER:
            raise
    finally:
        os.close(descriptor)


def replace_durably(temporary: Path | str, target: Path | str) -> None:
    """Move the complete `temporary` over `target`, fsyncing it before and the folder after."""
    temporary, target = Path(temporary), Path(target)
    fsync_file(temporary)
    os.replace(temporary, target)
    fsync_folder(target.parent)


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs on this machine (when unsure: yes, so nothing is removed)."""
    if pid <= 0:
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, it is someone else's
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return kernel32.GetLastError() != invalid_parameter  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _is_leftover(entry: os.DirEntry[str]) -> bool:
    match = _TEMPORARY.fullmatch(entry.name)
    if match is None:
        return False
    pid = int(match["pid"])
    if pid == os.getpid() or process_alive(pid):
        return False
    if match["host"] is None:
        try:
            return time.time() - entry.stat(follow_symlinks=False).st_mtime > UNTAGGED_AGE
        except OSError:
            return False
    return match["host"] == HOST_TAG


def remove_leftovers(folder: Path | str) -> list[Path]:
    """Remove the temporaries that killed runs on this machine left in `folder`; returns them."""
    removed = []
    try:
        entries = [entry for entry in os.scandir(folder) if entry.name.startswith(".")]
    except OSError:
        return removed
    for entry in entries:
        if _is_leftover(entry) and entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def scratch_prefix(name: str) -> str:
    """A `tempfile` prefix for scratch folders that `remove_dead_folders(name)` can clean up."""
    return f"{name}-{os.getpid()}-"


def remove_dead_folders(parent: Path | str, name: str) -> list[Path]:
    """Remove `name-PID-*` folders in `parent` whose process is gone; returns them."""
    pattern = re.compile(re.escape(name) + r"-(\d+)-.*", re.DOTALL)
    removed = []
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(match[1])
        if pid == os.getpid() or process_alive(pid):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        if not os.path.lexists(entry.path):
            removed.append(Path(entry.path))
    return removed
