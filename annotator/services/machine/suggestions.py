"""Machine coders and their suggestions: what the app and `agreement` need to tell a machine's
spans from people's, and to record what a human coder did with each suggestion.

A machine annotation (one with a `MachineAnnotation` row) is shown to human coders as a
suggestion. Accepting it gives the human coder an annotation of their own on the same span with
the same values; accepting and dismissing are recorded as `SuggestionDecision` rows, so how often
coders accept suggestions is measurable. Each call is one committed transaction.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from annotator.core.vocabulary import CoderKind
from annotator.core.vocabulary import SuggestionDecision as Decision
from annotator.db.base import utc_now
from annotator.db.models import (
    Annotation,
    Coder,
    MachineAnnotation,
    MachineRun,
    SuggestionDecision,
)
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.coders import CoderRecord, coder_record
from annotator.services.coding.annotations import (
    AnnotationRecord,
    annotation_records,
    find_annotation,
    insert_annotation,
)
from annotator.services.coding.statuses import start_documents
from annotator.services.references import find_coder, find_document, find_or_add_coder


@dataclass(frozen=True)
class Suggestion:
    """A machine annotation with the provenance of the run that stored it, and what the coder
    asked about (`for_coder`) decided on it, if anything."""

    annotation: AnnotationRecord
    run_uuid: str
    model: str
    endpoint_host: str
    prompt_hash: str
    decision: str | None = None  # "accepted" / "dismissed"
    accepted_annotation_uuid: str | None = None


@dataclass(frozen=True)
class DecisionRecord:
    uuid: str
    suggestion_uuid: str
    coder: str
    decision: str
    accepted_annotation_uuid: str | None
    decided_at: datetime


def find_or_add_machine_coder(session: Session, name: str) -> Coder:
    """The machine coder called `name`, added if new; a person of that name is an error (a
    model's codings must never be mixed into a human coder's)."""
    coder = find_coder(session, name)
    if coder is None:
        coder = find_or_add_coder(session, name)
        coder.kind = CoderKind.MACHINE.value
        session.flush()
    elif coder.kind != CoderKind.MACHINE.value:
        raise InvalidInputError(
            f"coder {coder.name!r} is a person; name the machine coder differently (--coder)"
        )
    return coder


def list_machine_coders(project: Project) -> list[CoderRecord]:
    """The coders of kind "machine", in the order they were added."""
    with project.reading() as session:
        query = select(Coder).where(Coder.kind == CoderKind.MACHINE.value).order_by(Coder.id)
        return [coder_record(coder) for coder in session.scalars(query)]


def machine_coder_names(session: Session) -> set[str]:
    """The names of the machine coders, read in the caller's session."""
    return set(session.scalars(select(Coder.name).where(Coder.kind == CoderKind.MACHINE.value)))


def is_machine_coder(project: Project, name: str) -> bool:
    """Whether the coder called `name` is a machine (NotFoundError when there is none)."""
    with project.reading() as session:
        coder = find_coder(session, name)
        if coder is None:
            raise NotFoundError(f"no coder {name!r} in this project")
        return coder.kind == CoderKind.MACHINE.value


def document_suggestions(
    project: Project, document: int | str, *, for_coder: str | None = None
) -> list[Suggestion]:
    """The machine annotations of a document in text order, with their run's provenance and, with
    `for_coder`, that coder's decision on each (None while undecided)."""
    with project.reading() as session:
        row = find_document(session, document)
        query = (
            select(Annotation, MachineRun)
            .join(MachineAnnotation, MachineAnnotation.annotation_id == Annotation.id)
            .join(MachineRun, MachineRun.id == MachineAnnotation.run_id)
            .where(Annotation.document_id == row.id)
            .options(selectinload(Annotation.values))
            .order_by(Annotation.start, Annotation.end, Annotation.id)
        )
        pairs = session.execute(query).all()
        records = annotation_records(session, [annotation for annotation, _ in pairs])
        decisions: dict[str, SuggestionDecision] = {}
        if for_coder is not None:
            coder = find_coder(session, for_coder)
            if coder is not None:
                wanted = [annotation.uuid for annotation, _ in pairs]
                decisions = {
                    str(decision.suggestion_uuid): decision
                    for decision in session.scalars(
                        select(SuggestionDecision).where(
                            SuggestionDecision.coder_id == coder.id,
                            SuggestionDecision.suggestion_uuid.in_(wanted),
                        )
                    )
                }
        suggestions = []
        for record, (_, run) in zip(records, pairs, strict=True):
            decision = decisions.get(record.uuid)
            suggestions.append(
                Suggestion(
                    annotation=record,
                    run_uuid=str(run.uuid),
                    model=run.model,
                    endpoint_host=run.endpoint_host,
                    prompt_hash=run.prompt_hash,
                    decision=decision.decision if decision else None,
                    accepted_annotation_uuid=(
                        str(decision.accepted_annotation_uuid)
                        if decision and decision.accepted_annotation_uuid
                        else None
                    ),
                )
            )
        return suggestions


def _suggestion(session: Session, reference: str) -> Annotation:
    annotation = find_annotation(session, reference)
    is_machine = session.get(MachineAnnotation, annotation.id) is not None
    if not is_machine:
        raise InvalidInputError(f"annotation {reference} is not a machine coder's suggestion")
    return annotation


def _human(session: Session, name: str) -> Coder:
    coder = find_or_add_coder(session, name)
    if coder.kind == CoderKind.MACHINE.value:
        raise InvalidInputError(f"coder {coder.name!r} is a machine; only people decide")
    return coder


def _decide(
    session: Session,
    suggestion: Annotation,
    coder: Coder,
    decision: Decision,
    accepted: uuid_module.UUID | None,
) -> DecisionRecord:
    existing = session.scalar(
        select(SuggestionDecision).where(
            SuggestionDecision.suggestion_uuid == suggestion.uuid,
            SuggestionDecision.coder_id == coder.id,
        )
    )
    if existing is not None:
        raise InvalidInputError(
            f"{coder.name} has already {existing.decision} suggestion {suggestion.uuid}"
        )
    row = SuggestionDecision(
        suggestion_uuid=suggestion.uuid,
        coder_id=coder.id,
        decision=decision.value,
        accepted_annotation_uuid=accepted,
        decided_at=utc_now(),
    )
    session.add(row)
    session.flush()
    return _decision_record(row, coder.name)


def _decision_record(row: SuggestionDecision, coder: str) -> DecisionRecord:
    return DecisionRecord(
        uuid=str(row.uuid),
        suggestion_uuid=str(row.suggestion_uuid),
        coder=coder,
        decision=row.decision,
        accepted_annotation_uuid=(
            str(row.accepted_annotation_uuid) if row.accepted_annotation_uuid else None
        ),
        decided_at=row.decided_at,
    )


def accept_suggestion(
    project: Project, suggestion_uuid: str, coder: str, *, annotation_uuid: str | None = None
) -> tuple[AnnotationRecord, DecisionRecord]:
    """The human `coder` takes the suggestion over: a new annotation of theirs on the same span
    with the same values (the document becomes in progress for them), and the decision recorded
    with a link to it. `annotation_uuid` gives the new annotation that uuid (the app's redo
    after `withdraw_decision` brings back the same annotation)."""
    with project.writing() as session:
        suggestion = _suggestion(session, suggestion_uuid)
        human = _human(session, coder)
        values = annotation_records(session, [suggestion])[0].values
        annotation = insert_annotation(
            session,
            document=str(suggestion.document_id),
            coder=human.name,
            start=suggestion.start,
            end=suggestion.end,
            values=values,
            memo="",
            annotation_uuid=annotation_uuid,
        )
        start_documents(session, [(annotation.document_id, human.id)])
        decision = _decide(session, suggestion, human, Decision.ACCEPTED, annotation.uuid)
        return annotation_records(session, [annotation])[0], decision


def dismiss_suggestion(project: Project, suggestion_uuid: str, coder: str) -> DecisionRecord:
    """Record that the human `coder` dismissed the suggestion (it stays the machine's)."""
    with project.writing() as session:
        suggestion = _suggestion(session, suggestion_uuid)
        return _decide(session, suggestion, _human(session, coder), Decision.DISMISSED, None)


def withdraw_decision(project: Project, suggestion_uuid: str, coder: str) -> DecisionRecord:
    """Take back `coder`'s decision on a suggestion (the app's undo): the decision goes, and for
    an acceptance the annotation it created too, if it is still there."""
    with project.writing() as session:
        human = find_coder(session, coder)
        parsed = find_annotation(session, suggestion_uuid).uuid
        row = (
            session.scalar(
                select(SuggestionDecision).where(
                    SuggestionDecision.suggestion_uuid == parsed,
                    SuggestionDecision.coder_id == human.id,
                )
            )
            if human is not None
            else None
        )
        if row is None:
            raise NotFoundError(f"{coder} has not decided on suggestion {suggestion_uuid}")
        record = _decision_record(row, human.name)
        if row.accepted_annotation_uuid is not None:
            accepted = session.scalar(
                select(Annotation).where(Annotation.uuid == row.accepted_annotation_uuid)
            )
            if accepted is not None:
                session.delete(accepted)
        session.delete(row)
        return record


def suggestion_decisions(project: Project) -> list[DecisionRecord]:
    """Every recorded decision, oldest first: how often coders accepted suggestions."""
    with project.reading() as session:
        names = dict(session.execute(select(Coder.id, Coder.name)).all())
        query = select(SuggestionDecision).order_by(SuggestionDecision.decided_at)
        return [_decision_record(row, names[row.coder_id]) for row in session.scalars(query)]
