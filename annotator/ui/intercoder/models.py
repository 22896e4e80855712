"""Thin table models over an `AgreementResult`: the statistics per variable, the disagreements.

Both only format what the agreement service computed; neither computes anything. The
disagreement model also shows whether each unit is settled (from the adjudication service's
stored decisions), so the PI sees at a glance what is left.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.core.records.agreement import AgreementResult, AlignedUnit, VariableAgreement
from annotator.ui.intercoder.chart import bar_colour

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
DISPLAY, TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


STAT_COLUMNS: tuple[tuple[str, str], ...] = (  # header, tooltip (translated when shown)
    (QT_TRANSLATE_NOOP("StatisticsModel", "Variable"), ""),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Units"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Aligned units with at least two coders' values"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Alpha"),
        QT_TRANSLATE_NOOP(
            "StatisticsModel", "Krippendorff's alpha (≥ 0.8 reliable, ≥ 0.667 tentative)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Level"),
        QT_TRANSLATE_NOOP("StatisticsModel", "nominal for categories, ordinal for ordered scales"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "% agree"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Share of agreeing pairs of values"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Cohen's κ"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Pairwise Cohen's kappa (coder pair: value)"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Fleiss' κ"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Fleiss' kappa over all coders"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Brennan–Prediger"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Chance-corrected agreement with uniform chance"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Gwet's AC1"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Gwet's first-order agreement coefficient"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Reading"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Krippendorff's convention"),
    ),
)


class StatisticsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[VariableAgreement] = []

    def set_result(self, result: AgreementResult | None) -> None:
        self.beginResetModel()
        self.rows = list(result.variables.values()) if result is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(STAT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (DISPLAY, TIP):
            text = STAT_COLUMNS[section][0 if role == DISPLAY else 1]
            return self.tr(text) if text else None
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        item, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.BackgroundRole and column == 2:
            alpha = item.krippendorff_alpha
            return None if alpha is None else bar_colour(alpha).lighter(170)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (0, 3, 5, 9):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (DISPLAY, TIP):
            return None
        kappas = ", ".join(f"{pair}: {number(k)}" for pair, k in item.cohen_kappa.items())
        values = (
            item.name,
            str(item.units),
            number(item.krippendorff_alpha),
            item.level,
            number(item.percent_agreement),
            kappas,
            number(item.fleiss_kappa),
            number(item.brennan_prediger),
            number(item.gwet_ac1),
            item.interpretation,
        )
        if role == TIP and item.multiple:
            return self.tr(
                "Several codes per span: sets compared whole; MASI alpha {alpha}"
            ).format(alpha=number(item.masi_alpha))
        return values[column] if role == DISPLAY else None


DISAGREEMENT_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("DisagreementModel", "Differs in"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Settled"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Document"),
    QT_TRANSLATE_NOOP("DisagreementModel", "Text"),
)


class DisagreementModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.units: list[AlignedUnit] = []
        self.settled: Mapping[str, Mapping[str, Any]] = {}

    def set_units(self, units: list[AlignedUnit], settled: Mapping[str, Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self.units, self.settled = units, settled
        self.endResetModel()

    def set_settled(self, settled: Mapping[str, Mapping[str, Any]]) -> None:
        self.settled = settled
        if self.units:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.units) - 1, 2))

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(DISAGREEMENT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.tr(DISAGREEMENT_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        unit, column = self.units[index.row()], index.column()
        decision = self.settled.get(unit.id)
        if role == Qt.ItemDataRole.ForegroundRole and decision is not None:
            return QColor("#6a6a6a")
        if role == TIP and column == 4:
            return unit.text
        if role != DISPLAY:
            return None
        if column == 0:
            return str(unit.number)
        if column == 3:
            return unit.document.title
        if column == 4:
            return " ".join((unit.text or "").split())[:120]
        if column == 1:
            if unit.disagreeing:
                return ", ".join(unit.disagreeing)
            return self.tr("not marked by {coders}").format(coders=", ".join(unit.missing))
        if decision is None:
            return ""
        who = decision.get("coder")
        kind = decision.get("decision", "")
        if kind == "take":
            return self.tr("✓ {coder}'s version").format(coder=who)
        if kind == "edit":
            return self.tr("✓ edited ({coder})").format(coder=who or self.tr("new"))
        return self.tr("✓ rejected")
