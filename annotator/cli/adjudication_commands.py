"""The `adjudicate` sub-command's work: list disagreements with progress, settle one unit.

Registered by :mod:`annotator.cli.agreement_commands` (it shares the coder/variable/overlap
options with `agreement`); kept apart so each module stays small.
"""

from __future__ import annotations

import argparse

from annotator.cli.agreement_commands import comma_separated_names
from annotator.cli.annotation_commands import parse_values
from annotator.cli.output import shorten, write_json, write_line
from annotator.db.project import open_project
from annotator.errors import InvalidInputError
from annotator.services.intercoder.adjudication import (
    Adjudication,
    find_unit,
    load_adjudication,
    settle,
    settled_units,
    unsettle,
)


def _print_listing(adjudication: Adjudication) -> None:
    for unit in adjudication.disagreements:
        decision = adjudication.settled.get(unit.id)
        state = f"settled ({decision.get('decision')})" if decision else "open"
        what = (
            "codes differ: " + ", ".join(unit.disagreeing)
            if unit.disagreeing
            else "not marked by " + ", ".join(unit.missing)
        )
        write_line(
            f"{unit.id}  doc {unit.document.id:<4} {unit.start:>6}-{unit.end:<6} {state:<17} "
            f"{what}  {shorten(unit.text or '', 50)!r}"
        )
        for coder, span in unit.spans.items():
            codes = "; ".join(
                f"{name}={', '.join(sorted(span.codes(name)))}"
                for name in adjudication.result.variables
                if span.codes(name)
            )
            write_line(f"{'':>14}{coder:<12} {span.start}-{span.end}  {codes}")
    write_line(f"{adjudication.progress}.")


def run_adjudicate(args: argparse.Namespace) -> int:
    options = {
        "coders": comma_separated_names(args.coders),
        "variables": comma_separated_names(args.variables),
        "overlap": args.overlap,
        "missing_as_category": args.missing_as_category,
    }
    acting = args.take or args.reject or args.unsettle or args.values or args.start is not None
    if args.unit is None:
        if acting or args.end is not None:
            raise InvalidInputError("name the unit to settle with --unit ID")
        with open_project(args.project, read_only=True) as project:
            adjudication = load_adjudication(project, **options)
        if args.json:
            progress = adjudication.progress
            write_json(
                {
                    "settled": progress.settled,
                    "total": progress.total,
                    "disagreements": [
                        {
                            **unit.to_json(list(adjudication.result.variables)),
                            "settlement": adjudication.settled.get(unit.id),
                        }
                        for unit in adjudication.disagreements
                    ],
                }
            )
        else:
            _print_listing(adjudication)
        return 0
    with open_project(args.project) as project:
        adjudication = load_adjudication(project, with_text=False, **options)
        unit = find_unit(adjudication, args.unit)
        if args.unsettle:
            removed = unsettle(project, unit.id)
            message = f"unit {unit.id} is open again" if removed else f"unit {unit.id} was open"
            payload = {"unit": unit.id, "unsettled": removed is not None}
        else:
            result = settle(
                project,
                unit,
                take=args.take,
                start=args.start,
                end=args.end,
                values=parse_values(args.values) if args.values else None,
                reject=args.reject,
                consensus_coder=args.consensus_coder,
            )
            message = f"unit {unit.id} settled ({result.settlement.decision})"
            payload = result.settlement.to_json()
        progress = Adjudication(adjudication.result, settled_units(project)).progress
    if args.json:
        write_json({**payload, "settled": progress.settled, "total": progress.total})
    else:
        write_line(f"{message}; {progress}.")
    return 0
