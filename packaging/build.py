"""Builds the double-click app for the platform this runs on, and optionally its installer.

    python packaging/build.py                      # -> dist/Annotator (Linux, Windows) or
                                                   #    dist/Annotator.app (macOS)
    python packaging/build.py --package            # also: Linux .tar.gz, Windows setup .exe
                                                   #    (Inno Setup's ISCC), macOS .dmg
    python packaging/build.py --dist D --work W    # build somewhere else (tests use a temp dir)

Needs PyInstaller in the same environment as Annotator and its dependencies
(`pip install -e . pyinstaller`). Prints the app's path, its size on disk and the build time; the
last line is the path of the executable, so scripts can use `tail -n 1`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(PACKAGING / "windows"))
from identity import ICONS, LINUX, REPO, Identity, read_identity  # noqa: E402
from version_info import write_version_file  # noqa: E402


def app_path(identity: Identity, dist: Path) -> Path:
    """The folder (or .app bundle) a build produces."""
    if sys.platform == "darwin":
        return dist / f"{identity.name}.app"
    return dist / identity.name


def executable_path(identity: Identity, dist: Path) -> Path:
    """The executable to double-click (on Windows: the windowed one)."""
    if sys.platform == "darwin":
        return app_path(identity, dist) / "Contents" / "MacOS" / identity.executable
    suffix = ".exe" if sys.platform == "win32" else ""
    return app_path(identity, dist) / f"{identity.executable}{suffix}"


def console_executable_path(identity: Identity, dist: Path) -> Path:
    """The executable that prints to a terminal (differs from the windowed one on Windows)."""
    if sys.platform == "win32":
        return app_path(identity, dist) / f"{identity.executable}-cli.exe"
    return executable_path(identity, dist)


def size_on_disk(path: Path) -> int:
    """Bytes of the regular files below path (symbolic links count as nothing)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def run_pyinstaller(identity: Identity, dist: Path, work: Path, clean: bool) -> None:
    version_file = write_version_file(identity, work / "version_info.txt")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
        *(["--clean"] if clean else []),
        str(PACKAGING / "annotator.spec"), "--", "--version-file", str(version_file),
    ]  # fmt: skip
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=REPO)


def package_linux(identity: Identity, dist: Path) -> Path:
    """A tarball: the app folder, install.sh and the desktop files it installs."""
    machine = os.uname().machine
    stem = f"{identity.executable}-{identity.version}-linux-{machine}"
    archive = dist / f"{stem}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(app_path(identity, dist), arcname=f"{stem}/{identity.name}")
        for path in sorted(LINUX.iterdir()):
            if path.is_file():
                tar.add(path, arcname=f"{stem}/{path.name}")
        tar.add(ICONS, arcname=f"{stem}/icons", filter=_only_icons)
    return archive


def _only_icons(info: tarfile.TarInfo) -> tarfile.TarInfo | None:
    return info if info.isdir() or info.name.endswith((".png", ".svg")) else None


def package_windows(identity: Identity, dist: Path) -> Path:
    """The Inno Setup installer; ISCC.exe must be on PATH or in its default folder."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    for default in (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
                    r"C:\Program Files\Inno Setup 6\ISCC.exe"):  # fmt: skip
        if not iscc and Path(default).is_file():
            iscc = default
    if not iscc:
        raise SystemExit("Inno Setup 6 is needed for --package on Windows: https://jrsoftware.org")
    defines = {
        "AppName": identity.name,
        "AppVersion": identity.version,
        "AppId": identity.app_id,
        "AppPublisher": f"The {identity.name} developers",
        "ExeName": f"{identity.executable}.exe",
        "ProjectExtension": identity.project_suffix,
        "SourceDir": str(app_path(identity, dist)),
        "OutputDir": str(dist),
        "IconFile": str(ICONS / "annotator.ico"),
    }
    command = [iscc, "/Q", *(f"/D{key}={value}" for key, value in defines.items()),
               str(PACKAGING / "windows" / "annotator.iss")]  # fmt: skip
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)
    return dist / f"{identity.name}-{identity.version}-windows-x64-setup.exe"


def package_macos(identity: Identity, dist: Path) -> Path:
    """A compressed disk image with the app and a link to /Applications to drag it onto."""
    staging = dist / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    shutil.copytree(app_path(identity, dist), staging / app_path(identity, dist).name,
                    symlinks=True)  # fmt: skip
    (staging / "Applications").symlink_to("/Applications")
    image = dist / f"{identity.name}-{identity.version}-macos-{os.uname().machine}.dmg"
    command = ["hdiutil", "create", "-volname", f"{identity.name} {identity.version}",
               "-srcfolder", str(staging), "-ov", "-format", "UDZO", str(image)]  # fmt: skip
    subprocess.run(command, check=True)
    shutil.rmtree(staging)
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller",
                        help="PyInstaller's work folder")  # fmt: skip
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--package", action="store_true",
                        help="also make the installer / archive for this platform")  # fmt: skip
    args = parser.parse_args(argv)
    identity = read_identity()
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.monotonic()
    run_pyinstaller(identity, dist, work, args.clean)
    seconds = time.monotonic() - started
    app = app_path(identity, dist)
    print(f"built {identity.name} {identity.version} for {sys.platform} in {seconds:.0f} s")
    print(f"app: {app}")
    print(f"size on disk: {size_on_disk(app) / 1e6:.1f} MB")
    if args.package:
        maker = {"win32": package_windows, "darwin": package_macos}.get(sys.platform,
                                                                        package_linux)  # fmt: skip
        package = maker(identity, dist)
        print(f"package: {package} ({package.stat().st_size / 1e6:.1f} MB)")
    print(executable_path(identity, dist))
    return 0


if __name__ == "__main__":
    sys.exit(main())
