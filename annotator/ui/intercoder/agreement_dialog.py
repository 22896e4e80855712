"""Analysis → Inter-coder Agreement…: the statistics, a chart for the paper, and adjudication.

The PI picks coders, variables and the overlap threshold; the comparison runs as a background
`Job` (with its own read-only `Project`, opened by path — a database session never crosses
threads) while a busy bar shows. Results appear as a table and a bar chart (PNG/SVG export), the
comparison workbook can be written, and the disagreement list leads to the side-by-side comparison
where a unit is settled as the consensus coder's annotation — each settlement one undoable
command. With assignments, the comparison runs on a set (by default the reliability sample: the
documents assigned to two or more coders) and reports alpha's bootstrapped interval and q and the
other coefficients' standard errors; "Write Methods Paragraph…" saves the paragraph for the paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.core.records.agreement import AgreementResult, AlignedUnit
from annotator.db.project import Project, open_project
from annotator.errors import AnnotatorError
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coders import list_coders
from annotator.services.corpus.documents import document_text
from annotator.services.intercoder.adjudication import AdjudicationProgress, settled_units
from annotator.services.intercoder.agreement import compute_agreement
from annotator.services.intercoder.intervals import (
    DEFAULT_SAMPLES,
    IntervalOptions,
    ReliabilityIntervals,
    reliability_intervals,
)
from annotator.services.intercoder.sets import Selection, selections
from annotator.ui.coding.codebook_index import CodebookIndex
from annotator.ui.intercoder.chart import AlphaChart
from annotator.ui.intercoder.models import DisagreementModel, StatisticsModel, number
from annotator.ui.intercoder.unit_comparison import UnitComparison
from annotator.ui.project.background import Job, JobOutcome, Progress
from annotator.ui.undo.adjudication import SettleUnit, push_settle


def _unitizing(result: AgreementResult) -> str:
    unitizing = result.unitizing
    if unitizing is None or unitizing.alpha_u is None:
        return ""
    text = QCoreApplication.translate(
        "AgreementDialog",
        "Did the coders mark the same text? Unitizing α<sub>u</sub> = {alpha}, "
        "character agreement {agreement}.",
    )
    alpha, agreement = f"{unitizing.alpha_u:.3f}", number(unitizing.character_percent_agreement)
    return "<br>" + text.format(alpha=alpha, agreement=agreement)


def _checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setMaximumHeight(130)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(n).text()
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    ]


class AgreementDialog(QDialog):
    computed = Signal()

    def __init__(
        self,
        project: Project,
        stack: QUndoStack,
        refresh: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_dialog")
        self.setWindowTitle(self.tr("Inter-coder agreement"))
        self.project, self.stack, self._refresh_host = project, stack, refresh
        self.result: AgreementResult | None = None
        self.intervals: ReliabilityIntervals | None = None
        self.selection: Selection | None = None
        self.job: Job | None = None
        self.last_message = ""
        self._build()
        self._fill_choices()
        self.compute()

    # -- layout --
    def _build(self) -> None:
        self.coders = _checklist("agreement_coders")
        self.variables = _checklist("agreement_variables")
        self.overlap = QDoubleSpinBox(decimals=2, minimum=0.05, maximum=1.0, singleStep=0.05)
        self.overlap.setValue(0.5)
        self.overlap.setToolTip(
            self.tr(
                "Two coders' spans count as the same unit when their overlap is at least this "
                "share of the text the two cover together (0.5 = half)"
            )
        )
        self.missing_as_category = QCheckBox(self.tr("Count “not coded” as a category"))
        self.missing_as_category.setToolTip(
            self.tr(
                "Off (Krippendorff's default): a coder without a span or value there is missing "
                "data"
            )
        )
        self.document_set = QComboBox()
        self.document_set.setObjectName("agreement_set")
        self.document_set.setToolTip(
            self.tr("Which documents to compare: an assignment set, or the reliability sample")
        )
        self.samples = QSpinBox(minimum=0, maximum=1_000_000, singleStep=1000)
        self.samples.setObjectName("bootstrap_samples")
        self.samples.setValue(DEFAULT_SAMPLES)
        self.samples.setSpecialValueText(self.tr("none"))
        self.samples.setToolTip(
            self.tr("Bootstrap samples for alpha's confidence interval and q (0: none)")
        )
        self.seed = QSpinBox(minimum=0, maximum=999_999_999)
        self.seed.setObjectName("bootstrap_seed")
        self.seed.setSpecialValueText(self.tr("random"))
        self.seed.setToolTip(
            self.tr("The same seed gives the same interval again; the seed used is reported")
        )
        self.run_button = QPushButton(self.tr("Compare"))
        self.run_button.setObjectName("compare")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setObjectName("agreement_summary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Documents"), self.document_set)
        form.addRow(self.tr("Coders"), self.coders)
        form.addRow(self.tr("Variables"), self.variables)
        form.addRow(self.tr("Spans align at overlap ≥"), self.overlap)
        form.addRow(self.missing_as_category)  # the whole width: long in German
        form.addRow(self.tr("Bootstrap samples"), self.samples)
        form.addRow(self.tr("Seed"), self.seed)
        choose = QWidget()
        side = QVBoxLayout(choose)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.busy)
        run_row.addStretch(1)
        side.addLayout(run_row)
        side.addStretch(1)
        choose.setMaximumWidth(330)

        self.stats_model = StatisticsModel(self)
        self.table = QTableView()
        self.table.setObjectName("agreement_table")
        self.table.setModel(self.stats_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = AlphaChart()
        self.disagreement_model = DisagreementModel(self)
        self.disagreements = QTableView()
        self.disagreements.setObjectName("disagreement_table")
        self.disagreements.setModel(self.disagreement_model)
        self.disagreements.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.disagreements.verticalHeader().hide()
        self.disagreements.horizontalHeader().setStretchLastSection(True)
        self.progress = QLabel()
        self.progress.setObjectName("adjudication_progress")
        hint = QLabel(
            self.tr("Double-click a disagreement to compare the coders side by side and settle it.")
        )
        disagreement_page = QWidget()
        page = QVBoxLayout(disagreement_page)
        page.addWidget(self.progress)
        page.addWidget(hint)
        page.addWidget(self.disagreements, 1)
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addWidget(self.chart, 1)
        chart_buttons = QHBoxLayout()
        for text, suffix in ((self.tr("Save as PNG…"), "png"), (self.tr("Save as SVG…"), "svg")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=suffix: self.save_chart(suffix=s))
            chart_buttons.addWidget(button)
        chart_buttons.addStretch(1)
        chart_layout.addLayout(chart_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Statistics"))
        self.tabs.addTab(chart_page, self.tr("Chart"))
        self.tabs.addTab(disagreement_page, self.tr("Disagreements"))
        export = QPushButton(self.tr("Export comparison workbook…"))
        export.setObjectName("export_comparison")
        methods = QPushButton(self.tr("Write Methods Paragraph…"))
        methods.setObjectName("write_methods")
        close = QPushButton(self.tr("Close"))
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(methods)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(choose)
        layout.addLayout(right, 1)
        self.resize(1180, 560)
        self.run_button.clicked.connect(self.compute)
        export.clicked.connect(lambda: self.export_workbook())
        methods.clicked.connect(lambda: self.write_methods())
        close.clicked.connect(self.close)
        self.disagreements.doubleClicked.connect(self._open_unit)
        self.disagreements.activated.connect(self._open_unit)

    def _fill_choices(self) -> None:
        from annotator.services.assignments import set_names

        default = selections(self.project)[0]
        if default.documents is not None:
            self.document_set.addItem(
                self.tr("Reliability sample (%n document(s) with 2+ coders)", "",
                        len(default.documents)),
                "",
            )  # fmt: skip
        self.document_set.addItem(self.tr("All documents"), None)
        for name in set_names(self.project):
            self.document_set.addItem(self.tr("Set “{name}”").format(name=name), name)
        for variable in list_codebook(self.project):
            item = QListWidgetItem(variable.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = variable.kind.value != "text"
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.variables.addItem(item)

    def _fill_coders(self, result: AgreementResult) -> None:
        if self.coders.count():
            return
        for coder in list_coders(self.project):
            if label_key(coder.name) == label_key(result.consensus_coder):
                continue
            item = QListWidgetItem(coder.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = coder.name in result.coders
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.coders.addItem(item)

    # -- computing --
    def compute(self) -> None:
        if self.job is not None:
            return
        options: dict[str, Any] = {
            "overlap": self.overlap.value(),
            "missing_as_category": self.missing_as_category.isChecked(),
        }
        if self.coders.count():
            options["coders"] = _checked(self.coders)
        options["variables"] = _checked(self.variables)
        chosen = self.document_set.currentData()
        try:
            if chosen is None:
                selection = Selection(None, None, "every document")
            elif chosen == "":
                selection = selections(self.project)[0]
            else:
                selection = selections(self.project, [chosen])[0]
        except AnnotatorError as error:
            self._failed(str(error))
            return
        options["documents"] = selection.documents
        settings = IntervalOptions(self.samples.value(), self.seed.value() or None)
        self.run_button.setEnabled(False)
        self.busy.show()
        self.summary.setText(self.tr("Comparing the coders…"))
        path = self.project.path

        def work(
            _progress: Progress, _cancel: Callable[[], bool]
        ) -> tuple[Selection, AgreementResult, ReliabilityIntervals]:
            with open_project(path, read_only=True) as project:
                result = compute_agreement(project, **options)
            return selection, result, reliability_intervals(result, settings)

        self.job = Job(
            self,
            work,
            title=self.windowTitle(),
            project=path,
            what=self.tr("An agreement computation"),
            cancellable=False,
            progress_dialog=False,  # the dialog's own busy bar shows it
        )
        self.job.on_success(self._show_result).on_failure(self._failed)
        self.job.ended.connect(self._job_done)
        self.job.start()

    def _job_done(self, _outcome: JobOutcome[Any]) -> None:
        self.job = None
        self.busy.hide()
        self.run_button.setEnabled(True)
        self.computed.emit()

    def _failed(self, message: str) -> None:
        self.result = self.intervals = self.selection = None
        self.summary.setText(self.tr("<b>Could not compare:</b> {reason}").format(reason=message))
        self.stats_model.set_result(None)
        self.chart.set_bars([])

    def _show_result(
        self, outcome: tuple[Selection, AgreementResult, ReliabilityIntervals]
    ) -> None:
        self.selection, result, self.intervals = outcome
        self.result = result
        self._fill_coders(result)
        self.stats_model.set_result(result, self.intervals)
        self.chart.set_bars(
            [(name, item.krippendorff_alpha) for name, item in result.variables.items()],
            self.tr("Krippendorff's alpha — {coders}").format(coders=", ".join(result.coders)),
        )
        self.summary.setText(
            self.tr(
                "<b>{units}</b> aligned for {coders} (overlap ≥ {overlap}); {disagreements}. "
                "Alpha ≥ 0.8 is conventionally reliable, ≥ 0.667 allows tentative conclusions."
            ).format(
                units=self.tr("%n unit(s)", "", len(result.units)),
                coders=", ".join(result.coders),
                overlap=f"{result.overlap:g}",
                disagreements=self.tr("%n disagreement(s)", "", len(result.disagreements)),
            )
            + _unitizing(result)
            + self._interval_note()
        )
        self.disagreement_model.set_units(result.disagreements, settled_units(self.project))
        for column, width in ((0, 36), (1, 150), (2, 150), (3, 260)):
            self.disagreements.setColumnWidth(column, width)
        self._show_progress()

    def _interval_note(self) -> str:
        options = self.intervals.options if self.intervals is not None else None
        if options is None or not options.samples:
            return ""
        text = self.tr(
            "Alpha's {level:.0%} interval from {samples} bootstrap samples (seed {seed}); q = "
            "probability that alpha is below {minimum}."
        )
        return "<br>" + text.format(
            level=options.confidence,
            samples=f"{options.samples:,}",
            seed=options.seed,
            minimum=f"{options.alpha_min:g}",
        )

    def progress_now(self) -> AdjudicationProgress:
        units = self.disagreement_model.units
        settled = self.disagreement_model.settled
        return AdjudicationProgress(sum(1 for unit in units if unit.id in settled), len(units))

    def _show_progress(self) -> None:
        progress = self.progress_now()
        text = self.tr(
            "<b>{settled} of %n disagreement(s) settled, {remaining} to adjudicate</b>",
            "",
            progress.total,
        )
        self.progress.setText(text.format(settled=progress.settled, remaining=progress.remaining))

    # -- adjudication --
    def _after_settle(self) -> None:
        self.disagreement_model.set_settled(settled_units(self.project))
        self._show_progress()
        self._refresh_host()

    def settle(self, unit: AlignedUnit, **options: Any) -> bool:
        command = SettleUnit(
            self.project, unit, self._after_settle, self._report, **options
        )  # fmt: skip
        return push_settle(self.stack, command)

    def _report(self, message: str) -> None:
        self.last_message = message
        self.progress.setText(self.tr("<b>Not settled:</b> {reason}").format(reason=message))

    def comparison(self, row: int) -> UnitComparison:
        unit = self.disagreement_model.units[row]
        colours = {label_key(coder.name): coder.colour for coder in list_coders(self.project)}
        assert self.result is not None
        return UnitComparison(
            unit,
            document_text(self.project, unit.document.id),
            colours,
            list(self.result.variables),
            CodebookIndex(list_codebook(self.project)),
            self.disagreement_model.settled.get(unit.id),
            self.settle,
            self,
        )

    def _open_unit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.comparison(index.row()).exec()

    # -- exports --
    def save_chart(self, path: str | None = None, suffix: str = "png") -> None:
        if path is None:
            kinds = {
                "png": self.tr("PNG image (*.png)"),
                "svg": self.tr("SVG drawing for papers (*.svg)"),
            }
            name = str(self.project.path.with_name(f"{self.project.path.stem}-alpha.{suffix}"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), name, kinds[suffix])
        if not path:
            return
        try:
            if path.lower().endswith(".svg"):
                self.chart.save_svg(path)
            else:
                self.chart.save_png(path if path.lower().endswith(".png") else path + ".png")
        except OSError as error:
            self.summary.setText(
                self.tr("<b>The chart was not saved:</b> {reason}").format(reason=error)
            )

    def export_workbook(self, path: str | None = None) -> None:
        from annotator.io.exports.comparison_xlsx import write_comparison_workbook

        if self.result is None:
            return
        if path is None:
            suggested = str(self.project.path.with_name(f"{self.project.path.stem}-agreement.xlsx"))
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export comparison workbook"),
                suggested,
                self.tr("Workbook (*.xlsx)"),
            )
        if not path:
            return
        try:
            written = write_comparison_workbook(self.result, path)
        except (AnnotatorError, OSError) as error:
            self.summary.setText(
                self.tr("<b>The workbook was not written:</b> {reason}").format(reason=error)
            )
            return
        self.summary.setText(self.tr("Wrote {name}.").format(name=Path(written).name))

    def write_methods(self, path: str | None = None) -> None:
        """Save the methods paragraph (Markdown) for the comparison shown."""
        from annotator.io.atomic import atomic_output
        from annotator.services.intercoder.methods_report import methods_paragraph

        if self.result is None or self.selection is None:
            return
        if path is None:
            suggested = str(self.project.path.with_name(f"{self.project.path.stem}-methods.md"))
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Write methods paragraph"), suggested, self.tr("Markdown (*.md)")
            )
        if not path:
            return
        text = methods_paragraph(self.result, self.selection, self.intervals)
        try:
            with atomic_output(path) as temporary:
                temporary.write_text(text, encoding="utf-8")
        except (AnnotatorError, OSError) as error:
            self.summary.setText(
                self.tr("<b>The paragraph was not written:</b> {reason}").format(reason=error)
            )
            return
        self.summary.setText(self.tr("Wrote {name}.").format(name=Path(path).name))

    def closeEvent(self, event: Any) -> None:
        if self.job is not None:  # the comparison cannot stop halfway: close once it has ended
            event.ignore()
            self.job.ended.connect(self.close, Qt.ConnectionType.SingleShotConnection)
            return
        super().closeEvent(event)
