"""What an article import did: imported, skipped as duplicates, and failed files with their reason.

The same lists the command line prints (`ImportReport`), as a small dialog a researcher can
scan: failures, documents to check (e.g. a page whose article was found only in part) and
duplicates are expanded, each with its file and one-line reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.services.imports.articles import ImportReport


class ImportSummaryDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary")
        self.setWindowTitle(self.tr("Import finished"))
        self.label = QLabel(self.headline(report))
        self.label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("summary_tree")
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Details")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setWordWrap(True)
        self._group(
            self.tr("Not imported ({count})").format(count=len(report.failed)),
            [(item.path, item.error) for item in report.failed],
            QColor("#b3261e"),
        )
        self._group(
            self.tr("Check these (%n)", "", len(report.warnings)),
            [
                (
                    item.path,
                    self.tr("#{number} “{title}”: {warning}").format(
                        number=item.id, title=item.title, warning=item.warning
                    ),
                )
                for item in report.warnings
            ],
            QColor("#8a5300"),
        )
        self._group(
            self.tr("Already in the project ({count})").format(count=len(report.duplicates)),
            [
                (
                    item.path,
                    self.tr("“{title}” — same text as document #{number}").format(
                        title=item.title, number=item.existing_id
                    ),
                )
                for item in report.duplicates
            ],
        )
        self._group(
            self.tr("Imported ({count})").format(count=len(report.imported)),
            [(item.path, item.title) for item in report.imported],
            expanded=len(report.imported) <= 20,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def headline(self, report: ImportReport) -> str:
        """One sentence with the counts; a cancelled import says what it left."""
        parts = [
            self.tr("%n article(s) imported", "", len(report.imported)),
            self.tr("%n already in the project (skipped)", "", len(report.duplicates)),
            self.tr("%n file(s) could not be imported", "", len(report.failed)),
        ]
        if report.warnings:
            parts.append(self.tr("%n to check", "", len(report.warnings)))
        text = self.tr("{parts}.").format(parts=", ".join(parts))
        if report.cancelled:
            text = self.tr(
                "Import cancelled: the files stored before the cancel are in the project, each one "
                "whole (Edit → Undo removes them); the rest were not imported.\n{summary}"
            ).format(summary=text)
        return text

    def _group(
        self,
        title: str,
        rows: list[tuple[str, str]],
        colour: QColor | None = None,
        expanded: bool = True,
    ) -> None:
        if not rows:
            return
        group = QTreeWidgetItem([title, ""])
        for path, detail in rows:
            child = QTreeWidgetItem([Path(path).name, detail])
            child.setToolTip(0, path)
            child.setToolTip(1, detail)
            if colour is not None:
                child.setForeground(1, QBrush(colour))
            group.addChild(child)
        self.tree.addTopLevelItem(group)
        group.setExpanded(expanded)
