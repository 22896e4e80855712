"""Machine coders measured against the human coders of a reliability sample, per variable.

`annotator agreement --machine-vs-humans` calls :func:`compare_machines_with_humans`.  Per
variable it reports the humans' alpha among themselves (exactly what `agreement --coders` with
the human coders prints: their spans aligned without any machine), and per machine coder its
alpha against each human, against all humans pooled and against the humans' consensus, each with
a bootstrap interval (Hayes & Krippendorff 2007; the pooled figure resamples units, see the core
module; one seed for every figure), and the verdict.
Each machine is aligned with the humans on its own (humans + that machine), so adding a second
model never changes the first one's figures.  The rules -- consensus, pooling, verdict -- are in
:mod:`annotator.core.agreement.machine_vs_humans`.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.agreement import krippendorff_alpha, pairable_values
from annotator.core.agreement.bootstrap import bootstrap_alpha
from annotator.core.agreement.machine_vs_humans import (
    AS_RELIABLE,
    PooledPairs,
    bootstrap_pooled_alpha,
    consensus_row,
    pooled_pairs,
    verdict,
)
from annotator.core.agreement.reliability import unit_values
from annotator.core.records.agreement import VariableAgreement
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.intercoder.agreement import LevelChoice, agreement_from_input
from annotator.services.intercoder.data import (
    AgreementInput,
    load_agreement_input,
    only_documents,
)
from annotator.services.intercoder.intervals import IntervalOptions
from annotator.services.machine.suggestions import machine_coder_names

RULE = (
    "the machine is as reliable as a human coder when its alpha against the humans is not below "
    "the humans' alpha among themselves, interval included"
)
RULE_DETAIL = (
    "its alpha against the humans pools every machine-human pair; 'interval included' means the "
    "upper bound of the machine's bootstrap interval reaches the humans' point estimate"
)
RULE_WITHOUT_BOOTSTRAP = (
    "its alpha against the humans pools every machine-human pair; without a bootstrap the point "
    "estimates are compared"
)
CONSENSUS_RULE = (
    "the humans' consensus of a unit is the value more than half of the human coders gave there; "
    "units where humans coded but no value has that majority are left out and counted"
)


@dataclass(frozen=True)
class AlphaFigure:
    """One alpha with its interval (None without a bootstrap or when alpha is undefined)."""

    alpha: float | None
    interval: tuple[float, float] | None
    units: int  # units with two values or more (pooled: units behind the pairs)
    pairable_values: int
    pairs: int | None = None  # pooled machine-human pairs (one column each)

    def to_json(self) -> dict[str, Any]:
        data = {
            "alpha": self.alpha,
            "ci": None if self.interval is None else list(self.interval),
            "units": self.units,
            "pairable_values": self.pairable_values,
        }
        return data if self.pairs is None else {**data, "pairs": self.pairs}


@dataclass(frozen=True)
class MachineFigures:
    vs_humans: AlphaFigure
    vs_each_human: dict[str, AlphaFigure]
    vs_consensus: AlphaFigure
    units_without_majority: int
    verdict: str  # core AS_RELIABLE / NOT_AS_RELIABLE / UNDEFINED

    @property
    def as_reliable(self) -> bool | None:
        return None if self.verdict == "undefined" else self.verdict == AS_RELIABLE

    def to_json(self) -> dict[str, Any]:
        return {
            "vs_humans": self.vs_humans.to_json(),
            "vs_each_human": {name: item.to_json() for name, item in self.vs_each_human.items()},
            "vs_consensus": {
                **self.vs_consensus.to_json(),
                "units_without_majority": self.units_without_majority,
            },
            "as_reliable": self.as_reliable,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class VariableComparison:
    name: str
    level: str
    humans: AlphaFigure
    machines: dict[str, MachineFigures] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "humans": self.humans.to_json(),
            "machines": {name: item.to_json() for name, item in self.machines.items()},
        }


@dataclass(frozen=True)
class MachineComparison:
    humans: tuple[str, ...]
    machines: tuple[str, ...]
    options: IntervalOptions  # with the seed used
    variables: dict[str, VariableComparison]

    @property
    def rule(self) -> str:
        detail = RULE_DETAIL if self.options.samples else RULE_WITHOUT_BOOTSTRAP
        return f"{RULE} ({detail})"

    def table_rows(self, set_label: str) -> list[list[Any]]:
        """One row per variable and figure, in the workbook's column order
        (:data:`annotator.io.exports.machine_comparison_xlsx.HEADER`)."""
        rows: list[list[Any]] = []

        def row(variable: VariableComparison, coder: str, other: str, figure: AlphaFigure,
                without: int | None = None, verdict: str | None = None) -> None:  # fmt: skip
            low, high = figure.interval if figure.interval is not None else (None, None)
            rows.append([set_label, variable.name, variable.level, coder, other, figure.alpha,
                         low, high, figure.units, figure.pairable_values, figure.pairs, without,
                         verdict])  # fmt: skip

        for variable in self.variables.values():
            row(variable, "humans", "each other", variable.humans)
            for machine, figures in variable.machines.items():
                row(variable, machine, "humans (pooled)", figures.vs_humans,
                    verdict=figures.verdict)  # fmt: skip
                for human, figure in figures.vs_each_human.items():
                    row(variable, machine, human, figure)
                row(variable, machine, "consensus", figures.vs_consensus,
                    without=figures.units_without_majority)  # fmt: skip
        return rows

    def to_json(self) -> dict[str, Any]:
        return {
            "human_coders": list(self.humans),
            "machine_coders": list(self.machines),
            "rule": self.rule,
            "consensus_rule": CONSENSUS_RULE,
            "variables": {name: item.to_json() for name, item in self.variables.items()},
        }


def _level(item: VariableAgreement) -> tuple[Any, tuple[str, ...] | None]:
    """The bootstrap level of a variable's reported alpha, and its code order when ranked."""
    level = item.level if item.level in ("nominal", "ordinal", "interval") else "nominal"
    return level, item.codes if level != "nominal" else None


def _figure(
    matrix: Sequence[Sequence[Hashable | None]], item: VariableAgreement, options: IntervalOptions
) -> AlphaFigure:
    level, order = _level(item)
    alpha = krippendorff_alpha(matrix, level, value_order=order)
    interval = None
    if options.samples and alpha is not None:
        bootstrap = bootstrap_alpha(matrix, level, value_order=order, samples=options.samples,
                                    seed=options.seed, confidence=options.confidence,
                                    alpha_min=options.alpha_min)  # fmt: skip
        interval = None if bootstrap is None else bootstrap.interval
    units = sum(1 for values in unit_values(matrix) if len(values) >= 2)
    return AlphaFigure(alpha, interval, units, pairable_values(matrix))


def _pooled_figure(
    pooled: PooledPairs, item: VariableAgreement, options: IntervalOptions
) -> AlphaFigure:
    """The machine against all humans: units resampled for the interval (core module)."""
    level, order = _level(item)
    alpha = krippendorff_alpha(pooled.matrix, level, value_order=order)
    interval = None
    if options.samples and alpha is not None:
        bootstrap = bootstrap_pooled_alpha(pooled, level, value_order=order,
                                           samples=options.samples, seed=options.seed,
                                           confidence=options.confidence,
                                           alpha_min=options.alpha_min)  # fmt: skip
        interval = None if bootstrap is None else bootstrap.interval
    return AlphaFigure(alpha, interval, pooled.units, pairable_values(pooled.matrix), pooled.pairs)


def _only_coders(data: AgreementInput, coders: Sequence[str]) -> AgreementInput:
    keep = set(coders)
    return AgreementInput(
        coders=tuple(coders),
        variables=data.variables,
        spans=tuple(span for span in data.spans if span.coder in keep),
        documents=data.documents,
        consensus_coder=data.consensus_coder,
    )


def split_coders(project: Project, data: AgreementInput) -> tuple[list[str], list[str]]:
    """(humans, machines) among the coders of ``data``, with the errors the command promises."""
    with project.reading() as session:
        machine_names = machine_coder_names(session)
    machines = [name for name in data.coders if name in machine_names]
    if not machines:
        if machine_names:
            raise InvalidInputError(
                f"{project.path}: none of the compared coders is a machine coder "
                f"(machine coders: {', '.join(sorted(machine_names))})"
            )
        raise InvalidInputError(
            f"{project.path}: no machine coder in this project; code the reliability set with "
            "annotator machine-code first"
        )
    coded = {span.coder for span in data.spans}
    if not coded.intersection(machines):
        raise InvalidInputError(
            f"{project.path}: {', '.join(machines)} coded none of the compared documents; "
            "machine-code them first (annotator machine-code --set NAME)"
        )
    humans = [name for name in data.coders if name not in machine_names and name in coded]
    if len(humans) < 2:
        found = f" (found: {', '.join(humans)})" if humans else ""
        raise InvalidInputError(
            f"{project.path}: comparing a machine with humans needs at least two human coders "
            f"with annotations in the compared documents{found}"
        )
    return humans, machines


def compare_machines_with_humans(
    project: Project,
    options: IntervalOptions,
    coders: Sequence[str] | None = None,
    variables: Sequence[str] | None = None,
    overlap: float = 0.5,
    missing_as_category: bool = False,
    level: LevelChoice = "auto",
    documents: Collection[int] | None = None,
) -> MachineComparison:
    """The comparison of the module docstring (``options.seed`` set when bootstrapping)."""
    data = load_agreement_input(project, coders, variables)
    if documents is not None:
        data = only_documents(data, documents)
    humans, machines = split_coders(project, data)

    def agreement(names: Sequence[str]) -> dict[str, VariableAgreement]:
        subset = _only_coders(data, names)
        result = agreement_from_input(subset, overlap, missing_as_category, level,
                                      with_unitizing=False)  # fmt: skip
        return result.variables

    among_humans = agreement(humans)
    comparisons = {
        name: VariableComparison(name, item.level, _figure(item.matrix, item, options))
        for name, item in among_humans.items()
    }
    for machine in machines:
        with_machine = agreement([*humans, machine])
        for name, item in with_machine.items():
            rows = dict(zip([*humans, machine], item.matrix, strict=True))
            human_rows = [rows[human] for human in humans]
            pooled = pooled_pairs(rows[machine], human_rows)
            vs_humans = _pooled_figure(pooled, item, options)
            consensus = consensus_row(human_rows)
            vs_consensus = _figure([rows[machine], consensus.row], item, options)
            each = {human: _figure([rows[machine], rows[human]], item, options)
                    for human in humans}  # fmt: skip
            humans_figure = comparisons[name].humans
            comparisons[name].machines[machine] = MachineFigures(
                vs_humans=vs_humans,
                vs_each_human=each,
                vs_consensus=vs_consensus,
                units_without_majority=consensus.without_majority,
                verdict=verdict(vs_humans.alpha, vs_humans.interval, humans_figure.alpha),
            )
    return MachineComparison(tuple(humans), tuple(machines), options, comparisons)
