"""Sub-commands about documents: import, documents, text, edit-document, remove."""

from __future__ import annotations

import argparse
import sys
from json.encoder import encode_basestring
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import (
    Tally,
    fail,
    shorten,
    write,
    write_json,
    write_json_array,
    write_line,
    write_stream,
)
from annotator.core.text import counted
from annotator.errors import InvalidInputError
from annotator.io.imports.sources import supported_suffixes

if TYPE_CHECKING:
    from annotator.services.corpus.metadata import MetadataEdit
    from annotator.services.imports.articles import ImportReport

# `documents` and `text` only read: they run on the stdlib driver (annotator.db.read_only), so this
# module imports SQLAlchemy and the services that need it only inside the commands that write.


def register(subcommands: argparse._SubParsersAction) -> None:
    importer = subcommands.add_parser(
        "import",
        help="import article files or folders",
        description=(
            "Import articles. Folders are searched recursively for "
            f"{', '.join(supported_suffixes())} files. Texts already in the project are reported "
            "as duplicates and skipped. Web pages are reduced to the article; text files that "
            "still carry a web page's boilerplate are cleaned (the original is kept for review); "
            "Nexis Uni and Factiva exports are split into their articles; spreadsheets give one "
            "article per row. Exit status 1 when some files could not be imported."
        ),
    )
    importer.add_argument("project", type=project_location, help=PROJECT_HELP)
    importer.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    importer.add_argument(
        "--as-is",
        action="store_true",
        help="store text files exactly as read: no removal of web-page boilerplate",
    )
    importer.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="parsing processes (default: all cores for large batches; 1: no extra processes)",
    )
    importer.add_argument("--json", action="store_true", help="print the report as JSON")
    importer.set_defaults(handler=run_import)

    editor = subcommands.add_parser(
        "edit-document",
        help="correct a document's metadata (never its text)",
        description=(
            "Change a document's title, outlet, author, publication date, URL, language or extra "
            "fields in one transaction. An empty value clears a field. The text cannot be "
            "changed: annotations index into it."
        ),
    )
    editor.add_argument("project", type=project_location, help=PROJECT_HELP)
    editor.add_argument("document", help="document id or uuid")
    editor.add_argument("--title")
    editor.add_argument("--outlet")
    editor.add_argument("--author")
    editor.add_argument("--published", metavar="YYYY-MM-DD")
    editor.add_argument("--url")
    editor.add_argument("--language", metavar="CODE", help="e.g. en, ru, de")
    editor.add_argument(
        "--set-extra",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set an extra metadata field (repeatable)",
    )
    editor.add_argument(
        "--unset-extra",
        action="append",
        default=[],
        metavar="KEY",
        help="remove an extra metadata field (repeatable)",
    )
    editor.add_argument("--json", action="store_true", help="print old and new values as JSON")
    editor.set_defaults(handler=run_edit_document)

    documents = subcommands.add_parser("documents", help="list the documents of a project")
    documents.add_argument("project", type=project_location, help=PROJECT_HELP)
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
    text.add_argument("project", type=project_location, help=PROJECT_HELP)
    text.add_argument("document", help="document id or uuid")
    text.set_defaults(handler=run_text)

    remover = subcommands.add_parser(
        "remove",
        help="remove documents with their annotations",
        description=(
            "Remove documents (by id or uuid) in one transaction, with every coder's annotations "
            "and statuses on them. Documents that carry annotations are removed only with "
            "--force; without it the command says how many annotations would go and changes "
            "nothing. Unknown documents change nothing either (exit status 2)."
        ),
    )
    remover.add_argument("project", type=project_location, help=PROJECT_HELP)
    remover.add_argument("documents", nargs="+", metavar="DOC", help="document id or uuid")
    remover.add_argument(
        "--force", action="store_true", help="remove them even if they carry annotations"
    )
    remover.add_argument("--json", action="store_true", help="print what was removed as JSON")
    remover.set_defaults(handler=run_remove)


def _print_report(report: ImportReport) -> None:
    for item in report.imported:
        facts = ", ".join(fact for fact in (item.outlet, item.published) if fact)
        write_line(
            f"imported   #{item.id}  {item.path}: {shorten(item.title, 60)}"
            + (f" ({facts})" if facts else "")
        )
    for item in report.duplicates:
        write_line(f"duplicate  {item.path} (same text as document #{item.existing_id})")
    for item in report.failed:
        write_line(f"FAILED     {item.path}: {item.error}")
    for warning in report.warnings:
        write_line(f"warning    #{warning.id}  {warning.path}: {warning.warning}")
    to_check = f", {len(report.warnings)} to check" if report.warnings else ""
    write_line(
        f"{len(report.imported)} imported, {len(report.duplicates)} duplicates skipped, "
        f"{len(report.failed)} failed{to_check}."
    )


def run_import(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.io.imports.documents import ImportOptions
    from annotator.services.imports.articles import import_paths

    missing = [path for path in args.paths if not path.exists()]
    if missing:
        raise InvalidInputError(f"{missing[0]}: no such file or folder")
    show_progress = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int, _path: Path) -> None:
        sys.stderr.write(f"\rimporting {done}/{total}")
        if done == total:
            sys.stderr.write("\n")

    with open_project(args.project) as project:
        report = import_paths(
            project,
            args.paths,
            progress=progress if show_progress else None,
            options=ImportOptions(as_is=args.as_is),
            workers=args.workers,
        )
    if args.json:
        write_json(report.to_json())
    else:
        _print_report(report)
    return 1 if report.failed else 0


def run_documents(args: argparse.Namespace) -> int:
    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import document_rows

    with reading_connection(args.project) as connection:
        rows = document_rows(connection)
        if args.json:
            write_json_array(map(_document_json, rows))
            return 0
        tally = Tally()
        write_stream(map(_document_line, tally(rows)))
    write_line(f"{tally.count} documents.")
    return 0


def _document_json(row: tuple) -> str:
    """`DocumentRecord.to_json()` as `json.dumps(indent=2)` writes it one level deep."""
    document_id, key, title, outlet, published, author, url, chars, sha256 = row
    text = encode_basestring
    return (
        f'{{\n    "id": {document_id},\n    "uuid": "{key}",\n    "title": {text(title)},'
        f'\n    "outlet": {"null" if outlet is None else text(outlet)},'
        f'\n    "published": {"null" if published is None else text(published)},'
        f'\n    "author": {"null" if author is None else text(author)},'
        f'\n    "url": {"null" if url is None else text(url)},'
        f'\n    "chars": {chars},\n    "sha256": {text(sha256)}\n  }}'
    )


def _document_line(row: tuple) -> str:
    document_id, _uuid, title, outlet, published, _author, _url, chars, _sha256 = row
    return (
        f"{document_id:>5}  {published or '----------'}  {shorten(outlet or '', 22):<22}  "
        f"{shorten(title, 60):<60}  {chars:>7} chars\n"
    )


def run_text(args: argparse.Namespace) -> int:
    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import document_text

    with reading_connection(args.project) as connection:
        write(document_text(connection, args.document))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.corpus.removal import plan_removal, remove_documents

    with open_project(args.project) as project:
        plan = plan_removal(project, args.documents)
        count = len(plan.document_ids)
        if plan.annotations and not args.force:
            which, them = (
                ("this document carries", "it")
                if count == 1
                else (f"these {count} documents carry", "them")
            )
            return fail(
                f"{which} {counted(plan.annotations, 'annotation')} (by "
                f"{', '.join(plan.coders)}), which would be deleted with {them}; add --force to "
                f"remove {them} anyway. Nothing was changed."
            )
        removed = remove_documents(project, plan.document_ids)
    if args.json:
        write_json(removed.to_json())
        return 0
    for document in removed.documents:
        write_line(f"removed  #{document['id']}  {shorten(document['title'], 70)}")
    write_line(
        f"{counted(count, 'document')} removed, with "
        f"{counted(len(removed.annotations), 'annotation')}."
    )
    return 0


def run_edit_document(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.corpus.metadata import edit_metadata

    changes = {
        name: getattr(args, name)
        for name in ("title", "outlet", "author", "published", "url", "language")
        if getattr(args, name) is not None
    }
    extra_updates: dict[str, str | None] = {}
    for assignment in args.set_extra:
        key, equals, value = assignment.partition("=")
        if not equals or not key.strip():
            raise InvalidInputError(f"--set-extra {assignment!r}: expected KEY=VALUE")
        extra_updates[key.strip()] = value
    for key in args.unset_extra:
        extra_updates[key.strip()] = None
    if not changes and not extra_updates:
        raise InvalidInputError("nothing to change: give --title, --outlet, --published, ...")
    with open_project(args.project) as project:
        edit = edit_metadata(project, args.document, changes, extra_updates=extra_updates)
    if args.json:
        write_json(edit.to_json())
    else:
        _print_edit(edit)
    return 0


def _print_edit(edit: MetadataEdit) -> None:
    if not edit.changed:
        write_line(f"document #{edit.document_id}: nothing changed")
        return
    for name, new in edit.to_json()["new"].items():
        old = edit.to_json()["old"][name]
        write_line(f"document #{edit.document_id}  {name}: {old!r} -> {new!r}")
