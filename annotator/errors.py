"""Errors a user can cause and understand.

Every problem that comes from the user's input (a file that is not a project, a document that does
not exist, an unknown code) is raised as an `AnnotatorError` with one readable sentence. The command
line prints that sentence and exits with status 2; the GUI shows it in a dialog. Anything else is a
bug and is reported as such.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

# Failures of the place a file goes to, not of the program: the user can free space, choose
# another folder or fix permissions. Anything else from the operating system stays a bug report.
_PLACE_PROBLEMS = {
    errno.EROFS: "the folder is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is too large for its disk",
}


def place_problem(error: OSError) -> str | None:
    """Why a file could not be written where it should go, e.g. "the disk is full (No space left
    on device)"; None when `error` is not about the place (read-only, full, permission)."""
    words = _PLACE_PROBLEMS.get(error.errno or 0)
    if words is None:
        return None
    return f"{words} ({error.strerror})" if error.strerror else words


class AnnotatorError(Exception):
    """A problem the user can fix; `str(error)` is the message to show."""

    exit_code = 2


class ProjectFileError(AnnotatorError):
    """A project file cannot be used: missing, not a project, damaged, too new, busy."""

    def __init__(self, path: Path | str | object, problem: str) -> None:
        # A server project's location (db.location.ServerLocation) is kept as it is: its str()
        # is the URL without a password.
        self.path = Path(path) if isinstance(path, str | os.PathLike) else path
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def shown_as(self, path: Path | str) -> ProjectFileError:
        """The same problem told about `path`: the file the user named, not the hidden temporary
        file it was being built in."""
        return type(self)(path, self.problem)


class NotFoundError(AnnotatorError):
    """A document, coder, variable or code that the user named does not exist."""


class InvalidInputError(AnnotatorError):
    """Values that do not fit the project: bad offsets, unknown codes, too many codes."""


class ChangedElsewhereError(AnnotatorError):
    """The rows an undo or redo step is about were changed by another program meanwhile."""


class PlaceError(AnnotatorError):
    """A file cannot be written where the user asked: read-only folder, full disk, no permission."""

    def __init__(self, path: Path | str, error: OSError, action: str = "cannot write") -> None:
        self.path = Path(path)
        problem = place_problem(error) or error.strerror or str(error)
        super().__init__(f"{action} {self.path}: {problem}")
