"""Writing output files so that a failure never leaves a half-written file behind.

Exports are written to a temporary file beside the target and moved into place with `os.replace`
only when complete; on any error the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces `target` when the block ends without error."""
    target = Path(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial{target.suffix}")
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
