"""The `annotator` command line: headless sub-commands for scripts and reproducible pipelines.

Every sub-command opens the project, calls services, prints a result (plain text, or JSON with
`--json`) and closes the project. Problems the user can fix print one line on stderr and exit with
status 2, changing nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from annotator import __version__
from annotator.cli import (
    annotation_commands,
    codebook_commands,
    document_commands,
    project_commands,
)
from annotator.cli.output import fail
from annotator.core.codebook_spec import CodebookSpecError
from annotator.errors import AnnotatorError

COMMAND_MODULES = (
    project_commands,
    document_commands,
    annotation_commands,
    codebook_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotator",
        description=(
            "Code news articles along a codebook, merge coders' work and measure agreement. "
            "Run without a sub-command to open the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show full tracebacks and debug logging"
    )
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subcommands)
    return parser


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:  # argparse offers no public way to list sub-commands
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="annotator: %(levelname)s: %(message)s",
    )
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except (AnnotatorError, CodebookSpecError) as error:
        return fail(str(error), getattr(error, "exit_code", 2))
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as error:
        if args.debug:
            raise
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        return fail(f"internal error: {error!r} (run with --debug for details; please report)", 70)


if __name__ == "__main__":
    sys.exit(main())
