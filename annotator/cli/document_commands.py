"""Sub-commands about documents: import, documents, text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.output import shorten, write, write_json, write_line
from annotator.db.project import open_project
from annotator.errors import InvalidInputError
from annotator.io.sources import supported_suffixes
from annotator.services.documents import document_text, list_documents
from annotator.services.importing import ImportReport, import_paths


def register(subcommands: argparse._SubParsersAction) -> None:
    importer = subcommands.add_parser(
        "import",
        help="import article files or folders",
        description=(
            "Import articles. Folders are searched recursively for "
            f"{', '.join(supported_suffixes())} files. Texts already in the project are reported "
            "as duplicates and skipped. Exit status 1 when some files could not be imported."
        ),
    )
    importer.add_argument("project", type=Path)
    importer.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importer.add_argument("--json", action="store_true", help="print the report as JSON")
    importer.set_defaults(handler=run_import)

    documents = subcommands.add_parser("documents", help="list the documents of a project")
    documents.add_argument("project", type=Path)
    documents.add_argument("--json", action="store_true", help="print JSON")
    documents.set_defaults(handler=run_documents)

    text = subcommands.add_parser(
        "text",
        help="print one document's stored text exactly",
        description=(
            "Print the stored text of a document exactly (UTF-8, no newline added): the string "
            "that annotation offsets index into."
        ),
    )
    text.add_argument("project", type=Path)
    text.add_argument("document", help="document id or uuid")
    text.set_defaults(handler=run_text)


def _print_report(report: ImportReport) -> None:
    for item in report.imported:
        write_line(f"imported   #{item.id}  {item.path}")
    for item in report.duplicates:
        write_line(f"duplicate  {item.path} (same text as document #{item.existing_id})")
    for item in report.failed:
        write_line(f"FAILED     {item.path}: {item.error}")
    write_line(
        f"{len(report.imported)} imported, {len(report.duplicates)} duplicates skipped, "
        f"{len(report.failed)} failed."
    )


def run_import(args: argparse.Namespace) -> int:
    missing = [path for path in args.paths if not path.exists()]
    if missing:
        raise InvalidInputError(f"{missing[0]}: no such file or folder")
    show_progress = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int, _path: Path) -> None:
        sys.stderr.write(f"\rimporting {done}/{total}")
        if done == total:
            sys.stderr.write("\n")

    with open_project(args.project) as project:
        report = import_paths(project, args.paths, progress=progress if show_progress else None)
    if args.json:
        write_json(report.to_json())
    else:
        _print_report(report)
    return 1 if report.failed else 0


def run_documents(args: argparse.Namespace) -> int:
    with open_project(args.project, read_only=True) as project:
        documents = list_documents(project)
    if args.json:
        write_json([document.to_json() for document in documents])
        return 0
    for document in documents:
        published = document.published.isoformat() if document.published else "----------"
        write_line(
            f"{document.id:>5}  {published}  {shorten(document.outlet or '', 22):<22}  "
            f"{shorten(document.title, 60):<60}  {document.chars:>7} chars"
        )
    write_line(f"{len(documents)} documents.")
    return 0


def run_text(args: argparse.Namespace) -> int:
    with open_project(args.project, read_only=True) as project:
        write(document_text(project, args.document))
    return 0
