"""The tables of the comparison workbook as plain rows, kept apart from openpyxl.

:mod:`comparison_xlsx` only lays these rows out; keeping the arithmetic here (summary rows, the
legend, coincidence matrices and pairwise confusion tables) lets the GUI show the same tables
and lets tests check them without opening a workbook.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from annotator.core.agreement import NOT_CODED
from annotator.core.records.agreement import (
    RELIABLE,
    TENTATIVE,
    AgreementResult,
    cell_label,
    interpret,
)

Cell = Hashable | None
GWET_COLUMNS = (
    ("percent_agreement", "SE percent agreement"),
    ("fleiss_kappa", "SE Fleiss' kappa"),
    ("brennan_prediger", "SE Brennan-Prediger"),
    ("gwet_ac1", "SE Gwet's AC1"),
)


@dataclass(frozen=True)
class IntervalColumns:
    """The intervals `agreement` computed, as plain data for the Summary sheet's last columns.

    ``settings``: samples, seed, confidence, alpha_min (``ReliabilityIntervals.settings_json``);
    ``variables``: per variable the keys of the agreement JSON (``krippendorff_alpha_ci``,
    ``krippendorff_alpha_q``, ``standard_errors``, ``cohen_kappa_standard_errors``).
    """

    settings: Mapping[str, Any]
    variables: Mapping[str, Mapping[str, Any]]


def summary_rows(
    result: AgreementResult, intervals: IntervalColumns | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the Summary sheet: one row per variable, per code, unitizing; with
    ``intervals``, their columns after the others (whose order the app relies on)."""
    titles, rows = _summary_rows(result)
    if intervals is None:
        return titles, rows
    level = f"{intervals.settings.get('confidence', 0.95):.0%}"
    added = [f"Alpha {level} CI low", f"Alpha {level} CI high",
             f"q (alpha < {intervals.settings.get('alpha_min', 0.667):g})",
             *(title for _, title in GWET_COLUMNS),
             *(f"SE Cohen's kappa {pair}" for pair in result.pairs)]  # fmt: skip
    for row in rows:
        figures = intervals.variables.get(row[0]) if row[1] in ("", "(all codes)") else None
        row.extend(_interval_cells(figures, result.pairs) if figures else [None] * len(added))
    return [*titles, *added], rows


def _interval_cells(figures: Mapping[str, Any], pairs: Sequence[str]) -> list[Any]:
    low, high = figures.get("krippendorff_alpha_ci") or (None, None)
    errors = figures.get("standard_errors") or {}
    cohen = figures.get("cohen_kappa_standard_errors") or {}
    return [low, high, figures.get("krippendorff_alpha_q"),
            *(errors.get(key) for key, _ in GWET_COLUMNS),
            *(cohen.get(pair) for pair in pairs)]  # fmt: skip


def interval_legend(intervals: IntervalColumns) -> list[str]:
    """The legend line explaining the interval columns."""
    settings = intervals.settings
    level = f"{settings.get('confidence', 0.95):.0%}"
    alpha = (
        f"alpha's {level} interval and q = P(alpha < {settings.get('alpha_min', 0.667):g}) from "
        f"{settings['samples']:,} bootstrap samples, seed {settings.get('seed')} (Hayes & "
        "Krippendorff 2007)"
        if settings.get("samples")
        else "no bootstrap (alpha's interval and q empty)"
    )
    return ["Intervals", f"{alpha}; SE = standard errors as Gwet (2014) derives them"]


def _summary_rows(result: AgreementResult) -> tuple[list[str], list[list[Any]]]:
    pairs = result.pairs
    titles = ["Variable", "Code", "Level", "Units", "Pairable values", "Krippendorff's alpha",
              "Reading", "Percent agreement", "Fleiss' kappa", "Brennan-Prediger", "Gwet's AC1",
              "Alpha nominal", "Alpha ordinal", "Alpha interval", "MASI alpha",
              *(f"Cohen's kappa {pair}" for pair in pairs)]  # fmt: skip
    rows: list[list[Any]] = []
    for name, item in result.variables.items():
        rows.append(
            [name, "(all codes)" if item.multiple else "", item.level, item.units,
             item.pairable_values, item.krippendorff_alpha, item.interpretation,
             item.percent_agreement, item.fleiss_kappa, item.brennan_prediger, item.gwet_ac1,
             item.alphas.get("nominal"), item.alphas.get("ordinal"), item.alphas.get("interval"),
             item.masi_alpha, *(item.cohen_kappa.get(pair) for pair in pairs)]
        )  # fmt: skip
        for code, per_code in item.per_code.items():
            reading = _reading(per_code.krippendorff_alpha)
            rows.append(
                [name, code, "binary", per_code.units, None, per_code.krippendorff_alpha, reading,
                 per_code.percent_agreement, *([None] * (7 + len(pairs)))]
            )  # fmt: skip
    unitizing = result.unitizing
    if unitizing is not None:
        blank = [None] * (8 + len(pairs))
        overall = unitizing.alpha_u
        rows.append(["(unitizing: all spans)", "", "alpha_u", None, None, overall,
                     _reading(overall), unitizing.character_percent_agreement, *blank])  # fmt: skip
        for name, value in unitizing.per_variable.items():
            rows.append([f"(unitizing) {name}", "(all codes)", "alpha_u", None, None, value,
                         _reading(value), None, *blank])  # fmt: skip
            for code, code_value in unitizing.per_code.get(name, {}).items():
                rows.append([f"(unitizing) {name}", code, "alpha_u", None, None, code_value,
                             _reading(code_value), None, *blank])  # fmt: skip
    return titles, rows


def _reading(alpha: float | None) -> str:
    return interpret(alpha)


def summary_legend(result: AgreementResult) -> list[list[Any]]:
    """Lines below the Summary table: what was compared and what each number means."""
    missing = (
        "'not coded' counted as a category of its own"
        if result.missing_as_category
        else "a coder without a span (or without a code) in a unit is missing there"
    )
    return [
        ["Coders", ", ".join(result.coders)],
        ["Overlap threshold", f"spans align when overlap / union >= {result.overlap:g}"],
        ["Units", f"{len(result.units)} aligned units, {len(result.disagreements)} to adjudicate"],
        ["Missing data", missing],
        ["Krippendorff's alpha", f"agreement beyond chance, 1 = perfect, 0 = chance; >= {RELIABLE} "
         f"reliable, {TENTATIVE}-{RELIABLE} tentative conclusions only, < {TENTATIVE} unreliable "
         "(Krippendorff 2004). Nominal for categories, ordinal for scales (codes in codebook "
         "order)."],
        ["Percent agreement", "share of agreeing coder pairs within units (Krippendorff's "
         "observed agreement); not corrected for chance"],
        ["Cohen's kappa", "two coders, units both coded; chance from each coder's own code "
         "frequencies"],
        ["Fleiss' kappa", "any number of coders; chance from the pooled code frequencies"],
        ["Brennan-Prediger", "chance = 1 / number of codes (the kappa MAXQDA reports)"],
        ["Gwet's AC1", "chance from code frequencies, robust when one code dominates"],
        ["MASI alpha", "multi-code variables: alpha with partial credit for overlapping code "
         "sets (Passonneau 2006); the main row compares whole code sets"],
        ["Binary rows", "multi-code variables: each code as applied / not applied"],
        ["alpha_u", "unitizing alpha (Krippendorff 1995): did coders mark the same characters; "
         "the percent agreement in that row counts characters (as NVivo does)"],
    ]  # fmt: skip


def _labels(values: Sequence[Cell]) -> list[Cell]:
    """Distinct values in a stable order: by label, "(not coded)" last."""
    distinct = {value for value in values if value is not None}
    return sorted(distinct, key=lambda value: (value is NOT_CODED, cell_label(value)))


def coincidence_matrix(
    matrix: Sequence[Sequence[Cell]],
) -> tuple[list[str], list[list[float | int]]]:
    """Krippendorff's coincidence matrix: sum over units of pairs (c, k) / (m_u - 1).

    Pair counts are summed as integers per number of values m_u and divided once per m_u, so
    the sums stay exact without a fraction per unit.
    """
    pair_counts: dict[int, Counter[tuple[Cell, Cell]]] = {}
    seen: set[Cell] = set()
    # Identical columns (all coders agreeing on a code, say) are tallied once, times their count.
    for column, repeats in Counter(zip(*matrix, strict=True)).items():
        values = [value for value in column if value is not None]
        size = len(values)
        if size < 2:
            continue
        seen.update(values)
        counts = pair_counts.get(size)
        if counts is None:
            counts = pair_counts[size] = Counter()
        if size == 2:  # the common case, without a tally
            first, second = values
            if first == second:
                counts[(first, first)] += 2 * repeats
            else:
                counts[(first, second)] += repeats
                counts[(second, first)] += repeats
            continue
        tally = Counter(values)
        for first, first_count in tally.items():
            for second, second_count in tally.items():
                pairs = first_count * (second_count - (1 if first == second else 0))
                if pairs:
                    counts[(first, second)] += pairs * repeats
    totals: dict[tuple[Cell, Cell], Fraction] = {}
    for size, counts in pair_counts.items():
        for key, pairs in counts.items():
            totals[key] = totals.get(key, Fraction(0)) + Fraction(pairs, size - 1)
    labels = _labels(list(seen))
    table = [[_plain(totals.get((row, col), Fraction(0))) for col in labels] for row in labels]
    return [cell_label(label) for label in labels], table


def confusion_table(
    first: Sequence[Cell], second: Sequence[Cell]
) -> tuple[list[str], list[str], list[list[int]]]:
    """Rows: the first coder's values, columns: the second's, over units both coded."""
    pairs = Counter(zip(first, second, strict=True))
    for pair in [pair for pair in pairs if pair[0] is None or pair[1] is None]:
        del pairs[pair]
    rows = _labels([a for a, _ in pairs])
    columns = _labels([b for _, b in pairs])
    table = [[pairs.get((row, col), 0) for col in columns] for row in rows]
    return [cell_label(row) for row in rows], [cell_label(col) for col in columns], table


def _plain(value: Fraction) -> float | int:
    return int(value) if value.denominator == 1 else float(value)
