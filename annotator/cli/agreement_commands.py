"""Sub-commands about inter-coder reliability: agreement, adjudicate.

`agreement` prints the statistics per variable (or JSON with `--json`) and writes the comparison
workbook with `-o`; `adjudicate` lists the disagreements with their progress, and settles one
unit by taking a coder's version, an edited version, or rejecting it -- saved as annotations of
the consensus coder.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import shorten, write_json, write_line
from annotator.cli.reliability_commands import (
    add_interval_options,
    check_writable,
    print_intervals,
    selection_json,
    variables_json,
    write_report,
)
from annotator.core.agreement.bootstrap import new_seed
from annotator.core.records.agreement import RELIABLE, TENTATIVE, AgreementResult
from annotator.db.project import open_project
from annotator.errors import InvalidInputError
from annotator.services.intercoder.adjudication import (
    Adjudication,
    AdjudicationProgress,
    settled_units,
)
from annotator.services.intercoder.agreement import LEVEL_CHOICES, compute_agreement
from annotator.services.intercoder.intervals import (
    IntervalOptions,
    ReliabilityIntervals,
    reliability_intervals,
)
from annotator.services.intercoder.machine_runs import machine_provenance
from annotator.services.intercoder.sets import Selection, selections


def comma_separated_names(text: str | None) -> list[str] | None:
    """`--coders a,b` as a list of names (None when the option is absent; never empty)."""
    if text is None:
        return None
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise InvalidInputError("give at least one name, separated by commas")
    return names


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=project_location, help=PROJECT_HELP)
    parser.add_argument(
        "--coders", help="compare these coders (comma-separated; default: all but the consensus)"
    )
    parser.add_argument(
        "--variables", help="these variables (comma-separated; default: all category and scale)"
    )
    parser.add_argument(
        "--overlap",
        type=float,
        default=0.5,
        help="spans align when their overlap is at least this share of their union (default 0.5)",
    )
    parser.add_argument(
        "--missing-as-category",
        action="store_true",
        help="count 'not coded' as a category of its own instead of as missing data",
    )


def register(subcommands: argparse._SubParsersAction) -> None:
    agreement = subcommands.add_parser(
        "agreement",
        help="inter-coder reliability per variable",
        description=(
            "Align the coders' spans into units and report, per variable, Krippendorff's alpha "
            "(nominal for categories, ordinal for scales), percent agreement, pairwise Cohen's "
            "kappa, Fleiss' kappa, Brennan-Prediger and Gwet's AC1, plus unitizing alpha. "
            f"alpha >= {RELIABLE} is conventionally reliable, >= {TENTATIVE} tentative."
        ),
    )
    _add_selection(agreement)
    agreement.add_argument(
        "--level",
        choices=LEVEL_CHOICES,
        default="auto",
        help="alpha's level for scale variables: auto = ordinal (category variables are always "
        "nominal)",
    )
    add_interval_options(agreement)
    agreement.add_argument("--json", action="store_true", help="print JSON")
    agreement.add_argument(
        "--machine-vs-humans",
        action="store_true",
        help="measure each machine coder against the human coders (per human, pooled and "
        "against their consensus, with intervals) and say whether it is as reliable as a human",
    )
    agreement.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="XLSX",
        help="also write the comparison workbook (a summary sheet per set with several --set; "
        "with --machine-vs-humans, the machine comparison)",
    )
    agreement.set_defaults(handler=run_agreement)

    adjudicate = subcommands.add_parser(
        "adjudicate",
        help="list disagreements, or settle one as the consensus version",
        description=(
            "Without --unit: list the units where coders disagree (or not all marked the text), "
            "with their ids and how many are settled. With --unit ID: settle it by --take CODER "
            "(that coder's span and codes), --start/--end/--set (an edited version), --reject "
            "(no consensus annotation), or undo it with --unsettle. The result is saved as "
            "annotations of the consensus coder."
        ),
    )
    _add_selection(adjudicate)
    adjudicate.add_argument("--unit", help="the unit id (from the listing)")
    adjudicate.add_argument("--take", metavar="CODER", help="take this coder's version")
    adjudicate.add_argument("--start", type=int, help="edited version: first character")
    adjudicate.add_argument("--end", type=int, help="edited version: one past the last character")
    adjudicate.add_argument(
        "--set",
        dest="values",
        action="append",
        default=[],
        metavar="VARIABLE=VALUE",
        help="edited version: a value (repeat for several)",
    )
    adjudicate.add_argument("--reject", action="store_true", help="settle as 'not a unit'")
    adjudicate.add_argument("--unsettle", action="store_true", help="undo the settlement")
    adjudicate.add_argument("--consensus-coder", help="name of the consensus coder to use")
    adjudicate.add_argument("--json", action="store_true", help="print JSON")
    adjudicate.set_defaults(handler=run_adjudicate)


def _format(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def print_agreement(result: AgreementResult, progress: AdjudicationProgress) -> None:
    missing = "'not coded' is a category" if result.missing_as_category else "not coded = missing"
    write_line(
        f"Agreement of {', '.join(result.coders)}: {len(result.units)} units "
        f"(overlap >= {result.overlap:g}; {missing}); "
        f"{progress}, {progress.remaining} to adjudicate."
    )
    write_line()
    header = (
        f"{'variable':<14} {'level':<8} {'units':>6} {'values':>7} {'alpha':>7} {'%agree':>7} "
        f"{'Fleiss':>7} {'B-P':>7} {'AC1':>7}  reading"
    )
    write_line(header)
    write_line("-" * len(header))
    for name, item in result.variables.items():
        write_line(
            f"{shorten(name, 14):<14} {item.level:<8} {item.units:>6} {item.pairable_values:>7} "
            f"{_format(item.krippendorff_alpha):>7} {_format(item.percent_agreement):>7} "
            f"{_format(item.fleiss_kappa):>7} {_format(item.brennan_prediger):>7} "
            f"{_format(item.gwet_ac1):>7}  {item.interpretation}"
        )
        for level, alpha in item.alphas.items():
            if level != item.level:
                write_line(f"{'':<14} alpha at {level} level: {_format(alpha)}")
        if item.multiple:
            write_line(f"{'':<14} MASI alpha (partial credit for code sets): "
                       f"{_format(item.masi_alpha)}")  # fmt: skip
            for code, per_code in item.per_code.items():
                write_line(
                    f"{'':<14} {shorten(code, 30):<30} alpha {_format(per_code.krippendorff_alpha)}"
                    f"  %agree {_format(per_code.percent_agreement)}  units {per_code.units}"
                )
        kappas = ", ".join(f"{pair} {_format(k)}" for pair, k in item.cohen_kappa.items())
        write_line(f"{'':<14} Cohen's kappa: {kappas}")
    if result.unitizing is not None:
        unitizing = result.unitizing
        write_line()
        write_line(
            f"Unitizing (did coders mark the same text): alpha_u {_format(unitizing.alpha_u)}, "
            f"character agreement {_format(unitizing.character_percent_agreement)}"
        )
        for name, value in unitizing.per_variable.items():
            codes = ", ".join(
                f"{code} {_format(alpha)}" for code, alpha in unitizing.per_code[name].items()
            )
            write_line(f"  {name}: alpha_u {_format(value)}  ({codes})")
    write_line()
    write_line(
        f"Reading alpha: >= {RELIABLE} reliable; {TENTATIVE}-{RELIABLE} tentative conclusions "
        f"only; < {TENTATIVE} unreliable (Krippendorff). '—' = undefined (too few paired "
        "values, or no variation)."
    )


def run_agreement(args: argparse.Namespace) -> int:
    if args.machine_vs_humans:
        from annotator.cli.machine_agreement import run_machine_vs_humans

        return run_machine_vs_humans(args)
    options = IntervalOptions(args.bootstrap, args.seed, args.ci, args.alpha_min).checked()
    if options.samples and options.seed is None:
        options = replace(options, seed=new_seed())  # one seed for every set, reported
    check_writable(args.output)
    check_writable(args.report)
    coders = comma_separated_names(args.coders)
    variables = comma_separated_names(args.variables)
    runs = []
    machines = []  # per run: the provenance of its machine coders, for the methods paragraph
    with open_project(args.project, read_only=True) as project:
        for selection in selections(project, args.sets):
            result = compute_agreement(
                project,
                coders=coders,
                variables=variables,
                overlap=args.overlap,
                missing_as_category=args.missing_as_category,
                level=args.level,
                with_text=args.output is not None and len(args.sets or ()) < 2,
                documents=selection.documents,
            )
            progress = Adjudication(result, settled_units(project)).progress
            runs.append((selection, result, progress, reliability_intervals(result, options)))
            if args.report is not None:
                machines.append(machine_provenance(project, result.coders, selection.documents))
        several = len(runs) > 1
        if several and args.output is not None:  # the full comparison of all sets together
            union = sorted({i for selection, *_ in runs for i in selection.documents or ()})
            combined = compute_agreement(
                project,
                coders=coders,
                variables=variables,
                overlap=args.overlap,
                missing_as_category=args.missing_as_category,
                level=args.level,
                documents=union,
            )
    if args.output is not None:
        from annotator.io.exports.comparison_xlsx import write_comparison_workbook

        if several:
            sets = {selection.label: result for selection, result, *_ in runs}
            columns = {run[0].label: run[3].workbook_columns() for run in runs}
            write_comparison_workbook(combined, args.output, sets=sets, set_intervals=columns)
        else:
            write_comparison_workbook(
                runs[0][1], args.output, intervals=runs[0][3].workbook_columns()
            )
    if args.report is not None:
        reported = [(selection, result, figures) for selection, result, _, figures in runs]
        write_report(args.report, reported, machines)
    if args.json:
        documents = [_agreement_json(*run) for run in runs]
        if several:
            sets = {run[0].label: document for run, document in zip(runs, documents, strict=True)}
            write_json({"sets": sets, "bootstrap": runs[0][3].settings_json()})
        else:
            write_json({**documents[0], "bootstrap": runs[0][3].settings_json()})
    else:
        for selection, result, progress, figures in runs:
            if several or selection.documents is not None:
                count = len(selection.documents or ())
                write_line(f"== {selection.label}: {count} documents ==")
            print_agreement(result, progress)
            print_intervals(figures)
            if several:
                write_line()
        if args.output is not None:
            write_line(f"Wrote {args.output}.")
        if args.report is not None:
            write_line(f"Wrote {args.report}.")
    return 0


def _agreement_json(
    selection: Selection,
    result: AgreementResult,
    progress: AdjudicationProgress,
    figures: ReliabilityIntervals,
) -> dict[str, Any]:
    data = {
        **result.to_json(),
        "disagreements": progress.total,
        "settled": progress.settled,
        "to_adjudicate": progress.remaining,
        **selection_json(selection),
    }
    return variables_json(data, figures)


def run_adjudicate(args: argparse.Namespace) -> int:
    from annotator.cli.adjudication_commands import run_adjudicate as run

    return run(args)
