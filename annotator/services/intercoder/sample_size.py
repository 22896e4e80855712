"""How many values a reliability sample needs: Krippendorff's sample-size rule.

Krippendorff (2013), *Content Analysis: An Introduction to Its Methodology*, 3rd ed., sec. 12.x
("Sampling considerations", after Bloch & Kraemer 1989, eq. 3.7) gives the minimum number of
pairable values two coders must produce so that alpha can be shown to exceed ``alpha_min`` at
the significance ``level`` when the least frequent category has probability
``smallest_category`` (P_c):

    N = 2 z^2 [ (1 + alpha_min) (3 - alpha_min) / (4 (1 - alpha_min) P_c (1 - P_c)) - alpha_min ]

rounded up, with z the one-tailed standard normal quantile of ``level`` (the 2 counts the two
coders' values).  It reproduces his table, e.g. alpha_min .800, p .050, P_c .25: 139 values;
alpha_min .667: 81 (the cells ATLAS.ti's manual quotes from it).  A unit coded by both coders
contributes two values, so the units to code double are ceil(N / 2).  ``assign --overlap
auto`` sizes the reliability sample with :func:`minimum_units`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from annotator.errors import InvalidInputError


@dataclass(frozen=True)
class SampleSize:
    """The rule's answer for one design."""

    alpha_min: float
    level: float
    smallest_category: float
    values: int  # pairable values (Krippendorff's table)
    units: int  # units two coders code to produce them

    def to_json(self) -> dict[str, float | int]:
        return {
            "alpha_min": self.alpha_min,
            "level": self.level,
            "smallest_category": self.smallest_category,
            "pairable_values": self.values,
            "units": self.units,
        }


def _check(alpha_min: float, level: float, smallest_category: float) -> None:
    if not 0.0 < alpha_min < 1.0:
        raise InvalidInputError(f"the smallest acceptable alpha must be between 0 and 1, not "
                                f"{alpha_min:g}")  # fmt: skip
    if not 0.0 < level < 0.5:
        raise InvalidInputError(
            f"the significance level must be between 0 and 0.5 (e.g. 0.05), not {level:g}"
        )
    if not 0.0 < smallest_category <= 0.5:
        raise InvalidInputError(
            "the probability of the smallest category must be above 0 and at most 0.5 "
            f"(e.g. 0.1 for one category in ten), not {smallest_category:g}"
        )


def sample_size(alpha_min: float, level: float, smallest_category: float) -> SampleSize:
    """The minimum pairable values and units for the design (module docstring)."""
    _check(alpha_min, level, smallest_category)
    z = NormalDist().inv_cdf(1.0 - level)
    spread = smallest_category * (1.0 - smallest_category)
    inner = (1 + alpha_min) * (3 - alpha_min) / (4 * (1 - alpha_min) * spread) - alpha_min
    values = math.ceil(2 * z * z * inner - 1e-9)  # 1e-9: exact table entries stay exact
    return SampleSize(alpha_min, level, smallest_category, values, math.ceil(values / 2))


def minimum_units(alpha_min: float, level: float, smallest_category: float) -> int:
    """Krippendorff's minimum number of pairable values for the design (his table's entry).

    Each coder's value of a unit is one pairable value; two coders coding ``ceil(N / 2)``
    units produce them (see :func:`sample_size` for both numbers).
    """
    return sample_size(alpha_min, level, smallest_category).values
