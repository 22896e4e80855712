"""Light or dark: the app follows the system's colour scheme, or the one the coder chose.

View ▸ Appearance offers System, Light and Dark (remembered as `Setting.APPEARANCE`). Qt 6.8+
can ask the platform for a scheme (`QStyleHints.setColorScheme`); where the platform does not
follow (offscreen, desktops without a theme, older Qt) the Fusion style with an explicit palette
gives the same result, so a dark choice is always dark. Colours the app draws itself should come
from the palette (`is_dark`, `done_colour`) rather than fixed white or black.
"""

from __future__ import annotations

from enum import Enum
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from annotator.ui.settings import Setting, Settings

# Keyboard focus stays visible on the big views, whatever the style draws by itself.
FOCUS_STYLE = (
    "QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus"
    " { border: 2px solid palette(highlight); }"
)


class Appearance(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_current = Appearance.SYSTEM
_watching = False


def parse(value: str) -> Appearance:
    try:
        return Appearance(value)
    except ValueError:
        return Appearance.SYSTEM


def dark_palette() -> QPalette:
    """A calm dark palette for the Fusion style (light text on dark grey, blue selection)."""
    palette = QPalette()
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e8e8e8",
        Role.Base: "#1f1f1f",
        Role.AlternateBase: "#2a2a2a",
        Role.ToolTipBase: "#3a3a3a",
        Role.ToolTipText: "#f0f0f0",
        Role.PlaceholderText: "#9a9a9a",
        Role.Text: "#e8e8e8",
        Role.Button: "#353535",
        Role.ButtonText: "#e8e8e8",
        Role.BrightText: "#ff6b6b",
        Role.Light: "#4a4a4a",
        Role.Midlight: "#3e3e3e",
        Role.Mid: "#2f2f2f",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#0d0d0d",
        Role.Highlight: "#3d7bd9",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#7fb8ff",
        Role.LinkVisited: "#c39bff",
    }
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7a7a7a"))
    palette.setColor(Group.Disabled, Role.Highlight, QColor("#4a4a4a"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def done_colour() -> QColor:
    """The document list's green "Done", readable on a light or a dark list."""
    return QColor("#81c784") if is_dark() else QColor("#2e7d32")


def apply_appearance(appearance: Appearance) -> None:
    """Switch the running app to `appearance` (System follows the platform from now on)."""
    global _current
    _current = appearance
    application = QApplication.instance()
    if not isinstance(application, QApplication):
        return
    hints = application.styleHints()
    wanted = {
        Appearance.SYSTEM: Qt.ColorScheme.Unknown,
        Appearance.LIGHT: Qt.ColorScheme.Light,
        Appearance.DARK: Qt.ColorScheme.Dark,
    }[appearance]
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(wanted)
    dark = appearance is Appearance.DARK or (
        appearance is Appearance.SYSTEM and hints.colorScheme() == Qt.ColorScheme.Dark
    )
    if is_dark(application.palette()) != dark:  # the platform did not follow: do it ourselves
        application.setStyle("Fusion")
        application.setPalette(dark_palette() if dark else application.style().standardPalette())
        for widget in application.allWidgets():  # style-sheeted widgets keep their old palette
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())


def _follow_system(_scheme: Qt.ColorScheme) -> None:
    if _current is Appearance.SYSTEM:
        apply_appearance(Appearance.SYSTEM)


def connect_appearance(choices: dict[Appearance, QAction], settings: Settings) -> None:
    """Make View ▸ Appearance's actions one exclusive choice, apply the remembered one, and
    apply and remember each new choice."""
    chosen = parse(settings.get(Setting.APPEARANCE))
    group = QActionGroup(next(iter(choices.values())).parent())
    group.setExclusive(True)
    for appearance, action in choices.items():
        group.addAction(action)
        action.setChecked(appearance is chosen)
        action.triggered.connect(partial(_choose, appearance, settings))
    apply_appearance(chosen)
    watch_system()


def _choose(appearance: Appearance, settings: Settings) -> None:
    settings.set(Setting.APPEARANCE, appearance.value)
    apply_appearance(appearance)


def watch_system() -> None:
    """Re-apply System when the platform's scheme changes (once per app)."""
    global _watching
    application = QGuiApplication.instance()
    if _watching or not isinstance(application, QGuiApplication):
        return
    if hasattr(application.styleHints(), "colorSchemeChanged"):
        application.styleHints().colorSchemeChanged.connect(_follow_system)
    _watching = True


def show_focus(window: QWidget) -> None:
    """Draw a highlight-coloured frame around the article, lists and tables holding the focus."""
    window.setStyleSheet(FOCUS_STYLE)
