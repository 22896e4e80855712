"""Checks a machine coder's answer against the document and the codebook before anything is stored.

The answer's content must be `{"annotations": [{"quote", "start", "end", "codes": {VARIABLE:
[CODE LABEL, ...]}}]}`. Every span is checked against the text: the quote must occur in it
(exactly, or with its white space written differently); when the offsets the model gave do not
cut out the quote, the span is re-anchored to the quote's occurrence nearest to them. Spans with
an invented quote, an unknown variable or code, more codes than the variable takes, or no codes
at all are rejected and counted by reason; an answer that is not such JSON is rejected whole.
The machine never adds codes to the codebook, not even to open variables such as actor.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.labels import label_key
from annotator.core.machine.prompt import usable_codes
from annotator.core.records.codebook import VariableRecord
from annotator.core.vocabulary import VariableKind

# The reasons a span or an answer is rejected, as the summary and --json name them.
MALFORMED_ANSWER = "malformed_answer"
MALFORMED_SPAN = "malformed_span"
INVENTED_QUOTE = "invented_quote"
UNKNOWN_VARIABLE = "unknown_variable"
UNKNOWN_CODE = "unknown_code"
TOO_MANY_CODES = "too_many_codes"
NO_CODES = "no_codes"
DUPLICATE_SPAN = "duplicate_span"
REASONS = (
    MALFORMED_ANSWER,
    MALFORMED_SPAN,
    INVENTED_QUOTE,
    UNKNOWN_VARIABLE,
    UNKNOWN_CODE,
    TOO_MANY_CODES,
    NO_CODES,
    DUPLICATE_SPAN,
)

_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*)\n\s*```\s*$", re.DOTALL)


@dataclass(frozen=True)
class CheckedSpan:
    start: int
    end: int
    values: dict[str, list[str]]
    reanchored: bool


@dataclass
class CheckedAnswer:
    spans: list[CheckedSpan] = field(default_factory=list)
    rejected: Counter[str] = field(default_factory=Counter)

    @property
    def malformed(self) -> bool:
        return self.rejected[MALFORMED_ANSWER] > 0

    @property
    def reanchored(self) -> int:
        return sum(span.reanchored for span in self.spans)


class _Rejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _labels(variables: Sequence[VariableRecord]) -> dict[str, tuple[VariableRecord, dict]]:
    """variable key -> (variable, code key -> label); text variables take any text."""
    return {
        label_key(variable.name): (
            variable,
            {label_key(code.label): code.label for code in usable_codes(variable)},
        )
        for variable in variables
    }


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Where `quote` occurs in `text`: exactly, or else with any run of white space matching any
    other (models often write a line break as a space)."""
    found = []
    position = text.find(quote)
    while position != -1:
        found.append((position, position + len(quote)))
        position = text.find(quote, position + 1)
    if found:
        return found
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [(match.start(), match.end()) for match in pattern.finditer(text)]


def anchor(text: str, quote: str, start: int, end: int) -> tuple[int, int, bool]:
    """The span the quote occupies nearest to [start, end), and whether it moved."""
    if 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end, False
    found = occurrences(text, quote.strip())
    if not found:
        raise _Rejected(INVENTED_QUOTE)
    best = min(found, key=lambda span: (abs(span[0] - start) + abs(span[1] - end), span[0]))
    return best[0], best[1], best != (start, end)


def _values(codes: Any, labels: Mapping[str, tuple[VariableRecord, dict]]) -> dict[str, list[str]]:
    if not isinstance(codes, dict):
        raise _Rejected(MALFORMED_SPAN)
    values: dict[str, list[str]] = {}
    for name, given in codes.items():
        if not isinstance(name, str) or label_key(name) not in labels:
            raise _Rejected(UNKNOWN_VARIABLE)
        items = [given] if isinstance(given, str) else given
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise _Rejected(MALFORMED_SPAN)
        variable, known = labels[label_key(name)]
        chosen: list[str] = []
        for item in (item.strip() for item in items):
            if not item:
                continue
            if variable.kind is VariableKind.TEXT:
                label = item
            elif label_key(item) in known:
                label = known[label_key(item)]
            else:
                raise _Rejected(UNKNOWN_CODE)
            if label not in chosen:
                chosen.append(label)
        if len(chosen) > 1 and not variable.multiple:
            raise _Rejected(TOO_MANY_CODES)
        if chosen:
            values[variable.name] = chosen
    if not values:
        raise _Rejected(NO_CODES)
    return values


def _span(item: Any, text: str, labels: Mapping[str, tuple[VariableRecord, dict]]) -> CheckedSpan:
    if not isinstance(item, dict):
        raise _Rejected(MALFORMED_SPAN)
    quote, start, end = item.get("quote"), item.get("start"), item.get("end")
    if not isinstance(quote, str) or not quote.strip():
        raise _Rejected(MALFORMED_SPAN)
    start = start if isinstance(start, int) and not isinstance(start, bool) else 0
    end = end if isinstance(end, int) and not isinstance(end, bool) else start + len(quote)
    values = _values(item.get("codes"), labels)
    anchored_start, anchored_end, moved = anchor(text, quote, start, end)
    return CheckedSpan(anchored_start, anchored_end, values, moved)


def parse_content(content: str) -> Any:
    """The JSON in a message's content (a surrounding ``` fence is tolerated); ValueError when
    there is none."""
    fenced = _FENCE.match(content)
    return json.loads(fenced.group(1) if fenced else content)


def _annotations(content: str) -> list[Any] | None:
    try:
        answer = parse_content(content)
    except ValueError:
        return None
    items = answer.get("annotations") if isinstance(answer, dict) else None
    return items if isinstance(items, list) else None


def is_malformed(content: str) -> bool:
    """Whether an answer is not `{"annotations": [...]}` JSON at all (rejected whole)."""
    return _annotations(content) is None


def check_answer(content: str, text: str, variables: Sequence[VariableRecord]) -> CheckedAnswer:
    """The spans of an answer that hold up against `text` and the codebook, and the rejected
    ones counted by reason (module docstring)."""
    result = CheckedAnswer()
    items = _annotations(content)
    if items is None:
        result.rejected[MALFORMED_ANSWER] += 1
        return result
    labels = _labels(variables)
    seen: set[tuple[int, int]] = set()
    for item in items:
        try:
            span = _span(item, text, labels)
        except _Rejected as rejected:
            result.rejected[rejected.reason] += 1
            continue
        if (span.start, span.end) in seen:
            result.rejected[DUPLICATE_SPAN] += 1
            continue
        seen.add((span.start, span.end))
        result.spans.append(span)
    return result
