"""Analysis → Team Progress: how far each coder has got, per assignment set, and when they worked.

The table is `services.team_progress.team_progress` (per coder and set, then per coder over all
sets); the chart is `done_per_day`, the documents each coder marked done per day. The lead exports
the table (XLSX or CSV) and the chart (PNG or SVG). The window re-reads both when the project
changes — the app's own edits and undo steps, and other programs' writes the window notices
(`project.external_changes` reloads the document list, which this window follows).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.services.coders import list_coders
from annotator.services.team_progress import (
    ALL_SETS,
    ProgressRow,
    TeamProgress,
    done_per_day,
    team_progress,
)
from annotator.ui.team.done_chart import DoneChart

COLUMNS = (
    QT_TRANSLATE_NOOP("ProgressWindow", "Set"),
    QT_TRANSLATE_NOOP("ProgressWindow", "Coder"),
    QT_TRANSLATE_NOOP("ProgressWindow", "Assigned"),
    QT_TRANSLATE_NOOP("ProgressWindow", "Not started"),
    QT_TRANSLATE_NOOP("ProgressWindow", "In progress"),
    QT_TRANSLATE_NOOP("ProgressWindow", "Done"),
    QT_TRANSLATE_NOOP("ProgressWindow", "Annotations"),
    QT_TRANSLATE_NOOP("ProgressWindow", "Last activity (UTC)"),
)


class ProgressWindow(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_window")
        self.setWindowTitle(self.tr("Team progress"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.project = project
        self.progress = TeamProgress([], [])
        self.summary = QLabel()
        self.summary.setObjectName("progress_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("progress_table")
        self.table.setHorizontalHeaderLabels([self.tr(text) for text in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chart = DoneChart()
        export_table = QPushButton(self.tr("Export Table…"))
        export_table.setObjectName("export_progress_table")
        save_png = QPushButton(self.tr("Save Chart as PNG…"))
        save_svg = QPushButton(self.tr("Save Chart as SVG…"))
        refresh = QPushButton(self.tr("Refresh"))
        close = QPushButton(self.tr("Close"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([260, 300])
        buttons = QHBoxLayout()
        for button in (export_table, save_png, save_svg):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(refresh)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        export_table.clicked.connect(lambda: self.export_table())
        save_png.clicked.connect(lambda: self.save_chart(suffix="png"))
        save_svg.clicked.connect(lambda: self.save_chart(suffix="svg"))
        refresh.clicked.connect(self.refresh)
        close.clicked.connect(self.close)
        self._pending = QTimer(self)  # many changes in a row: one re-read
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self.resize(900, 640)
        self.refresh()

    def refresh_soon(self) -> None:
        if self.isVisible():
            self._pending.start()

    def refresh(self) -> None:
        try:
            self.progress = team_progress(self.project)
            days = done_per_day(self.project)
            colours = {label_key(c.name): c.colour for c in list_coders(self.project)}
        except AnnotatorError as error:
            self.summary.setText(self.tr("<b>Not read:</b> {reason}").format(reason=error))
            return
        rows = [*self.progress.rows, *self.progress.totals]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self._fill_row(number, row)
        self.chart.set_days(days, {name: colours.get(label_key(name), "") for name in days})
        if not rows:
            self.summary.setText(
                self.tr(
                    "No documents are assigned yet: use <b>Analysis → Assign Documents to "
                    "Coders…</b>."
                )
            )
            return
        done = sum(row.done for row in self.progress.totals)
        assigned = sum(row.assigned for row in self.progress.totals)
        self.summary.setText(
            self.tr("{done} of {assigned} assigned coding jobs done, by %n coder(s).", "",
                    len(self.progress.totals)).format(done=done, assigned=assigned)
        )  # fmt: skip

    def _fill_row(self, number: int, row: ProgressRow) -> None:
        set_name = self.tr("All sets") if row.set_name == ALL_SETS else row.set_name
        last = row.last_activity.strftime("%Y-%m-%d %H:%M") if row.last_activity else "—"
        cells = (
            set_name, row.coder, row.assigned, row.not_started, row.in_progress, row.done,
            row.annotations, last,
        )  # fmt: skip
        for column, value in enumerate(cells):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.set_name == ALL_SETS:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(number, column, item)

    def cell(self, set_name: str, coder: str, column: str) -> str:
        """The text shown for `set_name` (ALL_SETS: the totals) and `coder` in `column`."""
        index = list(COLUMNS).index(column)
        rows = [*self.progress.rows, *self.progress.totals]
        for number, row in enumerate(rows):
            if row.set_name == set_name and row.coder == coder:
                return self.table.item(number, index).text()
        raise KeyError((set_name, coder))

    # -- exports --
    def _path(self, title: str, suffix: str, kinds: str) -> str:
        stem = self.project.path.stem
        suggested = str(self.project.path.with_name(f"{stem}-progress.{suffix}"))
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        return path

    def export_table(self, path: str | None = None) -> None:
        from annotator.io.exports.progress_table import write_progress_table

        if path is None:
            path = self._path(
                self.tr("Export progress table"),
                "xlsx",
                self.tr("Workbook (*.xlsx);;CSV (*.csv)"),
            )
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        try:
            written = write_progress_table(self.progress, path)
        except (AnnotatorError, OSError) as error:
            self.summary.setText(
                self.tr("<b>The table was not written:</b> {reason}").format(reason=error)
            )
            return
        self.summary.setText(self.tr("Wrote {name}.").format(name=Path(written).name))

    def save_chart(self, path: str | None = None, suffix: str = "png") -> None:
        if path is None:
            kinds = {
                "png": self.tr("PNG image (*.png)"),
                "svg": self.tr("SVG drawing for papers (*.svg)"),
            }
            path = self._path(self.tr("Save chart"), suffix, kinds[suffix])
        if not path:
            return
        try:
            if path.lower().endswith(".svg"):
                self.chart.save_svg(path)
            else:
                path = path if path.lower().endswith(".png") else path + ".png"
                self.chart.save_png(path)
        except OSError as error:
            self.summary.setText(
                self.tr("<b>The chart was not saved:</b> {reason}").format(reason=error)
            )
            return
        self.summary.setText(self.tr("Wrote {name}.").format(name=Path(path).name))
