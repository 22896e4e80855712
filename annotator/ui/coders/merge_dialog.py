"""The merge dialog: choose coders' project files, read what merging would do, then confirm.

Used for both File → Merge Coder Projects… (into a new file) and File → Import Coder Project…
(into the open project). Nothing is written until the user confirms: "Check" runs a dry run (the
`check` callable given by `coders.workflows` starts a background job) and, when its report arrives
(`report_arrived`; meanwhile the dialog says it is checking and its buttons wait), shows it — per
file the documents and annotations added and already present, the coders, and every conflict —
and the confirm button only works for the files that report was made for.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator import PROJECT_SUFFIX
from annotator.services.merging.report import MergeReport
from annotator.ui.project.background import Job, JobOutcome


def project_filter() -> str:
    """The file dialogs' filter for project files, in the app's language."""
    text = QCoreApplication.translate(
        "MergeDialog", "Annotator projects (*{suffix});;All files (*)"
    )
    return text.format(suffix=PROJECT_SUFFIX)


ReportArrived = Callable[[MergeReport | None], None]  # None: the check was cancelled or failed
Check = Callable[[list[Path], ReportArrived], Job]  # inputs, where the report goes → the job


class MergeDialog(QDialog):
    def __init__(
        self, check: Check, *, into: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.check_inputs = check
        self.into = into
        self.checked_for: list[Path] | None = None
        self.report: MergeReport | None = None
        self.checking: Job | None = None  # a check under way
        self.setWindowTitle(
            self.tr("Import coder project") if into else self.tr("Merge coder projects")
        )
        where = (
            self.tr("into the open project <b>{name}</b>, as one step you can undo").format(
                name=escape(into)
            )
            if into
            else self.tr("into a new project file; the coders' files are never changed")
        )
        intro = QLabel(
            self.tr(
                "Add the coders' project files, press <b>Check</b> to see what merging would do, "
                "then merge them {where}. Documents, codes and coders are matched by their "
                "identity, not by name, so merging a file twice adds nothing."
            ).format(where=where)
        )
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("input_files")
        self.files.setMaximumHeight(120)
        self.add_button = QPushButton(self.tr("Add Files…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("check_button")
        self.check_button.clicked.connect(self.run_check)
        file_buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.check_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.report_view = QTextBrowser()
        self.report_view.setObjectName("merge_report")
        self.report_view.setPlaceholderText(self.tr("The report appears here after Check."))
        self.output = QLineEdit(placeholderText=self.tr("Where to save the merged project"))
        self.output.setObjectName("output_path")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(QLabel(self.tr("Merged project:")))
        output_row.addWidget(self.output, 1)
        output_row.addWidget(choose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Import") if into else self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Coders' project files:")))
        layout.addLayout(file_row)
        layout.addWidget(QLabel(self.tr("What merging would do:")))
        layout.addWidget(self.report_view, 2)
        if not into:
            layout.addLayout(output_row)
        layout.addWidget(self.buttons)
        self.output.textChanged.connect(self._update)
        self.files.model().rowsInserted.connect(self._update)
        self.files.model().rowsRemoved.connect(self._update)
        self.resize(720, 620)
        self._update()

    # -- choices --
    def inputs(self) -> list[Path]:
        return [Path(self.files.item(row).text()) for row in range(self.files.count())]

    def output_path(self) -> Path | None:
        text = self.output.text().strip()
        if not text:
            return None
        return Path(text if text.endswith(PROJECT_SUFFIX) else text + PROJECT_SUFFIX)

    def add_files(self, paths: list[str | Path]) -> None:
        known = {str(path) for path in self.inputs()}
        for path in paths:
            if str(path) not in known:
                self.files.addItem(str(path))
                known.add(str(path))
        self._update()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Coders' project files"), "", project_filter()
        )
        self.add_files(paths)
        if paths and not self.into and not self.output.text():
            first = Path(paths[0])
            self.output.setText(str(first.with_name(f"merged{PROJECT_SUFFIX}")))

    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the merged project"), "", project_filter()
        )
        if path:
            self.output.setText(path)

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    # -- check and confirm --
    def run_check(self) -> None:
        inputs = self.inputs()
        if not inputs or self.checking is not None:
            return
        job = self.check_inputs(inputs, lambda report: self.report_arrived(inputs, report))
        if job.outcome is not None:  # already over
            return
        self.checking = job
        job.ended.connect(self._check_ended)
        self.report_view.setHtml(f"<p>{self.tr('Checking what merging would do…')}</p>")
        self._update()

    def report_arrived(self, inputs: list[Path], report: MergeReport | None) -> None:
        """The dry run's report for `inputs` (None when the check was cancelled or failed)."""
        if report is None:  # the workflow said why
            self.report_view.setHtml(
                "<p>{}</p>".format(self.tr("No report: the check did not finish."))
            )
            self.checked_for, self.report = None, None
        else:
            self.report_view.setHtml(self.report_html(report))
            self.checked_for, self.report = inputs, report
        self._update()

    def report_html(self, report: MergeReport) -> str:
        """The dry-run report as a short, readable page: one block per file, conflicts in red."""
        parts: list[str] = []
        for item in report.inputs:
            name = escape(Path(item.path).name)
            docs = self.tr("{added} new, {matched} already there").format(
                added=item.documents_added, matched=item.documents_matched
            )
            if item.documents_skipped:
                skipped = self.tr("{count} not merged").format(count=item.documents_skipped)
                docs += f", <b>{skipped}</b>"
            spans = self.tr("{added} new, {matched} already there").format(
                added=item.annotations_added, matched=item.annotations_present
            )
            if item.annotations_skipped:
                skipped = self.tr("{count} not merged").format(count=item.annotations_skipped)
                spans += f", <b>{skipped}</b>"
            new = self.tr("{coder} (new)")
            coders = ", ".join(
                new.format(coder=escape(c)) if c in item.coders_added else escape(c)
                for c in item.coders
            )
            row = "<tr><td>{}</td><td>{}</td></tr>"
            rows = [
                row.format(self.tr("Documents:"), docs),
                row.format(self.tr("Annotations:"), spans),
                row.format(self.tr("Coders:"), coders or self.tr("(none)")),
            ]
            if item.variables_added or item.codes_added:
                added = self.tr("{variables} and {codes} added").format(
                    variables=self.tr("%n variable(s)", "", item.variables_added),
                    codes=self.tr("%n code(s)", "", item.codes_added),
                )
                rows.append(row.format(self.tr("Codebook:"), added))
            parts.append(f"<p><b>{name}</b></p><table cellspacing=2>{''.join(rows)}</table>")
            if item.conflicts:
                listed = "".join(f"<li>{escape(c.message)}</li>" for c in item.conflicts)
                parts.append(f"<ul style='color:#b3261e'>{listed}</ul>")
        conflicts = len(report.conflicts)
        in_all = self.tr(
            "In all: {documents} and {annotations} would be added; {conflicts}."
        ).format(
            documents=self.tr("%n document(s)", "", report.documents_added),
            annotations=self.tr("%n annotation(s)", "", report.annotations_added),
            conflicts=self.tr("%n conflict(s)", "", conflicts),
        )
        nothing = "" if report.changed_anything else " " + self.tr("Nothing new to add.")
        parts.append(f"<p><b>{in_all}</b>{nothing}</p>")
        return "".join(parts)

    def _check_ended(self, _outcome: JobOutcome[MergeReport]) -> None:
        self.checking = None
        self._update()

    def reject(self) -> None:
        if self.checking is not None:  # a check for a merge that will not happen
            self.checking.cancel()
        super().reject()

    def _update(self) -> None:
        idle = self.checking is None
        has_files = self.files.count() > 0
        self.check_button.setEnabled(idle and has_files)
        self.add_button.setEnabled(idle)
        self.remove_button.setEnabled(idle)
        ready = idle and self.checked_for is not None and self.checked_for == self.inputs()
        if idle and self.checked_for is not None and not ready:
            self.report_view.setHtml(
                "<p>{}</p>".format(self.tr("The files changed: press <b>Check</b> again."))
            )
            self.checked_for = None
        if not self.into:
            ready = ready and self.output_path() is not None
        self.merge_button.setEnabled(ready)
        self.merge_button.setToolTip("" if ready else self.tr("Check the files first"))
