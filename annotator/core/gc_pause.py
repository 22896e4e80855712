"""Pausing Python's cyclic garbage collector around work that makes millions of small objects.

Merging, importing, computing agreement and writing the comparison workbook each build large
numbers of plain rows and tuples; the collector would walk all of them again and again for
nothing. Services and exporters both use this, so it lives in the core.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while millions of row tuples are made.

    Each collection walks every live container; with a merge's rows alive that is most of the
    heap, again and again, for nothing (plain rows hold no reference cycles). Reference counting
    still frees everything; the collector resumes, if it ran before, when the block ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
