"""File → Import Articles… and drag-and-drop: preview, confirm, import, summary.

The long part of an import is reading the files (web-page extraction, PDFs, Word), so that runs
first, as a background `Job` with a progress bar and Cancel, and writes nothing (`preview_paths`);
its end opens the preview (`imports.preview`). The researcher checks it, can switch cleaning off or
map a spreadsheet's columns — each reads the files again as a job, the preview showing itself busy
until the new result arrives — and confirms; only then are exactly those articles stored by a
background `Job` (`import_previews`, short committed batches, each file whole or not at all), whose
end brings the summary. Cancelling the reading leaves the project untouched. Files and folders
dropped on the window take the same way; a dropped project file (.annot) is opened instead. A
finished import is announced (`imported`, with the project it went into, captured when it started)
so it goes on the undo stack as one step: Ctrl+Z removes exactly the documents it added, from that
project.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from annotator import PROJECT_SUFFIX
from annotator.db.project import Project, open_project
from annotator.errors import AnnotatorError
from annotator.io.imports.columns import ColumnMapping
from annotator.io.imports.documents import ImportOptions
from annotator.io.imports.sources import supported_suffixes
from annotator.services.imports.articles import (
    FilePreview,
    ImportReport,
    import_previews,
    preview_paths,
    preview_table,
)
from annotator.ui.imports.column_mapping import ColumnMappingDialog
from annotator.ui.imports.preview import ImportPreviewDialog
from annotator.ui.imports.summary import ImportSummaryDialog
from annotator.ui.project.background import Job, Progress
from annotator.ui.project.refresh import reload_project_views

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def file_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
    return QCoreApplication.translate(
        "ArticleImport", "Articles ({patterns});;All files (*)"
    ).format(patterns=patterns)


class ArticleImport(QObject):
    imported = Signal(object, object)  # the Project and ImportReport of an import that stored

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.mappings: dict[str, ColumnMapping] = {}
        self.summary: ImportSummaryDialog | None = None
        self.storing: Job | None = None  # the last import's storing job
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- where the paths come from --
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), "", file_filter()
        )
        if paths:
            self.import_paths([Path(path) for path in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import every article in a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in DRAG_EVENTS or not isinstance(event, QDropEvent):
            return False
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            QTimer.singleShot(0, lambda: self.dropped(paths))  # let the drag source go first
        return True

    def dropped(self, paths: list[Path]) -> None:
        if len(paths) == 1 and paths[0].suffix.lower() == PROJECT_SUFFIX:
            self.window.open_path(paths[0])
        elif self.window.workbench is None:
            self.window.show_error(
                self.tr("No project is open"),
                self.tr("Open or create a project first, then drop the articles on the window."),
            )
        else:
            self.import_paths(paths)

    # -- the steps --
    def options(self, as_is: bool) -> ImportOptions:
        return ImportOptions(as_is=as_is, column_mappings=dict(self.mappings))

    def preview(
        self,
        paths: Sequence[Path],
        arrived: Callable[[list[FilePreview] | None], None],
        as_is: bool = False,
    ) -> Job:
        """Read the files in the background, writing nothing; `arrived(previews)` gets what was
        read, or None when it was cancelled or failed (the failure is shown). Returns the job."""
        assert self.window.workbench is not None
        project_path, options = self.window.workbench.project.path, self.options(as_is)

        def work(progress: Progress, cancel: Callable[[], bool]) -> list[FilePreview]:
            with open_project(project_path, read_only=True) as project:
                return preview_paths(
                    paths,
                    options,
                    project=project,
                    progress=lambda done, total, path: progress(done, total, path.name),
                    should_cancel=cancel,
                )

        def failed(message: str) -> None:
            self.window.show_error(self.tr("The files could not be read"), message)
            arrived(None)

        job = Job(
            self.window,
            work,
            title=self.tr("Import articles"),
            label=self.tr("Reading the files…"),
            project=project_path,
            what=self.tr("An import"),
        )
        job.on_success(arrived).on_cancelled(lambda _partial: arrived(None)).on_failure(failed)
        return job.start()

    def map_columns(
        self, path: Path, as_is: bool, arrived: Callable[[FilePreview | None], None]
    ) -> Job | None:
        """Ask for the spreadsheet's columns, then read it again: `arrived(preview)` gets its new
        preview (None when that failed). Returns the reading job (None when nothing is read)."""
        try:
            table = preview_table(path)
        except AnnotatorError as error:
            self.window.show_error(self.tr("The table could not be read"), str(error))
            return None
        dialog = ColumnMappingDialog(path.name, table, self.mappings.get(str(path)), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.mappings[str(path)] = dialog.mapping()
        return self.preview(
            [path], lambda previews: arrived(previews[0] if previews else None), as_is
        )

    def write(self, previews: list[FilePreview], stored: Callable[[ImportReport], None]) -> Job:
        """Store exactly the previewed articles as a background job; `stored(report)` gets its
        report (a cancelled one's too: what was stored before Cancel stays, whole files)."""
        assert self.window.workbench is not None
        project_path = self.window.workbench.project.path

        def work(progress: Progress, cancel: Callable[[], bool]) -> ImportReport:
            with open_project(project_path) as project:
                return import_previews(
                    project,
                    previews,
                    progress=lambda done, total, path: progress(done, total, path.name),
                    should_cancel=cancel,
                )

        job = Job(
            self.window,
            work,
            title=self.tr("Import articles"),
            label=self.tr("Storing the articles…"),
            project=project_path,
            what=self.tr("An import"),
        )
        job.on_success(stored).on_cancelled(stored)
        job.on_failure(
            lambda message: self.window.show_error(
                self.tr("The articles were not imported"), message
            )
        )
        return job.start()

    def import_paths(self, paths: Sequence[Path]) -> Job | None:
        """The whole flow: read, preview, confirm, store, summarise, refresh the document list.

        Returns the started reading job (None without a project); the preview follows when it
        has ended, then the storing job (`storing`), whose end brings the summary and the undo
        step."""
        if self.window.workbench is None:
            return None
        project = self.window.workbench.project  # the import belongs to it, whatever comes next
        self.mappings = {}
        return self.preview(paths, lambda previews: self._review(paths, project, previews))

    def _review(
        self, paths: Sequence[Path], project: Project, previews: list[FilePreview] | None
    ) -> None:
        """The preview of what was read; its confirmation starts storing into `project`."""
        if previews is None:
            return
        if not previews:
            QMessageBox.information(
                self.window,
                self.tr("Import articles"),
                self.tr("No articles found there. Annotator imports {suffixes} files.").format(
                    suffixes=", ".join(supported_suffixes())
                ),
            )
            return
        dialog = ImportPreviewDialog(
            previews,
            as_is=False,
            reparse=lambda as_is, arrived: self.preview(paths, arrived, as_is),
            map_columns=self.map_columns,
            parent=self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def stored(report: ImportReport | None) -> None:
            if report is None:
                self.window.show_error(self.tr("The articles were not imported"), "")
                return
            first = report.imported[0].id if report.imported else None
            reload_project_views(self.window, select=first)
            if report.imported:
                self.imported.emit(project, report)
            self.summary = ImportSummaryDialog(report, self.window)
            self.summary.open()

        self.storing = self.write(dialog.previews, stored)
