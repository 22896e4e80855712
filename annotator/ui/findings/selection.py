"""Which codings a findings window counts: one coder, the consensus coder or all coders, and dates.

The same choice the command line's ``--coders``/``--consensus``/``--from``/``--to`` make
(`annotator.services.findings.codings.CodingSelection`), as a row of widgets shared by the
Frequencies and Discourse Network windows. `changed` fires on every edit.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QWidget

from annotator.db.project import Project
from annotator.services.coders import list_coders
from annotator.services.findings.codings import CodingSelection
from annotator.services.intercoder.data import consensus_coder_name

ALL, CONSENSUS = "\x00all", "\x00consensus"
W = TypeVar("W", bound=QWidget)


class SelectionBox(QWidget):
    """Coders and a date range, as form rows added to `form`."""

    changed = Signal()

    def __init__(self, project: Project, form: QFormLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.coders = QComboBox()
        self.coders.setObjectName("coders")
        self.coders.setToolTip(
            self.tr(
                "Whose codings count: every coder's (except the consensus coder's), "
                "the consensus coder's only, or one coder's"
            )
        )
        self.reload_coders()
        self.coders.currentIndexChanged.connect(self.changed)
        form.addRow(self.tr("&Coders:"), self.coders)
        self.use_start, self.start = self._date_row(form, self.tr("From:"), first=True)
        self.use_stop, self.stop = self._date_row(form, self.tr("To:"), first=False)

    def _date_row(self, form: QFormLayout, label: str, first: bool) -> tuple[QCheckBox, QDateEdit]:
        use = QCheckBox(label)
        use.setObjectName("use_from" if first else "use_to")
        edit = QDateEdit()
        edit.setObjectName("from" if first else "to")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate.currentDate().addYears(-1) if first else QDate.currentDate())
        edit.setEnabled(False)
        use.setToolTip(
            self.tr("Count only documents published in this range (undated ones drop out)")
        )
        use.toggled.connect(edit.setEnabled)
        use.toggled.connect(self.changed)
        edit.dateChanged.connect(lambda _date: self.changed.emit() if use.isChecked() else None)
        row = QHBoxLayout()
        row.addWidget(use)
        row.addWidget(edit, 1)
        form.addRow(row)
        return use, edit

    def reload_coders(self) -> None:
        """The project's coders (a new one may have started coding)."""
        current = self.coders.currentData()
        consensus = consensus_coder_name_of(self.project)
        self.coders.blockSignals(True)
        self.coders.clear()
        self.coders.addItem(self.tr("All coders"), ALL)
        self.coders.addItem(self.tr("Consensus ({name})").format(name=consensus), CONSENSUS)
        for coder in list_coders(self.project):
            if coder.name != consensus:
                self.coders.addItem(coder.name, coder.name)
        found = self.coders.findData(current) if current is not None else 0
        self.coders.setCurrentIndex(max(found, 0))
        self.coders.blockSignals(False)

    def suggest_dates(self, first: date | None, last: date | None) -> None:
        """Unused date fields show the dates the counted documents span (a range to narrow)."""
        for use, edit, value in (
            (self.use_start, self.start, first),
            (self.use_stop, self.stop, last),
        ):
            if value is not None and not use.isChecked():
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)

    def selection(self) -> CodingSelection:
        chosen = self.coders.currentData()
        start = _date(self.start.date()) if self.use_start.isChecked() else None
        stop = _date(self.stop.date()) if self.use_stop.isChecked() else None
        if chosen == CONSENSUS:
            return CodingSelection(consensus=True, start=start, stop=stop)
        coders = None if chosen in (ALL, None) else [chosen]
        return CodingSelection(coders=coders, start=start, stop=stop)

    def coders_text(self) -> str:
        """Whose codings count, in the reader's language ("all coders (alice, bob)")."""
        chosen = self.coders.currentData()
        if chosen == ALL:
            names = [self.coders.itemText(i) for i in range(2, self.coders.count())]
            return self.tr("all coders ({names})").format(names=", ".join(names))
        if chosen == CONSENSUS:
            return self.coders.currentText()
        return self.tr("coder {name}").format(name=chosen)

    def period_text(self) -> str:
        """The date range asked for ("all dates", "2022-01-01 to …")."""
        start = self.start.date().toString("yyyy-MM-dd") if self.use_start.isChecked() else "…"
        stop = self.stop.date().toString("yyyy-MM-dd") if self.use_stop.isChecked() else "…"
        if start == stop == "…":
            return self.tr("all dates")
        return self.tr("{start} to {stop}").format(start=start, stop=stop)

    def set_coder(self, name: str) -> None:
        """Choose one coder (or ALL / CONSENSUS)."""
        self.coders.setCurrentIndex(self.coders.findData(name))


def named(widget: W, name: str) -> W:
    """The widget with its object name (what tests and style sheets find it by)."""
    widget.setObjectName(name)
    return widget


def consensus_coder_name_of(project: Project) -> str:
    with project.reading() as session:
        return consensus_coder_name(session)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
