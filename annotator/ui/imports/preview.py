"""The import preview: every file's articles, cleaned text and metadata, before anything is written.

Offsets are fixed once coding starts, so the researcher checks the text here: a list of files (a
Nexis export or a spreadsheet opens into its articles) with their state — new, already in the
project, or why the file cannot be imported — and, for the selected article, its metadata and its
text as it will be stored, next to the text as received. "Clean scraped pages" can be switched
off (import as-is), and a spreadsheet's columns can be mapped; both ask `article_import` to parse
again through the callables given here, which start a background job: until its result arrives
(`previews_arrived`, `file_arrived`) the dialog says it is reading and its buttons wait; Cancel
stops the reading and the import. Nothing is written until "Import".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.io.imports.documents import ParsedDocument
from annotator.services.imports.articles import FilePreview
from annotator.ui.project.background import Job, JobOutcome

TABLE_SUFFIXES = (".csv", ".xlsx")
PLACE = Qt.ItemDataRole.UserRole  # (file index, document index or -1)
RED, GREY = QColor("#b3261e"), QColor("#6b6b6b")
FIELDS = (
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Title"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Outlet"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Date"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Author"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "URL"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Language"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Other"),
)

PreviewsArrived = Callable[[list[FilePreview] | None], None]  # None: cancelled or failed
FileArrived = Callable[[FilePreview | None], None]
Reparse = Callable[[bool, PreviewsArrived], Job]  # as_is, where the new previews go → the job
MapColumns = Callable[[Path, bool, FileArrived], Job | None]  # file, as_is, where its preview goes


def counts(previews: list[FilePreview]) -> tuple[int, int, int]:
    """(new articles, articles already in the project, files that cannot be imported)."""
    new = duplicates = 0
    for preview in previews:
        for number in range(len(preview.documents)):
            known = preview.duplicate_of[number] if number < len(preview.duplicate_of) else None
            new, duplicates = (new, duplicates + 1) if known else (new + 1, duplicates)
    return new, duplicates, sum(1 for p in previews if p.error is not None)


class ImportPreviewDialog(QDialog):
    def __init__(
        self,
        previews: list[FilePreview],
        *,
        as_is: bool,
        reparse: Reparse,
        map_columns: MapColumns,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(self.tr("Import articles — preview"))
        self.reparse = reparse
        self.map_columns = map_columns
        self.previews = previews
        self.reading: Job | None = None  # a new parse under way
        self.clean = QCheckBox(
            self.tr(
                "Clean scraped pages: remove menus, captions, “Subscribe” and other page clutter"
            )
        )
        self.clean.setObjectName("clean_box")
        self.clean.setChecked(not as_is)
        self.clean.toggled.connect(self._clean_toggled)
        self.tree = QTreeWidget()
        self.tree.setObjectName("preview_tree")
        self.tree.setHeaderLabels([self.tr("File / article"), self.tr("Will be")])
        self.tree.setColumnWidth(0, 230)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.map_button = QPushButton(self.tr("Map Spreadsheet Columns…"))
        self.map_button.setObjectName("map_button")
        self.map_button.setToolTip(
            self.tr("Choose which spreadsheet column holds the text, title, date…")
        )
        self.map_button.clicked.connect(self._map_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.map_button)
        self.labels = {name: QLabel() for name in FIELDS}
        form = QFormLayout()
        for name, label in self.labels.items():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("{field}:").format(field=self.tr(name)), label)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setObjectName("preview_text")
        self.raw = QPlainTextEdit(readOnly=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.text, self.tr("Text as it will be stored"))
        self.tabs.addTab(self.raw, self.tr("As received"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 580])
        self.summary = QLabel()
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("preview_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.busy)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clean)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1050, 680)
        self.set_previews(previews)

    @property
    def as_is(self) -> bool:
        return not self.clean.isChecked()

    # -- content --
    def set_previews(self, previews: list[FilePreview]) -> None:
        self.previews = previews
        self.tree.clear()
        for index, preview in enumerate(previews):
            item = QTreeWidgetItem([preview.path.name, self._file_state(preview)])
            item.setToolTip(0, str(preview.path))
            item.setData(0, PLACE, (index, -1 if len(preview.documents) != 1 else 0))
            if preview.error is not None:
                item.setForeground(1, QBrush(RED))
                item.setToolTip(1, preview.error)
            if len(preview.documents) > 1:
                for number, document in enumerate(preview.documents):
                    child = QTreeWidgetItem([document.title, self._state(preview, number)])
                    child.setData(0, PLACE, (index, number))
                    item.addChild(child)
            self.tree.addTopLevelItem(item)
        self._show_summary()
        if previews:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _show_summary(self) -> None:
        new, duplicates, failed = counts(self.previews)
        parts = [self.tr("<b>%n new article(s)</b> will be imported", "", new)]
        if duplicates:
            parts.append(self.tr("%n already in the project (skipped)", "", duplicates))
        if failed:
            cannot = self.tr("%n file(s) cannot be imported", "", failed)
            parts.append(f"<span style='color:#b3261e'>{cannot}</span>")
        self.summary.setText(self.tr("{parts}.").format(parts="; ".join(parts)))
        self.import_button.setText(self.tr("Import %n Article(s)", "", new))

    def _update_buttons(self) -> None:
        """Import needs a new article; mapping needs a spreadsheet; both wait for a new parse."""
        idle = self.reading is None
        new, _duplicates, _failed = counts(self.previews)
        self.import_button.setEnabled(idle and new > 0)
        self.map_button.setEnabled(idle and self._current_is_table())
        self.clean.setEnabled(idle)

    def _current_is_table(self) -> bool:
        item = self.tree.currentItem()
        place = item.data(0, PLACE) if item is not None else None
        return bool(place) and self.previews[place[0]].path.suffix.lower() in TABLE_SUFFIXES

    @staticmethod
    def _state(preview: FilePreview, number: int) -> str:
        known = preview.duplicate_of[number] if number < len(preview.duplicate_of) else None
        if known:
            return QCoreApplication.translate(
                "ImportPreviewDialog", "skipped: already in the project (#{number})"
            ).format(number=known)
        return QCoreApplication.translate("ImportPreviewDialog", "imported")

    def _file_state(self, preview: FilePreview) -> str:
        if preview.error is not None:
            return self.tr("not imported: {reason}").format(reason=preview.error)
        if len(preview.documents) == 1:
            return self._state(preview, 0)
        return self.tr("%n article(s)", "", len(preview.documents))

    def _show(self, item: QTreeWidgetItem | None) -> None:
        place = item.data(0, PLACE) if item is not None else None
        preview = self.previews[place[0]] if place else None
        self._update_buttons()
        document = preview.documents[place[1]] if preview and place[1] >= 0 else None
        self._show_document(document)
        if preview is not None and preview.error is not None:
            self.text.setPlainText(
                self.tr("{path}\n\nThis file cannot be imported: {reason}").format(
                    path=preview.path, reason=preview.error
                )
            )
        elif preview is not None and document is None:
            self.text.setPlainText(
                self.tr(
                    "{name} holds %n article(s); select one to see its text.",
                    "",
                    len(preview.documents),
                ).format(name=preview.path.name)
            )

    def _show_document(self, document: ParsedDocument | None) -> None:
        values = ("",) * len(FIELDS)
        if document is not None:
            extra = ", ".join(f"{k}: {v}" for k, v in document.extra.items())
            values = (
                document.title,
                document.outlet or "—",
                document.published.isoformat() if document.published else "—",
                document.author or "—",
                document.url or "—",
                document.language or "—",
                extra[:300] or "—",
            )
        for name, value in zip(FIELDS, values, strict=True):
            self.labels[name].setText(value)
        self.text.setPlainText(document.text if document else "")
        raw = document.raw if document is not None and document.raw else None
        self.raw.setPlainText(raw or (self.tr("(the same as the stored text)") if document else ""))

    # -- asking for a new parse --
    def _clean_toggled(self) -> None:
        self._wait_for(self.reparse(self.as_is, self.previews_arrived))

    def _map_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or self.reading is not None:
            return
        index = item.data(0, PLACE)[0]
        self._wait_for(
            self.map_columns(
                self.previews[index].path,
                self.as_is,
                lambda updated: self.file_arrived(index, updated),
            )
        )

    def _wait_for(self, job: Job | None) -> None:
        """Show that `job` is reading the files until it has ended (whatever its outcome)."""
        if job is None or job.outcome is not None:
            return
        self.reading = job
        job.ended.connect(self._reading_ended)
        self.busy.show()
        self.summary.setText(self.tr("Reading the files…"))
        self._update_buttons()

    def _reading_ended(self, _outcome: JobOutcome[object]) -> None:
        self.reading = None
        self.busy.hide()
        self._show_summary()
        self._update_buttons()

    def previews_arrived(self, previews: list[FilePreview] | None) -> None:
        """Every file's new preview (None when the reading was cancelled or failed)."""
        if previews is not None:
            self.set_previews(previews)

    def file_arrived(self, index: int, updated: FilePreview | None) -> None:
        """One file's new preview, which then stays selected."""
        if updated is None:
            return
        previews = list(self.previews)
        previews[index] = updated
        self.set_previews(previews)
        self.tree.setCurrentItem(self.tree.topLevelItem(index))

    def reject(self) -> None:
        if self.reading is not None:  # stop reading: nothing will be imported
            self.reading.cancel()
        super().reject()
