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

PROJECT_FILTER = f"Annotator projects (*{PROJECT_SUFFIX});;All files (*)"
ReportArrived = Callable[[MergeReport | None], None]  # None: the check was cancelled or failed
Check = Callable[[list[Path], ReportArrived], Job]  # inputs, where the report goes → the job


def report_html(report: MergeReport) -> str:
    """The dry-run report as a short, readable page: one block per file, conflicts in red."""
    parts: list[str] = []
    for item in report.inputs:
        name = escape(Path(item.path).name)
        docs = f"{item.documents_added} new, {item.documents_matched} already there"
        if item.documents_skipped:
            docs += f", <b>{item.documents_skipped} not merged</b>"
        spans = f"{item.annotations_added} new, {item.annotations_present} already there"
        if item.annotations_skipped:
            spans += f", <b>{item.annotations_skipped} not merged</b>"
        coders = ", ".join(
            escape(c) + (" (new)" if c in item.coders_added else "") for c in item.coders
        )
        rows = [
            f"<tr><td>Documents:</td><td>{docs}</td></tr>",
            f"<tr><td>Annotations:</td><td>{spans}</td></tr>",
            f"<tr><td>Coders:</td><td>{coders or '(none)'}</td></tr>",
        ]
        if item.variables_added or item.codes_added:
            rows.append(
                f"<tr><td>Codebook:</td><td>{item.variables_added} variables and "
                f"{item.codes_added} codes added</td></tr>"
            )
        parts.append(f"<p><b>{name}</b></p><table cellspacing=2>{''.join(rows)}</table>")
        if item.conflicts:
            listed = "".join(f"<li>{escape(c.message)}</li>" for c in item.conflicts)
            parts.append(f"<ul style='color:#b3261e'>{listed}</ul>")
    conflicts = len(report.conflicts)
    parts.append(
        f"<p><b>In all: {report.documents_added} documents and {report.annotations_added} "
        f"annotations would be added; {conflicts} conflict{'s' if conflicts != 1 else ''}.</b>"
        + (" Nothing new to add." if not report.changed_anything else "")
        + "</p>"
    )
    return "".join(parts)


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
        self.setWindowTitle("Import coder project" if into else "Merge coder projects")
        where = (
            f"into the open project <b>{escape(into)}</b>, as one step you can undo"
            if into
            else "into a new project file; the coders' files are never changed"
        )
        intro = QLabel(
            f"Add the coders' project files, press <b>Check</b> to see what merging would do, "
            f"then merge them {where}. Documents, codes and coders are matched by their "
            "identity, not by name, so merging a file twice adds nothing."
        )
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("input_files")
        self.files.setMaximumHeight(120)
        self.add_button = QPushButton("Add Files…")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self._remove_selected)
        self.check_button = QPushButton("Check")
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
        self.report_view.setPlaceholderText("The report appears here after Check.")
        self.output = QLineEdit(placeholderText="Where to save the merged project")
        self.output.setObjectName("output_path")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(QLabel("Merged project:"))
        output_row.addWidget(self.output, 1)
        output_row.addWidget(choose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            "Import" if into else "Merge", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("Coders' project files:"))
        layout.addLayout(file_row)
        layout.addWidget(QLabel("What merging would do:"))
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
        paths, _ = QFileDialog.getOpenFileNames(self, "Coders' project files", "", PROJECT_FILTER)
        self.add_files(paths)
        if paths and not self.into and not self.output.text():
            first = Path(paths[0])
            self.output.setText(str(first.with_name(f"merged{PROJECT_SUFFIX}")))

    def choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the merged project", "", PROJECT_FILTER)
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
            self.report_view.setHtml("<p>No report: the check did not finish.</p>")
            self.checked_for, self.report = None, None
        else:
            self.report_view.setHtml(report_html(report))
            self.checked_for, self.report = inputs, report
        self._update()

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
            self.report_view.setHtml("<p>The files changed: press <b>Check</b> again.</p>")
            self.checked_for = None
        if not self.into:
            ready = ready and self.output_path() is not None
        self.merge_button.setEnabled(ready)
        self.merge_button.setToolTip("" if ready else "Check the files first")
