"""Inter-coder agreement of a project: aligned units and the statistics journals ask for.

One call, :func:`compute_agreement`, loads the chosen coders' annotations
(:mod:`agreement_data`), aligns them into units (:func:`annotator.core.agreement.align_units`,
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

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

from annotator.core import agreement as stats
from annotator.core.agreement.reliability import cohen_kappa_of_pairs
from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.agreement_data import (
    AgreementInput,
    VariableInfo,
    load_agreement_input,
    load_document_texts,
)
from annotator.services.agreement_unitizing import UnitizingAgreement, unitizing_agreement
from annotator.services.agreement_units import AlignedUnit, build_units
from annotator.services.fast_rows import paused_gc

LevelChoice = Literal["auto", "nominal", "ordinal", "interval"]
LEVEL_CHOICES: tuple[LevelChoice, ...] = ("auto", "nominal", "ordinal", "interval")
RELIABLE = 0.8
TENTATIVE = 0.667


def interpret(alpha: float | None) -> str:
    """Krippendorff's conventional reading of alpha: >= .8 reliable, >= .667 tentative."""
    if alpha is None:
        return "undefined"
    if alpha >= RELIABLE:
        return "reliable"
    if alpha >= TENTATIVE:
        return "tentative"
    return "unreliable"


def pair_name(first: str, second: str) -> str:
    """ "a|b" with the two coder names in alphabetical order."""
    low, high = sorted((first, second), key=lambda name: (label_key(name), name))
    return f"{low}|{high}"


@dataclass(frozen=True)
class CodeAgreement:
    """One code of a multi-valued variable as a binary (applied / not applied) variable."""

    units: int
    krippendorff_alpha: float | None
    percent_agreement: float | None


@dataclass(frozen=True)
class VariableAgreement:
    name: str
    kind: VariableKind
    multiple: bool
    level: str
    units: int
    pairable_values: int
    krippendorff_alpha: float | None
    alphas: dict[str, float | None]
    percent_agreement: float | None
    cohen_kappa: dict[str, float | None]
    pairwise_agreement: dict[str, float | None]
    fleiss_kappa: float | None
    brennan_prediger: float | None
    gwet_ac1: float | None
    categories: int
    masi_alpha: float | None = None
    per_code: dict[str, CodeAgreement] = field(default_factory=dict)
    matrix: Sequence[Sequence[Any]] = field(default=(), repr=False)

    @property
    def interpretation(self) -> str:
        return interpret(self.krippendorff_alpha)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "level": self.level,
            "units": self.units,
            "pairable_values": self.pairable_values,
            "krippendorff_alpha": self.krippendorff_alpha,
            "percent_agreement": self.percent_agreement,
            "cohen_kappa": dict(self.cohen_kappa),
            "fleiss_kappa": self.fleiss_kappa,
            "brennan_prediger": self.brennan_prediger,
            "gwet_ac1": self.gwet_ac1,
        }
        if self.multiple:
            data["masi_alpha"] = self.masi_alpha
            data["per_code"] = {
                code: {
                    "units": item.units,
                    "krippendorff_alpha": item.krippendorff_alpha,
                    "percent_agreement": item.percent_agreement,
                }
                for code, item in self.per_code.items()
            }
        return data


@dataclass(frozen=True)
class AgreementResult:
    coders: tuple[str, ...]
    overlap: float
    missing_as_category: bool
    variables: dict[str, VariableAgreement]
    units: list[AlignedUnit]
    unitizing: UnitizingAgreement | None
    consensus_coder: str = "consensus"

    @property
    def disagreements(self) -> list[AlignedUnit]:
        """Units to adjudicate: values differ, or not every coder marked the stretch."""
        return [unit for unit in self.units if unit.is_disagreement]

    @property
    def pairs(self) -> list[str]:
        return [pair_name(a, b) for a, b in combinations(self.coders, 2)]

    def to_json(self) -> dict[str, Any]:
        return {
            "coders": list(self.coders),
            "overlap": self.overlap,
            "units": len(self.units),
            "variables": {name: item.to_json() for name, item in self.variables.items()},
            "unitizing": self.unitizing.to_json() if self.unitizing is not None else None,
        }


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
) -> AgreementResult:
    """Agreement of ``coders`` (default: all but the consensus coder) on ``variables``.

    ``with_text`` loads the documents so every unit carries its text (for the workbook and the
    disagreement list); the statistics do not need it.
    """
    with paused_gc():
        data = load_agreement_input(project, coders, variables)
        texts = load_document_texts(project, data.documents) if with_text else None
    return agreement_from_input(data, overlap, missing_as_category, level, texts, with_unitizing)
