"""Errors a user can cause and understand.

Every problem that comes from the user's input (a file that is not a project, a document that does
not exist, an unknown code) is raised as an `AnnotatorError` with one readable sentence. The command
line prints that sentence and exits with status 2; the GUI shows it in a dialog. Anything else is a
bug and is reported as such.
"""

from __future__ import annotations

from pathlib import Path


class AnnotatorError(Exception):
    """A problem the user can fix; `str(error)` is the message to show."""

    exit_code = 2


class ProjectFileError(AnnotatorError):
    """A project file cannot be used: missing, not a project, damaged, too new, busy."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NotFoundError(AnnotatorError):
    """A document, coder, variable or code that the user named does not exist."""


class InvalidInputError(AnnotatorError):
    """Values that do not fit the project: bad offsets, unknown codes, too many codes."""


class ChangedElsewhereError(AnnotatorError):
    """The rows an undo or redo step is about were changed by another program meanwhile."""
