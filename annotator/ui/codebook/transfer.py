"""File → Export Codebook… and Import Codebook…: codebooks travel as workbooks between researchers.

Export writes what `annotator codebook export` writes (.xlsx to hand out, REFI-QDA .qdc for
MAXQDA/ATLAS.ti/NVivo/QualCoder, printable .html). Import never applies blindly: it first shows
the dry-run change list — or, for a file with problems, each problem with its sheet, row and
column and nothing else to do — and applying is one undoable command. An import that would take
every code of the project, or of a variable, out of use asks once more (Cancel by default). A .qdc
from another program also shows how its code system was mapped (the reader's `Mapped:` lines)
above the changes. The .qdc is written with unique code names for QualCoder when that file type
is chosen in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.codebook_draft import DraftCodebook
from annotator.db.project import Project
from annotator.errors import AnnotatorError
from annotator.io.codebooks.files import read_codebook_file, write_codebook_file
from annotator.services.codebooks.sync import (
    Change,
    ImportPlan,
    Sweep,
    import_draft,
    plan_import,
    project_draft,
)
from annotator.ui.undo.codebook import push_edit

EXPORT_FILTER = QT_TRANSLATE_NOOP(
    "CodebookTransfer",
    "Codebook workbook (*.xlsx);;REFI-QDA codebook for MAXQDA, ATLAS.ti, NVivo (*.qdc);;"
    "Printable codebook (*.html)",
)
QUALCODER_FILTER = QT_TRANSLATE_NOOP(
    "CodebookTransfer", "REFI-QDA codebook with unique names, for QualCoder (*.qdc)"
)
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "CodebookTransfer", "Codebooks (*.xlsx *.qdc *.json);;All files (*)"
)
SUFFIXES = {"xlsx": ".xlsx", "qdc": ".qdc", "html": ".html"}


def export_codebook(
    parent: QWidget, project: Project, path: str | None = None, *, unique_names: bool = False
) -> str:
    """Ask for a file and write the codebook; returns a sentence for the status bar.
    `unique_names` (or choosing the QualCoder file type): a .qdc with unique code names."""
    if path is None:
        suggested = str(project.path.with_name(f"{project.path.stem}-codebook.xlsx"))
        qualcoder = QCoreApplication.translate("CodebookTransfer", QUALCODER_FILTER)
        filters = QCoreApplication.translate("CodebookTransfer", EXPORT_FILTER).split(";;")
        filters.insert(2, qualcoder)  # after the other .qdc, before the printable one
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CodebookTransfer", "Export codebook"),
            suggested,
            ";;".join(filters),
        )
        if not path:
            return ""
        unique_names = chosen == qualcoder
        if unique_names and Path(path).suffix.lower() != ".qdc":
            path += ".qdc"
        if not Path(path).suffix:
            path += next((s for key, s in SUFFIXES.items() if key in chosen), ".xlsx")
    draft = project_draft(project)
    unique_names = unique_names and Path(path).suffix.lower() == ".qdc"
    write_codebook_file(draft, Path(path), source=project.path.name, unique_names=unique_names)
    return CodebookTransfer().wrote(Path(path).name, len(draft.variables), len(draft.codes))


class CodebookTransfer(QObject):
    """The sentences of the functions above that count (lupdate finds plurals only in `tr`)."""

    def wrote(self, name: str, variables: int, codes: int) -> str:
        return self.tr("Wrote {name}: {variables}, {codes}.").format(
            name=name,
            variables=self.tr("%n variable(s)", "", variables),
            codes=self.tr("%n code(s)", "", codes),
        )


class ImportPreview(QDialog):
    """The change list (or the problems) of a codebook file, with Apply when it can apply."""

    def __init__(
        self,
        name: str,
        plan: ImportPlan,
        parent: QWidget | None = None,
        mapping: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("codebook_import_preview")
        self.setWindowTitle(self.tr("Import codebook from {name}").format(name=name))
        self.resize(640, 460)
        self.list = QListWidget()
        self.list.setObjectName("import_lines")
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply = buttons.addButton(
            self.tr("Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        if plan.problems:
            text = self.tr(
                "<b>{name} has %n problem(s).</b> Fix them in the file "
                "(the places are given as sheet, row and column) and import again. "
                "Nothing was changed.",
                "",
                len(plan.problems),
            ).format(name=name)
            self.list.addItems([str(problem) for problem in plan.problems])
            self.apply.setEnabled(False)
        elif not plan.changes:
            text = self.tr("The codebook already matches {name}; there is nothing to change.")
            text = text.format(name=name)
            self.apply.setEnabled(False)
        else:
            text = self.tr(
                "Importing <b>{name}</b> would make these %n change(s). Codes "
                "that annotations use are never deleted (they are retired). You can undo the "
                "whole import with Ctrl+Z.",
                "",
                len(plan.changes),
            ).format(name=name)
            self.list.addItems([_line(change) for change in plan.changes])
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.mapping = QListWidget()  # how another program's code system was mapped
        self.mapping.setObjectName("mapping_lines")
        self.mapping.setWordWrap(True)
        mapped = self.tr("Mapped: {what}")
        self.mapping.addItems([mapped.format(what=line) for line in mapping])
        if mapping:
            how = QLabel(
                self.tr("How the code system of {name} fits Annotator's codebook:").format(
                    name=name
                )
            )
            how.setWordWrap(True)
            layout.addWidget(how)
            layout.addWidget(self.mapping)
            self.mapping.setMaximumHeight(140)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


def _line(change: Change) -> str:
    subject = f"{change.variable}: {change.code}" if change.code is not None else change.variable
    return f"{change.action.capitalize()} — {subject}" + (
        f" ({change.detail})" if change.detail else ""
    )


def confirm_sweep(parent: QWidget, name: str, sweep: Sweep) -> bool:
    """Ask before an import that retires or removes every code of the project or a variable."""
    if sweep.every_code:
        scope = QCoreApplication.translate("CodebookImport", "the project")
    else:
        scope = ", ".join(f"“{variable}”" for variable in sweep.variables)
    question = QCoreApplication.translate(
        "CodebookImport",
        "Importing {name} would take every code of {scope} out of use: "
        "{retired} retired, {removed} removed.",
    ).format(name=name, scope=scope, retired=sweep.retired, removed=sweep.removed)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CodebookImport", "Import codebook"),
        question,
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CodebookImport",
            "Is this the right file? A codebook file without its codes looks just like this. "
            "Codes that annotations use are kept as retired, and Edit ▸ Undo (Ctrl+Z) takes "
            "the whole import back.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("CodebookImport", "Import Anyway")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def read_plan(project: Project, path: Path) -> tuple[DraftCodebook, ImportPlan]:
    draft = read_codebook_file(path)
    return draft, plan_import(project, draft)


def import_codebook(
    parent: QWidget,
    project: Project,
    stack: QUndoStack,
    refresh: Callable[[], None],
    report: Callable[[str], None],
    path: str | None = None,
    confirm: Callable[[ImportPreview], bool] | None = None,
) -> str:
    """Ask for a file, show the preview, apply on request; returns a status sentence."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CodebookImport", "Import codebook"),
            "",
            QCoreApplication.translate("CodebookTransfer", IMPORT_FILTER),
        )
        if not path:
            return ""
    name = Path(path).name
    try:
        draft, plan = read_plan(project, Path(path))
    except AnnotatorError as error:
        report(str(error))
        return ""
    preview = ImportPreview(name, plan, parent, draft.mapping)
    accepted = confirm(preview) if confirm else preview.exec() == QDialog.DialogCode.Accepted
    nothing = QCoreApplication.translate("CodebookImport", "Nothing was imported.")
    if not accepted or plan.problems or not plan.changes:
        return nothing
    if plan.sweep is not None and not confirm_sweep(parent, name, plan.sweep):
        return nothing
    result = push_edit(
        stack,
        project,
        QCoreApplication.translate("CodebookImport", "Import codebook {name}").format(name=name),
        lambda: import_draft(project, draft, name),
        refresh,
        report,
    )
    if result is None:
        return ""
    undoes = QCoreApplication.translate("CodebookImport", "{message} (Ctrl+Z undoes the import).")
    return undoes.format(message=result.message)
