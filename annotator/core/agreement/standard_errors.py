"""Standard errors and confidence intervals of the agreement coefficients (Gwet 2014).

Gwet, K. L. (2014), *Handbook of Inter-Rater Reliability*, 4th ed., ch. 5 ("Agreement
coefficients for nominal ratings: constructing confidence intervals"), as the R package irrCAC
(``pa.coeff.raw``, ``fleiss.kappa.raw``, ``bp.coeff.raw``, ``gwet.ac1.raw``) and its Python port
implement it, for an infinite population of units (no finite-population correction).  Each
coefficient kappa = (p_a - p_e) / (1 - p_e) is linearised per unit i:

    kappa_i  = (n / n2) * (p_a,i - p_e * [r_i >= 2]) / (1 - p_e)
    kappa*_i = kappa_i - 2 (1 - kappa) (p_e,i - p_e) / (1 - p_e)
    var      = sum_i (kappa*_i - kappa)^2 / (n (n - 1))

with n the units holding at least one value, n2 those holding two, r_i the values of unit i,
p_a,i = sum_k r_ik (r_ik - 1) / (r_i (r_i - 1)).  p_e,i is Fleiss: sum_k r_ik pi_k / r_i; AC1:
sum_k r_ik (1 - pi_k) / (r_i (q - 1)); Brennan-Prediger's p_e = 1/q is fixed, so its second
term vanishes.  The interval is kappa +- t(1 - (1 - level)/2; n - 1) * se, its upper end
capped at 1 (irrCAC's rule).

Percent agreement is reported as Krippendorff's observed agreement A_o = sum_u a_u / sum_u m_u
(a_u = sum_c n_uc (n_uc - 1) / (m_u - 1), m_u values in pairable unit u), a ratio estimator;
its standard error is the same linearisation over the N pairable units,
z_u = A_o + N (a_u - A_o m_u) / sum m, which for two coders without missing values is Gwet's
sqrt(p (1 - p) / (N - 1)).  Its interval is clipped to [0, 1].

Cohen's kappa of a coder pair (units both coded) uses Gwet's linearisation for two raters
(irrCAC's Conger kappa, which equals Cohen's for two raters): p_e,i = (p_B(a_i) + p_A(b_i)) / 2
with p_A, p_B the two coders' category shares.

Values are ``None`` when undefined: the coefficient is undefined, or fewer than two units.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from annotator.core.agreement.reliability import ReliabilityMatrix, unit_values
from annotator.core.agreement.student_t import t_quantile

COEFFICIENTS = ("percent_agreement", "fleiss_kappa", "brennan_prediger", "gwet_ac1")
Interval = tuple[float, float]


@dataclass(frozen=True)
class Estimate:
    """A coefficient with its standard error and confidence interval."""

    value: float
    standard_error: float
    interval: Interval


@dataclass(frozen=True)
class StandardErrors:
    """Per coefficient name (:data:`COEFFICIENTS`) its estimate, or ``None`` when undefined."""

    estimates: dict[str, Estimate | None]
    confidence: float

    def standard_errors(self) -> dict[str, float | None]:
        return {
            name: None if item is None else item.standard_error
            for name, item in self.estimates.items()
        }

    def intervals(self) -> dict[str, list[float] | None]:
        return {
            name: None if item is None else list(item.interval)
            for name, item in self.estimates.items()
        }


def _check_confidence(confidence: float) -> None:
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"the confidence level must be between 0 and 1, not {confidence}")


def _t_interval(
    value: float, error: float, units: int, confidence: float, low: float | None, high: float
) -> Interval:
    margin = t_quantile(1.0 - (1.0 - confidence) / 2.0, units - 1) * error
    lower = value - margin if low is None else max(low, value - margin)
    return (lower, min(high, value + margin))


def gwet_standard_errors(
    matrix: ReliabilityMatrix, categories: int | None = None, confidence: float = 0.95
) -> StandardErrors:
    """Standard errors and intervals of percent agreement, Fleiss, Brennan-Prediger and AC1.

    ``categories`` is q as for :func:`annotator.core.agreement.brennan_prediger` (raised to the
    number of values observed when smaller).
    """
    import numpy as np

    _check_confidence(confidence)
    estimates: dict[str, Estimate | None] = dict.fromkeys(COEFFICIENTS)
    columns = [values for values in unit_values(matrix) if values]
    labels = {value: index for index, value in enumerate({v for c in columns for v in c})}
    units = len(columns)
    if units < 2 or not labels:
        return StandardErrors(estimates, confidence)
    counts = np.zeros((units, len(labels)))
    for row, values in enumerate(columns):
        for value in values:
            counts[row, labels[value]] += 1
    rated = counts.sum(axis=1)
    pairable = rated >= 2
    pairable_units = int(pairable.sum())
    if pairable_units < 2:
        return StandardErrors(estimates, confidence)
    same = (counts * (counts - 1)).sum(axis=1)
    estimates["percent_agreement"] = _percent_agreement(same[pairable], rated[pairable], confidence)
    denominator = np.where(pairable, rated * (rated - 1), 1.0)
    unit_agreement = np.where(pairable, same / denominator, 0.0)
    observed = float(unit_agreement[pairable].mean())
    shares = (counts / rated[:, None]).mean(axis=0)
    scale = units / pairable_units

    def linearised(chance: float, unit_chance: np.ndarray | None) -> Estimate | None:
        if chance >= 1.0:
            return None
        value = (observed - chance) / (1.0 - chance)
        terms = scale * (unit_agreement - chance * pairable) / (1.0 - chance)
        if unit_chance is not None:
            terms = terms - 2.0 * (1.0 - value) * (unit_chance - chance) / (1.0 - chance)
        error = float(np.sqrt(((terms - value) ** 2).sum() / (units * (units - 1))))
        return Estimate(value, error, _t_interval(value, error, units, confidence, None, 1.0))

    fleiss_chance = float((shares**2).sum())
    estimates["fleiss_kappa"] = linearised(fleiss_chance, counts @ shares / rated)
    q = max(categories or 0, len(labels))
    if q >= 2:
        estimates["brennan_prediger"] = linearised(1.0 / q, None)
        ac1_chance = float((shares * (1 - shares)).sum() / (q - 1))
        estimates["gwet_ac1"] = linearised(ac1_chance, counts @ (1 - shares) / rated / (q - 1))
    return StandardErrors(estimates, confidence)


def _percent_agreement(same, values, confidence: float) -> Estimate:  # numpy arrays
    """Observed agreement A_o of the pairable units with its ratio-estimator standard error."""
    units = len(values)
    agreement = same / (values - 1)
    total = float(values.sum())
    value = float(agreement.sum() / total)
    terms = value + units * (agreement - value * values) / total
    error = float((((terms - value) ** 2).sum() / (units * (units - 1))) ** 0.5)
    return Estimate(value, error, _t_interval(value, error, units, confidence, 0.0, 1.0))


def cohen_kappa_estimate(
    pairs: Sequence[tuple[Hashable, Hashable]], confidence: float = 0.95
) -> Estimate | None:
    """Cohen's kappa of (first coder, second coder) values with its standard error (Gwet)."""
    _check_confidence(confidence)
    count = len(pairs)
    if count < 2:
        return None
    tally = Counter(pairs)  # few distinct pairs: every sum below runs over them, not the units
    first: dict[Hashable, float] = {}
    second: dict[Hashable, float] = {}
    for (a, b), times in tally.items():
        first[a] = first.get(a, 0.0) + times / count
        second[b] = second.get(b, 0.0) + times / count
    chance = sum(share * second.get(value, 0.0) for value, share in first.items())
    if chance >= 1.0:
        return None
    observed = sum(times for (a, b), times in tally.items() if a == b) / count
    value = (observed - chance) / (1.0 - chance)
    squares = 0.0
    for (a, b), times in tally.items():
        unit_chance = (second.get(a, 0.0) + first.get(b, 0.0)) / 2.0
        term = ((1.0 if a == b else 0.0) - chance) / (1.0 - chance)
        term -= 2.0 * (1.0 - value) * (unit_chance - chance) / (1.0 - chance)
        squares += times * (term - value) ** 2
    error = (squares / (count * (count - 1))) ** 0.5
    return Estimate(value, error, _t_interval(value, error, count, confidence, None, 1.0))
