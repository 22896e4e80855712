"""Writing output files so that a failure never leaves a half-written file behind.

Exports are written to a hidden temporary file beside the target and moved into place only when
complete, fsynced before and after the rename (`annotator.core.durable_files`); on any error the
temporary file is removed and the target is untouched. Temporaries that a killed run left in the
folder are removed first. A read-only folder, a full disk or a project-file problem met while
building the file is reported for the file the user named, never for the hidden temporary.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from annotator.core.durable_files import remove_leftovers, replace_durably, temporary_path
from annotator.errors import PlaceError, ProjectFileError, place_problem


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces `target` when the block ends without error."""
    target = Path(target)
    remove_leftovers(target.parent)
    temporary = temporary_path(target, "partial")
    try:
        yield temporary
        replace_durably(temporary, target)
    except ProjectFileError as error:
        if error.path != temporary:
            raise
        raise error.shown_as(target) from error
    except OSError as error:
        if place_problem(error) is None:
            raise
        raise PlaceError(target, error) from error
    finally:
        with suppress(OSError):  # a read-only folder refuses even this; the first error counts
            temporary.unlink(missing_ok=True)
