"""Standard errors and intervals of the agreement coefficients against Gwet (2014) / irrCAC.

``data/irrcac_reference.json`` holds four generated reliability matrices (two to four coders,
two to four categories, two with missing values) and the values irrCAC 0.4.4 (the Python port
of Gwet's R package, ``CAC(ratings).fleiss() / .gwet() / .bp() / .conger()``, 5 digits)
computed for them; irrCAC itself is not a dependency (it pins older numpy and scipy).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from annotator.core.agreement import brennan_prediger, fleiss_kappa, gwet_ac1, percent_agreement
from annotator.core.agreement.standard_errors import cohen_kappa_estimate, gwet_standard_errors
from annotator.core.agreement.student_t import t_quantile

DATA = Path(__file__).parent / "data"
IRRCAC_NAMES = {"fleiss_kappa": "fleiss", "gwet_ac1": "gwet", "brennan_prediger": "bp"}


def _close(estimate, expected) -> None:
    value, error, (low, high) = expected
    assert estimate.value == pytest.approx(value, abs=6e-6)
    assert estimate.standard_error == pytest.approx(error, abs=6e-6)
    assert estimate.interval[0] == pytest.approx(low, abs=6e-6)
    assert estimate.interval[1] == pytest.approx(high, abs=6e-6)


def test_gwet_book_example_four_raters_with_missing_ratings() -> None:
    # Gwet (2014), Handbook of Inter-Rater Reliability, the 12 units x 4 raters example with
    # missing ratings (irrCAC's cac.raw4raters): AC1 0.77544 (se 0.14295, 95% CI 0.46081-1),
    # Fleiss 0.76117 (0.15302; 0.42438-1), Brennan-Prediger 0.77273 (0.14472; 0.45421-1).
    units = [
        (1, 1, None, 1), (2, 2, 3, 2), (3, 3, 3, 3), (3, 3, 3, 3), (2, 2, 2, 2), (1, 2, 3, 4),
        (4, 4, 4, 4), (1, 1, 2, 1), (2, 2, 2, 2), (None, 5, 5, 5), (None, None, 1, 1),
        (None, None, 3, None),
    ]  # fmt: skip
    matrix = [list(row) for row in zip(*units, strict=True)]
    result = gwet_standard_errors(matrix, confidence=0.95)
    _close(result.estimates["gwet_ac1"], (0.77544, 0.14295, (0.46081, 1.0)))
    _close(result.estimates["fleiss_kappa"], (0.76117, 0.15302, (0.42438, 1.0)))
    _close(result.estimates["brennan_prediger"], (0.77273, 0.14472, (0.45421, 1.0)))


@pytest.mark.parametrize("case", range(4))
def test_matches_irrcac_on_generated_data(case: int) -> None:
    reference = json.loads((DATA / "irrcac_reference.json").read_text())[case]
    matrix = reference["matrix"]
    result = gwet_standard_errors(matrix)
    for ours, theirs in IRRCAC_NAMES.items():
        _close(result.estimates[ours], reference["irrCAC"][theirs])
    if "conger" in reference["irrCAC"]:  # two coders: Conger's kappa is Cohen's
        pairs = list(zip(matrix[0], matrix[1], strict=True))
        _close(cohen_kappa_estimate(pairs), reference["irrCAC"]["conger"])


def test_values_are_the_reported_coefficients() -> None:
    reference = json.loads((DATA / "irrcac_reference.json").read_text())[1]
    matrix = reference["matrix"]
    estimates = gwet_standard_errors(matrix, categories=6).estimates
    assert estimates["fleiss_kappa"].value == pytest.approx(fleiss_kappa(matrix))
    assert estimates["brennan_prediger"].value == pytest.approx(brennan_prediger(matrix, 6))
    assert estimates["gwet_ac1"].value == pytest.approx(gwet_ac1(matrix, 6))
    assert estimates["percent_agreement"].value == pytest.approx(percent_agreement(matrix))


def test_percent_agreement_of_two_coders_is_a_proportion() -> None:
    # 40 units, 30 agreements: se = sqrt(p (1 - p) / (n - 1)); the interval stays in [0, 1]
    first = ["a"] * 30 + ["a"] * 10
    second = ["a"] * 30 + ["b"] * 10
    estimate = gwet_standard_errors([first, second]).estimates["percent_agreement"]
    assert estimate.value == 0.75
    assert estimate.standard_error == pytest.approx(math.sqrt(0.75 * 0.25 / 39))
    margin = t_quantile(0.975, 39) * estimate.standard_error
    assert estimate.interval == pytest.approx((0.75 - margin, 0.75 + margin))
    perfect = gwet_standard_errors([["a", "b"] * 5, ["a", "b"] * 5]).estimates
    assert perfect["percent_agreement"].interval == (1.0, 1.0)


def test_undefined_cases_give_none() -> None:
    assert gwet_standard_errors([["a"], ["a"]]).estimates["fleiss_kappa"] is None  # one unit
    same = gwet_standard_errors([["a", "a", "a"], ["a", "a", "a"]]).estimates
    assert same["fleiss_kappa"] is None and same["gwet_ac1"] is None  # one category
    assert cohen_kappa_estimate([("a", "b")]) is None
    with pytest.raises(ValueError, match="confidence"):
        gwet_standard_errors([["a", "b"], ["a", "b"]], confidence=95)


@pytest.mark.parametrize("probability", [0.6, 0.95, 0.975, 0.995, 0.025])
@pytest.mark.parametrize("degrees", [1, 2, 7, 39, 500, 20_000])
def test_t_quantile_matches_scipy(probability: float, degrees: int) -> None:
    scipy_stats = pytest.importorskip("scipy.stats")
    expected = scipy_stats.t.ppf(probability, degrees)
    assert t_quantile(probability, degrees) == pytest.approx(expected, rel=1e-9, abs=1e-9)
