"""The input type of the agreement core: one coder's coded span, detached from the database.

Services turn annotation rows into ``CodedSpan`` values so that alignment and the reliability
statistics can run (and be tested) without SQLAlchemy or Qt.  Offsets are code-point indices
into the document text, end exclusive, exactly as stored in the project file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CodedSpan:
    """One annotation as the statistics see it.

    ``values`` maps a variable name to the set of code labels (or free-text values) the coder
    gave that variable; a variable the coder left empty is absent or maps to an empty set.
    Spans hash by identity fields only (``values`` is excluded from the hash), so they can be
    kept in sets.
    """

    key: str
    document: str
    coder: str
    start: int
    end: int
    values: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(
                f"span {self.key!r} has invalid offsets start={self.start}, end={self.end}"
            )

    @property
    def length(self) -> int:
        """Number of characters the span covers."""
        return self.end - self.start

    def codes(self, variable: str) -> frozenset[str]:
        """The labels given to ``variable`` (empty when the coder left it uncoded)."""
        return frozenset(self.values.get(variable, frozenset()))
