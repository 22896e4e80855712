"""Start-up: decides between the command line and the desktop app.

`annotator SUBCOMMAND ...` runs the headless command line. `annotator` alone, or with a project
path, opens the desktop app — which a later release builds; until then it explains itself and
prints the usage. Qt is imported only on the GUI path, so the command line starts fast and runs
on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from annotator import cli


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and (arguments[0].startswith("-") or arguments[0] in cli.command_names()):
        return cli.main(arguments)
    sys.stdout.write(
        "The desktop window is not part of this version yet; use the sub-commands below.\n\n"
    )
    cli.build_parser().print_help()
    return 0
