"""The one rule every benchmark uses to turn a measured figure into a pass or a failure.

A benchmark that only prints its figures is checked by whoever reads them; this module makes the
README's speed claims checkable by a command. Each benchmark measures its figure (a ratio against a
baseline measured in the same run, or seconds where the target is a time), calls `check_target`,
which prints the figure beside its target and whether it meets it, and then either exits with
`exit_status(verdicts)` (1 on a miss) when run as a script, or calls `require_met(verdicts)` (a
pytest failure naming every miss) when run by `pytest -m benchmark`.

The environment variable `ANNOTATOR_BENCH_TARGET_FACTOR` scales every target's allowance: 0.5
halves an "at most" limit and doubles an "at least" one (stricter), 2 loosens them on a slow
machine. It is printed beside each target it changes, so a loosened pass is never mistaken for the
README's claim.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass

FACTOR_VARIABLE = "ANNOTATOR_BENCH_TARGET_FACTOR"


class TargetMissed(AssertionError):
    """A benchmark's figure missed its target (a test failure under pytest)."""


@dataclass(frozen=True)
class Verdict:
    """One measured figure against its target."""

    label: str
    measured: float
    target: float  # after the environment's factor
    unit: str  # "x" for a ratio, "s" or "ms" for a time
    higher_is_better: bool
    factor: float = 1.0

    @property
    def met(self) -> bool:
        if math.isnan(self.measured):
            return False
        if self.higher_is_better:
            return self.measured >= self.target
        return self.measured <= self.target

    def line(self) -> str:
        comparison = ">=" if self.higher_is_better else "<="
        scaled = "" if self.factor == 1.0 else f", scaled by {FACTOR_VARIABLE}={self.factor:g}"
        verdict = "meets" if self.met else "MISSES"
        return (
            f"{self.label}: {_figure(self.measured, self.unit)} "
            f"(target {comparison} {_figure(self.target, self.unit)}{scaled}) -> {verdict}"
        )


def target_factor() -> float:
    """The allowance factor from the environment (1 when unset); a bad value is refused."""
    raw = os.environ.get(FACTOR_VARIABLE, "").strip()
    if not raw:
        return 1.0
    try:
        factor = float(raw)
    except ValueError:
        raise SystemExit(f"{FACTOR_VARIABLE}={raw!r} is not a number") from None
    if not factor > 0 or math.isinf(factor):
        raise SystemExit(f"{FACTOR_VARIABLE}={raw!r} must be a positive number")
    return factor


def check_target(
    label: str,
    measured: float,
    target: float,
    *,
    unit: str = "x",
    higher_is_better: bool = False,
) -> Verdict:
    """Compare `measured` with `target` (at most, or at least with `higher_is_better`), print the
    verdict line and return it. A figure that could not be measured (NaN) misses."""
    factor = target_factor()
    scaled = target / factor if higher_is_better else target * factor
    verdict = Verdict(label, measured, scaled, unit, higher_is_better, factor)
    print(verdict.line(), flush=True)
    return verdict


def misses(verdicts: Iterable[Verdict]) -> list[Verdict]:
    return [verdict for verdict in verdicts if not verdict.met]


def exit_status(verdicts: Iterable[Verdict]) -> int:
    """A script's exit status: 0 when every target is met, 1 on any miss."""
    missed = misses(verdicts)
    for verdict in missed:
        print(f"MISSED {verdict.line()}", flush=True)
    return 1 if missed else 0


def require_met(verdicts: Iterable[Verdict]) -> None:
    """Under pytest: fail, naming every missed target."""
    missed = misses(verdicts)
    if missed:
        raise TargetMissed("; ".join(verdict.line() for verdict in missed))


def _figure(value: float, unit: str) -> str:
    if math.isnan(value):
        return "not measured"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.2f} {unit}"
