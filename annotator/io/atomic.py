"""Writing output files so that a failure never leaves a half-written file behind.

Exports are written to a hidden temporary file beside the target and moved into place only when
complete, fsynced before and after the rename (`annotator.core.durable_files`); on any error the
temporary file is removed and the target is untouched. Temporaries that a killed run left in the
folder are removed first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core.durable_files import remove_leftovers, replace_durably, temporary_path


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces `target` when the block ends without error."""
    target = Path(target)
    remove_leftovers(target.parent)
    temporary = temporary_path(target, "partial")
    try:
        yield temporary
        replace_durably(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
