"""Analysis ▸ Frequencies: the cross-table and its chart side by side, kept current while coding.

The same numbers as ``annotator table`` and ``annotator chart`` (`services.findings.table` and
`.chart`): rows and columns are a codebook variable, outlet, month, year or coder; spans or
documents are counted; one coder's, the consensus coder's or all coders' codings, in a date range.
The chart (bars, timeline, heatmap) is matplotlib's Figure from `io.exports.charts.chart_figure`
on a `FigureCanvasQTAgg` (matplotlib picks PySide6, the binding already imported). Both are
recomputed, a moment after the last change, when an option changes, when the coder codes or undoes
(the window's undo stack) and when another program changes the project (`ExternalChanges`), on a
worker thread (`findings.background`): the demo takes about 50 ms, 50,000 spans about 1.7 s.
Exports use the command line's writers: XLSX/CSV for the table, PNG/SVG/PDF for the chart.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.io.exports.charts import ChartData
from annotator.services.codebooks.reading import list_codebook
from annotator.services.findings.codings import CodingSelection
from annotator.services.findings.table import Count, FrequencyTable
from annotator.ui.findings.background import BackgroundRefresh
from annotator.ui.findings.selection import SelectionBox, named
from annotator.ui.findings.table_model import COLUMN_PERCENT, COUNTS, ROW_PERCENT, FrequencyModel

REFRESH_DELAY_MS = 250  # coalesces a burst of edits into one recomputation
TIME = ("month", "year")
SCREEN_DPI = 100  # logical pixels per inch of the figure: the chart at its printed layout


class FrequenciesWindow(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frequencies_window")
        self.setWindowTitle(self.tr("Frequencies"))
        self.project = project
        self.result: FrequencyTable | None = None
        self.chart: ChartData | None = None
        self.canvas: QWidget | None = None
        self.refreshes = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.background = BackgroundRefresh(self, project.path, self.tr("Counting frequencies"))

        form = QFormLayout()
        self.rows = self._combo("rows", form, self.tr("&Rows:"))
        self.columns = self._combo("columns", form, self.tr("C&olumns:"))
        self.count = QComboBox(objectName="count")
        for text, unit in (
            (self.tr("Coded spans"), "spans"),
            (self.tr("Documents with spans"), "documents"),
        ):
            self.count.addItem(text, unit)
        form.addRow(self.tr("Co&unt:"), self.count)
        self.show_as = QComboBox(objectName="show_as")
        self.show_as.addItem(self.tr("Counts with totals"), COUNTS)
        self.show_as.addItem(self.tr("Row percentages"), ROW_PERCENT)
        self.show_as.addItem(self.tr("Column percentages"), COLUMN_PERCENT)
        form.addRow(self.tr("&Show:"), self.show_as)
        self.selection = SelectionBox(project, form, self)
        self.kind = QComboBox(objectName="kind")
        kinds = (
            (self.tr("Bars"), "bars"),
            (self.tr("Timeline"), "timeline"),
            (self.tr("Heatmap"), "heatmap"),
        )
        for text, kind in kinds:
            self.kind.addItem(text, kind)
        self.kind.setToolTip(
            self.tr(
                "Bars: the row codes, stacked per column value; timeline: the row codes per "
                "month (or year); heatmap: rows × columns"
            )
        )
        form.addRow(self.tr("C&hart:"), self.kind)
        self.export_table_button = QPushButton(self.tr("Export &Table…"))
        self.export_table_button.clicked.connect(lambda: self.export_table())
        self.export_chart_button = QPushButton(self.tr("Export C&hart…"))
        self.export_chart_button.clicked.connect(lambda: self.export_chart())
        self.reload_dimensions()
        options = QWidget()
        side = QVBoxLayout(options)
        side.addLayout(form)
        side.addWidget(self.export_table_button)
        side.addWidget(self.export_chart_button)
        side.addStretch(1)

        self.model = FrequencyModel(self)
        self.table = QTableView(objectName="frequency_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.chart_area = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_message = named(QLabel(), "chart_message")
        self.chart_message.setWordWrap(True)
        self.chart_layout.addWidget(self.chart_message)
        self.chart_layout.addStretch(1)
        self.chart_scroll = QScrollArea()  # the chart at its printed proportions, never squeezed
        self.chart_scroll.setWidget(self.chart_area)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 840])
        self.summary = named(QLabel(), "summary")
        self.summary.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(splitter, 1)
        right.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.addWidget(options)
        layout.addLayout(right, 1)
        self.resize(1640, 640)

        for combo in (self.rows, self.columns, self.count, self.kind):
            combo.currentIndexChanged.connect(self.schedule_refresh)
        self.show_as.currentIndexChanged.connect(self._show_as_changed)
        self.selection.changed.connect(self.schedule_refresh)
        self.refresh()

    def _combo(self, name: str, form: QFormLayout, label: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        form.addRow(label, combo)
        return combo

    def reload_dimensions(self) -> None:
        """Variables of the codebook (it may have changed) and the built-in dimensions."""
        choices: list[tuple[str, str]] = [
            (variable.label or variable.name, variable.name)
            for variable in list_codebook(self.project)
        ]
        choices += [
            (self.tr("Outlet"), "outlet"),
            (self.tr("Month"), "month"),
            (self.tr("Year"), "year"),
            (self.tr("Coder"), "coder"),
        ]
        for combo, extra in ((self.rows, None), (self.columns, self.tr("(none)"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if extra is not None:
                combo.addItem(extra, None)
            for label, name in choices:
                combo.addItem(label, name)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)
        if self.columns.currentData() is None and self.refreshes == 0:
            self.columns.setCurrentIndex(self.columns.findData("outlet"))

    def set_choice(self, combo: QComboBox, name: str | None) -> None:
        combo.setCurrentIndex(combo.findData(name))

    # -- keeping current --
    def schedule_refresh(self) -> None:
        """Recompute a moment after the last change (edits come in bursts)."""
        self.timer.start()

    def project_changed(self) -> None:
        """The project changed (the coder's edit or undo, another program): refresh if shown."""
        if self.isVisible():
            self.timer.start()

    def _show_as_changed(self) -> None:
        self.model.set_result(self.result, self.show_as.currentData())

    def refresh(self) -> None:
        """Recompute table and chart off the GUI thread with the options as they are now."""
        self.timer.stop()
        self.refreshes += 1
        self.reload_dimensions()
        self.selection.reload_coders()
        self.background.run(
            partial(
                compute,
                self.rows.currentData(),
                self.columns.currentData(),
                self.selection.selection(),
                self.count.currentData(),
                self.kind.currentData(),
                self.chart_request(),
            ),
            self._show_result,
            self._show_failure,
        )

    def updating(self) -> bool:
        """True while a recomputation is asked for or under way."""
        return self.timer.isActive() or self.background.busy

    def _show_failure(self, message: str) -> None:
        self.result = None
        self.model.set_result(None)
        self.summary.setText(self.tr("Nothing to show: {reason}").format(reason=message))
        self._show_chart(None, message)

    def _show_result(self, computed: tuple[FrequencyTable, ChartData | str]) -> None:
        self.result, chart = computed
        self.model.set_result(self.result, self.show_as.currentData())
        self.table.resizeColumnsToContents()
        self.selection.suggest_dates(self.result.first_date, self.result.last_date)
        self.summary.setText(self._counted_text(self.result))
        if isinstance(chart, str):
            self._show_chart(None, chart)
        else:
            self.chart = chart
            self._show_chart(chart, "")

    def _counted_text(self, result: FrequencyTable) -> str:
        unit = (
            self.tr("coded spans") if result.count == "spans" else self.tr("documents with spans")
        )
        first, last = result.first_date, result.last_date
        dates = (
            self.tr("{first} to {last}").format(first=first, last=last)
            if first is not None and last is not None
            else self.tr("no dated documents")
        )
        return self.tr(
            "Counted: {unit} of {coders}, {period}; n = {n}. Documents dated {dates}."
        ).format(
            unit=unit,
            coders=self.selection.coders_text(),
            period=self.selection.period_text(),
            n=result.table.total,
            dates=dates,
        )

    def chart_request(self) -> dict[str, Any] | str:
        """The chart's options from the table's, or why this chart cannot be drawn."""
        kind = self.kind.currentData()
        columns = self.columns.currentData()
        options: dict[str, Any] = {"count": self.count.currentData()}
        if kind == "bars":
            return options | {"by": columns}
        if kind == "timeline":
            return options | {"per": columns if columns in TIME else "month"}
        if columns is None:
            return self.tr(
                "A heatmap needs columns: choose outlet, month, year, coder or a variable."
            )
        return options | ({"per": columns} if columns in TIME else {"by": columns})

    def _show_chart(self, data: ChartData | None, message: str) -> None:
        if data is None:
            self.chart = None
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        self.chart_message.setText(message)
        self.chart_message.setVisible(bool(message))
        self.export_chart_button.setEnabled(data is not None)
        self.export_table_button.setEnabled(self.result is not None)
        if data is None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from annotator.io.exports.charts import chart_figure

        figure = chart_figure(data)
        width, height = figure.get_size_inches()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setObjectName("chart_canvas")
        self.canvas.setFixedSize(round(width * SCREEN_DPI), round(height * SCREEN_DPI))
        figure.set_dpi(SCREEN_DPI)
        self.chart_layout.insertWidget(0, self.canvas)
        self.canvas.setVisible(self.chart_area.isVisible())

    # -- exports --
    def _suggested(self, suffix: str) -> str:
        stem = self.project.path.stem
        columns = self.columns.currentData()
        name = f"{stem}-{self.rows.currentData()}" + (f"-by-{columns}" if columns else "")
        return str(self.project.path.with_name(f"{name}{suffix}"))

    def export_table(self, path: str | None = None) -> Path | None:
        from annotator.io.exports.table_files import write_table_csv, write_table_xlsx

        result = self.result
        if result is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export table"),
                self._suggested(".xlsx"),
                self.tr("Workbook (*.xlsx);;CSV, one line per cell (*.csv)"),
            )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        try:
            if target.suffix.lower() == ".csv":
                write_table_csv(result.table, target, rows=result.rows, columns=result.columns)
            else:
                about = {"counted": result.describe(), **result.to_json()}
                about = {key: value for key, value in about.items() if not isinstance(value, list)}
                write_table_xlsx(
                    result.table, target, rows=result.rows, columns=result.columns, about=about
                )
        except (AnnotatorError, OSError) as error:
            self.summary.setText(
                self.tr("The table was not written: {reason}").format(reason=error)
            )
            return None
        self.summary.setText(self.tr("Wrote {name}.").format(name=target.name))
        return target

    def export_chart(self, path: str | None = None) -> Path | None:
        from annotator.io.exports.charts import draw_chart

        if self.chart is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export chart"),
                self._suggested(".png"),
                self.tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg", ".pdf"):
            target = target.with_name(target.name + ".png")
        try:
            draw_chart(self.chart, target)
        except (AnnotatorError, OSError) as error:
            self.summary.setText(
                self.tr("The chart was not written: {reason}").format(reason=error)
            )
            return None
        self.summary.setText(self.tr("Wrote {name}.").format(name=target.name))
        return target


def compute(
    rows: str,
    columns: str | None,
    selection: CodingSelection,
    count: Count,
    kind: str,
    chart: dict[str, Any] | str,
    project: Project,
) -> tuple[FrequencyTable, ChartData | str]:
    """The table and the chart's data (or why there is no chart), on a worker thread."""
    from annotator.services.findings.chart import chart_data
    from annotator.services.findings.table import frequency_table

    table = frequency_table(project, rows, columns, selection, count)
    if isinstance(chart, str):
        return table, chart
    try:
        return table, chart_data(project, kind, rows, selection, **chart)  # type: ignore[arg-type]
    except AnnotatorError as error:
        return table, str(error)
