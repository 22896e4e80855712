"""The app's icons, drawn as SVG files in `resources/icons/` so they stay crisp at any scale.

Qt renders them through its SVG icon engine (part of PySide6-Essentials) at the size each
screen needs; a missing file gives an empty icon rather than a failed start.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from annotator.resources import resource_path


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`, e.g. `icon("undo")`."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()
