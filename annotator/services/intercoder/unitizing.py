"""Unitizing agreement of a project: did the coders mark the same stretches of text at all?

Value agreement (alpha on aligned units) ignores a span one coder marked and another did not.
This module reports Krippendorff's alpha_u on the character continuum of the compared documents
(see :mod:`annotator.core.agreement.unitizing`):

* ``alpha_u`` -- over every span, whatever its codes ("marked" vs. "not marked");
* ``per_variable`` -- alpha_u of a variable over all its codes, 1 - sum D_o / sum D_e;
* ``per_code`` -- per variable, alpha_u of each code that occurs (spans carrying it vs. not);
* ``character_percent_agreement`` -- the share of characters (times coder pairs) on which coders
  agree about "marked or not", as NVivo reports it; inflated by text nobody marked.

Text variables are left out (their "codes" are free text).  Everything comes from one pass over
the spans (:func:`annotator.core.agreement.unitizing_overview`): the disagreements of each code
are computed once and summed for the variable.
"""

from __future__ import annotations

from fractions import Fraction

from annotator.core import agreement as stats
from annotator.core.records.agreement import UnitizingAgreement
from annotator.core.vocabulary import VariableKind
from annotator.services.intercoder.data import AgreementInput


def _alpha(observed: Fraction, expected: Fraction) -> float | None:
    return None if expected == 0 else float(1 - observed / expected)


def unitizing_agreement(data: AgreementInput) -> UnitizingAgreement:
    """alpha_u overall, per variable and per code, and character percent agreement."""
    lengths = data.doc_lengths
    names = [variable.name for variable in data.variables if variable.kind is not VariableKind.TEXT]
    overview = stats.unitizing_overview(data.spans, data.coders, lengths, names)
    per_variable: dict[str, float | None] = {}
    per_code: dict[str, dict[str, float | None]] = {}
    for variable in data.variables:
        if variable.kind is VariableKind.TEXT:
            continue
        parts = overview.by_variable.get(variable.name, {}) if overview is not None else {}
        order = {label: rank for rank, label in enumerate(variable.codes)}
        per_code[variable.name] = {
            code: _alpha(*parts[code])
            for code in sorted(parts, key=lambda label: (order.get(label, len(order)), label))
        }
        per_variable[variable.name] = (
            _alpha(
                sum((pair[0] for pair in parts.values()), Fraction(0)),
                sum((pair[1] for pair in parts.values()), Fraction(0)),
            )
            if parts
            else None
        )
    return UnitizingAgreement(
        alpha_u=overview.alpha_u if overview is not None else None,
        character_percent_agreement=(
            overview.character_percent_agreement if overview is not None else None
        ),
        per_variable=per_variable,
        per_code=per_code,
    )
