"""The `annotator` command line: headless sub-commands for scripts and reproducible pipelines.

Every sub-command opens the project, calls services, prints a result (plain text, or JSON with
`--json`) and closes the project. Problems the user can fix print one line on stderr and exit with
status 2, changing nothing.

Start-up stays fast: `COMMANDS` names the module that registers each sub-command, so routing
(`command_names()`), `--version` and running one sub-command import only what they need; only
`annotator --help` (and an unknown command) imports every command module. A test checks the table
against what the modules register.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from annotator import __version__

# sub-command -> module in annotator.cli that registers it (in the order `--help` lists them)
COMMANDS: dict[str, str] = {
    "new": "project_commands",
    "info": "project_commands",
    "verify": "project_commands",
    "demo": "project_commands",
    "copy": "project_commands",
    "import": "document_commands",
    "edit-document": "document_commands",
    "documents": "document_commands",
    "text": "document_commands",
    "remove": "document_commands",
    "annotate": "annotation_commands",
    "annotations": "annotation_commands",
    "assign": "team_commands",
    "assignments": "team_commands",
    "progress": "team_commands",
    "server": "server_commands",
    "distribute": "coder_commands",
    "merge": "coder_commands",
    "export": "coder_commands",
    "import-codings": "coder_commands",
    "import-qdpx": "exchange_commands",
    "import-dna": "dna_commands",
    "codebook": "codebook_commands",
    "agreement": "agreement_commands",
    "adjudicate": "agreement_commands",
    "machine-code": "machine_commands",
    "sample-size": "reliability_commands",
    "table": "findings_commands",
    "chart": "findings_commands",
    "network": "findings_commands",
}
COMMAND_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))

SMOKE_TEST_HELP = (
    "start the desktop app (offscreen is fine), create, import, code and export in a temporary "
    "folder, close, and write a JSON report to REPORT.json; exit status 0 only if every step worked"
)


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"annotator.cli.{name}")


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser with the sub-commands of `modules` (by default all of them)."""
    parser = argparse.ArgumentParser(
        prog="annotator",
        description=(
            "Code news articles along a codebook, merge coders' work and measure agreement. "
            "Run without a sub-command (or with a project file) to open the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show full tracebacks and debug logging"
    )
    parser.add_argument("--demo", action="store_true", help="open the desktop app on the demo")
    parser.add_argument("--smoke-test", metavar="REPORT.json", help=SMOKE_TEST_HELP)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in modules:
        command_module(module).register(subcommands)
    return parser


def command_names() -> set[str]:
    return set(COMMANDS)


def modules_needed(argv: Sequence[str]) -> Sequence[str]:
    """The command modules that parsing `argv` needs: none for `--version`, the one holding the
    sub-command, or all of them for help, no sub-command or an unknown one. Top-level options take
    no value, so the first word that is not an option names the sub-command."""
    for word in argv:
        if word in ("-h", "--help"):
            return COMMAND_MODULES
        if word == "--version":
            return ()
        if not word.startswith("-"):
            return (COMMANDS[word],) if word in COMMANDS else COMMAND_MODULES
    return COMMAND_MODULES


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(modules_needed(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="annotator: %(levelname)s: %(message)s",
    )
    if args.demo or args.smoke_test:  # `annotator --demo` reaches the app, never the CLI
        parser.error("--demo and --smoke-test open the desktop app; give them first")
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as error:
        return _report(error, args.debug)


def _fail(message: str, status: int) -> int:
    from annotator.cli.output import fail

    return fail(message, status)


def _report(error: Exception, debug: bool) -> int:
    """A problem the user can fix is one line on stderr; anything else is an internal error."""
    from annotator.core.codebook_spec import CodebookSpecError
    from annotator.errors import AnnotatorError, place_problem

    if isinstance(error, AnnotatorError | CodebookSpecError):
        return _fail(str(error), getattr(error, "exit_code", 2))
    problem = place_problem(error) if isinstance(error, OSError) else None
    if problem is not None:  # a read-only folder or a full disk that no command foresaw
        where = f"{error.filename}: " if getattr(error, "filename", None) else ""
        return _fail(f"{where}{problem}", 2)
    if debug:
        raise error
    logging.getLogger(__name__).debug("unexpected error", exc_info=True)
    return _fail(f"internal error: {error!r} (run with --debug for details; please report)", 70)


if __name__ == "__main__":
    sys.exit(main())
