"""Inter-coder reliability without database or Qt: align spans, tabulate, compute coefficients.

Pipeline: :class:`CodedSpan` values -> :func:`align_units` -> :func:`unit_matrix` (or
:func:`binary_matrices_per_code`) -> :func:`krippendorff_alpha` and friends.  Unitizing
agreement (:func:`unitizing_alpha`) works on the spans directly.  numpy and krippendorff are
imported only when a statistic needs them.
"""

from annotator.core.agreement.alignment import Unit, align_units, overlap_ratio
from annotator.core.agreement.distance_alpha import (
    alpha_with_distance,
    masi_alpha,
    masi_distance,
    nominal_distance,
)
from annotator.core.agreement.matrices import (
    NOT_CODED,
    binary_matrices_per_code,
    unit_matrices,
    unit_matrix,
)
from annotator.core.agreement.reliability import (
    LEVELS,
    Level,
    brennan_prediger,
    cohen_kappa,
    fleiss_kappa,
    gwet_ac1,
    krippendorff_alpha,
    nominal_statistics,
    pairable_values,
    percent_agreement,
)
from annotator.core.agreement.spans import CodedSpan
from annotator.core.agreement.unitizing import (
    character_percent_agreement,
    unitizing_alpha,
    unitizing_disagreements,
    unitizing_disagreements_by_variable,
    unitizing_overview,
)

__all__ = [
    "LEVELS",
    "NOT_CODED",
    "CodedSpan",
    "Level",
    "Unit",
    "align_units",
    "alpha_with_distance",
    "binary_matrices_per_code",
    "brennan_prediger",
    "character_percent_agreement",
    "cohen_kappa",
    "fleiss_kappa",
    "gwet_ac1",
    "krippendorff_alpha",
    "masi_alpha",
    "masi_distance",
    "nominal_distance",
    "nominal_statistics",
    "overlap_ratio",
    "pairable_values",
    "percent_agreement",
    "unit_matrices",
    "unit_matrix",
    "unitizing_alpha",
    "unitizing_disagreements",
    "unitizing_disagreements_by_variable",
    "unitizing_overview",
]
