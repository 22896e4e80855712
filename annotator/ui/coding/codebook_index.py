"""Lookups over the codebook the window needs all the time, in plain Python.

Built once per project (and again when a coder adds an actor) from `services.codebooks.reading`
records: each code's colour (a code without one takes its parent's, so named actors wear their actor
type's colour), the one-key shortcuts, and the colour of an annotation — that of its value for the
first variable in codebook order whose code has a colour, or, when the coder colours by one
variable (View ▸ Colour By), that of its value for that variable: a span without one is neutral
grey, and a span with several values (framing) wears its first value's colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.labels import label_key
from annotator.core.records.codebook import CodeRecord, VariableRecord
from annotator.core.vocabulary import VariableKind
from annotator.services.coding.annotations import AnnotationRecord

FALLBACK_COLOUR = "#d0d0d0"
NO_VALUE_COLOUR = "#e2e2e2"  # a span without a value for the variable the view is coloured by


@dataclass(frozen=True)
class CodeRef:
    variable: str
    label: str


class CodebookIndex:
    def __init__(self, variables: Sequence[VariableRecord]) -> None:
        self.variables = list(variables)
        self._colours: dict[tuple[str, str], str] = {}
        self._paths: dict[tuple[str, str], str] = {}
        self.shortcuts: dict[str, CodeRef] = {}
        for variable in self.variables:
            by_id = {code.id: code for code in variable.codes}
            for code in variable.codes:
                key = (variable.name, label_key(code.label))
                self._colours[key] = self._inherited_colour(code, by_id)
                self._paths[key] = self._path(code, by_id)
                if code.shortcut and not code.retired and variable.kind is not VariableKind.TEXT:
                    self.shortcuts.setdefault(
                        code.shortcut.lower(), CodeRef(variable.name, code.label)
                    )

    @staticmethod
    def _inherited_colour(code: CodeRecord, by_id: dict[int, CodeRecord]) -> str:
        current: CodeRecord | None = code
        seen: set[int] = set()
        while current is not None and current.id not in seen:
            if current.colour:
                return current.colour
            seen.add(current.id)
            current = by_id.get(current.parent_id) if current.parent_id else None
        return FALLBACK_COLOUR

    @staticmethod
    def _path(code: CodeRecord, by_id: dict[int, CodeRecord]) -> str:
        labels = [code.label]
        parent = by_id.get(code.parent_id) if code.parent_id else None
        while parent is not None and len(labels) < 10:
            labels.append(parent.label)
            parent = by_id.get(parent.parent_id) if parent.parent_id else None
        return " › ".join(reversed(labels))

    def variable(self, name: str) -> VariableRecord:
        return next(variable for variable in self.variables if variable.name == name)

    def code_colour(self, variable: str, label: str) -> str:
        return self._colours.get((variable, label_key(label)), FALLBACK_COLOUR)

    def colour_variables(self) -> list[str]:
        """The variables a view can be coloured by: those with codes, in codebook order."""
        return [v.name for v in self.variables if v.kind is not VariableKind.TEXT]

    def value_colour(self, record: AnnotationRecord, variable: str) -> str:
        """The colour of the span's first value for `variable`, neutral grey when it has none."""
        labels = record.values.get(variable)
        return self.code_colour(variable, labels[0]) if labels else NO_VALUE_COLOUR

    def code_path(self, variable: str, label: str) -> str:
        return self._paths.get((variable, label_key(label)), label)

    def annotation_colour(self, record: AnnotationRecord) -> str:
        """The colour of the first value, in codebook order, whose code has a colour."""
        for variable in self.variables:
            labels = record.values.get(variable.name)
            if labels and variable.kind is not VariableKind.TEXT:
                colour = self.code_colour(variable.name, labels[0])
                if colour != FALLBACK_COLOUR:
                    return colour
        return FALLBACK_COLOUR
