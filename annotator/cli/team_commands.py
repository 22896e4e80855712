"""Sub-commands for leading a coding team: assign, assignments, progress.

The lead splits the corpus among coders with an overlap sample for reliability (`assign`, which
also reassigns a leaving coder's untouched documents), lists who has what (`assignments`) and
watches the work (`progress`). Services do the work (`services.assignments`,
`services.team_progress`); services are imported inside the handlers so `annotator --help` stays
fast.
"""

from __future__ import annotations

import argparse

from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import write_json, write_line

SHOWN_STRATA = 12
PROGRESS_COLUMNS = ("assigned", "not started", "in progress", "done", "annotations")


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def document_spec(text: str) -> str | list[str]:
    """`all`, a list of ids/uuids (`1,2,3`), or else a filter (`outlet:guardian date:2022`)."""
    from annotator.services.references import parse_uuid

    parts = [part.strip() for part in text.split(",") if part.strip()]
    if parts and all(part.isdigit() or parse_uuid(part) is not None for part in parts):
        return parts
    return text


def register(subcommands: argparse._SubParsersAction) -> None:
    assign = subcommands.add_parser(
        "assign",
        help="assign documents to coders, with an overlap sample for reliability",
        description=(
            "Split documents among coders in a named set (default main): an overlap sample, "
            "drawn at random (stratified with --stratify), is coded by every coder or by a "
            "rotating group of --overlap-coders; the other documents are split evenly by count "
            "or by total length. The same --seed gives the same assignment. With --reassign "
            "NAME --to OTHER, moves NAME's documents that they have not started (no status, no "
            "annotations) to OTHER and leaves what they coded."
        ),
    )
    assign.add_argument("project", type=project_location, help=PROJECT_HELP)
    assign.add_argument("--coders", help="comma-separated, e.g. alice,bob,carol")
    assign.add_argument("--set", default=None, help="the set's name (main, training-1, ...)")
    assign.add_argument(
        "--documents",
        default="all",
        help="all (default), ids or uuids (1,2,3), or a filter as in the app (outlet:guardian)",
    )
    assign.add_argument(
        "--overlap",
        help="overlap sample: a share (10%%), a count (120) or auto (Krippendorff's minimum for "
        "--alpha-min, --level and --smallest-category: pairable values / coders per document)",
    )
    assign.add_argument("--alpha-min", type=float,
                        help="--overlap auto: smallest acceptable alpha (default 0.8)")  # fmt: skip
    assign.add_argument("--level", type=float,
                        help="--overlap auto: significance level (default 0.05)")  # fmt: skip
    assign.add_argument(
        "--smallest-category",
        type=float,
        help="--overlap auto: probability of the rarest category (default 0.1)",
    )
    assign.add_argument(
        "--overlap-coders", default="all", help="who codes each overlap document: all or 2 (...)"
    )
    assign.add_argument(
        "--stratify",
        help="draw the overlap per stratum: outlet, month, year, language, author or a "
        "metadata field (comma-separated)",
    )
    assign.add_argument("--balance", choices=("count", "length"), default="count")
    assign.add_argument("--seed", type=int, help="random seed (printed when not given)")
    assign.add_argument("--replace", action="store_true", help="redraw an existing set")
    assign.add_argument("--dry-run", action="store_true", help="show the plan; store nothing")
    assign.add_argument("--reassign", metavar="CODER", help="a leaving coder")
    assign.add_argument("--to", metavar="CODER", help="with --reassign: who takes over")
    assign.add_argument("--json", action="store_true", help="print JSON")
    assign.set_defaults(handler=run_assign)

    listing = subcommands.add_parser(
        "assignments",
        help="list the documents assigned to each coder, per set",
        description=(
            'Print each set\'s coders and their documents; --json prints {"sets": {"main": '
            '{"alice": [uuid, ...], ...}, ...}}.'
        ),
    )
    listing.add_argument("project", type=project_location, help=PROJECT_HELP)
    listing.add_argument("--coder", help="only this coder")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_assignments)

    progress = subcommands.add_parser(
        "progress",
        help="the team's progress per coder and set",
        description=(
            "Per set and coder: documents assigned, not started, in progress, done, the coder's "
            "annotations in them and their last activity (UTC); then per coder over all sets."
        ),
    )
    progress.add_argument("project", type=project_location, help=PROJECT_HELP)
    progress.add_argument("--json", action="store_true", help="print JSON")
    progress.set_defaults(handler=run_progress)


def run_assign(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.errors import InvalidInputError

    if args.reassign or args.to:
        if not (args.reassign and args.to) or args.coders:
            raise InvalidInputError("reassign with --reassign CODER --to CODER (and no --coders)")
        return _run_reassign(args)
    if not args.coders:
        raise InvalidInputError("name the coders with --coders alice,bob,carol")
    from annotator.services.assignments import DEFAULT_SET, OverlapRule, assign

    rule = OverlapRule()
    asked = {"alpha_min": args.alpha_min, "level": args.level,
             "smallest_category": args.smallest_category}  # fmt: skip
    if any(value is not None for value in asked.values()):
        if str(args.overlap).strip().casefold() != "auto":
            raise InvalidInputError(
                "--alpha-min, --level and --smallest-category size the overlap only with "
                "--overlap auto"
            )
        rule = OverlapRule(**{**vars(rule), **{k: v for k, v in asked.items() if v is not None}})

    with open_project(args.project) as project:
        report = assign(
            project,
            _names(args.coders),
            set_name=args.set or DEFAULT_SET,
            documents=document_spec(args.documents),
            overlap=args.overlap,
            overlap_coders=args.overlap_coders,
            stratify=_names(args.stratify or ""),
            balance=args.balance,
            seed=args.seed,
            replace=args.replace,
            dry_run=args.dry_run,
            rule=rule,
        )
    if args.json:
        write_json(report.to_json())
        return 0
    verb = "Would assign" if report.dry_run else "Assigned"
    write_line(
        f"{verb} {report.documents} documents in set {report.set_name!r} (seed {report.seed}); "
        f"overlap {report.overlap} documents coded by {report.overlap_coders} coders."
    )
    if report.overlap_rule is not None:
        by_rule = report.overlap_rule
        write_line(
            f"Overlap size from Krippendorff (2013): {by_rule['pairable_values']} pairable values "
            f"for alpha >= {by_rule['alpha_min']:g} at p = {by_rule['level']:g} with the rarest "
            f"category at {by_rule['smallest_category']:g}; {by_rule['coders_per_document']} "
            "values per document."
        )
    for name, share in report.coders.items():
        write_line(
            f"  {name}: {share.documents} documents ({share.overlap} overlap), "
            f"{share.characters:,} characters"
        )
    if report.stratify and len(report.strata) <= SHOWN_STRATA:
        strata = ", ".join(f"{key} {count}" for key, count in report.strata.items())
        write_line(f"Overlap per stratum ({', '.join(report.stratify)}): {strata}")
    elif report.stratify:
        counts = report.strata.values()
        write_line(
            f"Overlap drawn from {len(report.strata)} strata ({', '.join(report.stratify)}), "
            f"{min(counts)} to {max(counts)} documents each (--json lists them)."
        )
    return 0


def _run_reassign(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.reassignment import reassign

    with open_project(args.project) as project:
        report = reassign(project, args.reassign, args.to, set_name=args.set)
    if args.json:
        write_json(report.to_json())
        return 0
    write_line(
        f"Moved {report.moved} documents from {report.from_coder} to {report.to_coder} "
        f"(sets: {', '.join(report.set_names) or 'none'}); {report.kept} started or coded by "
        f"{report.from_coder} stay theirs"
        + (
            f", {report.already_with_target} that {report.to_coder} has already stay too."
            if report.already_with_target
            else "."
        )
    )
    return 0


def run_assignments(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.assignments import assignment_table

    with open_project(args.project, read_only=True) as project:
        table = assignment_table(project, coder=args.coder)
    if args.json:
        write_json(table)
        return 0
    if not table["sets"]:
        write_line("No assignments yet (annotator assign PROJECT --coders ...).")
        return 0
    for set_name, coders in table["sets"].items():
        write_line(f"{set_name}:")
        for coder, documents in coders.items():
            write_line(f"  {coder}: {len(documents)} documents")
            for document in documents:
                write_line(f"    {document}")
    return 0


def run_progress(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.team_progress import team_progress

    with open_project(args.project, read_only=True) as project:
        progress = team_progress(project)
    if args.json:
        write_json(progress.to_json())
        return 0
    if not progress.rows:
        write_line("No assignments yet (annotator assign PROJECT --coders ...).")
        return 0
    header = f"{'set':<14} {'coder':<14} " + " ".join(f"{c:>11}" for c in PROGRESS_COLUMNS)
    write_line(header + "  last activity (UTC)")
    for row in [*progress.rows, *progress.totals]:
        numbers = (row.assigned, row.not_started, row.in_progress, row.done, row.annotations)
        when = row.last_activity.strftime("%Y-%m-%d %H:%M") if row.last_activity else "-"
        write_line(
            f"{row.set_name:<14} {row.coder:<14} "
            + " ".join(f"{number:>11}" for number in numbers)
            + f"  {when}"
        )
    return 0
