"""Search across the corpus (Ctrl+Shift+F): hits with context, jump to a hit, auto-code hits.

The panel runs `services.coding.search.search_corpus` and lists the hits, each with its context as
written (spaces kept, a line break shown as ⏎); clicking one opens its document with the hit
selected. Beside the hits, the code tree (variables with their codes, nested as in the codebook
panel) chooses the code; "Code hits" applies it to all hits, or only to the ticked ones, which the
window confirms and turns into a single undoable command (one undo removes them all). The chosen
code is remembered by its id, so it stays chosen while the codebook is edited (a rename or a new
code), and is dropped only when the code goes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.vocabulary import VariableKind
from annotator.services.coding.search import SearchHit, SearchOptions
from annotator.ui.coding.codebook_index import CodebookIndex
from annotator.ui.coding.codebook_panel import code_tooltip, swatch

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # (variable name, code label)
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the code's id: a rename keeps the choice
CONTEXT = 40
RICH_LIMIT = 400


def hit_html(before: str, match: str, after: str) -> str:
    """A hit in its context for a rich-text label, every space kept as written."""
    return (
        f'<span style="white-space: pre">…{escape(before)}<b>{escape(match)}</b>'
        f"{escape(after)}…</span>"
    )


class SearchPanel(QWidget):
    searchRequested = Signal(str, object)  # query, SearchOptions
    hitActivated = Signal(object)  # SearchHit
    autoCodeRequested = Signal(str, str, list)  # variable, label, [SearchHit]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit(placeholderText=self.tr("Search every document (Enter)"))
        self.query.setObjectName("corpus_query")
        self.query.setClearButtonEnabled(True)
        self.case = QCheckBox(self.tr("Match case"))
        self.words = QCheckBox(self.tr("Whole words"))
        self.regex = QCheckBox(self.tr("Pattern"))
        self.regex.setToolTip(self.tr("A Python regular expression"))
        self.summary = QLabel()
        self.summary.setObjectName("search_summary")
        self.summary.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setObjectName("search_results")
        self.results.setHeaderLabels([self.tr("Document"), self.tr("Hit in context")])
        self.results.setRootIsDecorated(False)
        self.results.setColumnWidth(0, 200)
        self.code = QTreeWidget()
        self.code.setObjectName("auto_code")
        self.code.setHeaderHidden(True)
        self.code.setToolTip(self.tr("The code to give every hit (or every ticked hit)"))
        self.apply_button = QPushButton(self.tr("Code hits"))
        self.apply_button.setObjectName("auto_code_button")
        self.apply_button.setToolTip(
            self.tr("Code every hit, or only the ticked ones (one undo step)")
        )
        options = QHBoxLayout()
        for widget in (self.case, self.words, self.regex):
            options.addWidget(widget)
        options.addStretch(1)
        chooser = QWidget()
        chooser_layout = QVBoxLayout(chooser)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addWidget(QLabel(self.tr("Auto-code with:")))
        chooser_layout.addWidget(self.code, 1)
        chooser_layout.addWidget(self.apply_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.results)
        split.addWidget(chooser)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.query.returnPressed.connect(self.run_search)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.apply_button.clicked.connect(self._auto_code)
        self._hits: list[SearchHit] = []

    def options(self) -> SearchOptions:
        return SearchOptions(
            case_sensitive=self.case.isChecked(),
            whole_words=self.words.isChecked(),
            regex=self.regex.isChecked(),
        )

    def set_codebook(self, index: CodebookIndex) -> None:
        """Show the code tree; the chosen code stays chosen if it is still there."""
        current = self.code.currentItem()
        chosen_id = current.data(0, CODE_ID_ROLE) if current is not None else None
        self.code.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        again: QTreeWidgetItem | None = None
        for variable in index.variables:
            if variable.kind is VariableKind.TEXT:
                continue
            top = QTreeWidgetItem([variable.label or variable.name])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.code.addTopLevelItem(top)
            items: dict[int, QTreeWidgetItem] = {}
            for code in variable.codes:
                if code.retired:
                    continue
                parent = items.get(code.parent_id, top) if code.parent_id else top
                item = QTreeWidgetItem(parent, [code.label])
                item.setIcon(0, swatch(index.code_colour(variable.name, code.label)))
                item.setToolTip(0, code_tooltip(code))
                item.setData(0, CODE_ROLE, (variable.name, code.label))
                item.setData(0, CODE_ID_ROLE, code.id)
                items[code.id] = item
                if code.id == chosen_id:
                    again = item
            top.setExpanded(True)
        self._select(again)

    def _select(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.code.setCurrentItem(None)
            self.code.clearSelection()
            return
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.code.setCurrentItem(item)
        self.code.scrollToItem(item)

    def run_search(self) -> None:
        self.searchRequested.emit(self.query.text(), self.options())

    def show_hits(self, hits: list[SearchHit], limited: bool) -> None:
        self._hits = hits
        self.results.clear()
        documents = len({hit.document_id for hit in hits})
        summary = self.tr("{hits} in {documents}").format(
            hits=self.tr("%n hit(s)", "", len(hits)),
            documents=self.tr("%n document(s)", "", documents),
        )
        if limited:
            summary = self.tr("{summary} (showing the first ones)").format(summary=summary)
        self.summary.setText(summary)
        for hit in hits:
            item = QTreeWidgetItem([hit.title, ""])
            item.setData(0, HIT_ROLE, hit)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, hit.title)
            self.results.addTopLevelItem(item)
            before, after = hit.before[-CONTEXT:], hit.after[:CONTEXT]
            if len(hits) > RICH_LIMIT:  # a widget per row is too slow for very many hits
                item.setText(1, f"…{before}[{hit.match}]{after}…")
                continue
            label = QLabel(hit_html(before, hit.match, after))
            label.setTextFormat(Qt.TextFormat.RichText)
            self.results.setItemWidget(item, 1, label)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.hitActivated.emit(item.data(0, HIT_ROLE))

    def chosen_hits(self) -> list[SearchHit]:
        items = [self.results.topLevelItem(n) for n in range(self.results.topLevelItemCount())]
        ticked = [item for item in items if item.checkState(0) == Qt.CheckState.Checked]
        return [item.data(0, HIT_ROLE) for item in (ticked or items)]

    def _auto_code(self) -> None:
        chosen = self.chosen_code()
        hits = self.chosen_hits()
        if chosen is None:
            self.summary.setText(self.tr("Choose the code to give the hits, then Code hits."))
        elif hits:
            self.autoCodeRequested.emit(chosen[0], chosen[1], hits)

    def chosen_code(self) -> tuple[str, str] | None:
        item = self.code.currentItem()
        data = item.data(0, CODE_ROLE) if item is not None else None
        return tuple(data) if data else None  # type: ignore[return-value]

    def code_item(self, variable: str, label: str) -> QTreeWidgetItem | None:
        """The tree's item of a code, if it is shown."""
        pending = [self.code.topLevelItem(n) for n in range(self.code.topLevelItemCount())]
        while pending:
            item = pending.pop()
            if item.data(0, CODE_ROLE) == (variable, label):
                return item
            pending.extend(item.child(n) for n in range(item.childCount()))
        return None

    def choose_code(self, variable: str, label: str) -> None:
        self._select(self.code_item(variable, label))
