"""Sub-commands about whole projects: new, info, verify, demo, copy."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.locations import NEW_FILE_ONLY, PROJECT_HELP, project_location, require_file
from annotator.cli.output import write_json, write_line

# `info` and `verify` only read: they run on the stdlib driver (annotator.db.read_only), so this
# module imports SQLAlchemy and the services that need it only inside the other commands.


def register(subcommands: argparse._SubParsersAction) -> None:
    new = subcommands.add_parser(
        "new",
        help="create a project file (or a project on a PostgreSQL server)",
        description=(
            "Create a new project file (*.annot), or a project in an empty PostgreSQL database "
            "(postgresql://HOST[:PORT]/DATABASE)."
        ),
    )
    new.add_argument(
        "project",
        type=project_location,
        help="the project file to create, e.g. study.annot, or postgresql://host/study",
    )
    new.add_argument(
        "--codebook",
        type=Path,
        help="start from this codebook (.json, .xlsx or REFI-QDA .qdc) instead of the default "
        "actor/claim/sector/framing",
    )
    new.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="STUDY.qdpx",
        help="create it from a REFI-QDA project of MAXQDA, ATLAS.ti, NVivo or QualCoder (as "
        "`annotator import-qdpx` does)",
    )
    new.set_defaults(handler=run_new)

    info = subcommands.add_parser("info", help="summarise a project")
    info.add_argument("project", type=project_location, help=PROJECT_HELP)
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=run_info)

    verify = subcommands.add_parser(
        "verify",
        help="check a project's integrity",
        description=(
            "Check the file's integrity (on a server: the schema's constraints and foreign "
            "keys) and every annotation (span inside its document, quote equal to the text it "
            "covers, values that fit their variables). Exit status 1 names each broken row."
        ),
    )
    verify.add_argument("project", type=project_location, help=PROJECT_HELP)
    verify.set_defaults(handler=run_verify)

    demo = subcommands.add_parser(
        "demo",
        help="write a demo project with sample articles",
        description="Write DIR/demo.annot: sample articles coded by two coders.",
    )
    demo.add_argument("folder", type=Path, help="folder to write demo.annot into (created)")
    demo.set_defaults(handler=run_demo)

    copy = subcommands.add_parser(
        "copy",
        help="copy a whole project between a file and a server",
        description=(
            "Copy a whole project, losslessly (ids, uuids, offsets, statuses, timestamps, "
            "codebook, assignments, settings): a file to a PostgreSQL server "
            "(postgresql://HOST/DB, an empty database) to publish it, or a server project to a "
            "new file to back it up or archive it. The target must not exist (a file) or have "
            "no tables (a database); a failed copy leaves nothing behind."
        ),
    )
    copy.add_argument("source", help="the project: a file or a postgresql:// URL")
    copy.add_argument("target", help="a new file, or a postgresql:// URL of an empty database")
    copy.add_argument("--json", action="store_true", help="print the rows copied as JSON")
    copy.set_defaults(handler=run_copy)


def run_new(args: argparse.Namespace) -> int:
    from annotator.core.codebook_spec import load_codebook_json
    from annotator.io.codebooks.files import read_codebook_file
    from annotator.services.codebooks.sync import new_project_from_draft
    from annotator.services.projects import new_project, project_info

    if args.source is not None:
        from annotator.cli.output import fail

        if args.codebook:
            return fail(f"{args.source}: --from brings its own codebook (leave out --codebook)")
        if args.source.suffix.lower() != ".qdpx":
            return fail(f"{args.source}: --from takes a REFI-QDA project (.qdpx)")
        from annotator.cli.exchange_commands import print_import_report
        from annotator.services.exchange.qdpx_import import import_qdpx

        target = require_file(args.project, NEW_FILE_ONLY.format(command="new --from"))
        print_import_report(import_qdpx(args.source, target))
        return 0
    if args.codebook and args.codebook.suffix.lower() in (".xlsx", ".xlsm", ".qdc"):
        draft = read_codebook_file(args.codebook)
        for line in draft.mapping:
            write_line(f"Mapped: {line}")
        project = new_project_from_draft(args.project, draft, args.codebook.name)
    else:
        codebook = load_codebook_json(args.codebook) if args.codebook else None
        project = new_project(args.project, codebook)
    with project:
        info = project_info(project)
    write_line(
        f"Created {args.project} with {len(info.variables)} variables "
        f"({', '.join(variable.name for variable in info.variables)})."
    )
    return 0


def run_info(args: argparse.Namespace) -> int:
    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import read_info

    with reading_connection(args.project) as connection:
        info = read_info(connection, args.project)
    if args.json:
        write_json(info.to_json())
        return 0
    write_line(f"Project:     {args.project}")
    write_line(f"Schema:      {info.schema}")
    write_line(f"Documents:   {info.documents}")
    write_line(f"Annotations: {info.annotations}")
    machines = set(info.machine_coders)
    coders = [f"{name} (machine)" if name in machines else name for name in info.coders]
    write_line(f"Coders:      {', '.join(coders) or '(none yet)'}")
    write_line("Variables:")
    for variable in info.variables:
        write_line(f"  {variable.name:<12} {variable.kind:<9} {variable.codes} codes")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import read_info
    from annotator.services.verify import verify_connection

    with reading_connection(args.project) as connection:
        problems = verify_connection(connection, args.project)
        info = read_info(connection, args.project)
    for problem in problems:
        write_line(f"BROKEN {problem}")
    if problems:
        write_line(f"{len(problems)} problem(s) found in {args.project}.")
        return 1
    write_line(
        f"OK: {args.project} is sound ({info.documents} documents, "
        f"{info.annotations} annotations checked)."
    )
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.demo import build_demo
    from annotator.services.projects import project_info

    path = build_demo(args.folder)
    with open_project(path, read_only=True) as project:
        info = project_info(project)
    write_line(
        f"Wrote {path}: {info.documents} articles, {info.annotations} annotations by "
        f"{', '.join(info.coders)}."
    )
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from annotator.services.project_copy import copy_project

    report = copy_project(args.source, args.target)
    if args.json:
        write_json(report.to_json())
        return 0
    write_line(f"Copied {report.source} to {report.target}:")
    for table, count in report.rows.items():
        write_line(f"  {table:<16} {count:>9,} rows")
    return 0
