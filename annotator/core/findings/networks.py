"""Discourse networks with the Discourse Network Analyzer's definitions (Leifeld, DNA 3).

A *statement* is one coded span seen as DNA sees it: a value of the first variable (an actor),
a value of the second (a concept) and, optionally, a qualifier (agreement). This module follows
DNA's Java source, `dna/src/main/java/dna/export/Exporter.java` in github.com/leifeld/dna:

* `filterStatements` -- empty values drop a statement; `--duplicates` keeps one statement per
  (actor, concept, qualifier when it is not ignored) per document, calendar week, month, year or
  across the whole range. DNA's code compares the month (week) number only, not the year, which
  its manual does not intend ("one identical statement per calendar month"); we compare year and
  month (ISO year and week: the UK definition DNA names). Within one year both agree.
* `extractLabels` -- node labels are the sorted distinct values (isolates: of all statements).
* `createArray` -- the actor x concept x qualifier-level count array.
* `computeTwoModeMatrix` -- aggregation ignore, subtract, combine (`lexRank`); normalization
  no, activity (row), prominence (column).
* `computeOneModeMatrix` -- aggregation ignore, congruence, conflict, subtract, for text
  qualifiers (match per level) and for boolean/integer ones (proximity 1 - |q1 - q2| / range);
  normalization no, average, jaccard, cosine (DNA's cosine divides by the product of the two
  actors' statement counts, as its code does).
* `computeTimeWindowMatrices` -- windows of `window` days centred on a mid-point
  (half width round((window - 1) / 2)) that moves by `step` days (DNA: one) from the first to the
  last date; only windows lying wholly within the range are computed.

One-mode pairs are computed sparsely (the sums over concepts both actors use, the rest from the
actors' totals), so a thousand actors stay fast; the results equal DNA's dense loops.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

NetworkType = Literal["twomode", "onemode"]
AGGREGATIONS = ("ignore", "congruence", "conflict", "subtract", "combine")
ONE_MODE_AGGREGATIONS = ("ignore", "congruence", "conflict", "subtract")
TWO_MODE_AGGREGATIONS = ("ignore", "subtract", "combine")
ONE_MODE_NORMALIZATIONS = ("no", "average", "jaccard", "cosine")
TWO_MODE_NORMALIZATIONS = ("no", "activity", "prominence")
NORMALIZATIONS = ("no", "average", "jaccard", "cosine", "activity", "prominence")
DUPLICATES = ("include", "document", "week", "month", "year", "acrossrange")


class NetworkOptionError(ValueError):
    """Options that do not go together (DNA refuses or ignores them); the message says why."""


@dataclass(frozen=True)
class Statement:
    """One (actor, concept, qualifier) triple of a coded span, with where and when it was made."""

    document: int
    published: date | None
    first: str
    second: str
    qualifier: str | int | None = None


@dataclass(frozen=True)
class Qualifier:
    """How the qualifier's values are compared: as text levels (DNA's "short text"), as DNA's
    boolean (levels 0 and 1: 0 is disagreement) or as integers (a scale)."""

    kind: Literal["text", "boolean", "integer"]
    levels: tuple[str | int, ...]

    @property
    def numeric(self) -> bool:
        return self.kind != "text"


@dataclass(frozen=True)
class NetworkOptions:
    network_type: NetworkType = "twomode"
    aggregation: str = "ignore"
    normalization: str = "no"
    duplicates: str = "include"
    isolates: bool = False

    def check(self, qualifier: Qualifier | None) -> None:
        """Refuse what DNA does not define, with one sentence saying what is possible."""
        if self.network_type == "twomode":
            aggregations, normalizations = TWO_MODE_AGGREGATIONS, TWO_MODE_NORMALIZATIONS
        else:
            aggregations, normalizations = ONE_MODE_AGGREGATIONS, ONE_MODE_NORMALIZATIONS
        if self.aggregation not in aggregations:
            raise NetworkOptionError(
                f"--aggregation {self.aggregation} is not defined for a {self.network_type} "
                f"network (choose {', '.join(aggregations)})"
            )
        if self.normalization not in normalizations:
            raise NetworkOptionError(
                f"--normalization {self.normalization} is not defined for a {self.network_type} "
                f"network (choose {', '.join(normalizations)})"
            )
        if self.duplicates not in DUPLICATES:
            raise NetworkOptionError(f"--duplicates must be one of {', '.join(DUPLICATES)}")
        if self.aggregation != "ignore" and qualifier is None:
            raise NetworkOptionError(
                f"--aggregation {self.aggregation} needs a --qualifier variable"
            )


@dataclass
class NetworkMatrix:
    """One network: row and column labels, the weights, and the period and statements it covers
    (`date` is a time window's mid-point)."""

    rows: list[str]
    columns: list[str]
    matrix: list[list[float]]
    statements: int
    start: date | None = None
    stop: date | None = None
    date: date | None = None
    combinations: dict[int, list[str | int]] = field(default_factory=dict)

    def to_json(self) -> dict:
        data: dict = {"rows": self.rows, "columns": self.columns, "matrix": tidy(self.matrix)}
        data["statements"] = self.statements
        for key in ("start", "stop", "date"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value.isoformat()
        if self.combinations:
            data["combinations"] = {str(key): value for key, value in self.combinations.items()}
        return data


def tidy(matrix: list[list[float]]) -> list[list[float | int]]:
    """Whole weights as integers (3, not 3.0), the others as they are."""
    return [[int(value) if float(value).is_integer() else value for value in row] for row in matrix]


def _period(statement: Statement, duplicates: str) -> object:
    published = statement.published
    if duplicates == "document":
        return statement.document
    if duplicates == "acrossrange" or published is None:
        return None
    if duplicates == "year":
        return published.year
    if duplicates == "month":
        return (published.year, published.month)
    return tuple(published.isocalendar())[:2]  # week: ISO year and week (Monday first)


def filter_statements(statements: Iterable[Statement], options: NetworkOptions) -> list[Statement]:
    """DNA's `filterStatements`: drop statements with an empty actor or concept (or qualifier,
    when it is not ignored), then all but the first of each duplicate."""
    use_qualifier = options.aggregation != "ignore"
    kept: list[Statement] = []
    seen: set[tuple] = set()
    ordered = sorted(statements, key=lambda s: (s.published or date.min, s.document))
    for statement in ordered:
        if not statement.first or not statement.second:
            continue
        if use_qualifier and statement.qualifier in (None, ""):
            continue
        if options.duplicates != "include":
            key = (
                _period(statement, options.duplicates),
                statement.first,
                statement.second,
                statement.qualifier if use_qualifier else None,
            )
            if key in seen:
                continue
            seen.add(key)
        kept.append(statement)
    return kept


def labels(statements: Iterable[Statement], first: bool) -> list[str]:
    """DNA's `extractLabels`: sorted distinct non-empty values."""
    return sorted({s.first if first else s.second for s in statements} - {""})


def _counts(
    statements: Sequence[Statement], qualifier: Qualifier | None
) -> dict[str, dict[str, dict[int, float]]]:
    """DNA's `createArray`, sparse: actor -> concept -> qualifier level index -> count."""
    levels = qualifier.levels if qualifier is not None else ()
    index = {level: position for position, level in enumerate(levels)}
    counts: dict[str, dict[str, dict[int, float]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(float))
    )
    for s in statements:
        level = index.get(s.qualifier, 0) if qualifier is not None else 0
        counts[s.first][s.second][level] += 1.0
    return counts


def _lex_rank(present: Sequence[bool]) -> int:
    """DNA's `lexRank`: the binary vector of qualifier levels used, read as a number."""
    return sum(2 ** (len(present) - i - 1) for i, used in enumerate(present) if used)


def two_mode(
    statements: Sequence[Statement],
    options: NetworkOptions,
    qualifier: Qualifier | None,
    rows: list[str],
    columns: list[str],
) -> NetworkMatrix:
    """DNA's `computeTwoModeMatrix`."""
    counts = _counts(statements, qualifier)
    levels = qualifier.levels if qualifier is not None else (0,)
    matrix = [[0.0] * len(columns) for _ in rows]
    combinations: dict[int, list[str | int]] = {}
    totals = [0.0] * len(rows)  # every statement of the actor (activity's denominator, subtract)
    column_totals = [0.0] * len(columns)
    for i, actor in enumerate(rows):
        for j, concept in enumerate(columns):
            cell = counts.get(actor, {}).get(concept)
            if not cell:
                continue
            statements_here = sum(cell.values())
            totals[i] += statements_here
            column_totals[j] += statements_here
            if options.aggregation == "combine":
                rank = _lex_rank([cell.get(k, 0) > 0 for k in range(len(levels))])
                matrix[i][j] = float(rank)
                combinations[rank] = list(levels)
            elif options.aggregation == "subtract" and qualifier is not None and qualifier.numeric:
                for k, count in cell.items():
                    level = int(levels[k])
                    if qualifier.kind == "boolean":
                        matrix[i][j] += count if level > 0 else -count
                    else:
                        matrix[i][j] += level * count  # DNA: +|q| for q >= 0, -|q| for q < 0
            else:  # ignore; subtract with a text qualifier has nothing to subtract
                matrix[i][j] = statements_here
    if options.normalization == "activity":
        for i in range(len(rows)):
            denominator = _denominator([matrix[i][j] for j in range(len(columns))],
                                       totals[i], options.aggregation)  # fmt: skip
            for j in range(len(columns)):
                matrix[i][j] = matrix[i][j] / denominator if denominator else 0.0
    elif options.normalization == "prominence":
        for j in range(len(columns)):
            denominator = _denominator([matrix[i][j] for i in range(len(rows))],
                                       column_totals[j], options.aggregation)  # fmt: skip
            for i in range(len(rows)):
                matrix[i][j] = matrix[i][j] / denominator if denominator else 0.0
    return NetworkMatrix(rows, columns, matrix, len(statements), combinations=combinations)


def _denominator(weights: list[float], statements: float, aggregation: str) -> float:
    if aggregation == "combine":
        return float(sum(1 for weight in weights if weight > 0))
    if aggregation == "subtract":
        return statements
    return sum(weights)


def one_mode(
    statements: Sequence[Statement],
    options: NetworkOptions,
    qualifier: Qualifier | None,
    rows: list[str],
) -> NetworkMatrix:
    """DNA's `computeOneModeMatrix` (symmetric; the diagonal is zero)."""
    counts = _counts(statements, qualifier)
    totals = {actor: sum(sum(cell.values()) for cell in concepts.values())
              for actor, concepts in counts.items()}  # fmt: skip
    values = list(qualifier.levels) if qualifier is not None and qualifier.numeric else [0]
    spread = abs(int(values[-1]) - int(values[0])) if len(values) > 1 else 0
    aggregation = options.aggregation
    size = len(rows)
    matrix = [[0.0] * size for _ in range(size)]
    for a in range(size):
        first = counts.get(rows[a], {})
        total_a = totals.get(rows[a], 0.0)
        for b in range(a + 1, size):
            second = counts.get(rows[b], {})
            total_b = totals.get(rows[b], 0.0)
            weight = 0.0
            both_a = both_b = both_product = 0.0  # sums over (concept, level) both actors use
            for concept in first.keys() & second.keys():
                cell_a, cell_b = first[concept], second[concept]
                if aggregation == "ignore":
                    weight += sum(cell_a.values()) * sum(cell_b.values())
                elif qualifier is not None and qualifier.numeric:
                    for k1, count1 in cell_a.items():
                        for k2, count2 in cell_b.items():
                            distance = abs(int(values[k1]) - int(values[k2])) / spread
                            if aggregation == "congruence":
                                weight += count1 * count2 * (1.0 - distance)
                            elif aggregation == "conflict":
                                weight += count1 * count2 * distance
                            else:
                                weight += count1 * count2 * ((1.0 - distance) - distance)
                for level in cell_a.keys() & cell_b.keys():
                    both_a += cell_a[level]
                    both_b += cell_b[level]
                    both_product += cell_a[level] * cell_b[level]
            if aggregation != "ignore" and (qualifier is None or not qualifier.numeric):
                only_one = (total_a - both_a) + (total_b - both_b)  # levels one actor alone uses
                if aggregation == "congruence":
                    weight = both_product
                elif aggregation == "conflict":
                    weight = only_one
                else:
                    weight = both_product - only_one
            norm = _one_mode_norm(options.normalization, total_a, total_b,
                                  both_a, both_b, both_product)  # fmt: skip
            value = 0.0 if norm == 0 else weight / norm
            matrix[a][b] = matrix[b][a] = value
    return NetworkMatrix(list(rows), list(rows), matrix, len(statements))


def _one_mode_norm(
    normalization: str, total_a: float, total_b: float, both_a: float, both_b: float,
    both_product: float,
) -> float:  # fmt: skip
    if normalization == "average":
        return (total_a + total_b) / 2
    if normalization == "jaccard":  # m10 + m01 + m11
        return (total_a - both_a) + (total_b - both_b) + both_product
    if normalization == "cosine":
        return math.sqrt(total_a * total_a) * math.sqrt(total_b * total_b)
    return 1.0


def network(
    statements: Sequence[Statement],
    options: NetworkOptions,
    qualifier: Qualifier | None,
    *,
    all_statements: Sequence[Statement] | None = None,
) -> NetworkMatrix:
    """The network of already filtered statements; labels come from `all_statements` too when
    isolates are kept."""
    source = all_statements if options.isolates and all_statements is not None else statements
    rows = labels(source, first=True)
    if options.network_type == "onemode":
        return one_mode(statements, options, qualifier, rows)
    return two_mode(statements, options, qualifier, rows, labels(source, first=False))


def time_windows(
    statements: Sequence[Statement],
    options: NetworkOptions,
    qualifier: Qualifier | None,
    *,
    window: int,
    step: int = 1,
    start: date | None = None,
    stop: date | None = None,
) -> list[NetworkMatrix]:
    """DNA's `computeTimeWindowMatrices` for days, with a step: one network per mid-point."""
    dated = [s for s in statements if s.published is not None]
    if not dated:
        return []
    first = start or min(s.published for s in dated if s.published)
    last = stop or max(s.published for s in dated if s.published)
    half = math.floor((window - 1) / 2 + 0.5)  # Java's Math.round
    results: list[NetworkMatrix] = []
    middle = first
    while middle <= last:
        window_start = middle - timedelta(days=half)
        window_stop = middle + timedelta(days=half)
        if window_start >= first and window_stop <= last:
            inside = [s for s in dated if window_start <= (s.published or first) <= window_stop]
            result = network(inside, options, qualifier, all_statements=dated)
            result.start, result.stop, result.date = window_start, window_stop, middle
            results.append(result)
        middle += timedelta(days=step)
    return results
