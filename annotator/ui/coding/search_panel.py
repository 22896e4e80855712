"""Search across the corpus (Ctrl+Shift+F): hits with context, jump to a hit, auto-code hits.

The panel runs `services.coding.search.search_corpus` and lists the hits; clicking one opens its
document with the hit selected. "Code hits" applies one code to all hits, or only to the ticked
ones, which the window turns into a single undoable command (one undo removes them all).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.vocabulary import VariableKind
from annotator.services.coding.search import SearchHit, SearchOptions
from annotator.ui.coding.codebook_index import CodebookIndex
from annotator.ui.coding.codebook_panel import swatch

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = 40
RICH_LIMIT = 400


class SearchPanel(QWidget):
    searchRequested = Signal(str, object)  # query, SearchOptions
    hitActivated = Signal(object)  # SearchHit
    autoCodeRequested = Signal(str, str, list)  # variable, label, [SearchHit]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit(placeholderText="Search every document (Enter)")
        self.query.setObjectName("corpus_query")
        self.query.setClearButtonEnabled(True)
        self.case = QCheckBox("Match case")
        self.words = QCheckBox("Whole words")
        self.regex = QCheckBox("Pattern")
        self.regex.setToolTip("A Python regular expression")
        self.summary = QLabel()
        self.results = QTreeWidget()
        self.results.setObjectName("search_results")
        self.results.setHeaderLabels(["Document", "Hit in context"])
        self.results.setRootIsDecorated(False)
        self.results.setColumnWidth(0, 200)
        self.code = QComboBox()
        self.code.setObjectName("auto_code")
        self.code.setToolTip("The code to give every hit (or every ticked hit)")
        self.apply_button = QPushButton("Code hits")
        self.apply_button.setObjectName("auto_code_button")
        self.apply_button.setToolTip("Code every hit, or only the ticked ones (one undo step)")
        options = QHBoxLayout()
        for widget in (self.case, self.words, self.regex):
            options.addWidget(widget)
        options.addStretch(1)
        code_row = QHBoxLayout()
        code_row.addWidget(QLabel("Auto-code with:"))
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addLayout(code_row)
        self.query.returnPressed.connect(self.run_search)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.apply_button.clicked.connect(self._auto_code)
        self._hits: list[SearchHit] = []
        self._codes: list[tuple[str, str]] = []

    def options(self) -> SearchOptions:
        return SearchOptions(
            case_sensitive=self.case.isChecked(),
            whole_words=self.words.isChecked(),
            regex=self.regex.isChecked(),
        )

    def set_codebook(self, index: CodebookIndex) -> None:
        self.code.clear()
        self._codes: list[tuple[str, str]] = []
        for variable in index.variables:
            if variable.kind is VariableKind.TEXT:
                continue
            for code in variable.codes:
                if not code.retired:
                    self.code.addItem(
                        swatch(index.code_colour(variable.name, code.label)),
                        f"{variable.label or variable.name}: {code.label}",
                    )
                    self._codes.append((variable.name, code.label))

    def run_search(self) -> None:
        self.searchRequested.emit(self.query.text(), self.options())

    def show_hits(self, hits: list[SearchHit], limited: bool) -> None:
        self._hits = hits
        self.results.clear()
        documents = len({hit.document_id for hit in hits})
        more = " (showing the first ones)" if limited else ""
        self.summary.setText(f"{len(hits)} hits in {documents} documents{more}")
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
            label = QLabel(f"…{escape(before)}<b>{escape(hit.match)}</b>{escape(after)}…")
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
        if chosen and hits:
            self.autoCodeRequested.emit(chosen[0], chosen[1], hits)

    def chosen_code(self) -> tuple[str, str] | None:
        position = self.code.currentIndex()
        return self._codes[position] if 0 <= position < len(self._codes) else None

    def choose_code(self, variable: str, label: str) -> None:
        self.code.setCurrentIndex(self._codes.index((variable, label)))
