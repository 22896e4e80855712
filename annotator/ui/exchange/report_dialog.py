"""The short report after a .qdpx export or import: one summary sentence, then the lines.

The lines are the service's own (`Mapped: …` for how a foreign code system became the codebook,
`Left out: …` for what the project format or Annotator cannot hold), so the app says exactly
what `annotator import-qdpx` and `annotator export -o x.qdpx` print. The dialog opens window-modal
without a nested event loop; Copy Report puts the whole text on the clipboard for a lab notebook.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

WRAP_CHARACTERS = 90  # about what a line of the list holds at the dialog's width


class ExchangeReportDialog(QDialog):
    def __init__(
        self, title: str, summary: str, lines: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_report")
        self.setWindowTitle(title)
        self.summary = QLabel(summary)
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.lines = QListWidget()
        self.lines.setObjectName("report_lines")
        self.lines.setWordWrap(True)
        self.lines.setAlternatingRowColors(True)
        self.lines.setSpacing(3)
        self.lines.setSelectionMode(QListWidget.SelectionMode.NoSelection)  # to read; Copy copies
        self.lines.addItems(list(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy Report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if lines:
            layout.addWidget(self.lines, 1)
        else:
            self.lines.hide()
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        rows = sum(len(line) // WRAP_CHARACTERS + 1 for line in lines)  # wrapped, roughly
        line_height = self.fontMetrics().lineSpacing()
        self.resize(680, 130 + min(rows, 16) * (line_height + 2))

    def text(self) -> str:
        """The report as plain text: the summary, then one line each."""
        rows = [self.lines.item(row).text() for row in range(self.lines.count())]
        return "\n".join([self.summary.text(), *rows])

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
