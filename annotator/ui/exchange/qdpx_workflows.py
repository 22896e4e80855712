"""File ▸ Export Project (.qdpx)… and New Project from .qdpx…: REFI-QDA projects in the app.

Both run the services `annotator export -o x.qdpx` and `annotator import-qdpx` run, as background
`Job`s with progress and Cancel (a cancelled export writes no file, a cancelled import leaves no
project file), and end with an `ExchangeReportDialog` listing what was mapped how and what was
left out. The import then opens the new project. `export` and `new_from` start the work without
file dialogs and return the started job, so tests and other code can wait for its `ended`; the
last report dialog is kept as `report_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog

from annotator import PROJECT_SUFFIX
from annotator.db.project import open_project
from annotator.services.exchange.qdpx_export import QdpxExportReport, export_qdpx
from annotator.services.exchange.qdpx_import import QdpxImportReport, import_qdpx
from annotator.ui.coders.merge_dialog import project_filter
from annotator.ui.exchange.report_dialog import ExchangeReportDialog
from annotator.ui.project.background import Job, Progress

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

EXPORT_FILTERS = (
    QT_TRANSLATE_NOOP("QdpxWorkflows", "REFI-QDA project for MAXQDA, ATLAS.ti, NVivo (*.qdpx)"),
    QT_TRANSLATE_NOOP(
        "QdpxWorkflows", "REFI-QDA project with unique code names, for QualCoder (*.qdpx)"
    ),
)
OPEN_FILTER = QT_TRANSLATE_NOOP("QdpxWorkflows", "REFI-QDA projects (*.qdpx);;All files (*)")


def _translated(text: str) -> str:
    return QCoreApplication.translate("QdpxWorkflows", text)


class QdpxWorkflows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.report_dialog: ExchangeReportDialog | None = None
        self.last_message = ""

    def _show_report(self, title: str, summary: str, lines: list[str]) -> None:
        self.last_message = summary
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
        self.report_dialog = ExchangeReportDialog(title, summary, lines, self.window)
        self.report_dialog.open()  # window-modal, no nested event loop

    def _start(self, job: Job, not_done: str, done: Callable[[object], None]) -> Job:
        job.on_success(done)
        job.on_cancelled(lambda report: None if report is None else done(report))
        job.on_failure(lambda message: self.window.show_error(not_done, message))
        return job.start()

    # -- export --
    def export_dialog(self) -> None:
        bench = self.window.workbench
        if bench is None:
            return
        filters = [_translated(text) for text in EXPORT_FILTERS]
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export project (.qdpx)"),
            str(bench.project.path.with_suffix(".qdpx")),
            ";;".join(filters),
        )
        if not path:
            return
        if Path(path).suffix.lower() != ".qdpx":
            path += ".qdpx"
        self.export(Path(path), unique_names=chosen == filters[1])

    def export(self, output: Path, *, unique_names: bool = False) -> Job:
        assert self.window.workbench is not None
        path = self.window.workbench.project.path

        def work(progress: Progress, cancel: Callable[[], bool]) -> QdpxExportReport:
            with open_project(path, read_only=True) as project:
                return export_qdpx(
                    project, output, unique_names=unique_names, progress=progress,
                    should_cancel=cancel,
                )  # fmt: skip

        def exported(report: QdpxExportReport) -> None:
            title = self.tr("Export project (.qdpx)")
            if report.cancelled:
                cancelled = self.tr("Cancelled: {name} was not written.")
                self._show_report(title, cancelled.format(name=output.name), [])
                return
            summary = self.tr(
                "Wrote {name}: {documents}, {annotations} by {coders}, {codes}, {memos}."
            ).format(
                name=output.name,
                documents=self.tr("%n document(s)", "", report.documents),
                annotations=self.tr("%n annotation(s)", "", report.annotations),
                coders=", ".join(report.coders) or self.tr("no coders"),
                codes=self.tr("%n code(s)", "", report.codes),
                memos=self.tr("%n memo(s)", "", report.notes),
            )
            if unique_names:
                summary += " " + self.tr("Code names are unique, as QualCoder needs them.")
            left_out = self.tr("Left out: {what}")
            lines = [left_out.format(what=line) for line in report.left_out]
            if not lines:
                summary += " " + self.tr("Nothing was left out.")
            self._show_report(title, summary, lines)

        job = Job(
            self.window,
            work,
            title=self.tr("Export project (.qdpx)"),
            label=self.tr("Writing {name}…").format(name=output.name),
            project=path,
            what=self.tr("An export"),
        )
        return self._start(job, self.tr("The project was not exported"), exported)

    # -- new project from a .qdpx --
    def new_from_dialog(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("New project from a REFI-QDA project"),
            "",
            _translated(OPEN_FILTER),
        )
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the new project as"),
            str(Path(source).with_suffix(PROJECT_SUFFIX)),
            project_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # refused below, never overwritten
        )
        if not target:
            return
        if not target.endswith(PROJECT_SUFFIX):
            target += PROJECT_SUFFIX
        self.new_from(Path(source), Path(target))

    def new_from(self, source: Path, target: Path) -> Job | None:
        """Import `source` into the new project `target`, then open it; None when `target`
        exists (said in an error dialog: an import never overwrites a project)."""
        not_done = self.tr("No project was created")
        if target.exists():
            self.window.show_error(
                not_done,
                self.tr("{path}: already exists; choose a new name for the project.").format(
                    path=target
                ),
            )
            return None

        def work(progress: Progress, cancel: Callable[[], bool]) -> QdpxImportReport:
            return import_qdpx(source, target, progress=progress, should_cancel=cancel)

        def imported(report: QdpxImportReport) -> None:
            title = self.tr("New project from .qdpx")
            if report.cancelled:
                self._show_report(title, self.tr("Cancelled: no project was created."), [])
                return
            self.window.open_path(target)
            self._show_report(title, self._summary(report, source, target), self._lines(report))

        job = Job(
            self.window,
            work,
            title=self.tr("New project from .qdpx"),
            label=self.tr("Reading {name}…").format(name=source.name),
            what=self.tr("An import"),
        )
        return self._start(job, not_done, imported)

    def _summary(self, report: QdpxImportReport, source: Path, target: Path) -> str:
        return self.tr(
            "Created {project} from {source} ({origin}): {documents}, {coders}, {variables}, "
            "{codes}, {annotations}, {memos}."
        ).format(
            project=target.name,
            source=source.name,
            origin=report.origin or self.tr("unknown program"),
            documents=self.tr("%n document(s)", "", report.documents),
            coders=self.tr("%n coder(s)", "", len(report.coders)),
            variables=self.tr("%n variable(s)", "", report.variables),
            codes=self.tr("%n code(s)", "", report.codes),
            annotations=self.tr("%n annotation(s)", "", report.annotations),
            memos=self.tr("%n memo(s)", "", report.memos),
        )

    def _lines(self, report: QdpxImportReport) -> list[str]:
        mapped, left_out = self.tr("Mapped: {what}"), self.tr("Left out: {what}")
        lines = [mapped.format(what=line) for line in report.mapping]
        lines += [left_out.format(what=line) for line in report.left_out]
        utf16 = sum(1 for convention in report.positions.values() if convention == "utf16")
        if utf16:
            lines.append(
                self.tr(
                    "Positions counted in UTF-16 units (as NVivo writes them) in {count} of "
                    "%n document(s).",
                    "",
                    len(report.positions),
                ).format(count=utf16)
            )
        return lines
