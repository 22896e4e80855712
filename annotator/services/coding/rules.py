"""The rules a code follows when a coder applies it, shared by the window and the command line.

Pressing a code's key (or clicking the code) in the window and `annotator annotate --toggle` give
the same result because both go through these rules:

- `coding_target`: a code acts on the coder's current annotation when nothing else is selected or
  the selection is exactly that annotation's span; otherwise it codes the selection as a new span.
- `coded_values`: on a variable that allows several codes the code is toggled (removed when the
  annotation has it, added after its other codes when not); otherwise it replaces the value.

`toggle_codes` applies both to a span given by offsets, for the command line: there the coder's
current annotation is their annotation on exactly that span.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.codebooks.reading import find_variable
from annotator.services.coding.annotations import (
    AnnotationRecord,
    Values,
    create_annotation,
    list_annotations,
    update_annotation,
)
from annotator.services.references import find_coder, find_document

Span = tuple[int, int]


class CodingTarget(NamedTuple):
    """What a code applied now acts on: an annotation to recode, or a span to code (or neither)."""

    recode: AnnotationRecord | None
    span: Span | None


def coding_target(current: AnnotationRecord | None, selection: Span | None) -> CodingTarget:
    """Recode `current` (the coder's own annotation they clicked or just made) unless another
    span is selected; code the selection as a new span otherwise; neither when nothing is."""
    if current is not None and (selection is None or selection == (current.start, current.end)):
        return CodingTarget(current, None)
    return CodingTarget(None, selection)


def coded_values(values: Sequence[str], label: str, *, multiple: bool) -> list[str]:
    """A variable's codes after applying `label` to them: toggled on a variable that allows
    several codes (labels match case-insensitively), the only code otherwise."""
    if not multiple:
        return [label]
    keep = [value for value in values if label_key(value) != label_key(label)]
    return keep if len(keep) < len(values) else [*values, label]


class ToggleResult(NamedTuple):
    record: AnnotationRecord
    created: bool  # a new span was coded; False: the coder's annotation on it was recoded


def toggle_codes(
    project: Project,
    *,
    document: int | str,
    coder: str,
    span: Span,
    toggles: Sequence[tuple[str, str]],
    values: Values | None = None,
    memo: str | None = None,
) -> ToggleResult:
    """Apply codes (variable, label) to a span as pressing their keys in the window does: the
    coder's annotation on exactly `span` is recoded (`values` replace the variables they name,
    then each code is applied by `coded_values`; `memo`, when given, replaces the memo), or the
    span is coded as a new annotation."""
    with project.reading() as session:
        document_id = find_document(session, document).id
        known_coder = find_coder(session, coder) is not None
        variables = [find_variable(session, name) for name, _ in toggles]
        for variable in variables:
            if variable.kind is VariableKind.TEXT:
                raise InvalidInputError(
                    f"{variable.name!r} holds free text, not codes that can be toggled"
                )
        applied = [
            (v.name, v.multiple, label) for v, (_, label) in zip(variables, toggles, strict=True)
        ]
    mine = list_annotations(project, document=document_id, coder=coder) if known_coder else []
    on_span = [record for record in mine if (record.start, record.end) == span]
    if len(on_span) > 1:
        raise InvalidInputError(
            f"{coder} has {len(on_span)} annotations on {span[0]}-{span[1]} of document "
            f"{document}, so which one to recode is unclear"
        )
    current, new_span = coding_target(on_span[0] if on_span else None, span)
    start = dict(current.values) if current is not None else {}
    result = {name: list(items) for name, items in (values or {}).items()}
    for name, multiple, label in applied:
        before = result.get(name, start.get(name, []))
        result[name] = coded_values(before, label, multiple=multiple)
    if current is not None:
        record = update_annotation(project, current.uuid, values=result, memo=memo, expect=current)
        return ToggleResult(record, created=False)
    assert new_span is not None
    record = create_annotation(
        project,
        document=document_id,
        coder=coder,
        start=new_span[0],
        end=new_span[1],
        values=result,
        memo=memo or "",
    )
    return ToggleResult(record, created=True)
