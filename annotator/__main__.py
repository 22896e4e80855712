"""Lets `python -m annotator ...` behave exactly like the `annotator` command."""

import sys

from annotator.app import main

if __name__ == "__main__":
    sys.exit(main())
