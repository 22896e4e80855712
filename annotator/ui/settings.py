"""Every user setting of the desktop app, declared once with its key, type and default.

Widgets read and write settings only through `Settings.get/set` with a `Setting` below, so a typo
cannot create a second key and every default lives here. Tests pass their own `QSettings` (an INI
file in a temporary folder) so they never touch the user's real settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from annotator import APP_NAME, ORGANIZATION

MAX_RECENT = 8


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any


class Setting(Enum):
    CODER_NAME = SettingSpec("coder/name", str, "")
    SNAP_TO_WORDS = SettingSpec("coding/snap_to_words", bool, True)
    SHOW_ALL_CODERS = SettingSpec("coding/show_all_coders", bool, False)
    SHOW_MACHINE_SUGGESTIONS = SettingSpec("coding/show_machine_suggestions", bool, False)
    MACHINE_ENDPOINT = SettingSpec("machine/endpoint", str, "")  # "" = Ollama's local address
    MACHINE_MODEL = SettingSpec("machine/model", str, "")  # never a key: keys are not stored
    ZOOM = SettingSpec("view/zoom", int, 0)
    RECENT_PROJECTS = SettingSpec("files/recent", list, [])
    WINDOW_GEOMETRY = SettingSpec("window/geometry", QByteArray, QByteArray())
    WINDOW_STATE = SettingSpec("window/state", QByteArray, QByteArray())
    LAST_PLACES = SettingSpec("files/last_places", str, "")  # JSON (`project.last_place`)
    REOPEN_PROJECT = SettingSpec("files/reopen", str, "")  # open when the app starts bare
    PARAGRAPH_NUMBERS = SettingSpec("view/paragraph_numbers", bool, False)
    CODING_STRIPES = SettingSpec("view/coding_stripes", bool, True)
    APPEARANCE = SettingSpec("view/appearance", str, "system")  # system, light or dark
    LANGUAGE = SettingSpec("view/language", str, "")  # "" follows the system locale; "de", "ru"…
    DEMO_SHOW_ALL_CODERS = SettingSpec("coding/demo_show_all_coders", bool, True)  # see the spans
    COLOUR_BY = SettingSpec("view/colour_by", str, "")  # a variable's name, ":coder", "" = first


class Settings:
    """Typed access to the app's settings, backed by one `QSettings`."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APP_NAME)

    def get(self, setting: Setting) -> Any:
        spec = setting.value
        value = self._store.value(spec.key, spec.default)
        if value is None:
            return spec.default
        if spec.kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in {"true", "1"}
        if spec.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return spec.default
        if spec.kind is list:
            if isinstance(value, str):
                return [value] if value else []
            return [str(item) for item in value] if isinstance(value, list | tuple) else []
        if spec.kind is str:
            return str(value)
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.value.key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [item for item in self.get(Setting.RECENT_PROJECTS) if item != path]
        recent.insert(0, path)
        del recent[MAX_RECENT:]
        self.set(Setting.RECENT_PROJECTS, recent)
        return recent

    def sync(self) -> None:
        self._store.sync()
