"""The PROJECT argument of the commands: a project file or a `postgresql://` URL.

argparse's `type=Path` would turn `postgresql://host/db` into `postgresql:/host/db`, so every
PROJECT argument is parsed by `project_location` instead (a Path for a file, a ServerLocation for
a URL, whose `str()` never shows a password). A few commands make files from files (`distribute`,
`merge`, `import-qdpx`, `import-dna`): they call `require_file`, which refuses a URL with one
sentence saying what to do instead (exit status 2, nothing changed).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.db.location import ProjectLocation, ServerLocation, parse_location
from annotator.errors import InvalidInputError


def project_location(text: str) -> ProjectLocation:
    """argparse type of PROJECT; a malformed URL is a usage error (shown without its password)."""
    try:
        return parse_location(text)
    except InvalidInputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


PROJECT_HELP = "the project: a file (study.annot) or a postgresql://[USER@]HOST[:PORT]/DATABASE URL"
FILES_ONLY = (
    "{command} works on project files; copy the server project to a file first "
    "(annotator copy URL study.annot)"
)
NEW_FILE_ONLY = (
    "{command} creates a project file; create it as a file and copy that to the server "
    "(annotator copy study.annot URL)"
)


def require_file(location: ProjectLocation, why: str) -> Path:
    """`location` as a file path, or InvalidInputError `URL: why` for a server project."""
    if isinstance(location, ServerLocation):
        raise InvalidInputError(f"{location}: {why}")
    return location
