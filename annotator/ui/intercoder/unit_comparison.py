"""One disagreement, side by side: the article once per coder, each coder's span in their colour.

Opened from the disagreement list. Each column is a read-only view of the whole article scrolled
to the unit, with that coder's span highlighted in the coder's colour and their codes listed
below, plus the buttons that settle the unit: take this coder's version, take it with edited
codes (the coding popup, prefilled), or reject the unit. Settling is done by the caller (one
undoable command); this dialog only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.core.offsets import codepoint_to_utf16
from annotator.core.records.agreement import AlignedUnit
from annotator.ui.coding.codebook_index import FALLBACK_COLOUR, CodebookIndex
from annotator.ui.coding.highlights import TEXT_ON_HIGHLIGHT, readable
from annotator.ui.coding.popup import CodingPopup

Settle = Callable[..., bool]  # settle(unit, take=..., values=..., reject=...) -> done


def _highlight(view: QPlainTextEdit, text: str, start: int, end: int, colour: str) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(codepoint_to_utf16(text, start))
    cursor.setPosition(codepoint_to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor  # type: ignore[attr-defined]
    fmt = QTextCharFormat()
    fmt.setBackground(readable(QColor(colour)))
    fmt.setForeground(TEXT_ON_HIGHLIGHT)
    selection.format = fmt  # type: ignore[attr-defined]
    view.setExtraSelections([selection])
    view.setTextCursor(QTextCursor(cursor.block()))
    view.centerCursor()


class UnitComparison(QDialog):
    def __init__(
        self,
        unit: AlignedUnit,
        text: str,
        colours: Mapping[str, str],
        variables: list[str],
        index: CodebookIndex,
        decision: Mapping[str, Any] | None,
        settle: Settle,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unit_comparison")
        self.setWindowTitle(
            self.tr("Unit {number} — {title}").format(number=unit.number, title=unit.document.title)
        )
        self.unit, self._index, self._settle = unit, index, settle
        self.views: dict[str, QPlainTextEdit] = {}
        self.take_buttons: dict[str, QPushButton] = {}
        what = (
            self.tr("The coders differ in {variables}.").format(
                variables=escape(", ".join(unit.disagreeing))
            )
            if unit.disagreeing
            else self.tr("Not every coder marked this text: missing {coders}.").format(
                coders=escape(", ".join(unit.missing))
            )
        )
        settled = (
            self.tr("<b>Settled:</b> {decision} {coder}. Choosing again replaces it.").format(
                decision=escape(str(decision.get("decision"))),
                coder=escape(str(decision.get("coder") or "")),
            )
            if decision
            else self.tr(
                "Choose the right version; it is saved as the consensus coder's annotation."
            )
        )
        intro = QLabel(f"{what} {settled}")
        intro.setWordWrap(True)
        columns = QHBoxLayout()
        for coder in [*unit.spans, *unit.missing]:
            columns.addLayout(self._column(coder, unit, text, colours, variables), 1)
        reject = QPushButton(self.tr("Reject: this should not be coded at all"))
        reject.setObjectName("reject_unit")
        reject.clicked.connect(lambda: self._done(reject=True))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(reject)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(min(1400, 470 * max(2, len(self.views))), 620)

    def _column(
        self,
        coder: str,
        unit: AlignedUnit,
        text: str,
        colours: Mapping[str, str],
        variables: list[str],
    ) -> QVBoxLayout:
        colour = colours.get(label_key(coder), FALLBACK_COLOUR)
        column = QVBoxLayout()
        heading = QLabel(
            f"<span style='background:{readable(QColor(colour)).name()}'>&nbsp;&nbsp;&nbsp;"
            f"</span> <b>{escape(coder)}</b>"
        )
        view = QPlainTextEdit()
        view.setObjectName(f"unit_text_{coder}")
        view.setReadOnly(True)
        view.setPlainText(text)
        span = unit.spans.get(coder)
        if span is not None:
            _highlight(view, text, span.start, span.end, colour)
            codes = "<br>".join(
                f"<i>{escape(name)}:</i> {escape(', '.join(sorted(span.codes(name))) or '—')}"
                for name in variables
            )
        else:
            codes = "<i>{}</i>".format(self.tr("did not mark this text"))
        values = QLabel(codes)
        values.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(view, 1)
        column.addWidget(values)
        self.views[coder] = view
        if span is not None:
            take = QPushButton(self.tr("Take {coder}'s version").format(coder=coder))
            take.setObjectName(f"take_{coder}")
            take.clicked.connect(lambda: self._done(take=coder))
            edit = QPushButton(self.tr("Take it with edited codes…"))
            edit.clicked.connect(lambda: self._edit(coder))
            row = QHBoxLayout()
            row.addWidget(take)
            row.addWidget(edit)
            column.addLayout(row)
            self.take_buttons[coder] = take
        return column

    def _edit(self, coder: str) -> None:
        span = self.unit.spans[coder]
        values = {name: sorted(span.codes(name)) for name in span.values}
        popup = CodingPopup(self._index, self.unit.text or "", values, "", self)
        popup.memo.hide()
        if popup.exec() == QDialog.DialogCode.Accepted:
            self._done(take=coder, values=popup.values())

    def _done(self, **options: Any) -> None:
        if self._settle(self.unit, **options):
            self.accept()
