"""Keeping an open project's rows out of Python's full garbage collections.

A project of 100,000 documents holds that many document rows for as long as it is open, and a
full (generation 2) collection walks every tracked object: ~70 ms with such a project open,
at a moment nobody chooses — in the middle of an article switch or a key typed in the filter.
Those rows live until the project closes and hold no reference cycles, so once the project has
opened everything alive is set aside (`gc.freeze`) and given back to the collector when it
closes (`gc.unfreeze`). Reference counting still frees what is dropped meanwhile; only cyclic
garbage made before the opening waits for the close.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Call once a project has opened: what is alive now is left out of full collections."""
    gc.freeze()


def release() -> None:
    """Call once a project has closed: the collector sees everything again."""
    gc.unfreeze()
