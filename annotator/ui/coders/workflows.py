"""The several-coders workflow in the File menu: coder copies, merging, importing, exporting.

Each menu command opens its dialog, then runs the service as a background `Job` on a `Project`
the worker opens itself by path, and ends with a short message — or an error dialog naming the
file — from the job's callbacks on the GUI thread. The `create_copies`, `merge_new`,
`import_into` and `export` methods start the work without a dialog and return the started job, so
tests and other code can call them directly and wait for its `ended`. A merge into the open
project is pushed on the undo stack as one `ImportCoderProject` command. The merge dialog's
"Check" (a dry run, `dry_run_new` / `dry_run_into`) is a job too: the dialog shows itself busy
until the report arrives through the callback it gave.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from annotator.core.durable_files import scratch_prefix
from annotator.db.project import open_project
from annotator.services.coders import list_coders
from annotator.services.distribute import DistributeReport, distribute_project
from annotator.services.export import ExportReport, export_codings
from annotator.services.merging.input_files import SCRATCH_NAME
from annotator.services.merging.merge import merge_into, merge_projects
from annotator.services.merging.report import MergeReport
from annotator.ui.coders.copies_dialog import CoderCopiesDialog
from annotator.ui.coders.export_dialog import ExportDialog
from annotator.ui.coders.merge_dialog import MergeDialog, ReportArrived, project_filter
from annotator.ui.project.background import Job, Progress
from annotator.ui.project.refresh import reload_project_views
from annotator.ui.undo.study import ImportCoderProject

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow


def _files(paths: Sequence[Path]) -> str:
    return ", ".join(path.name for path in paths)


class CoderWorkflows(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_message = ""

    def inform(self, title: str, text: str) -> None:
        self.last_message = text
        QMessageBox.information(self.window, title, text)

    def _start(self, job: Job, not_done: str, done: Callable[[Any], None]) -> Job:
        """Start `job`; `done(report)` gets its report — a cancelled job's too, which says what
        was left as it was — and a failure is shown titled `not_done`."""
        job.on_success(done)
        job.on_cancelled(lambda report: None if report is None else done(report))
        job.on_failure(lambda message: self.window.show_error(not_done, message))
        return job.start()

    # -- coder copies --
    def create_copies_dialog(self) -> None:
        bench = self.window.workbench
        if bench is None:
            return
        if bench.project.on_server:  # the coders open it on the server: no files to hand out
            self.inform(
                self.tr("Coder copies"),
                self.tr(
                    "Coder copies are files made from a project file. The coders of this team "
                    "project open it on the server instead; to make a file of it, use "
                    "`annotator copy {location} FILE`."
                ).format(location=bench.project.path),
            )
            return
        names = [coder.name for coder in list_coders(bench.project)]
        dialog = CoderCopiesDialog(bench.project.path, names, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_copies(
                dialog.coders(), dialog.target_folder(), dialog.with_annotations.isChecked()
            )

    def create_copies(self, coders: list[str], folder: Path, with_annotations: bool = False) -> Job:
        assert self.window.workbench is not None
        source = self.window.workbench.project.path

        def work(progress: Progress, cancel: Callable[[], bool]) -> DistributeReport:
            return distribute_project(
                source,
                coders,
                folder,
                with_annotations=with_annotations,
                progress=progress,
                should_cancel=cancel,
            )

        def made(report: DistributeReport) -> None:
            written = "\n".join(f"• {Path(copy.path).name}" for copy in report.copies)
            if report.cancelled:
                self.inform(
                    self.tr("Coder copies"),
                    self.tr(
                        "Cancelled. This project was not changed; copies written before you "
                        "cancelled:\n{files}"
                    ).format(files=written or self.tr("(none)")),
                )
            else:
                self.inform(
                    self.tr("Coder copies"),
                    self.tr(
                        "%n coder copies in {folder}:\n{files}\n\nGive each "
                        "coder their file; merge them back with File → Merge Coder Projects….",
                        "",
                        len(report.copies),
                    ).format(folder=folder, files=written),
                )

        job = Job(
            self.window,
            work,
            title=self.tr("Coder copies"),
            label=self.tr("Writing one project per coder…"),
            project=source,
            what=self.tr("Writing coder copies"),
        )
        return self._start(job, self.tr("The coder copies were not made"), made)

    # -- merging into a new file --
    def _choose_inputs(self, dialog: MergeDialog) -> bool:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Coders' project files"), "", project_filter()
        )
        if not paths:
            return False
        dialog.add_files(paths)
        if not dialog.into:
            dialog.output.setText(str(Path(paths[0]).with_name("merged.annot")))
        QTimer.singleShot(0, dialog.run_check)
        return True

    def merge_dialog(self) -> None:
        dialog = MergeDialog(self.dry_run_new, parent=self.window)
        if not self._choose_inputs(dialog):
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and (output := dialog.output_path()):
            self.merge_new(dialog.inputs(), output)

    def _check(
        self, work: Callable[..., MergeReport], arrived: ReportArrived, project: Path | None = None
    ) -> Job:
        """A dry run for the merge dialog: `arrived(report)` gets its report, or None when it was
        cancelled or failed (the failure is shown). Returns the started job."""

        def failed(message: str) -> None:
            self.window.show_error(self.tr("The projects were not merged"), message)
            arrived(None)

        def checked(report: MergeReport | None) -> None:  # a cancelled job's report too
            if report is None:
                failed("")
            else:
                arrived(None if report.cancelled else report)

        job = Job(
            self.window,
            work,
            title=self.tr("Check"),
            label=self.tr("Merging the coders' projects…"),
            project=project,
            what=self.tr("A merge"),
        )
        job.on_success(checked).on_cancelled(checked).on_failure(failed)
        return job.start()

    def _merge(
        self, title: str, work: Callable[..., MergeReport], done: Callable[[MergeReport], None],
        project: Path | None = None,
    ) -> Job:  # fmt: skip
        job = Job(
            self.window,
            work,
            title=title,
            label=self.tr("Merging the coders' projects…"),
            project=project,
            what=self.tr("A merge"),
        )
        return self._start(job, self.tr("The projects were not merged"), done)

    def dry_run_new(self, inputs: list[Path], arrived: ReportArrived) -> Job:
        def work(progress: Progress, cancel: Callable[[], bool]) -> MergeReport:
            # named like merge's own scratch folders, so a killed app's is removed by a later merge
            with tempfile.TemporaryDirectory(prefix=scratch_prefix(SCRATCH_NAME)) as folder:
                output = Path(folder) / "check.annot"
                return merge_projects(
                    inputs, output, dry_run=True, progress=progress, should_cancel=cancel
                )

        return self._check(work, arrived)

    def merge_new(self, inputs: list[Path], output: Path) -> Job:
        def work(progress: Progress, cancel: Callable[[], bool]) -> MergeReport:
            return merge_projects(inputs, output, progress=progress, should_cancel=cancel)

        def merged(report: MergeReport) -> None:
            if report.cancelled:
                self.inform(self.tr("Merge"), self.tr("Cancelled: no merged project was written."))
                return
            answer = QMessageBox.question(
                self.window,
                self.tr("Merged"),
                self.tr(
                    "Merged {files} into {name}: {documents} and {annotations}.\n\n"
                    "Open the merged project now?"
                ).format(
                    files=_files(inputs),
                    name=output.name,
                    documents=self.tr("%n document(s)", "", report.documents_added),
                    annotations=self.tr("%n annotation(s)", "", report.annotations_added),
                ),
            )
            self.last_message = self.tr("Merged into {path}").format(path=output)
            if answer == QMessageBox.StandardButton.Yes:
                self.window.open_path(output)

        return self._merge(self.tr("Merge"), work, merged)

    # -- merging into the open project --
    def import_dialog(self) -> None:
        bench = self.window.workbench
        if bench is None:
            return
        path = bench.project.path
        dialog = MergeDialog(
            lambda inputs, arrived: self.dry_run_into(path, inputs, arrived),
            into=path.name,
            parent=self.window,
        )
        if self._choose_inputs(dialog) and dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_into(dialog.inputs())

    def dry_run_into(self, path: Path, inputs: list[Path], arrived: ReportArrived) -> Job:
        def work(progress: Progress, cancel: Callable[[], bool]) -> MergeReport:
            with open_project(path) as project:
                return merge_into(
                    project, inputs, dry_run=True, progress=progress, should_cancel=cancel
                )

        return self._check(work, arrived, path)

    def import_into(self, inputs: list[Path]) -> Job:
        bench = self.window.workbench
        assert bench is not None
        path = bench.project.path

        def work(progress: Progress, cancel: Callable[[], bool]) -> MergeReport:
            with open_project(path) as project:
                return merge_into(project, inputs, progress=progress, should_cancel=cancel)

        def imported(report: MergeReport) -> None:
            if report.cancelled:
                self.inform(
                    self.tr("Import coder project"), self.tr("Cancelled: nothing was changed.")
                )
            elif not report.changed_anything:
                self.inform(
                    self.tr("Import coder project"),
                    self.tr("Nothing new: everything was already here."),
                )
            elif self.window.workbench is bench:  # its undo belongs on this project's stack
                command = ImportCoderProject(
                    bench.project,
                    inputs,
                    report.undo,
                    lambda: reload_project_views(self.window),
                    lambda message: self.window.show_error(
                        self.tr("The merge was not undone"), message
                    ),
                )
                self.window.undo_stack.push(command)
                reload_project_views(self.window)
                self.window.statusBar().showMessage(
                    self.tr(
                        "Imported {annotations} and {documents} from {files} (Ctrl+Z undoes it)."
                    ).format(
                        annotations=self.tr("%n annotation(s)", "", report.annotations_added),
                        documents=self.tr("%n document(s)", "", report.documents_added),
                        files=_files(inputs),
                    ),
                    10000,
                )

        return self._merge(self.tr("Import coder project"), work, imported, path)

    # -- export --
    def export_dialog(self) -> None:
        bench = self.window.workbench
        if bench is None:
            return
        dialog = ExportDialog(bench.project.path, list_coders(bench.project), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export(
                dialog.output_path(),
                dialog.coders(),
                dialog.context.value(),
                exact_text=dialog.exact_text_chosen(),
            )

    def export(
        self,
        output: Path,
        coders: list[str] | None,
        context_chars: int = 100,
        *,
        exact_text: bool = False,
    ) -> Job:
        assert self.window.workbench is not None
        path = self.window.workbench.project.path

        def work(progress: Progress, cancel: Callable[[], bool]) -> ExportReport:
            with open_project(path, read_only=True) as project:
                return export_codings(
                    project,
                    output,
                    coders=coders,
                    context_chars=context_chars,
                    progress=lambda done, total: progress(done, total, ""),
                    should_cancel=cancel,
                    exact_text=exact_text,
                )

        def exported(report: ExportReport) -> None:
            if report.cancelled:
                self.inform(
                    self.tr("Export codings"),
                    self.tr("Cancelled: {name} was not written.").format(name=output.name),
                )
                return
            message = self.tr("Wrote {path}: {annotations} by {coders} in {documents}.").format(
                path=output,
                annotations=self.tr("%n annotation(s)", "", report.segments),
                coders=", ".join(report.coders) or self.tr("no coders"),
                documents=self.tr("%n document(s)", "", report.documents),
            )
            if report.prefixed_cells:
                message += self.tr(
                    "\n\n%n cell(s) starting with = + - @, a tab or a line break have a leading ' "
                    'so that spreadsheets show them as text (tick "Exact text" for R, SPSS, '
                    "Stata).",
                    "",
                    report.prefixed_cells,
                )
            self.inform(self.tr("Export codings"), message)

        job = Job(
            self.window,
            work,
            title=self.tr("Export codings"),
            label=self.tr("Writing {name}…").format(name=output.name),
            project=path,
            what=self.tr("An export"),
        )
        return self._start(job, self.tr("The codings were not exported"), exported)
