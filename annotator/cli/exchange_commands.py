"""Sub-commands about whole projects from other programs: import-qdpx (REFI-QDA).

`annotator export PROJECT -o study.qdpx` (in coder_commands) writes the other direction.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.locations import NEW_FILE_ONLY, project_location, require_file
from annotator.cli.output import write_json, write_line

if TYPE_CHECKING:
    from annotator.services.exchange.qdpx_import import QdpxImportReport


def register(subcommands: argparse._SubParsersAction) -> None:
    qdpx = subcommands.add_parser(
        "import-qdpx",
        help="create a project from a REFI-QDA project (.qdpx)",
        description=(
            "Create PROJECT from a REFI-QDA project exported by MAXQDA, ATLAS.ti, NVivo, "
            "QualCoder, Taguette or Annotator: text sources (and the plain text of PDF sources) "
            "as documents, users as coders, the code tree as the codebook, coded selections as "
            "annotations, notes as memos. Prints how the codes were mapped and everything it "
            "left out (pictures, audio, video, PDF regions, graphs, links, cases, code groups)."
        ),
    )
    qdpx.add_argument("qdpx", type=Path, help="the .qdpx file")
    qdpx.add_argument(
        "project", type=project_location, help="the project file to create, e.g. study.annot"
    )
    qdpx.add_argument(
        "--positions",
        choices=("auto", "codepoints", "utf16"),
        default="auto",
        help="how the file counts text positions: the standard's code points, or UTF-16 units "
        "as NVivo writes them; auto (default) decides per source from where selections fall",
    )
    qdpx.add_argument("--json", action="store_true", help="print the report as JSON")
    qdpx.set_defaults(handler=run_import_qdpx)


def run_import_qdpx(args: argparse.Namespace) -> int:
    from annotator.services.exchange.qdpx_import import import_qdpx

    target = require_file(args.project, NEW_FILE_ONLY.format(command="import-qdpx"))
    report = import_qdpx(args.qdpx, target, positions=args.positions)
    if args.json:
        write_json(report.to_json())
        return 0
    print_import_report(report)
    return 0


def print_import_report(report: QdpxImportReport) -> None:
    """The mapping, what was left out, and the counts (also for `new --from`)."""
    for line in report.mapping:
        write_line(f"Mapped: {line}")
    for line in report.left_out:
        write_line(f"Left out: {line}")
    utf16 = [title for title, convention in report.positions.items() if convention == "utf16"]
    if utf16:
        write_line(
            f"Positions counted in UTF-16 units (as NVivo writes them) in {len(utf16)} of "
            f"{len(report.positions)} documents."
        )
    write_line(
        f"Created {report.project} from {report.source} ({report.origin}): "
        f"{report.documents} documents, {len(report.coders)} coders, {report.variables} "
        f"variables, {report.codes} codes, {report.annotations} annotations, "
        f"{report.memos} memos."
    )
