"""The find bar above the article (Ctrl+F): highlights every hit and steps through them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from annotator.errors import InvalidInputError
from annotator.services.coding.search import SearchOptions, find_in_text


class FindBar(QWidget):
    hitsChanged = Signal(list)  # [(start, end)] in code points
    goTo = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit(placeholderText=self.tr("Find in this article"))
        self.query.setObjectName("find_query")
        self.query.setClearButtonEnabled(True)
        self.case = QCheckBox(self.tr("Match case"))
        self.count = QLabel()
        previous, following, close = QPushButton("↑"), QPushButton("↓"), QPushButton("✕")
        tips = (self.tr("Previous hit"), self.tr("Next hit"), self.tr("Close"))
        for button, tip in zip((previous, following, close), tips, strict=True):
            button.setToolTip(tip)
            button.setFlat(True)
            button.setFixedWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.query, self.case, self.count, previous, following, close):
            layout.addWidget(widget)
        self._text = ""
        self._hits: list[tuple[int, int]] = []
        self._at = -1
        self.query.textChanged.connect(self.refresh)
        self.case.toggled.connect(self.refresh)
        self.query.returnPressed.connect(lambda: self.step(1))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)

    def set_text(self, text: str) -> None:
        self._text = text
        if self.isVisible():
            self.refresh()

    def open_bar(self) -> None:
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self._hits = []
        self.hitsChanged.emit([])

    def refresh(self) -> None:
        options = SearchOptions(case_sensitive=self.case.isChecked())
        try:
            self._hits = find_in_text(self._text, self.query.text(), options)
        except InvalidInputError:
            self._hits = []
        self._at = -1
        found = len(self._hits)
        self.count.setText(self.tr("%n hit(s)", "", found) if self.query.text() else "")
        self.hitsChanged.emit(self._hits)

    def step(self, direction: int) -> None:
        if not self._hits:
            return
        self._at = (self._at + direction) % len(self._hits)
        self.count.setText(
            self.tr("{current} of {total}").format(current=self._at + 1, total=len(self._hits))
        )
        self.goTo.emit(*self._hits[self._at])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
