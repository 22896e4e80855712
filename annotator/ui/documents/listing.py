"""The document list: every article with this coder's status and span count, filterable.

`DocumentListModel` is a thin, lazy adapter over `services.coding.overview.document_overview` rows:
it keeps the rows, filters and sorts a list of row numbers in Python (10,000 rows take a few
milliseconds), and hands them to the view in batches through `canFetchMore/fetchMore`, so a large
project opens at once and scrolls smoothly. The filter box takes `core.document_filter`'s language
(`outlet:guardian lang:ru date:2022-01..2022-06 section:politics gas`); the outlet and status
boxes under it narrow further, and "N of M documents" says how much is hidden. When the project
has coding assignments, "My documents" (on by default) shows only the documents assigned to the
coder working in the window, and the set box narrows to one assignment set. A list of more
than `FILTER_AT_ONCE_ROWS` documents filters once typing pauses (or at Enter): one pass over
100,000 rows takes ~45 ms, too long to repeat at every key.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.document_filter import DocumentFilter, field_key, parse_filter
from annotator.core.labels import label_key
from annotator.core.vocabulary import CodingStatus
from annotator.services.assignment_edits import AssignmentView
from annotator.services.coding.overview import DocumentRow
from annotator.ui.appearance import done_colour

STATUS_LABELS = {  # translated when shown (`status_label`)
    CodingStatus.NOT_STARTED: QT_TRANSLATE_NOOP("DocumentList", "Not started"),
    CodingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("DocumentList", "In progress"),
    CodingStatus.DONE: QT_TRANSLATE_NOOP("DocumentList", "Done"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("DocumentList", "Title"),
    QT_TRANSLATE_NOOP("DocumentList", "Outlet"),
    QT_TRANSLATE_NOOP("DocumentList", "Date"),
    QT_TRANSLATE_NOOP("DocumentList", "Status"),
    QT_TRANSLATE_NOOP("DocumentList", "Mine"),
)
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: these are flat tables
FILTER_AT_ONCE_ROWS = 20_000  # up to this many documents a key filters at once (~10 ms)
FILTER_PAUSE_MS = 200  # above it, the list filters once typing pauses this long


def translated(text: str) -> str:
    """A text of the tables above in the user's language."""
    return QCoreApplication.translate("DocumentList", text)


def _sort_key(column: int):
    keys = (
        lambda row: label_key(row.title),
        lambda row: label_key(row.outlet),
        lambda row: (row.published is None, row.published or 0),
        lambda row: list(CodingStatus).index(row.status),
        lambda row: row.annotations,
    )
    return keys[column]


class DocumentListModel(QAbstractTableModel):
    BATCH = 500
    rowUpdated = Signal(int)  # a document's row changed (also while the filter hides it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._number_of: dict[int, int] = {}  # document id -> index in _rows
        self._order: list[int] = []
        self._position_of: dict[int, int] = {}  # index in _rows -> position in _order
        self._loaded = 0
        self._filter = DocumentFilter()
        self._status: CodingStatus | None = None
        self._outlet: str | None = None
        self._extra_fields: set[str] | None = None  # field_key of every extra field, when asked
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._assigned: set[int] | None = None  # the assignment filter's documents (None: off)

    # -- content --
    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._number_of = {row.id: number for number, row in enumerate(rows)}
        self._extra_fields = None
        self._refilter()
        self.endResetModel()

    def set_filter(
        self, text: str, status: CodingStatus | None, outlet: str | None = None
    ) -> DocumentFilter:
        """Show the rows matching the filter text, status and outlet; returns the parsed filter,
        whose `problems` also name extra fields that no document has."""
        self.beginResetModel()
        self._filter, self._status, self._outlet = parse_filter(text), status, outlet
        self._refilter()
        self.endResetModel()
        named = self._filter.extra_fields
        unknown = sorted(named - self.extra_fields()) if named else []
        return self._filter.with_problems(
            self.tr("no document has a field “{name}”").format(name=name) for name in unknown
        )

    def set_assigned(self, documents: set[int] | None) -> None:
        """Show only these documents (an assignment filter); None shows every document."""
        self.beginResetModel()
        self._assigned = documents
        self._refilter()
        self.endResetModel()

    def extra_fields(self) -> set[str]:
        """The extra fields documents carry (read from the rows the first time it is asked)."""
        if self._extra_fields is None:
            self._extra_fields = {field_key(key) for row in self._rows for key in row.extra}
        return self._extra_fields

    def outlets(self) -> dict[str, int]:
        """How many documents each outlet has ("" for none), in alphabetical order."""
        counts: dict[str, int] = {}
        for row in self._rows:
            counts[row.outlet] = counts.get(row.outlet, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (item[0] == "", label_key(item[0]))))

    def filtering(self) -> bool:
        return (
            bool(self._filter)
            or self._status is not None
            or self._outlet is not None
            or self._assigned is not None
        )

    def shown_count(self) -> int:
        return len(self._order)

    def _refilter(self) -> None:
        status, outlet, assigned = self._status, self._outlet, self._assigned
        self._order = [
            number
            for number, row in enumerate(self._rows)
            if (status is None or row.status == status)
            and (outlet is None or row.outlet == outlet)
            and (assigned is None or row.id in assigned)
        ]
        rows = self._rows
        for test in self._filter.tests:  # one pass per term, over what is left
            self._order = [number for number in self._order if test(rows[number])]
        if self._sort is not None:
            column, order = self._sort
            key = _sort_key(column)
            self._order.sort(
                key=lambda number: key(self._rows[number]),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._position_of = {number: position for position, number in enumerate(self._order)}
        self._loaded = min(self.BATCH, len(self._order))

    def find(self, document_id: int) -> DocumentRow | None:
        number = self._number_of.get(document_id)
        return None if number is None else self._rows[number]

    def all_rows(self) -> list[DocumentRow]:
        return list(self._rows)

    def document_count(self) -> int:
        return len(self._rows)

    def update_row(self, document_id: int, **changes: Any) -> DocumentRow | None:
        number = self._number_of.get(document_id)
        if number is None:
            return None
        self._rows[number] = replace(self._rows[number], **changes)
        if "extra_json" in changes:
            self._extra_fields = None
        position = self.row_of(document_id, fetch=False)
        if position is not None:
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))
        self.rowUpdated.emit(document_id)
        return self._rows[number]

    def row_of(self, document_id: int, *, fetch: bool = True) -> int | None:
        number = self._number_of.get(document_id)
        position = None if number is None else self._position_of.get(number)
        if position is None:
            return None
        if position >= self._loaded:
            if not fetch:
                return None
            self.beginInsertRows(QModelIndex(), self._loaded, position)
            self._loaded = position + 1
            self.endInsertRows()
        return position

    def document_at(self, position: int) -> DocumentRow:
        return self._rows[self._order[position]]

    def visible_ids(self) -> list[int]:
        return [self._rows[number].id for number in self._order]

    # -- Qt model --
    def rowCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: ModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._order)

    def fetchMore(self, parent: ModelIndex) -> None:
        count = min(self.BATCH, len(self._order) - self._loaded)
        if count > 0:
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
            self._loaded += count
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == 4:
            return self.tr("Your annotations in the document")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._order[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title,
                row.outlet,
                row.published.isoformat() if row.published else "",
                translated(STATUS_LABELS[row.status]),
                str(row.annotations) if row.annotations else "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.title
        if role == DOCUMENT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 3
            and row.status is CodingStatus.DONE
        ):
            return done_colour()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; column -1 (the header's "no sort indicator") is import order."""
        self.beginResetModel()
        self._sort = (column, order) if 0 <= column < len(COLUMNS) else None
        self._refilter()
        self.endResetModel()


class DocumentPanel(QWidget):
    """Filter box, status and outlet filters, the list itself, how many are shown and done."""

    TITLE_SHARE = 0.3  # the title column keeps at least this share of a narrow list

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns(self.table.viewport().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        """On a narrow list, narrow the outlet column so the titles stay readable."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(column) for column in (2, 3, 4))
        room = width - others - round(width * self.TITLE_SHARE)
        if header.sectionSize(1) > room:  # never widened here: the coder's own width stays
            header.resizeSection(1, max(50, room))

    documentChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentListModel(self)
        self.filter_box = QLineEdit(
            #: The field names (outlet:, lang:, date:, section:) stay: the filter reads them.
            placeholderText=self.tr(
                "Filter: words, outlet:…, lang:ru, date:2022-01..2022-06, section:…"
            )
        )
        self.filter_box.setToolTip(
            #: The field names before a colon stay as they are: the filter reads them.
            self.tr(
                "Words match the title or outlet. Fields:\n"
                "  outlet:guardian   author:smith   lang:ru   lang:en,de   title:gas\n"
                "  date:2022-03-05   date:2022-03   date:2022-01-01..2022-06-30   date:2023..\n"
                "  section:politics  (any extra field, e.g. a spreadsheet column)\n"
                '  section:*  has the field;  -outlet:mail  excludes;  outlet:"new york times"'
            )
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setObjectName("document_filter")
        self.filter_problem = QLabel()
        self.filter_problem.setObjectName("filter_problem")
        self.filter_problem.setStyleSheet("color: #b3261e")
        self.filter_problem.setWordWrap(True)
        self.filter_problem.hide()
        self.status_box = QComboBox()
        self.status_box.setObjectName("status_filter")
        self.status_box.addItem(self.tr("All statuses"), None)
        for status, label in STATUS_LABELS.items():
            self.status_box.addItem(translated(label), status)
        self.outlet_box = QComboBox()
        self.outlet_box.setObjectName("outlet_filter")
        self.outlet_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outlet_box.setMaximumWidth(220)
        self.outlet_box.addItem(self.tr("All outlets"), None)
        self.assignments = AssignmentView("")
        self.mine_box = QCheckBox(self.tr("My documents"))
        self.mine_box.setObjectName("my_documents")
        self.mine_box.setChecked(True)
        self.mine_box.setToolTip(self.tr("Only the documents assigned to you"))
        self.set_box = QComboBox()
        self.set_box.setObjectName("set_filter")
        self.set_box.setToolTip(self.tr("Only the documents of one assignment set"))
        self.mine_box.hide()
        self.set_box.hide()
        self.table = QTableView()
        self.table.setObjectName("document_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 82), (3, 82), (4, 44)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.viewport().installEventFilter(self)  # narrow panels: `_fit_columns`
        self.count = QLabel()
        self.count.setObjectName("document_count")
        self.progress = QLabel()
        self.progress.setObjectName("progress_label")
        filters = QHBoxLayout()
        filters.addWidget(self.status_box)
        filters.addWidget(self.outlet_box)
        filters.addStretch(1)
        assignment_filters = QHBoxLayout()
        assignment_filters.addWidget(self.mine_box)
        assignment_filters.addWidget(self.set_box)
        assignment_filters.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.filter_problem)
        layout.addLayout(filters)
        layout.addLayout(assignment_filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_PAUSE_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_typed)
        self.filter_box.returnPressed.connect(self._apply_filter)
        self.status_box.currentIndexChanged.connect(self._apply_filter)
        self.outlet_box.currentIndexChanged.connect(self._apply_filter)
        self.mine_box.toggled.connect(self._apply_assignment_filter)
        self.set_box.currentIndexChanged.connect(self._apply_assignment_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._current_id: int | None = None

    def _filter_typed(self) -> None:
        if self.model.document_count() > FILTER_AT_ONCE_ROWS:
            self._filter_timer.start()  # restarted by every key: filters once typing pauses
        else:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        problems = self.model.set_filter(
            self.filter_box.text(), self.status_box.currentData(), self.outlet_box.currentData()
        ).problems
        self.filter_problem.setText("; ".join(problems))
        self.filter_problem.setVisible(bool(problems))
        self.update_count()
        if self._current_id is not None:
            self.select_document(self._current_id, emit=False)

    def set_assignments(self, view: AssignmentView) -> None:
        """The project's assignments for the coder in the window: show the filters when there
        are any (keeping the set chosen if it is still there), hide them otherwise."""
        had_any = bool(self.assignments)
        self.assignments = view
        chosen = self.set_box.currentData()
        with QSignalBlocker(self.set_box), QSignalBlocker(self.mine_box):
            self.set_box.clear()
            self.set_box.addItem(self.tr("All sets"), None)
            for name in view.anyone:
                self.set_box.addItem(name, name)
            position = self.set_box.findData(chosen) if chosen is not None else 0
            self.set_box.setCurrentIndex(max(position, 0))
            if view and not had_any:
                self.mine_box.setChecked(True)  # on by default when assignments appear
        self.mine_box.setVisible(bool(view))
        self.set_box.setVisible(bool(view))
        self._apply_assignment_filter()

    def _apply_assignment_filter(self) -> None:
        view = self.assignments
        if not view:
            documents = None
        else:
            chosen = self.set_box.currentData()
            source = view.mine if self.mine_box.isChecked() else view.anyone
            names = [chosen] if chosen is not None else list(source)
            documents = set().union(*(source.get(name, set()) for name in names))
            if not self.mine_box.isChecked() and chosen is None:
                documents = None  # every document, assigned or not
        self.model.set_assigned(documents)
        self.update_count()
        if self._current_id is not None:
            self.select_document(self._current_id, emit=False)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            document_id = self.model.document_at(current.row()).id
            if document_id != self._current_id:
                self._current_id = document_id
                self.documentChosen.emit(document_id)

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self._current_id = None
        self.model.set_rows(rows)
        self._fill_outlets()
        if self.filter_box.text().strip():
            self._apply_filter()  # the fields the filter names may have come or gone
        self.update_progress()

    def _fill_outlets(self) -> None:
        """List the outlets (with their document counts), keeping the one chosen if it is left."""
        chosen = self.outlet_box.currentData()
        with QSignalBlocker(self.outlet_box):
            self.outlet_box.clear()
            self.outlet_box.addItem(self.tr("All outlets"), None)
            for outlet, count in self.model.outlets().items():
                name = outlet or self.tr("(no outlet)")
                self.outlet_box.addItem(f"{name} ({count})", outlet)
            position = self.outlet_box.findData(chosen) if chosen is not None else 0
            self.outlet_box.setCurrentIndex(max(position, 0))
        if chosen is not None and position < 0:  # its last document went: show all outlets
            self._apply_filter()

    def selected_ids(self) -> list[int]:
        """The documents selected in the list, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.document_at(row).id for row in rows]

    def select_document(self, document_id: int, *, emit: bool = True) -> None:
        position = self.model.row_of(document_id)
        if position is None:
            return
        if not emit:
            self._current_id = document_id
        index = self.model.index(position, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def neighbour(self, document_id: int | None, step: int) -> int | None:
        ids = self.model.visible_ids()
        if not ids:
            return None
        if document_id not in ids:
            return ids[0]
        position = ids.index(document_id) + step
        return ids[position] if 0 <= position < len(ids) else None

    def update_row(self, document_id: int, **changes: Any) -> None:
        old = self.model.find(document_id)
        self.model.update_row(document_id, **changes)
        if old is not None and changes.get("outlet", old.outlet) != old.outlet:
            self._fill_outlets()
        self.update_progress()

    def update_progress(self) -> None:
        rows = self.model.all_rows()
        done = sum(1 for row in rows if row.status is CodingStatus.DONE)
        self.progress.setText(
            self.tr("{done} of %n done", "", len(rows)).format(done=done)
            if rows
            else self.tr("No documents yet")
        )
        self.update_count()

    def update_count(self) -> None:
        total, shown = len(self.model.all_rows()), self.model.shown_count()
        if self.model.filtering():
            self.count.setText(self.tr("{shown} of %n document(s)", "", total).format(shown=shown))
        else:
            self.count.setText(self.tr("%n document(s)", "", total) if total else "")
