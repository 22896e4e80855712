"""Sub-commands for studies with several coders: distribute, merge, export, import-codings.

The PI makes one copy per coder (`distribute`), merges the copies back (`merge`), exports the coded
data for analysis (`export`) and brings in codings made elsewhere (`import-codings`). Services do
the work; this module parses arguments and prints reports. Services are imported inside the
handlers so that `annotator --help` stays fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.locations import (
    FILES_ONLY,
    NEW_FILE_ONLY,
    PROJECT_HELP,
    project_location,
    require_file,
)
from annotator.cli.output import fail, write_json, write_line

if TYPE_CHECKING:
    from annotator.services.export_report import ExportReport


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def register(subcommands: argparse._SubParsersAction) -> None:
    distribute = subcommands.add_parser(
        "distribute",
        help="make one project copy per coder",
        description=(
            "Write DIR/<project>-<coder>.annot for each coder: the same documents and codebook "
            "(same uuids), that coder preset, and no other coder's annotations unless "
            "--with-annotations. When the project has assignments (annotator assign), each copy "
            "holds only its coder's assigned documents, in every set, unless --all-documents. "
            "Existing files are never overwritten."
        ),
    )
    distribute.add_argument("project", type=project_location, help="the project file to copy")
    distribute.add_argument("--coders", required=True, help="comma-separated, e.g. alice,bob")
    distribute.add_argument("--out", required=True, type=Path, help="folder for the copies")
    distribute.add_argument(
        "--with-annotations", action="store_true", help="keep every coder's annotations"
    )
    distribute.add_argument(
        "--all-documents",
        action="store_true",
        help="every document to every coder, even when the project has assignments",
    )
    distribute.add_argument("--json", action="store_true", help="print JSON")
    distribute.set_defaults(handler=run_distribute)

    merge = subcommands.add_parser(
        "merge",
        help="merge coders' projects into a new project",
        description=(
            "Merge project files into a new one. Documents match by uuid, then identical text; "
            "codebook variables and codes by uuid, then name and label; coders by uuid; "
            "annotations by uuid, so merging again adds nothing. Inputs are never changed. "
            "Prints what was added and every conflict."
        ),
    )
    merge.add_argument("inputs", nargs="+", type=project_location, metavar="INPUT")
    merge.add_argument(
        "-o", "--output", required=True, type=project_location, help="the merged project file"
    )
    merge.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    merge.add_argument(
        "--join-coders-by-name",
        action="store_true",
        help="treat coders with the same name but different uuids as one person",
    )
    merge.add_argument("--json", action="store_true", help="print the report as JSON")
    merge.set_defaults(handler=run_merge)

    export = subcommands.add_parser(
        "export",
        help="export codings to .xlsx, long-format .csv or a REFI-QDA project (.qdpx)",
        description=(
            "Write the coded data: a workbook (Segments, Documents, Coders, Codebook, Code "
            "counts) for .xlsx, or long-format CSV (one row per annotation and value, UTF-8 "
            "with BOM) for .csv. The CSV is safe to open in a spreadsheet: a cell starting "
            "with = + - @, a tab or a line break gets a leading ' (--exact-text: as stored). "
            ".qdpx writes the whole project (documents, codebook, coders, annotations, memos) "
            "for MAXQDA, ATLAS.ti, NVivo and QualCoder."
        ),
    )
    export.add_argument("project", type=project_location, help=PROJECT_HELP)
    export.add_argument(
        "-o", "--output", required=True, type=Path, help="codings.xlsx, .csv or study.qdpx"
    )
    export.add_argument("--coders", help="only these coders (comma-separated)")
    export.add_argument(
        "--context", type=int, default=100, help="characters of context before/after (100)"
    )
    export.add_argument(
        "--exact-text",
        action="store_true",
        help="CSV: write every cell exactly as stored, for R, SPSS and Stata (not for a "
        "spreadsheet program: a cell starting with = would run as a formula)",
    )
    export.add_argument(
        "--unique-names",
        action="store_true",
        help=".qdpx for QualCoder: a code label used more than once is written as "
        "'Label (variable)', e.g. 'Other (claim)'",
    )
    export.add_argument("--json", action="store_true", help="print JSON")
    export.set_defaults(handler=run_export)

    codings = subcommands.add_parser(
        "import-codings",
        help="add codings from a codings CSV",
        description=(
            "Add the annotations of a long-format codings CSV (as `export -o x.csv` writes, "
            "with or without --exact-text). Spans are checked against the document text; rows "
            "that do not fit are listed with their line number and reason (exit status 1), the "
            "others are added."
        ),
    )
    codings.add_argument("project", type=project_location, help=PROJECT_HELP)
    codings.add_argument("csv", type=Path)
    codings.add_argument(
        "--exact-text",
        action="store_true",
        help="take every cell as written (never drop a leading ' that protects a formula)",
    )
    codings.add_argument("--json", action="store_true", help="print JSON")
    codings.set_defaults(handler=run_import_codings)


def run_distribute(args: argparse.Namespace) -> int:
    from annotator.services.distribute import distribute_project

    source = require_file(
        args.project,
        "distribute makes coder copies of a project file; on a server every coder works in the "
        "project itself",
    )
    report = distribute_project(
        source,
        _names(args.coders),
        args.out,
        with_annotations=args.with_annotations,
        all_documents=args.all_documents,
    )
    if args.json:
        write_json(report.to_json())
        return 0
    for copy in report.copies:
        write_line(
            f"{copy.path}: coder {copy.coder}, {copy.documents} documents, "
            f"{copy.annotations} annotations"
        )
    write_line(f"{len(report.copies)} coder copies written.")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from annotator.services.merging.merge import merge_projects

    why = FILES_ONLY.format(command="merge")
    inputs = [require_file(location, why) for location in args.inputs]
    output = require_file(args.output, NEW_FILE_ONLY.format(command="merge"))
    report = merge_projects(
        inputs, output, dry_run=args.dry_run, coders_by_name=args.join_coders_by_name
    )
    if args.json:
        write_json(report.to_json())
    else:
        for line in report.summary_lines():
            write_line(line)
        if report.output:
            write_line(f"Wrote {report.output}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    if args.output.suffix.lower() == ".qdpx":
        return _export_qdpx(args)
    if args.unique_names:
        return fail(f"{args.output}: --unique-names applies to .qdpx projects only")
    coders = _names(args.coders) if args.coders else None
    if args.output.suffix.lower() == ".csv" and isinstance(args.project, Path):
        report = _export_csv(args, coders)  # a server project takes export_codings' portable path
    else:
        from annotator.db.project import open_project
        from annotator.services.export import export_codings

        with open_project(args.project, read_only=True) as project:
            report = export_codings(
                project,
                args.output,
                coders=coders,
                context_chars=args.context,
                exact_text=args.exact_text,
            )
    if args.json:
        write_json(report.to_json())
    else:
        write_line(
            f"Wrote {report.path}: {report.segments} annotations by "
            f"{', '.join(report.coders) or 'no coders'} in {report.documents} documents "
            f"({report.rows} {'rows' if report.format == 'csv' else 'segment rows'})."
        )
        if report.prefixed_cells:
            write_line(
                f"{report.prefixed_cells} cells starting with = + - @, a tab or a line break "
                "have a leading ' so spreadsheets show them as text (--exact-text: as stored)."
            )
    return 0


def _export_csv(args: argparse.Namespace, coders: list[str] | None) -> ExportReport:
    """The CSV of a project file on the stdlib driver alone: no SQLAlchemy import, same bytes."""
    from annotator.db.read_only import reading_connection
    from annotator.services.export_report import export_kind
    from annotator.services.quick_csv_export import export_csv_on_driver

    with reading_connection(args.project) as connection:
        export_kind(args.output, args.context)
        return export_csv_on_driver(
            connection, args.output, coders=coders, exact_text=args.exact_text
        )


def _export_qdpx(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.exchange.qdpx_export import export_qdpx

    if args.coders:
        return fail(f"{args.output}: a .qdpx holds every coder's work (leave out --coders)")
    with open_project(args.project, read_only=True) as project:
        report = export_qdpx(project, args.output, unique_names=args.unique_names)
    if args.json:
        write_json(report.to_json())
        return 0
    write_line(
        f"Wrote {report.path}: {report.documents} documents, {report.annotations} annotations "
        f"by {', '.join(report.coders) or 'no coders'}, {report.codes} codes, "
        f"{report.notes} memos."
    )
    for line in report.left_out:
        write_line(f"Left out: {line}")
    return 0


def run_import_codings(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.imports.codings import import_codings

    with open_project(args.project) as project:
        report = import_codings(project, args.csv, exact_text=True if args.exact_text else None)
    if args.json:
        write_json(report.to_json())
    else:
        for row in report.rejected:
            write_line(f"REJECTED line {row.line}: {row.reason}")
        write_line(
            f"{report.added} annotations added, {report.present} already present, "
            f"{len(report.rejected)} rows rejected."
        )
    return 1 if report.rejected else 0
