"""Discourse networks of a project, as DNA computes them (see annotator.core.findings.networks).

Each coded span becomes DNA statements: one per combination of its values of the first
variable, the second variable and the qualifier (a span coded with two frames is two
statements, as two DNA statements would be). The qualifier is

* given a ``--qualifier-map`` ("Support or endorsement=1,Criticism or rejection=0"): the mapped
  numbers (codes not in the map leave the statement without a qualifier). Numbers 0 and 1 only
  make DNA's boolean agreement qualifier, other numbers DNA's integer qualifier (a scale);
* without a map: a variable whose codes are all whole numbers is integer (0/1: boolean), one whose
  codes are yes/no or true/false is boolean; any other variable's codes are text levels (DNA's
  "short text" qualifier).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from annotator.core.findings.networks import (
    NetworkMatrix,
    NetworkOptionError,
    NetworkOptions,
    Qualifier,
    Statement,
    filter_statements,
    network,
    time_windows,
)
from annotator.core.labels import label_key
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.findings.codings import (
    CodedSpan,
    CodingSelection,
    check_variable,
    code_labels,
    coded_spans,
    resolve,
)

_TRUE_WORDS = {"yes": 1, "no": 0, "true": 1, "false": 0}
_MAP_SEPARATOR = re.compile(r",(?=[^,=]*=)")  # a comma followed by the next "label="


@dataclass(frozen=True)
class NetworkRequest:
    variable1: str = "actor"
    variable2: str = "claim"
    qualifier: str | None = None
    qualifier_map: str | None = None
    options: NetworkOptions = field(default_factory=NetworkOptions)
    window: int | None = None
    step: int = 1


@dataclass
class NetworkResult:
    request: NetworkRequest
    coders: str
    period: str
    statements: int  # statements read (before DNA's filter)
    kept: int  # statements counted (after empty values and duplicates are dropped)
    qualifier: Qualifier | None
    networks: list[NetworkMatrix] = field(default_factory=list)
    sequence: bool = False  # time windows: several networks

    def describe(self) -> dict[str, Any]:
        request = self.request
        options = request.options
        return {
            "type": options.network_type,
            "variable1": request.variable1,
            "variable2": request.variable2,
            "qualifier": request.qualifier,
            "qualifier_levels": list(self.qualifier.levels) if self.qualifier else None,
            "aggregation": options.aggregation,
            "normalization": options.normalization,
            "duplicates": options.duplicates,
            "coders": self.coders,
            "period": self.period,
            "statements": self.statements,
            "statements_counted": self.kept,
        }

    def to_json(self) -> dict[str, Any]:
        """One network: ``rows``, ``columns``, ``matrix`` first, then what it was made from;
        time windows: ``windows`` (one such network each, with start, stop and mid-point)."""
        if self.sequence:
            data: dict[str, Any] = {"windows": [item.to_json() for item in self.networks]}
            data["window"] = self.request.window
            data["step"] = self.request.step
            return data | self.describe()
        return self.networks[0].to_json() | self.describe()


def parse_qualifier_map(text: str, codes: list[str], variable: str) -> dict[str, int]:
    """ "label=number,label=number" -> {label key: number}, labels checked against the codes."""
    known = {label_key(code): code for code in codes}
    mapping: dict[str, int] = {}
    for part in _MAP_SEPARATOR.split(text):
        label, equals, number = part.rpartition("=")
        label = label.strip()
        if not equals or not label:
            raise InvalidInputError(f"--qualifier-map: {part.strip()!r} is not LABEL=NUMBER")
        try:
            value = int(number.strip())
        except ValueError:
            raise InvalidInputError(
                f"--qualifier-map: {number.strip()!r} (for {label!r}) is not a whole number"
            ) from None
        if label_key(label) not in known:
            raise InvalidInputError(
                f"--qualifier-map: {variable} has no code {label!r} "
                f"(codes: {', '.join(codes) or 'none'})"
            )
        mapping[label_key(label)] = value
    if len(set(mapping.values())) < 2:
        raise InvalidInputError("--qualifier-map needs at least two different numbers")
    return mapping


def _numbers(codes: list[str]) -> dict[str, int] | None:
    """Codes that read as numbers (whole numbers, or yes/no, true/false)."""
    if not codes:
        return None
    try:
        return {label_key(code): int(code) for code in codes}
    except ValueError:
        pass
    keys = {label_key(code) for code in codes}
    if keys <= _TRUE_WORDS.keys() and len({_TRUE_WORDS[key] for key in keys}) == 2:
        return {key: _TRUE_WORDS[key] for key in keys}
    return None


def _kind(values: Iterable[int]) -> Qualifier:
    levels = tuple(sorted(set(values)))
    return Qualifier("boolean", (0, 1)) if set(levels) <= {0, 1} else Qualifier("integer", levels)


def _statements(
    spans: Iterable[CodedSpan], request: NetworkRequest, numbers: dict[str, int] | None
) -> Iterator[Statement]:
    for span in spans:
        firsts = span.values_of(request.variable1)
        seconds = span.values_of(request.variable2)
        qualifiers: list[str | int | None] = [None]
        if request.qualifier is not None:
            labels = span.values_of(request.qualifier)
            if numbers is not None:
                qualifiers = [numbers.get(label_key(label)) for label in labels] or [None]
            else:
                qualifiers = list(labels) or [None]
        for first, second, qualifier in product(firsts, seconds, qualifiers):
            yield Statement(span.document, span.published, first, second, qualifier)


def compute_network(
    project: Project, request: NetworkRequest, selection: CodingSelection
) -> NetworkResult:
    resolved = resolve(project, selection)
    request = _checked(project, request)
    placeholder = Qualifier("text", ()) if request.qualifier is not None else None
    _check_options(request.options, placeholder)  # before reading anything
    numbers: dict[str, int] | None = None
    qualifier: Qualifier | None = None
    if request.qualifier is not None:
        codes = code_labels(project, request.qualifier)
        if request.qualifier_map:
            numbers = parse_qualifier_map(request.qualifier_map, codes, request.qualifier)
        else:
            numbers = _numbers(codes)
        if numbers is not None:
            qualifier = _kind(numbers.values())
    elif request.qualifier_map:
        raise InvalidInputError("--qualifier-map needs --qualifier")
    statements = list(_statements(coded_spans(project, resolved), request, numbers))
    if request.qualifier is not None and qualifier is None:  # text levels: those in use
        levels = sorted({str(s.qualifier) for s in statements if s.qualifier not in (None, "")})
        qualifier = _text_levels(levels)
    kept = filter_statements(statements, request.options)
    result = NetworkResult(
        request, resolved.description, resolved.period(), len(statements), len(kept), qualifier
    )
    if request.window is not None:
        result.sequence = True
        result.networks = time_windows(
            kept,
            request.options,
            qualifier,
            window=request.window,
            step=request.step,
            start=resolved.start,
            stop=resolved.stop,
        )
    else:
        result.networks = [network(kept, request.options, qualifier, all_statements=statements)]
    return result


def _check_options(options: NetworkOptions, qualifier: Qualifier | None) -> None:
    try:
        options.check(qualifier)
    except NetworkOptionError as error:
        raise InvalidInputError(str(error)) from None


def _text_levels(levels: list[str]) -> Qualifier:
    return Qualifier("text", tuple(levels))


def _checked(project: Project, request: NetworkRequest) -> NetworkRequest:
    names = {}
    for key in ("variable1", "variable2", "qualifier"):
        value = getattr(request, key)
        names[key] = None if value is None else check_variable(project, value)
    if names["variable1"] == names["variable2"]:
        raise InvalidInputError("--variable1 and --variable2 must be different variables")
    if request.window is not None and (request.window < 1 or request.step < 1):
        raise InvalidInputError("--window and --step are numbers of days, at least 1")
    return NetworkRequest(
        names["variable1"] or request.variable1,
        names["variable2"] or request.variable2,
        names["qualifier"],
        request.qualifier_map,
        request.options,
        request.window,
        request.step,
    )
