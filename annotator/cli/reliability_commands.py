"""Reliability figures for a paper on the command line: `sample-size`, and what `agreement`
adds to its table and JSON -- intervals, per-set comparisons and the methods paragraph.

`agreement` (:mod:`annotator.cli.agreement_commands`) calls :func:`add_interval_options`,
:func:`print_intervals`, :func:`variables_json` and :func:`write_report` from here, so the
agreement module keeps its table and this one the figures that come with intervals.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.cli.output import shorten, write_json, write_line
from annotator.core.agreement.bootstrap import DEFAULT_SAMPLES
from annotator.core.records.agreement import AgreementResult
from annotator.errors import InvalidInputError
from annotator.services.intercoder.intervals import (
    DEFAULT_ALPHA_MIN,
    DEFAULT_CONFIDENCE,
    ReliabilityIntervals,
)
from annotator.services.intercoder.machine_runs import MachineProvenance
from annotator.services.intercoder.sample_size import sample_size
from annotator.services.intercoder.sets import Selection


def register(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser(
        "sample-size",
        help="how many values a reliability sample needs (Krippendorff)",
        description=(
            "Print the minimum number of pairable values Krippendorff (2013, Content Analysis, "
            "3rd ed., ch. 12) requires so that alpha can be shown to be at least --alpha-min at "
            "the significance --level, when the rarest category has probability "
            "--smallest-category; two coders produce two values per unit they both code."
        ),
    )
    parser.add_argument("--alpha-min", type=float, default=0.8,
                        help="smallest acceptable alpha (default 0.8)")  # fmt: skip
    parser.add_argument("--level", type=float, default=0.05,
                        help="significance level (default 0.05)")  # fmt: skip
    parser.add_argument(
        "--smallest-category",
        type=float,
        required=True,
        help="probability of the rarest category, e.g. 0.1 (at most 0.5)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_sample_size)


def run_sample_size(args: argparse.Namespace) -> int:
    result = sample_size(args.alpha_min, args.level, args.smallest_category)
    if args.json:
        write_json(result.to_json())
        return 0
    write_line(
        f"{result.values} pairable values: {result.units} units coded by two coders "
        f"(alpha >= {result.alpha_min:g} at p = {result.level:g}, smallest category "
        f"{result.smallest_category:g}; Krippendorff 2013)."
    )
    return 0


def add_interval_options(parser: argparse.ArgumentParser) -> None:
    """`agreement`'s options for sets, intervals and the methods paragraph."""
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        metavar="NAME",
        help="compare the documents of this assignment set (repeat to compare several; "
        "default with assignments: the documents assigned to two or more coders, training "
        "sets left out)",
    )
    parser.add_argument(
        "--bootstrap",
        type=int,
        default=DEFAULT_SAMPLES,
        metavar="N",
        help=f"bootstrap samples for alpha's interval and q (default {DEFAULT_SAMPLES}; 0: none)",
    )
    parser.add_argument("--seed", type=int, help="bootstrap seed (default: drawn and reported)")
    parser.add_argument(
        "--ci",
        type=float,
        default=DEFAULT_CONFIDENCE,
        metavar="LEVEL",
        help=f"confidence level of the intervals (default {DEFAULT_CONFIDENCE})",
    )
    parser.add_argument(
        "--alpha-min",
        type=float,
        default=DEFAULT_ALPHA_MIN,
        help=f"q = probability that alpha is below this (default {DEFAULT_ALPHA_MIN})",
    )
    parser.add_argument(
        "--report", type=Path, metavar="MD", help="also write the methods paragraph (Markdown)"
    )


def check_writable(target: Path | None) -> None:
    """Refuse, before any work, a file to write into a folder that does not exist."""
    if target is None:
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInputError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise InvalidInputError(f"cannot write {target}: it is a folder")


def _format(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _interval(values: Sequence[float] | None) -> str:
    return "—" if values is None else f"[{values[0]:.3f}, {values[1]:.3f}]"


def print_intervals(intervals: ReliabilityIntervals) -> None:
    """The intervals under the agreement table, one block per variable."""
    options = intervals.options
    write_line()
    level = f"{options.confidence:.0%}"
    if options.samples:
        write_line(
            f"Intervals at {level}: alpha by bootstrap ({options.samples} samples, seed "
            f"{options.seed}; Hayes & Krippendorff 2007), q = P(alpha < {options.alpha_min:g}); "
            "the others from Gwet's standard errors (se)."
        )
    else:
        write_line(f"Intervals at {level} from Gwet's standard errors (se); no bootstrap.")
    for name, figures in intervals.variables.items():
        parts = []
        if figures.alpha is not None:
            parts.append(f"alpha {_interval(figures.alpha.interval)} q {figures.alpha.q:.3f}")
        estimates = figures.errors.estimates
        for key, label in (("percent_agreement", "%agree"), ("fleiss_kappa", "Fleiss"),
                           ("brennan_prediger", "B-P"), ("gwet_ac1", "AC1")):  # fmt: skip
            item = estimates[key]
            if item is not None:
                parts.append(f"{label} se {item.standard_error:.3f} {_interval(item.interval)}")
        write_line(f"{shorten(name, 14):<14} " + "; ".join(parts or ["undefined"]))
        kappas = [
            f"{pair} se {_format(None if item is None else item.standard_error)}"
            for pair, item in figures.cohen.items()
        ]
        if kappas:
            write_line(f"{'':<14} Cohen's kappa " + ", ".join(kappas))


def variables_json(data: dict[str, Any], intervals: ReliabilityIntervals) -> dict[str, Any]:
    """``data`` (an agreement JSON) with each variable's interval keys added."""
    for name, figures in intervals.variables.items():
        data["variables"][name].update(figures.to_json())
    return data


def selection_json(selection: Selection) -> dict[str, Any]:
    return {
        "set": selection.name,
        "selection": selection.description,
        "documents": None if selection.documents is None else len(selection.documents),
    }


def write_report(
    target: Path,
    runs: Sequence[tuple[Selection, AgreementResult, ReliabilityIntervals]],
    machines: Sequence[Sequence[MachineProvenance]] | None = None,
) -> None:
    """The methods paragraph (one per compared set) as a Markdown file, atomically;
    ``machines``: per run, the provenance of its machine coders."""
    from annotator.io.atomic import atomic_output
    from annotator.services.intercoder.methods_report import methods_paragraph

    parts = []
    for position, (selection, result, intervals) in enumerate(runs):
        provenance = machines[position] if machines is not None else ()
        text = methods_paragraph(result, selection, intervals, provenance)
        if len(runs) > 1:
            text = text.replace(
                "## Intercoder reliability", f"## Intercoder reliability: {selection.label}", 1
            )
        parts.append(text)
    with atomic_output(target) as temporary:
        temporary.write_text("\n".join(parts), encoding="utf-8")
