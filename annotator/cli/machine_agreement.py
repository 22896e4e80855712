"""`annotator agreement --machine-vs-humans`: is a machine coder as reliable as a human one?

Prints, per variable, the humans' alpha among themselves and each machine coder's alpha against
every human, against the humans pooled and against their consensus, each with its bootstrap
interval, then the rule applied and a verdict per variable and machine
(:mod:`annotator.services.intercoder.machine_comparison`); ``-o`` writes the same figures as a
workbook, ``--report`` the methods section.  It measures a reliability sample: a
project without assignments must name a set with ``--set``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.cli.output import shorten, write_json, write_line
from annotator.cli.reliability_commands import check_writable, selection_json
from annotator.core.agreement.bootstrap import new_seed
from annotator.core.agreement.machine_vs_humans import AS_RELIABLE, NOT_AS_RELIABLE
from annotator.db.project import Project, open_project
from annotator.errors import InvalidInputError
from annotator.services.intercoder.intervals import IntervalOptions
from annotator.services.intercoder.machine_comparison import (
    CONSENSUS_RULE,
    AlphaFigure,
    MachineComparison,
    compare_machines_with_humans,
)
from annotator.services.intercoder.machine_runs import machine_provenance
from annotator.services.intercoder.sets import Selection, selections

NO_RELIABILITY_SET = (
    "{path}: no reliability set: the project has no assignments; name the documents both humans "
    "and machine coded with --set NAME, or draw a set with annotator assign --overlap"
)


def _format(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _interval(figure: AlphaFigure) -> str:
    if figure.interval is None:
        return ""
    low, high = figure.interval
    return f"[{low:.3f}, {high:.3f}]"


def _line(label: str, figure: AlphaFigure, extra: str = "") -> str:
    pairs = "" if figure.pairs is None else f" ({figure.pairs} machine-human pairs)"
    return (
        f"  {shorten(label, 30):<30} alpha {_format(figure.alpha):>6} {_interval(figure):<16} "
        f"{figure.units:>5} units{pairs}{extra}"
    )


def verdict_sentence(machine: str, variable: str, verdict: str, vs: AlphaFigure,
                     humans: AlphaFigure) -> str:  # fmt: skip
    """The verdict for one machine and variable as a sentence."""
    figure = f"{_format(vs.alpha)}" + (f" {_interval(vs)}" if vs.interval else "")
    if verdict == AS_RELIABLE:
        return (
            f"{machine} is as reliable as a human coder on {variable}: its alpha against the "
            f"humans, {figure}, reaches the humans' {_format(humans.alpha)}."
        )
    if verdict == NOT_AS_RELIABLE:
        return (
            f"{machine} is not as reliable as a human coder on {variable}: its alpha against the "
            f"humans, {figure}, stays below the humans' {_format(humans.alpha)}."
        )
    return (
        f"no verdict for {machine} on {variable}: an alpha is undefined (too few paired values, "
        "or no variation)."
    )


def print_comparison(selection: Selection, comparison: MachineComparison) -> None:
    options = comparison.options
    documents = len(selection.documents or ())
    plural = "" if documents == 1 else "s"
    count = "" if selection.documents is None else f" ({documents} document{plural})"
    write_line(
        f"Machine vs humans on {selection.label}{count}: humans {', '.join(comparison.humans)}; "
        f"machines {', '.join(comparison.machines)}."
    )
    if options.samples:
        write_line(
            f"Intervals at {options.confidence:.0%}: alpha by bootstrap ({options.samples} "
            f"samples, seed {options.seed}; Hayes & Krippendorff 2007)."
        )
    write_line(f"Consensus: {CONSENSUS_RULE}.")
    for name, item in comparison.variables.items():
        write_line()
        write_line(f"{name} ({item.level})")
        write_line(_line("humans among themselves", item.humans))
        for machine, figures in item.machines.items():
            write_line(_line(f"{machine} vs humans (pooled)", figures.vs_humans))
            for human, figure in figures.vs_each_human.items():
                write_line(_line(f"{machine} vs {human}", figure))
            left_out = f", {figures.units_without_majority} without a majority left out"
            write_line(_line(f"{machine} vs consensus", figures.vs_consensus, left_out))
    write_line()
    write_line(f"Rule: {comparison.rule}.")
    for name, item in comparison.variables.items():
        for machine, figures in item.machines.items():
            write_line(
                verdict_sentence(machine, name, figures.verdict, figures.vs_humans, item.humans)
            )


def run_machine_vs_humans(args: argparse.Namespace) -> int:
    """The `agreement --machine-vs-humans` handler (see the module docstring)."""
    from annotator.cli.agreement_commands import comma_separated_names

    options = IntervalOptions(args.bootstrap, args.seed, args.ci, args.alpha_min).checked()
    if options.samples and options.seed is None:
        options = replace(options, seed=new_seed())
    if args.output is not None and args.output.suffix.lower() != ".xlsx":
        raise InvalidInputError(f"{args.output}: the comparison is written as .xlsx")
    check_writable(args.output)
    check_writable(args.report)
    coders = comma_separated_names(args.coders)
    variables = comma_separated_names(args.variables)
    runs: list[tuple[Selection, MachineComparison]] = []
    with open_project(args.project, read_only=True) as project:
        chosen = selections(project, args.sets)
        if len(chosen) == 1 and chosen[0].documents is None:
            raise InvalidInputError(NO_RELIABILITY_SET.format(path=project.path))
        for selection in chosen:
            comparison = compare_machines_with_humans(
                project,
                options,
                coders=coders,
                variables=variables,
                overlap=args.overlap,
                missing_as_category=args.missing_as_category,
                level=args.level,
                documents=selection.documents,
            )
            runs.append((selection, comparison))
        if args.report is not None:
            _write_report(project, args.report, runs)
    if args.output is not None:
        _write_workbook(args.output, runs)
    if args.json:
        settings = _settings_json(options)
        documents = [{**comparison.to_json(), **selection_json(selection)}
                     for selection, comparison in runs]  # fmt: skip
        if len(runs) > 1:
            sets = {selection.label: data for (selection, _), data in zip(runs, documents,
                                                                          strict=True)}  # fmt: skip
            write_json({"sets": sets, "bootstrap": settings})
        else:
            write_json({**documents[0], "bootstrap": settings})
        return 0
    for position, (selection, comparison) in enumerate(runs):
        if position:
            write_line()
        print_comparison(selection, comparison)
    for written in (args.output, args.report):
        if written is not None:
            write_line(f"Wrote {written}.")
    return 0


def _write_workbook(target: Path, runs: Sequence[tuple[Selection, MachineComparison]]) -> None:
    from annotator.io.exports.machine_comparison_xlsx import write_machine_comparison_workbook

    rows = [row for selection, comparison in runs for row in comparison.table_rows(selection.label)]
    options = runs[0][1].options
    about: list[tuple[str, object]] = []
    for selection, comparison in runs:
        about += [
            ("set", selection.label),
            ("documents", len(selection.documents or ())),
            ("human coders", ", ".join(comparison.humans)),
            ("machine coders", ", ".join(comparison.machines)),
        ]
    about += [
        ("rule", runs[0][1].rule),
        ("consensus", CONSENSUS_RULE),
        ("bootstrap samples", options.samples),
        ("seed", options.seed),
        ("confidence", options.confidence),
    ]
    write_machine_comparison_workbook(target, rows, about)


def _write_report(
    project: Project, target: Path, runs: Sequence[tuple[Selection, MachineComparison]]
) -> None:
    """The machine-vs-humans methods section (one per compared set), atomically."""
    from annotator.io.atomic import atomic_output
    from annotator.services.intercoder.machine_methods import machine_methods_paragraph

    parts = []
    for selection, comparison in runs:
        machines = machine_provenance(project, comparison.machines, selection.documents)
        text = machine_methods_paragraph(comparison, selection, machines)
        if len(runs) > 1:
            heading = "## Machine coders versus human coders"
            text = text.replace(heading, f"{heading}: {selection.label}", 1)
        parts.append(text)
    with atomic_output(target) as temporary:
        temporary.write_text("\n".join(parts), encoding="utf-8")


def _settings_json(options: IntervalOptions) -> dict[str, Any]:
    return {
        "samples": options.samples,
        "seed": options.seed,
        "confidence": options.confidence,
        "alpha_min": options.alpha_min,
    }
