"""Entry point of the frozen app (PyInstaller runs this file as `__main__`).

It does only what a frozen build needs before `annotator.app.main` takes over: a windowed Windows
executable starts with `sys.stdout`/`sys.stderr` set to None, so anything that writes to them
(argparse's `--version`, the command line's messages) would crash; they go to os.devnull instead.
"""

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _ensure_streams()
    from annotator.app import main

    sys.exit(main())
