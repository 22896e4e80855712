"""Start-up: decides between the command line and the desktop app.

`annotator SUBCOMMAND ...` runs the headless command line. `annotator` alone, with a project
path, with `--demo` or with `--smoke-test REPORT.json` opens the desktop app. Qt is imported only
on the GUI path, so the command line starts fast and runs on machines without a display. The
decision itself is cheap: it reads the command line's table of sub-command names without
building its parser.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

from annotator import cli

GUI_OPTIONS = ("--demo", "--smoke-test")


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app's worker processes must not start the GUI
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = arguments[0] if arguments else ""
    if first.split("=", 1)[0] in GUI_OPTIONS:
        return _run_gui(arguments)
    if first and (first.startswith("-") or first in cli.command_names()):
        return cli.main(arguments)
    return _run_gui(arguments)


def _run_gui(arguments: list[str]) -> int:
    from annotator.ui.application import run  # Qt is imported here, and only here

    return run(arguments)
