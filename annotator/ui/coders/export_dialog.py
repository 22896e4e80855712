"""File → Export Codings…: which coders, which file (.xlsx workbook or long-format .csv).

Only collects the choices; `coders.workflows` runs `services.export.export_codings` in the
background. The format follows the file name's extension, and the dialog says what each format
holds, so a researcher can pick one without reading the manual. A CSV is safe to open in a
spreadsheet unless "Exact text" is ticked (see `annotator.io.exports.codings_csv`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.records.codings import DEFAULT_CONTEXT
from annotator.services.coders import CoderRecord

FORMATS = {  # suffix: (name, what the file holds)
    ".xlsx": (
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Excel workbook (.xlsx): one row per annotation, plus documents, coders, the "
            "codebook and a document × code count sheet",
        ),
    ),
    ".csv": (
        QT_TRANSLATE_NOOP("ExportDialog", "CSV for R, SPSS or Stata (.csv)"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "CSV for R, SPSS or Stata (.csv): one row per annotation and value, UTF-8",
        ),
    ),
}
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ExportDialog", "Excel workbook (*.xlsx);;CSV for R, SPSS, Stata (*.csv)"
)


class ExportDialog(QDialog):
    def __init__(
        self,
        project_path: Path,
        coders: list[CoderRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export codings"))
        self.project_path = project_path
        self.coder_list = QListWidget()
        self.coder_list.setObjectName("coder_list")
        self.coder_list.setMaximumHeight(150)
        for coder in coders:
            item = QListWidgetItem(coder.name)
            item.setData(Qt.ItemDataRole.UserRole, coder.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.coder_list.addItem(item)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for suffix, (name, _help) in FORMATS.items():
            self.format.addItem(self.tr(name), suffix)
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.exact_text = QCheckBox(self.tr("Exact text for R, SPSS, Stata (not for spreadsheets)"))
        self.exact_text.setObjectName("exact_text")
        self.exact_text.setToolTip(
            self.tr(
                "Off: a cell starting with = + - @, a tab or a line break gets a leading ' so "
                "that Excel or LibreOffice shows it as text instead of running it as a formula.\n"
                "On: every cell is written exactly as stored, for analysis software; do not open "
                "that file in a spreadsheet program."
            )
        )
        self.output = QLineEdit()
        self.output.setObjectName("output_path")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output, 1)
        output_row.addWidget(choose)
        self.context = QSpinBox()
        self.context.setRange(0, 2000)
        self.context.setValue(DEFAULT_CONTEXT)
        self.context.setSuffix(self.tr(" characters"))
        form = QFormLayout()
        form.addRow(self.tr("Coders:"), self.coder_list)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.format_help)
        form.addRow("", self.exact_text)
        form.addRow(self.tr("Save as:"), output_row)
        form.addRow(self.tr("Context before/after:"), self.context)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.output.textChanged.connect(self._update)
        self.coder_list.itemChanged.connect(self._update)
        self._format_changed()
        self.resize(600, 380)

    def suffix(self) -> str:
        return str(self.format.currentData())

    def exact_text_chosen(self) -> bool:
        """True when a CSV is to hold every cell exactly as stored (not spreadsheet-safe)."""
        return self.suffix() == ".csv" and self.exact_text.isChecked()

    def _format_changed(self) -> None:
        self.format_help.setText(self.tr(FORMATS[self.suffix()][1]))
        self.exact_text.setEnabled(self.suffix() == ".csv")
        text = self.output.text().strip()
        if text:
            path = Path(text)
            path = path.with_suffix("") if path.suffix.lower() in FORMATS else path
            self.output.setText(f"{path}{self.suffix()}")
        else:
            stem = self.project_path.stem
            self.output.setText(str(self.project_path.with_name(f"{stem}-codings{self.suffix()}")))
        self._update()

    def choose_output(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export codings"), self.output.text(), self.tr(FILE_FILTER)
        )
        if not path:
            return
        suffix = Path(path).suffix.lower()
        if suffix not in FORMATS:
            suffix = ".csv" if "csv" in chosen.lower() else ".xlsx"
            path += suffix
        self.format.blockSignals(True)
        self.format.setCurrentIndex(self.format.findData(suffix))
        self.format.blockSignals(False)
        self.format_help.setText(self.tr(FORMATS[suffix][1]))
        self.exact_text.setEnabled(suffix == ".csv")
        self.output.setText(path)

    def coders(self) -> list[str] | None:
        """The ticked coders; None (everything) when the project has no coders yet."""
        if self.coder_list.count() == 0:
            return None
        items = [self.coder_list.item(row) for row in range(self.coder_list.count())]
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def output_path(self) -> Path:
        return Path(self.output.text().strip())

    def _update(self) -> None:
        ok = self.coders() != [] and self.output_path().suffix.lower() in FORMATS
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
