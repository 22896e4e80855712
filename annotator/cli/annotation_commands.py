"""Sub-commands about coded spans: annotate (also recoding by `--toggle`), annotations."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from json.encoder import encode_basestring

from annotator.cli.locations import PROJECT_HELP, project_location
from annotator.cli.output import (
    Tally,
    shorten,
    write_json,
    write_json_array,
    write_line,
    write_stream,
)
from annotator.errors import InvalidInputError

# `annotations` only reads: it runs on the stdlib driver (annotator.db.read_only), so this module
# imports SQLAlchemy and the services that need it only inside the commands that write.


def register(subcommands: argparse._SubParsersAction) -> None:
    annotate = subcommands.add_parser(
        "annotate",
        help="code a span of a document",
        description=(
            "Code the span [start, end) of a document (code-point offsets into the text printed "
            "by `annotator text`; end exclusive), or the text found with --find."
        ),
    )
    annotate.add_argument("project", type=project_location, help=PROJECT_HELP)
    annotate.add_argument("--coder", required=True, help="coder name (added if new)")
    annotate.add_argument("--document", required=True, help="document id or uuid")
    annotate.add_argument("--start", type=int, help="first character (0-based)")
    annotate.add_argument("--end", type=int, help="one past the last character")
    annotate.add_argument("--find", metavar="TEXT", help="code this exact text instead of offsets")
    annotate.add_argument(
        "--occurrence", type=int, default=1, help="with --find: which occurrence (default 1)"
    )
    annotate.add_argument(
        "--set",
        dest="values",
        action="append",
        default=[],
        metavar="VARIABLE=VALUE",
        help="a value, e.g. actor='Vladimir Putin' (repeat for several; codes match by label, "
        "case-insensitively; new actors are added)",
    )
    annotate.add_argument(
        "--toggle",
        dest="toggles",
        action="append",
        default=[],
        metavar="VARIABLE=CODE",
        help="apply a code as its key does in the app: the coder's annotation on exactly this "
        "span is recoded if there is one (the code is toggled on a variable with several "
        "codes, replaces the value otherwise; --set and --memo then change it too), else the "
        "span is coded anew (repeat for several)",
    )
    annotate.add_argument("--memo", help="a note on this coding")
    annotate.add_argument("--json", action="store_true", help="print the annotation as JSON")
    annotate.set_defaults(handler=run_annotate)

    annotations = subcommands.add_parser("annotations", help="list coded spans")
    annotations.add_argument("project", type=project_location, help=PROJECT_HELP)
    annotations.add_argument("--document", help="only this document (id or uuid)")
    annotations.add_argument("--coder", help="only this coder")
    annotations.add_argument("--json", action="store_true", help="print JSON")
    annotations.set_defaults(handler=run_annotations)


def parse_pairs(items: list[str], option: str = "--set") -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        name, separator, value = item.partition("=")
        if not separator or not name.strip():
            raise InvalidInputError(f"{option} {item!r}: write it as VARIABLE=VALUE")
        pairs.append((name.strip(), value))
    return pairs


def parse_values(items: list[str]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in parse_pairs(items):
        values.setdefault(name, []).append(value)
    return values


def _span(args: argparse.Namespace, project) -> tuple[int, int]:
    from annotator.services.corpus.documents import document_text

    if args.find is None:
        if args.start is None or args.end is None:
            raise InvalidInputError("give --start and --end, or --find TEXT")
        return args.start, args.end
    if args.start is not None or args.end is not None:
        raise InvalidInputError("give either --start/--end or --find, not both")
    text = document_text(project, args.document)
    position = -1
    for _ in range(max(args.occurrence, 1)):
        position = text.find(args.find, position + 1)
        if position < 0:
            raise InvalidInputError(
                f"document {args.document} does not contain {shorten(args.find, 60)!r}"
                + (f" {args.occurrence} times" if args.occurrence > 1 else "")
            )
    return position, position + len(args.find)


def run_annotate(args: argparse.Namespace) -> int:
    from annotator.db.project import open_project
    from annotator.services.coding.annotations import create_annotation
    from annotator.services.coding.rules import toggle_codes

    values = parse_values(args.values)
    toggles = parse_pairs(args.toggles, "--toggle")
    with open_project(args.project) as project:
        start, end = _span(args, project)
        if toggles:
            record = toggle_codes(
                project,
                document=args.document,
                coder=args.coder,
                span=(start, end),
                toggles=toggles,
                values=values,
                memo=args.memo,
            ).record
        else:
            record = create_annotation(
                project,
                document=args.document,
                coder=args.coder,
                start=start,
                end=end,
                values=values,
                memo=args.memo or "",
            )
    if args.json:
        write_json(record.to_json())
    else:
        write_line(f"{record.uuid}  {record.start}-{record.end}  {shorten(record.quote, 60)!r}")
    return 0


def run_annotations(args: argparse.Namespace) -> int:
    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import annotation_rows, read_codebook

    with reading_connection(args.project) as connection:
        rows = annotation_rows(
            connection, read_codebook(connection), document=args.document, coder=args.coder
        )
        first = next(rows, None)  # a wrong --document or --coder fails before anything is written
        rows = _chained(first, rows)
        if args.json:
            write_json_array(map(_annotation_json, rows))
        else:
            tally = Tally()
            write_stream(map(_annotation_line, tally(rows)))
            write_line(f"{tally.count} annotations.")
    return 0


def _chained(first: tuple | None, rest: Iterator[tuple]) -> Iterator[tuple]:
    if first is not None:
        yield first
        yield from rest


def _annotation_line(row: tuple) -> str:
    key, document_id, _document, coder, start, end, quote, _memo, values = row
    shown = "; ".join(f"{name}={', '.join(labels)}" for name, labels in values.items())
    return (
        f"{key[:8]}  doc {document_id:<4} {coder:<10} "
        f"{start:>6}-{end:<6} {shorten(quote, 50)!r}  {shown}\n"
    )


def _annotation_json(row: tuple) -> str:
    """`AnnotationRecord.to_json()` as `json.dumps(indent=2)` writes it one level deep."""
    key, _document_id, document, coder, start, end, quote, memo, values = row
    text = encode_basestring
    if values:
        shown = ",\n      ".join(
            f"{text(name)}: [\n        " + ",\n        ".join(map(text, labels)) + "\n      ]"
            for name, labels in values.items()
        )
        values_json = "{\n      " + shown + "\n    }"
    else:
        values_json = "{}"
    return (
        f'{{\n    "uuid": "{key}",\n    "document": "{document}",\n    "coder": {text(coder)},'
        f'\n    "start": {start},\n    "end": {end},\n    "quote": {text(quote)},'
        f'\n    "values": {values_json},\n    "memo": {text(memo)}\n  }}'
    )
