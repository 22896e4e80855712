"""The closed sets of words the data model uses: variable kinds and coding statuses."""

from __future__ import annotations

from enum import StrEnum


class VariableKind(StrEnum):
    """How a codebook variable is coded."""

    CATEGORY = "category"  # unordered codes (nominal)
    SCALE = "scale"  # ordered codes, in their position order (ordinal)
    TEXT = "text"  # free text typed by the coder


class CodingStatus(StrEnum):
    """How far one coder has got with one document."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class CoderKind(StrEnum):
    """Who a coder is: a person, or a language model coding along the codebook."""

    HUMAN = "human"
    MACHINE = "machine"


class SuggestionDecision(StrEnum):
    """What a human coder did with a machine coder's span (a suggestion)."""

    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
