"""Which code a coder means by what they typed into a coding-popup field (type-ahead).

Every completer accepts the one entry a typed prefix leaves: `supp` then Tab or Enter gives
"Support or endorsement". The popup asks here, so Tab, Enter and the Code button agree: an exact
label (caseless, as `label_key` compares names) wins; otherwise the one code whose label starts
with the text; for a closed list also the one code containing it anywhere, as the completer's list
shows it ("trade" is "Economy and trade"). Several candidates are ambiguous and named back to the
coder. For an open list (actors) only a prefix picks an existing code, so "vlad" is "Vladimir
Putin", while a text no code starts with stays a new code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.labels import label_key


@dataclass(frozen=True)
class TypedLabel:
    label: str | None  # the existing code meant, or None
    candidates: tuple[str, ...] = ()  # several codes match: the text is ambiguous


def resolve_typed_label(typed: str, labels: Sequence[str], *, anywhere: bool) -> TypedLabel:
    """The code among `labels` that `typed` names (see the module docstring)."""
    key = label_key(" ".join(typed.split()))
    if not key:
        return TypedLabel(None)
    for label in labels:
        if label_key(label) == key:
            return TypedLabel(label)
    for matches in (
        [label for label in labels if label_key(label).startswith(key)],
        [label for label in labels if key in label_key(label)] if anywhere else [],
    ):
        if len(matches) == 1:
            return TypedLabel(matches[0])
        if matches:
            return TypedLabel(None, tuple(matches))
    return TypedLabel(None)
