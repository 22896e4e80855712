"""Finds the runtime files shipped in `resources/`, wherever Annotator runs from.

Three layouts exist: a source checkout (the `resources/` folder beside the package), an installed
wheel (the same folder copied to `annotator/_resources/` at build time) and a frozen PyInstaller
app (files unpacked below `sys._MEIPASS`). Nothing else in the code base builds such paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "annotator" / "_resources")
        found.append(Path(frozen_root) / "resources")
    found.append(_PACKAGE_DIR / "_resources")
    found.append(_PACKAGE_DIR.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder holding codebooks/, demo/ and the other shipped files."""
    for candidate in _candidates():
        if (candidate / "codebooks").is_dir():
            return candidate
    searched = ", ".join(str(path) for path in _candidates())
    raise FileNotFoundError(f"Annotator's resources are missing (looked in {searched})")


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. `resource_path("codebooks", "default.json")`."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Annotator's resource file is missing: {path}")
    return path
