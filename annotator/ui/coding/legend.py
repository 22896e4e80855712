"""The colour legend under the article: what each highlight colour (and coder colour) means here.

Colours only help when the coder knows what they stand for, so a small bar names the colours of
the current View ▸ Colour By choice — only the codes (or coders) present in the shown document,
with "+ N more" beyond a dozen — and, when all coders' annotations are shown, the coders' colours.
Each chip is its label drawn as a highlight of that colour. It is one word-wrapped rich-text
label, so the chips flow onto a second line when the window is narrow, and it knows nothing
about the database: the workbench hands it (label, colour) pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from annotator.ui.coding.highlights import readable

MAX_CHIPS = 12
Entry = tuple[str, str]  # (label, colour "#rrggbb")


class ColourLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colour_legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setContentsMargins(8, 3, 8, 3)
        self.entries: list[Entry] = []  # what the chips show now, in order (tests read it)
        self.coder_entries: list[Entry] = []
        self.hidden_count = 0
        self.hide()

    def show_colours(
        self, title: str, entries: Sequence[Entry], coder_entries: Sequence[Entry] = ()
    ) -> None:
        """Name `entries` under `title` (all but MAX_CHIPS as "+ N more"), then the coders."""
        self.entries = list(entries[:MAX_CHIPS])
        self.hidden_count = max(0, len(entries) - MAX_CHIPS)
        self.coder_entries = list(coder_entries)
        # A title stays on the line of its first chip (joined by a no-break space).
        parts = self._titled(title, self.entries)
        if self.hidden_count:
            more = self.tr("+ %n more", "", self.hidden_count)
            parts.append(escape(more).replace(" ", "&nbsp;"))
        if self.coder_entries:
            parts.append("&nbsp;&nbsp;")
            parts.extend(self._titled(self.tr("Coders:"), self.coder_entries))
        self.setText(" ".join(parts))
        self.setToolTip(self.tr("The colours of the highlights in this document"))
        self.setVisible(bool(self.entries or self.coder_entries))

    def clear_colours(self) -> None:
        self.entries, self.coder_entries, self.hidden_count = [], [], 0
        self.setText("")
        self.hide()

    def _titled(self, title: str, entries: Sequence[Entry]) -> list[str]:
        chips = [self._chip(entry) for entry in entries]
        head = f"<b>{escape(title).replace(' ', '&nbsp;')}</b>&nbsp;&nbsp;"
        return [head + chips[0], *chips[1:]] if chips else [head]

    @staticmethod
    def _chip(entry: Entry) -> str:
        """The label as it looks highlighted in the text: dark text on the (lightened) colour."""
        label, colour = entry
        background = readable(QColor(colour)).name()
        text = escape(label).replace(" ", "&nbsp;")
        return (
            f"<span style='background-color:{background}; color:#000000'>&nbsp;{text}&nbsp;</span>"
            "&nbsp;"
        )
