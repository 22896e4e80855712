"""Start-up: decides between the command line and the desktop app.

`annotator SUBCOMMAND ...` runs the headless command line. `annotator` alone, with a project
path, with `--demo` or with `--smoke-test REPORT.json` opens the desktop app. Qt is imported only
on the GUI path, so the command line starts fast and runs on machines without a display. The
decision itself is cheap: it reads the command line's table of sub-command names without
building its parser.

Without a display (no `DISPLAY` or `WAYLAND_DISPLAY` on Linux and the BSDs, and no
`QT_QPA_PLATFORM` chosen) Qt would abort with a message that suggests reinstalling; the app says
what is missing and how to work headless instead, before Qt is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from annotator import cli

GUI_OPTIONS = ("--demo", "--smoke-test")


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a frozen app's worker processes must not start the GUI
        import multiprocessing  # only then: importing it costs a command's start-up 20 ms

        multiprocessing.freeze_support()
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = arguments[0] if arguments else ""
    if first.split("=", 1)[0] in GUI_OPTIONS:
        return _run_gui(arguments)
    if first and (first.startswith("-") or first in cli.command_names()):
        return cli.main(arguments)
    return _run_gui(arguments)


def missing_display(environment: Mapping[str, str], platform: str) -> str | None:
    """Why the desktop app cannot start here, or None: on X11/Wayland systems Qt needs a display
    unless a platform plugin (such as `offscreen`) is chosen. macOS and Windows always have one."""
    if not (platform.startswith("linux") or "bsd" in platform):
        return None
    if any(environment.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the desktop app cannot "
        "open; the sub-commands work without one (annotator --help lists them), or set "
        "QT_QPA_PLATFORM=offscreen to run the app without a screen"
    )


def _run_gui(arguments: list[str]) -> int:
    problem = missing_display(os.environ, sys.platform)
    if problem is not None:
        from annotator.cli.output import fail

        return fail(problem, 2)
    from annotator.ui.application import run  # Qt is imported here, and only here

    return run(arguments)
