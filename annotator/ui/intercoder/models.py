"""Thin table models over an `AgreementResult`: the statistics per variable, the disagreements.

Both only format what the agreement service computed; neither computes anything. The
disagreement model also shows whether each unit is settled (from the adjudication service's
stored decisions), so the PI sees at a glance what is left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from annotator.services.intercoder.intervals import ReliabilityIntervals, VariableIntervals
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
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "Alpha CI"),
        QT_TRANSLATE_NOOP(
            "StatisticsModel", "Bootstrapped confidence interval of alpha (Hayes & Krippendorff)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "q"),
        QT_TRANSLATE_NOOP(
            "StatisticsModel", "Estimated probability that alpha is below the smallest acceptable"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "SE % agree"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Standard error of percent agreement (Gwet)"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "SE Fleiss' κ"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Standard error of Fleiss' kappa (Gwet)"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "SE Brennan–Prediger"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Standard error of Brennan–Prediger (Gwet)"),
    ),
    (
        QT_TRANSLATE_NOOP("StatisticsModel", "SE Gwet's AC1"),
        QT_TRANSLATE_NOOP("StatisticsModel", "Standard error of Gwet's AC1 (Gwet)"),
    ),
)
STANDARD_ERRORS = ("percent_agreement", "fleiss_kappa", "brennan_prediger", "gwet_ac1")


def interval_text(interval: Sequence[float] | None) -> str:
    return "—" if interval is None else f"[{interval[0]:.3f}, {interval[1]:.3f}]"


class StatisticsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[VariableAgreement] = []
        self.intervals: dict[str, VariableIntervals] = {}

    def set_result(
        self, result: AgreementResult | None, intervals: ReliabilityIntervals | None = None
    ) -> None:
        self.beginResetModel()
        self.rows = list(result.variables.values()) if result is not None else []
        self.intervals = dict(intervals.variables) if intervals is not None else {}
        self.endResetModel()

    def _interval_cells(self, name: str, role: int) -> tuple[str, ...]:
        figures = self.intervals.get(name)
        if figures is None:
            return ("",) * 6
        alpha = figures.alpha
        cells = [
            "—" if alpha is None else interval_text(alpha.interval),
            "—" if alpha is None else f"{alpha.q:.3f}",
        ]
        errors, intervals = figures.errors.standard_errors(), figures.errors.intervals()
        for key in STANDARD_ERRORS:
            if role == TIP:
                cells.append(self.tr("{level:.0%} CI {interval}").format(
                    level=figures.errors.confidence, interval=interval_text(intervals.get(key))
                ))  # fmt: skip
            else:
                cells.append(number(errors.get(key)))
        return tuple(cells)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (0, 3, 5, 9, 10):
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
            *self._interval_cells(item.name, role),
        )
        if role == TIP and column > 11:
            return values[column]
        if role == TIP and column == 5 and item.name in self.intervals:
            cohen = self.intervals[item.name].cohen
            return "\n".join(
                self.tr("{pair}: SE {error}, CI {interval}").format(
                    pair=pair,
                    error=number(None if estimate is None else estimate.standard_error),
                    interval=interval_text(None if estimate is None else estimate.interval),
                )
                for pair, estimate in cohen.items()
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
