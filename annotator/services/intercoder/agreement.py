"""Inter-coder agreement of a project: aligned units and the statistics journals ask for.

One call, :func:`compute_agreement`, loads the chosen coders' annotations
(:mod:`intercoder.data`), aligns them into units (:func:`annotator.core.agreement.align_units`,
overlap threshold = Jaccard ratio of the two spans, default 0.5) and computes per variable:

* Krippendorff's alpha -- nominal for category variables, ordinal for scale variables (codes
  ranked in codebook order); ``level="interval"`` scores scale codes 1, 2, 3, ... instead, and
  ``level="nominal"`` treats them as unordered.  The result keeps alpha at every level that fits
  the variable (``alphas``), the reported one is ``krippendorff_alpha``;
* percent agreement (Krippendorff's observed agreement), pairwise Cohen's kappa (pairs named
  "a|b", names in alphabetical order), Fleiss' kappa, Brennan-Prediger and Gwet's AC1 (for
  the last two, q = the number of codes in the codebook, or the number of values observed if
  larger), with the number of pairable units and values.

Missing data: a coder without a span in a unit, or who left the variable empty, is *missing*
there and the unit counts only if two values remain; ``missing_as_category=True`` makes "not
coded" a category of its own (scale variables are then compared nominally, since "not coded"
has no place on the scale).

Variables with several codes per span (``framing``): the reported alpha, percent agreement and
kappas compare the *set* of codes as one value (two coders agree only on identical sets); the
result adds ``masi_alpha`` (partial credit for overlapping sets, Passonneau 2006) and
``per_code`` (one binary present/absent unit per code, the usual per-frame reliability).

Unitizing agreement -- did the coders mark the same text at all -- is computed on the character
continuum (:func:`annotator.core.agreement.unitizing_alpha`): alpha_u over all spans
("marked"), per variable over its codes, per code, and NVivo-style character percent agreement.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import combinations
from typing import Any, Literal

from annotator.core import agreement as stats
from annotator.core.agreement.reliability import cohen_kappa_of_pairs
from annotator.core.gc_pause import paused_gc
from annotator.core.records.agreement import (
    AgreementResult,
    CodeAgreement,
    VariableAgreement,
    pair_name,
)
from annotator.core.vocabulary import VariableKind
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.intercoder.data import (
    AgreementInput,
    VariableInfo,
    load_agreement_input,
    load_document_texts,
    only_documents,
)
from annotator.services.intercoder.unitizing import unitizing_agreement
from annotator.services.intercoder.units import build_units

LevelChoice = Literal["auto", "nominal", "ordinal", "interval"]
LEVEL_CHOICES: tuple[LevelChoice, ...] = ("auto", "nominal", "ordinal", "interval")


def _levels_for(variable: VariableInfo, missing_as_category: bool) -> tuple[str, ...]:
    ordered = variable.kind is VariableKind.SCALE and not variable.multiple
    return (
        ("nominal", "ordinal", "interval") if ordered and not missing_as_category else ("nominal",)
    )


def _reported_level(available: tuple[str, ...], level: LevelChoice) -> str:
    if level == "auto":
        return "ordinal" if "ordinal" in available else "nominal"
    return level if level in available else "nominal"


def variable_agreement(
    variable: VariableInfo,
    units: Sequence[stats.Unit],
    coders: Sequence[str],
    missing_as_category: bool = False,
    level: LevelChoice = "auto",
    matrix: Sequence[Sequence[Any]] | None = None,
) -> VariableAgreement:
    """All statistics of one variable over aligned ``units`` (see the module docstring).

    ``matrix`` is the variable's :func:`~annotator.core.agreement.unit_matrix`, when already made.
    """
    if matrix is None:
        matrix = stats.unit_matrix(units, coders, variable.name, missing_as_category)
    available = _levels_for(variable, missing_as_category)
    observed = {cell for row in matrix for cell in row if cell is not None}
    categories = len(observed)
    if not variable.multiple and variable.kind is not VariableKind.TEXT:
        categories = max(categories, len(variable.codes) + (1 if missing_as_category else 0))
    nominal = stats.nominal_statistics(matrix, categories)
    alphas = {
        name: nominal.krippendorff_alpha
        if name == "nominal"
        else stats.krippendorff_alpha(matrix, name, value_order=variable.codes)
        for name in available
    }
    reported = _reported_level(available, level)
    rows = dict(zip(coders, matrix, strict=True))
    cohen: dict[str, float | None] = {}
    pairwise: dict[str, float | None] = {}
    for first, second in combinations(coders, 2):
        name = pair_name(first, second)
        both = [
            (a, b)
            for a, b in zip(rows[first], rows[second], strict=True)
            if a is not None and b is not None
        ]
        cohen[name] = cohen_kappa_of_pairs(both)
        pairwise[name] = sum(1 for a, b in both if a == b) / len(both) if both else None
    masi: float | None = None
    per_code: dict[str, CodeAgreement] = {}
    if variable.multiple:
        masi = stats.masi_alpha(matrix)
        codes = sorted({label for cell in observed for label in _as_set(cell)} - {stats.NOT_CODED})
        per_code = _binary_agreements(matrix, codes, missing_as_category)
    return VariableAgreement(
        name=variable.name,
        kind=variable.kind,
        multiple=variable.multiple,
        level=reported,
        units=nominal.units,
        pairable_values=nominal.pairable_values,
        krippendorff_alpha=alphas[reported],
        alphas=alphas,
        percent_agreement=nominal.percent_agreement,
        cohen_kappa=dict(sorted(cohen.items())),
        pairwise_agreement=dict(sorted(pairwise.items())),
        fleiss_kappa=nominal.fleiss_kappa,
        brennan_prediger=nominal.brennan_prediger,
        gwet_ac1=nominal.gwet_ac1,
        categories=categories,
        masi_alpha=masi,
        per_code=per_code,
        matrix=matrix,
        codes=tuple(variable.codes),
    )


def _as_set(cell: Any) -> tuple[Any, ...]:
    return cell if isinstance(cell, tuple) else (cell,)


def _binary_agreements(
    matrix: Sequence[Sequence[Any]], codes: Sequence[str], missing_as_category: bool
) -> dict[str, CodeAgreement]:
    """Per code: nominal alpha and percent agreement of "applied ``code``" (1) vs. not (0).

    The same cells as :func:`annotator.core.agreement.binary_matrices_per_code` (a coder who
    coded the variable without this code is 0; "not coded" is missing, or 0 when it counts as a
    category), computed with numpy from the per-unit counts of 1s and 0s: for a binary unit
    with k ones and z zeros the agreeing pairs are k (k - 1) + z (z - 1) (Krippendorff 2011).
    One pass over the matrix collects, per unit, how many coders have a value and how many
    applied each code.
    """
    import numpy as np

    width = len(matrix[0]) if matrix else 0
    with_value: list[int] = []  # a unit's index once per coder with a 0/1 value there
    applied: dict[str, list[int]] = {code: [] for code in codes}
    for row in matrix:
        for column, cell in enumerate(row):
            if cell is None:
                continue
            if cell is stats.NOT_CODED:
                if missing_as_category:
                    with_value.append(column)
                continue
            with_value.append(column)
            for label in _as_set(cell):
                columns = applied.get(label)
                if columns is not None:
                    columns.append(column)
    all_values = np.bincount(np.array(with_value, dtype=np.int64), minlength=width)
    result: dict[str, CodeAgreement] = {}
    for code in codes:
        ones = np.bincount(np.array(applied[code], dtype=np.int64), minlength=width)
        zeros = all_values - ones
        values = ones + zeros
        keep = values >= 2
        ones, zeros, values = ones[keep], zeros[keep], values[keep]
        total = int(values.sum())
        if total == 0:
            result[code] = CodeAgreement(0, None, None)
            continue
        agreeing = float(((ones * (ones - 1) + zeros * (zeros - 1)) / (values - 1)).sum())
        all_ones, all_zeros = int(ones.sum()), int(zeros.sum())
        expected = 1 - (all_ones * (all_ones - 1) + all_zeros * (all_zeros - 1)) / (
            total * (total - 1)
        )
        alpha = None if expected == 0 else 1 - (1 - agreeing / total) / expected
        result[code] = CodeAgreement(int(keep.sum()), alpha, agreeing / total)
    return result


def agreement_from_input(
    data: AgreementInput,
    overlap: float = 0.5,
    missing_as_category: bool = False,
    level: LevelChoice = "auto",
    texts: dict[str, str] | None = None,
    with_unitizing: bool = True,
) -> AgreementResult:
    """The statistics for already loaded data (no database access)."""
    if not 0.0 < overlap <= 1.0:
        raise InvalidInputError(
            f"the overlap threshold must be above 0 and at most 1, not {overlap}"
        )
    if level not in LEVEL_CHOICES:
        raise InvalidInputError(f"level must be one of {', '.join(LEVEL_CHOICES)}, not {level!r}")
    with paused_gc():  # hundreds of thousands of small objects, no reference cycles
        return _agreement(data, overlap, missing_as_category, level, texts, with_unitizing)


def _agreement(
    data: AgreementInput,
    overlap: float,
    missing_as_category: bool,
    level: LevelChoice,
    texts: dict[str, str] | None,
    with_unitizing: bool,
) -> AgreementResult:
    core_units = stats.align_units(data.spans, data.coders, overlap)
    names = [variable.name for variable in data.variables]
    unit_matrices = stats.unit_matrices(core_units, data.coders, names, missing_as_category)
    variables = {
        variable.name: variable_agreement(
            variable,
            core_units,
            data.coders,
            missing_as_category,
            level,
            matrix=unit_matrices[variable.name],
        )
        for variable in data.variables
    }
    matrices = {name: item.matrix for name, item in variables.items()}
    units = build_units(core_units, data.coders, data.documents, matrices, texts)
    unitizing = unitizing_agreement(data) if with_unitizing else None
    return AgreementResult(
        coders=data.coders,
        overlap=overlap,
        missing_as_category=missing_as_category,
        variables=variables,
        units=units,
        unitizing=unitizing,
        consensus_coder=data.consensus_coder,
    )


def compute_agreement(
    project: Project,
    coders: Sequence[str] | None = None,
    variables: Sequence[str] | None = None,
    overlap: float = 0.5,
    missing_as_category: bool = False,
    level: LevelChoice = "auto",
    with_text: bool = True,
    with_unitizing: bool = True,
    documents: Collection[int] | None = None,
) -> AgreementResult:
    """Agreement of ``coders`` (default: all but the consensus coder) on ``variables``.

    ``with_text`` loads the documents so every unit carries its text (for the workbook and the
    disagreement list); the statistics do not need it.  ``documents`` (ids) limits the
    comparison to those documents, e.g. an assignment set (:mod:`intercoder.sets`).
    """
    with paused_gc():
        data = load_agreement_input(project, coders, variables)
        if documents is not None:
            data = only_documents(data, documents)
        texts = load_document_texts(project, data.documents) if with_text else None
    return agreement_from_input(data, overlap, missing_as_category, level, texts, with_unitizing)
