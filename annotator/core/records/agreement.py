"""Inter-coder agreement as records: per-variable statistics, aligned units, the whole result.

`annotator.services.intercoder.agreement` computes an `AgreementResult`; the comparison workbook
(`annotator.io.exports.comparison_xlsx`), the command line and the agreement dialog read it. The
helpers here are the conventions every reader shares: how alpha is read (`interpret`), how a coder
pair is named (`pair_name`) and how a reliability-matrix cell is shown (`cell_label`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

from annotator.core.agreement import NOT_CODED, CodedSpan
from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind

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
    codes: tuple[str, ...] = ()  # the codebook's codes in order (scale codes ranked by it)

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
class UnitizingAgreement:
    alpha_u: float | None
    character_percent_agreement: float | None
    per_variable: dict[str, float | None] = field(default_factory=dict)
    per_code: dict[str, dict[str, float | None]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "alpha_u": self.alpha_u,
            "character_percent_agreement": self.character_percent_agreement,
            "per_variable": dict(self.per_variable),
            "per_code": {name: dict(codes) for name, codes in self.per_code.items()},
        }


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    uuid: str
    title: str
    length: int


UnitStatus = Literal["agree", "disagree", "incomplete"]


@dataclass(frozen=True)
class AlignedUnit:
    """One aligned unit, ready to display; ``spans`` maps coder name -> that coder's span.

    Built by :mod:`annotator.services.intercoder.units`, whose docstring explains the statuses.
    """

    id: str
    number: int
    document: DocumentInfo
    start: int
    end: int
    spans: Mapping[str, CodedSpan]
    missing: tuple[str, ...]
    disagreeing: tuple[str, ...]
    text: str | None = None

    @property
    def status(self) -> UnitStatus:
        if self.disagreeing:
            return "disagree"
        return "incomplete" if self.missing else "agree"

    @property
    def is_disagreement(self) -> bool:
        return self.status != "agree"

    def codes(self, coder: str, variable: str) -> frozenset[str] | None:
        """The coder's codes for ``variable`` here; ``None`` when the coder has no span here."""
        span = self.spans.get(coder)
        return None if span is None else span.codes(variable)

    def to_json(self, variables: Sequence[str]) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "document": {"id": self.document.id, "uuid": self.document.uuid},
            "title": self.document.title,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "status": self.status,
            "disagreeing": list(self.disagreeing),
            "missing": list(self.missing),
            "spans": {
                coder: {
                    "annotation": span.key,
                    "start": span.start,
                    "end": span.end,
                    "values": {name: sorted(span.codes(name)) for name in variables},
                }
                for coder, span in self.spans.items()
            },
        }


def cell_label(cell: object) -> str:
    """A reliability-matrix cell as text: a label, "a + b" for a set of codes, or empty."""
    if cell is None:
        return ""
    if cell is NOT_CODED:
        return str(NOT_CODED)
    if isinstance(cell, tuple):
        return " + ".join(str(part) for part in cell)
    return str(cell)


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
