"""Confidence intervals for the agreement figures a paper reports, per variable.

On top of an :class:`~annotator.core.records.agreement.AgreementResult`: Krippendorff's alpha
with its bootstrapped interval and q, the probability that alpha is below a chosen minimum
(:mod:`annotator.core.agreement.bootstrap`, Hayes & Krippendorff 2007), and the standard errors
and intervals of percent agreement, Fleiss' kappa, Brennan-Prediger, Gwet's AC1 and each coder
pair's Cohen's kappa (:mod:`annotator.core.agreement.standard_errors`, Gwet 2014).  Every
variable is bootstrapped with the same seed, reported with the result, so a run can be repeated
exactly; without a seed one is drawn at random.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

from annotator.core.agreement.bootstrap import (
    DEFAULT_SAMPLES,
    AlphaBootstrap,
    bootstrap_alpha,
    new_seed,
)
from annotator.core.agreement.standard_errors import (
    Estimate,
    StandardErrors,
    cohen_kappa_estimate,
    gwet_standard_errors,
)
from annotator.core.records.agreement import AgreementResult, VariableAgreement, pair_name
from annotator.errors import InvalidInputError
from annotator.io.exports.comparison_tables import IntervalColumns

DEFAULT_ALPHA_MIN = 0.667
DEFAULT_CONFIDENCE = 0.95


@dataclass(frozen=True)
class IntervalOptions:
    """``samples`` = 0 leaves out the bootstrap (alpha's interval and q)."""

    samples: int = DEFAULT_SAMPLES
    seed: int | None = None
    confidence: float = DEFAULT_CONFIDENCE
    alpha_min: float = DEFAULT_ALPHA_MIN

    def checked(self) -> IntervalOptions:
        """These options, or an error naming the one that cannot be used."""
        if self.samples < 0:
            raise InvalidInputError(
                f"the number of bootstrap samples must be 0 (none) or more, not {self.samples}"
            )
        if not 0.0 < self.confidence < 1.0:
            raise InvalidInputError(
                f"the confidence level must be between 0 and 1 (e.g. 0.95), not {self.confidence:g}"
            )
        if not -1.0 < self.alpha_min < 1.0:
            raise InvalidInputError(
                f"the smallest acceptable alpha must be between -1 and 1, not {self.alpha_min:g}"
            )
        return self


@dataclass(frozen=True)
class VariableIntervals:
    alpha: AlphaBootstrap | None
    errors: StandardErrors
    cohen: dict[str, Estimate | None]

    def to_json(self) -> dict[str, Any]:
        """The keys added under ``variables.NAME`` of the agreement JSON."""
        return {
            "krippendorff_alpha_ci": None if self.alpha is None else list(self.alpha.interval),
            "krippendorff_alpha_q": None if self.alpha is None else self.alpha.q,
            "standard_errors": self.errors.standard_errors(),
            "confidence_intervals": self.errors.intervals(),
            "cohen_kappa_standard_errors": {
                pair: None if item is None else item.standard_error
                for pair, item in self.cohen.items()
            },
            "cohen_kappa_confidence_intervals": {
                pair: None if item is None else list(item.interval)
                for pair, item in self.cohen.items()
            },
        }


@dataclass(frozen=True)
class ReliabilityIntervals:
    options: IntervalOptions  # with the seed actually used
    variables: dict[str, VariableIntervals]

    def settings_json(self) -> dict[str, Any]:
        return {
            "samples": self.options.samples,
            "seed": self.options.seed,
            "confidence": self.options.confidence,
            "alpha_min": self.options.alpha_min,
        }

    def workbook_columns(self) -> IntervalColumns:
        """These figures for the comparison workbook's Summary sheet."""
        return IntervalColumns(
            self.settings_json(),
            {name: figures.to_json() for name, figures in self.variables.items()},
        )


def _bootstrap_level(item: VariableAgreement) -> str:
    return item.level if item.level in ("nominal", "ordinal", "interval") else "nominal"


def variable_intervals(
    item: VariableAgreement, coders: tuple[str, ...], options: IntervalOptions
) -> VariableIntervals:
    """The intervals of one variable (``options.seed`` must be set when bootstrapping)."""
    matrix = item.matrix
    alpha = None
    if options.samples:
        level = _bootstrap_level(item)
        alpha = bootstrap_alpha(
            matrix,
            level,  # type: ignore[arg-type]
            value_order=item.codes if level != "nominal" else None,
            samples=options.samples,
            seed=options.seed,
            confidence=options.confidence,
            alpha_min=options.alpha_min,
        )
    errors = gwet_standard_errors(matrix, item.categories, options.confidence)
    rows = dict(zip(coders, matrix, strict=True))
    cohen: dict[str, Estimate | None] = {}
    for first, second in combinations(coders, 2):
        pairs = [
            (a, b)
            for a, b in zip(rows[first], rows[second], strict=True)
            if a is not None and b is not None
        ]
        cohen[pair_name(first, second)] = cohen_kappa_estimate(pairs, options.confidence)
    return VariableIntervals(alpha, errors, dict(sorted(cohen.items())))


def reliability_intervals(
    result: AgreementResult, options: IntervalOptions | None = None
) -> ReliabilityIntervals:
    """Intervals of every variable of ``result`` (see the module docstring)."""
    options = (options or IntervalOptions()).checked()
    if options.samples and options.seed is None:
        options = IntervalOptions(options.samples, new_seed(), options.confidence,
                                  options.alpha_min)  # fmt: skip
    variables = {
        name: variable_intervals(item, result.coders, options)
        for name, item in result.variables.items()
    }
    return ReliabilityIntervals(options, variables)
