"""Recoding: merging codes, splitting one by moving chosen codings, deleting codes safely.

These edits change coders' work, so none of them destroys a coding silently: deleting a code that
annotations use is refused unless it is merged into another code (its codings recoded) or retired
(kept, hidden from coding). When a recoded annotation already has the target code (variables that
take several codes), the two values collapse into one. Each edit has a `preview_*` counterpart that
says how many annotations it would touch, for the confirmation dialogs, and each returns an
`EditResult` whose undo payload restores every recoded value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue, Code, Coder
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.codebooks.edit import (
    CodeRef,
    EditResult,
    VariableRef,
    descendants,
    describe,
    get_code,
    get_variable,
    renumber,
    siblings,
    values_of_variable,
)
from annotator.services.codebooks.undo import ChangeLog
from annotator.services.references import parse_uuid


@dataclass(frozen=True)
class Impact:
    """What an edit would touch: annotations recoded (or using the code), values that would
    collapse into an existing one, sub-codes moved, codes deleted with a variable."""

    annotations: int = 0
    duplicates: int = 0
    children: int = 0
    codes: int = 0

    @property
    def summary(self) -> str:
        parts = [f"{self.annotations} annotation{'s' if self.annotations != 1 else ''}"]
        if self.duplicates:
            parts.append(f"{self.duplicates} already having the target code")
        if self.children:
            parts.append(f"{self.children} sub-code{'s' if self.children != 1 else ''} moved")
        if self.codes:
            parts.append(f"{self.codes} code{'s' if self.codes != 1 else ''} deleted")
        return ", ".join(parts)


def annotations_using(session: Session, code_ids: Sequence[int]) -> int:
    if not code_ids:
        return 0
    return (
        session.scalar(
            select(func.count(func.distinct(AnnotationValue.annotation_id))).where(
                AnnotationValue.code_id.in_(code_ids)
            )
        )
        or 0
    )


def usage_by_code(session: Session) -> dict[int, int]:
    """How many annotations use each code (codes nobody uses are absent)."""
    rows = session.execute(
        select(AnnotationValue.code_id, func.count(func.distinct(AnnotationValue.annotation_id)))
        .where(AnnotationValue.code_id.is_not(None))
        .group_by(AnnotationValue.code_id)
    ).all()
    return {code_id: count for code_id, count in rows}


def code_usage(project: Project) -> dict[str, int]:
    """How many annotations use each code, by code uuid (for `codebook show` and the editor)."""
    with project.reading() as session:
        counts = usage_by_code(session)
        uuids = dict(session.execute(select(Code.id, Code.uuid)).all())
        return {str(uuids[code_id]): count for code_id, count in counts.items()}


@dataclass(frozen=True)
class CodedSpan:
    """One annotation carrying a code, as the "move annotations" list shows it."""

    uuid: str
    coder: str
    quote: str


def spans_with_code(project: Project, code_id: int) -> list[CodedSpan]:
    """The annotations carrying a code, in document order then by position: only their uuid,
    coder and quote, read in SQL (loading every annotation of a million to filter them in
    Python took ~9 GB)."""
    holders = select(AnnotationValue.annotation_id).where(AnnotationValue.code_id == code_id)
    with project.reading() as session:
        rows = session.execute(
            select(Annotation.uuid, Coder.name, Annotation.quote)
            .join(Coder, Coder.id == Annotation.coder_id)
            .where(Annotation.id.in_(holders))
            .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
        )
        return [CodedSpan(str(uuid), coder, quote) for uuid, coder, quote in rows]


def _check_pair(session: Session, source: Code, target: Code) -> None:
    if source.id == target.id:
        raise InvalidInputError(f"{describe(source)} cannot be merged into itself")
    if source.variable_id != target.variable_id:
        raise InvalidInputError(
            f"{describe(source)} and {describe(target)} belong to different variables"
        )


def _values(session: Session, code: Code, annotation_ids: Sequence[int] | None = None):
    query = select(AnnotationValue).where(AnnotationValue.code_id == code.id)
    if annotation_ids is not None:
        query = query.where(AnnotationValue.annotation_id.in_(annotation_ids))
    return list(session.scalars(query.order_by(AnnotationValue.id)))


def _holders(session: Session, code: Code) -> set[int]:
    return set(
        session.scalars(
            select(AnnotationValue.annotation_id).where(AnnotationValue.code_id == code.id)
        )
    )


def recode(
    session: Session,
    log: ChangeLog,
    source: Code,
    target: Code,
    annotation_ids: Sequence[int] | None = None,
) -> tuple[int, int]:
    """Move values from `source` to `target`: (annotations touched, duplicates collapsed)."""
    holders = _holders(session, target)
    touched = duplicates = 0
    now = utc_now()
    for value in _values(session, source, annotation_ids):
        annotation = session.get(Annotation, value.annotation_id)
        if value.annotation_id in holders:
            log.delete(value)
            duplicates += 1
        else:
            log.update(value, code_id=target.id)
        if annotation is not None:
            log.update(annotation, updated_at=now)
        touched += 1
    return touched, duplicates


def _merge(session: Session, log: ChangeLog, source: Code, target: Code) -> tuple[int, int]:
    _check_pair(session, source, target)
    if target in descendants(session, source):
        raise InvalidInputError(
            f"cannot merge {source.label!r} into its own sub-code {target.label!r}; "
            f"move {target.label!r} out from under it first"
        )
    touched, duplicates = recode(session, log, source, target)
    children = siblings(session, source.variable_id, source.id)
    existing = siblings(session, target.variable_id, target.id)
    for child in children:
        log.update(child, parent_id=target.id)
    renumber(log, [*existing, *children])
    old_parent = source.parent_id
    log.delete(source)
    renumber(log, siblings(session, source.variable_id, old_parent))
    return touched, duplicates


def preview_merge(project: Project, source: CodeRef, target: CodeRef) -> Impact:
    with project.reading() as session:
        source_row, target_row = get_code(session, source), get_code(session, target)
        _check_pair(session, source_row, target_row)
        holders = _holders(session, source_row)
        return Impact(
            annotations=len(holders),
            duplicates=len(holders & _holders(session, target_row)),
            children=len(siblings(session, source_row.variable_id, source_row.id)),
        )


def merge_codes(project: Project, source: CodeRef, target: CodeRef) -> EditResult:
    """Recode every annotation of `source` to `target`, move its sub-codes under `target`, and
    delete `source`."""
    with project.writing() as session:
        log = ChangeLog(session)
        source_row, target_row = get_code(session, source), get_code(session, target)
        label, variable = source_row.label, source_row.variable.name
        touched, duplicates = _merge(session, log, source_row, target_row)
        extra = f" ({duplicates} already had {target_row.label!r})" if duplicates else ""
        return EditResult(
            f"Merged {label!r} into {target_row.label!r} in {variable!r}: "
            f"{touched} annotations recoded{extra}",
            log.undo(f"merge {label} into {target_row.label}"),
            annotations=touched,
            uuid=str(target_row.uuid),
        )


def _annotation_ids(session: Session, references: Sequence[int | str]) -> list[int]:
    ids: list[int] = []
    for reference in references:
        if isinstance(reference, int) or reference.strip().isdigit():
            ids.append(int(reference))
            continue
        parsed = parse_uuid(reference)
        found = (
            session.scalar(select(Annotation.id).where(Annotation.uuid == parsed))
            if parsed
            else None
        )
        if found is None:
            raise InvalidInputError(f"no annotation {reference} in this project")
        ids.append(found)
    return ids


def _split_rows(
    session: Session, source: CodeRef, target: CodeRef, annotations: Sequence[int | str]
) -> tuple[Code, Code, list[int]]:
    source_row, target_row = get_code(session, source), get_code(session, target)
    _check_pair(session, source_row, target_row)
    ids = _annotation_ids(session, annotations)
    missing = set(ids) - _holders(session, source_row)
    if missing:
        raise InvalidInputError(
            f"{len(missing)} of the chosen annotations are not coded {source_row.label!r}"
        )
    return source_row, target_row, ids


def preview_move_values(
    project: Project, source: CodeRef, target: CodeRef, annotations: Sequence[int | str]
) -> Impact:
    with project.reading() as session:
        _source, target_row, ids = _split_rows(session, source, target, annotations)
        return Impact(
            annotations=len(set(ids)),
            duplicates=len(set(ids) & _holders(session, target_row)),
        )


def move_values(
    project: Project, source: CodeRef, target: CodeRef, annotations: Sequence[int | str]
) -> EditResult:
    """Split a code: recode the chosen annotations (ids or uuids) from `source` to `target`."""
    with project.writing() as session:
        log = ChangeLog(session)
        source_row, target_row, ids = _split_rows(session, source, target, annotations)
        touched, _duplicates = recode(session, log, source_row, target_row, ids)
        return EditResult(
            f"Moved {touched} annotations from {source_row.label!r} to {target_row.label!r}",
            log.undo(f"move codings to {target_row.label}"),
            annotations=touched,
            uuid=str(target_row.uuid),
        )


def preview_delete_code(project: Project, code: CodeRef) -> Impact:
    """How many annotations use the code (deleting it then needs merge or retire)."""
    with project.reading() as session:
        row = get_code(session, code)
        return Impact(
            annotations=annotations_using(session, [row.id]),
            children=len(siblings(session, row.variable_id, row.id)),
        )


def delete_code(
    project: Project, code: CodeRef, *, merge_into: CodeRef | None = None, retire: bool = False
) -> EditResult:
    """Delete a code. If annotations use it, it must be merged into another code or retired.

    An unused code's sub-codes move up to its parent, where it stood."""
    with project.writing() as session:
        log = ChangeLog(session)
        row = get_code(session, code)
        label, variable = row.label, row.variable.name
        if merge_into is not None:
            target = get_code(session, merge_into)
            touched, _duplicates = _merge(session, log, row, target)
            return EditResult(
                f"Deleted {label!r} of {variable!r}, its {touched} annotations recoded to "
                f"{target.label!r}",
                log.undo(f"delete {label}"),
                annotations=touched,
                uuid=str(target.uuid),
            )
        used = annotations_using(session, [row.id])
        if used and not retire:
            raise InvalidInputError(
                f"{describe(row)} is used by {used} annotations; merge it into another code "
                "or retire it"
            )
        if used:
            log.update(row, retired=True)
            return EditResult(
                f"Retired {label!r} of {variable!r} (kept for its {used} annotations)",
                log.undo(f"retire {label}"),
                uuid=str(row.uuid),
            )
        parent_id = row.parent_id
        around = siblings(session, row.variable_id, parent_id)
        index = next(i for i, sibling in enumerate(around) if sibling.id == row.id)
        children = siblings(session, row.variable_id, row.id)
        for child in children:
            log.update(child, parent_id=parent_id)
        log.delete(row)
        renumber(log, [*around[:index], *children, *around[index + 1 :]])
        return EditResult(f"Deleted {label!r} of {variable!r}", log.undo(f"delete {label}"))


def preview_delete_variable(project: Project, variable: VariableRef) -> Impact:
    with project.reading() as session:
        row = get_variable(session, variable)
        codes = session.scalar(select(func.count()).where(Code.variable_id == row.id)) or 0
        return Impact(annotations=values_of_variable(session, row), codes=codes)
