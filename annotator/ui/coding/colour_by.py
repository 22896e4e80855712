"""View ▸ Colour By: whether the highlights wear the colours of one variable's codes or the coder's.

Without a choice a claim span by Putin looked like his name span, as highlights took the actor's
colour first. The menu holds one exclusive entry per variable with codes (rebuilt from the codebook
whenever it changes) and "Coder"; the choice is remembered by variable name, and one that no longer
exists falls back to the first variable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

COLOUR_BY_CODER = ":coder"  # stored for "Coder"; variable names never start with a colon


def resolve_choice(stored: str, variables: Sequence[str]) -> str:
    """The remembered choice if it still exists, else the first variable (else the coder)."""
    if stored == COLOUR_BY_CODER or stored in variables:
        return stored
    return variables[0] if variables else COLOUR_BY_CODER


class ColourByMenu(QMenu):
    chosen = Signal(str)  # a variable name, or COLOUR_BY_CODER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Colour &By"))
        self.setObjectName("colour_by_menu")
        self.menuAction().setStatusTip(self.tr("Which codes (or coders) the highlights show"))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._group.triggered.connect(lambda action: self.chosen.emit(str(action.data())))
        self.set_choices([], "")

    def set_choices(self, variables: Sequence[tuple[str, str]], current: str) -> None:
        """One entry per (name, label) of a variable, then "Coder"; `current` is checked."""
        for action in self._group.actions():
            self._group.removeAction(action)
        self.clear()
        for name, label in variables:
            self._add(label or name, name, current)
        if variables:
            self.addSeparator()
            self._add(self.tr("Coder"), COLOUR_BY_CODER, current)
        self.setEnabled(bool(variables))

    def _add(self, text: str, choice: str, current: str) -> QAction:
        action = self.addAction(text)
        action.setObjectName(f"colour_by_{choice.strip(':')}")
        action.setData(choice)
        action.setCheckable(True)
        action.setChecked(choice == current)
        self._group.addAction(action)
        return action

    def choice_action(self, choice: str) -> QAction | None:
        return next((a for a in self._group.actions() if a.data() == choice), None)
