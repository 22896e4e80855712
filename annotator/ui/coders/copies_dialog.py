"""File → Create coder copies…: choose the coders and a folder; the PI hands out the files.

Only collects the choices and shows which files will be written; `coders.workflows` runs
`services.distribute.distribute_project` in the background. Coders already in the project are
listed (ticked); new names can be typed, comma-separated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from annotator.core.labels import label_key
from annotator.services.distribute import copy_file_name


class CoderCopiesDialog(QDialog):
    def __init__(
        self, project_path: Path, coders: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coder_copies_dialog")
        self.setWindowTitle(self.tr("Create coder copies"))
        self.project_path = project_path
        intro = QLabel(
            self.tr(
                "Each coder gets a copy of this project with the same articles and codebook, "
                "with their name preset. Coders work blind to each other; bring their files back "
                "with <b>File → Merge Coder Projects…</b> or <b>Import Coder Project…</b>."
            )
        )
        intro.setWordWrap(True)
        self.coder_list = QListWidget()
        self.coder_list.setObjectName("coder_list")
        self.coder_list.setMaximumHeight(150)
        for name in coders:
            self._add_coder(name)
        self.new_coders = QLineEdit(placeholderText=self.tr("New coders, e.g. carol, dave"))
        self.new_coders.setObjectName("new_coders")
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_typed)
        self.new_coders.returnPressed.connect(self._add_typed)
        typed = QHBoxLayout()
        typed.addWidget(self.new_coders, 1)
        typed.addWidget(add)
        self.folder = QLineEdit(str(project_path.with_name(self.tr("coder copies"))))
        self.folder.setObjectName("folder")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.with_annotations = QCheckBox(
            self.tr("Also copy the annotations already in this project (all coders' — not blind)")
        )
        self.files = QLabel()
        self.files.setObjectName("files_preview")
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Coders:"), self.coder_list)
        form.addRow("", typed)
        form.addRow(self.tr("Save copies in:"), folder_row)
        form.addRow("", self.with_annotations)
        form.addRow(self.tr("Files:"), self.files)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create Copies"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.coder_list.itemChanged.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self.resize(580, 380)
        self._update()

    def _add_coder(self, name: str) -> None:
        if any(label_key(name) == label_key(c) for c in self._all_names()):
            return
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.coder_list.addItem(item)

    def _all_names(self) -> list[str]:
        return [self.coder_list.item(row).text() for row in range(self.coder_list.count())]

    def _add_typed(self) -> None:
        for name in self.new_coders.text().split(","):
            if name.strip():
                self._add_coder(name.strip())
        self.new_coders.clear()
        self._update()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the coder copies"))
        if folder:
            self.folder.setText(folder)

    def coders(self) -> list[str]:
        items = (self.coder_list.item(row) for row in range(self.coder_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def target_folder(self) -> Path:
        return Path(self.folder.text().strip())

    def _update(self) -> None:
        names = self.coders()
        files = [copy_file_name(self.project_path, name) for name in names]
        self.files.setText(
            ", ".join(files) if files else self.tr("Tick or add at least one coder.")
        )
        ok = bool(names) and bool(self.folder.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
