"""`annotator import-dna`: a Discourse Network Analyzer 3 database as a new project."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.locations import NEW_FILE_ONLY, project_location, require_file
from annotator.cli.output import write_json, write_line
from annotator.core.text import counted


def register(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser(
        "import-dna",
        help="make a project from a Discourse Network Analyzer (DNA 3) database",
        description=(
            "Create PROJECT from a DNA 3 database (.dna, SQLite): its documents, coders, "
            "variables (as the codebook) and statements (as coded spans, offsets converted "
            "from DNA's UTF-16 positions). PROJECT must not exist yet."
        ),
    )
    parser.add_argument("database", type=Path, metavar="FILE.dna")
    parser.add_argument("project", type=project_location, help="the project file to create")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(handler=run_import_dna)


def run_import_dna(args: argparse.Namespace) -> int:
    from annotator.services.imports.dna import import_dna

    target = require_file(args.project, NEW_FILE_ONLY.format(command="import-dna"))
    report = import_dna(args.database, target)
    if args.json:
        write_json(report.to_json())
        return 0
    write_line(
        f"Imported {counted(report.documents, 'document')} and "
        f"{counted(report.statements, 'statement')} by {counted(len(report.coders), 'coder')} "
        f"({', '.join(report.coders) or 'none'}) into "
        f"{report.project}; variables: "
        + ", ".join(f"{name} ({kind})" for name, kind in report.variables.items())
        + "."
    )
    return 0
