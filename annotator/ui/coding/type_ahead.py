"""Which code a coder means by what they typed into a coding-popup field (type-ahead).

Every completer accepts the one entry a typed prefix leaves: `supp` then Tab or Enter gives
"Support or endorsement". The popup asks here, so Tab, Enter and the Code button agree: an exact
label (caseless, as `label_key` compares names) wins; otherwise the one code whose label starts
with the text; for a closed list also the one code containing it anywhere, as the completer's list
shows it ("trade" is "Economy and trade"). Several candidates are ambiguous and named back to the
coder. For an open list (actors) only the start of a label or of one of its words picks an
existing code, so "vlad" and "putin" are "Vladimir Putin", while other text is a new code.
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
        [label for label in labels if _found(key, label_key(label), anywhere)],
    ):
        if len(matches) == 1:
            return TypedLabel(matches[0])
        if matches:
            return TypedLabel(None, tuple(matches))
    return TypedLabel(None)


def _found(key: str, label: str, anywhere: bool) -> bool:
    """`key` inside `label`: anywhere, or only at the start of a word ("putin" in "vladimir
    putin", not "tin")."""
    if anywhere:
        return key in label
    return any(word.startswith(key) for word in _word_tails(label))


def _word_tails(label: str) -> list[str]:
    """The label from each word's start on: "vladimir putin" gives itself and "putin"."""
    return [label[n:] for n in range(len(label)) if n == 0 or not label[n - 1].isalnum()]
