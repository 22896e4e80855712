"""Adjudication: the PI settles each disagreement, building the consensus coder's annotations.

After measuring agreement, the PI walks through the disagreements (units where the coders' codes
differ, or not every coder marked the text) and decides each one: take one coder's version, take
an edited version, or reject the unit (it should not be coded at all).  The settled version is
saved as ordinary annotations of a *consensus coder* (name in ProjectSetting ``consensus_coder``,
"consensus" by default), so it exports like any other coder and is left out of agreement runs.

Which unit a decision belongs to is kept in one ProjectSetting row per unit, key
``adjudication:<unit id>`` (unit ids come from the annotation uuids in the unit, so they survive
re-running the comparison).  Each call is one transaction, and returns what undoing it needs:
:func:`settle` -> :func:`undo_settle`; :func:`unsettle` -> :func:`restore_settlement`.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.core.labels import label_key
from annotator.core.records.agreement import AgreementResult, AlignedUnit
from annotator.db.base import utc_now
from annotator.db.models import Annotation, AnnotationValue, Code, ProjectSetting, Variable
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.coding.annotations import (
    AnnotationRecord,
    annotation_records,
    insert_annotation,
    reinsert_annotation,
)
from annotator.services.intercoder.agreement import compute_agreement
from annotator.services.intercoder.data import CONSENSUS_SETTING, consensus_coder_name
from annotator.services.references import find_or_add_coder
from annotator.services.undo_records import Kind, Kinds

SETTLEMENT_PREFIX = "adjudication:"


@dataclass(frozen=True)
class Settlement:
    """How one unit was settled, and the consensus annotations that hold the result."""

    unit: str
    decision: str  # "take", "edit" or "reject"
    coder: str | None  # the coder whose version was taken (or edited)
    annotations: tuple[AnnotationRecord, ...]
    settled_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "decision": self.decision,
            "coder": self.coder,
            "annotations": [record.to_json() for record in self.annotations],
            "settled_at": self.settled_at,
        }


@dataclass(frozen=True)
class SettleResult:
    """What :func:`settle` did; pass it to :func:`undo_settle` (or `apply` it, as an undo
    record) to take it back."""

    settlement: Settlement
    replaced: Settlement | None

    @property
    def kinds(self) -> Kinds:
        return SETTLE_KINDS

    def apply(self, project: Project) -> SettlementRedo:
        undo_settle(project, self)
        return SettlementRedo(self)


@dataclass(frozen=True)
class SettlementRedo:
    """Settles a unit again as an undone `settle` did, with the same annotation uuids."""

    result: SettleResult

    @property
    def kinds(self) -> Kinds:
        return SETTLE_KINDS

    def apply(self, project: Project) -> SettleResult:
        restore_settlement(project, self.result.settlement)
        return self.result


SETTLE_KINDS: Kinds = frozenset({Kind.SETTLEMENTS, Kind.ANNOTATIONS})


@dataclass(frozen=True)
class AdjudicationProgress:
    settled: int
    total: int

    @property
    def remaining(self) -> int:
        return self.total - self.settled

    def __str__(self) -> str:
        return f"{self.settled} of {self.total} disagreements settled"


@dataclass(frozen=True)
class Adjudication:
    """The disagreements of one comparison and which of them are settled."""

    result: AgreementResult
    settled: dict[str, dict[str, Any]]  # unit id -> stored decision

    @property
    def disagreements(self) -> list[AlignedUnit]:
        return self.result.disagreements

    @property
    def progress(self) -> AdjudicationProgress:
        ids = {unit.id for unit in self.disagreements}
        return AdjudicationProgress(len(ids & self.settled.keys()), len(ids))


def _settings(session: Session) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(ProjectSetting.key, ProjectSetting.value).where(
            ProjectSetting.key.like(f"{SETTLEMENT_PREFIX}%")
        )
    )
    return {key.removeprefix(SETTLEMENT_PREFIX): value for key, value in rows}


def settled_units(project: Project) -> dict[str, dict[str, Any]]:
    """Unit id -> stored decision, for every settled unit of the project."""
    with project.reading() as session:
        return _settings(session)


def load_adjudication(project: Project, **agreement_options: Any) -> Adjudication:
    """Compare the coders (options as for :func:`compute_agreement`) and read the decisions."""
    agreement_options.setdefault("with_unitizing", False)
    result = compute_agreement(project, **agreement_options)
    with project.reading() as session:
        return Adjudication(result, _settings(session))


def find_unit(adjudication: Adjudication, reference: str) -> AlignedUnit:
    """A unit by its id (or a unique prefix of at least 4 characters)."""
    reference = reference.strip().lower()
    matches = [unit for unit in adjudication.result.units if unit.id == reference]
    if not matches and len(reference) >= 4:
        matches = [unit for unit in adjudication.result.units if unit.id.startswith(reference)]
    if len(matches) != 1:
        problem = "no unit" if not matches else f"{len(matches)} units match"
        raise NotFoundError(f"{problem} {reference!r} in this comparison (see the listing)")
    return matches[0]


def _store_consensus(session: Session, name: str) -> None:
    coder = find_or_add_coder(session, name)
    row = session.get(ProjectSetting, CONSENSUS_SETTING)
    if row is None:
        session.add(ProjectSetting(key=CONSENSUS_SETTING, value=coder.name))
    else:
        row.value = coder.name


def _annotation_values(session: Session, annotation_uuid: str) -> tuple[Annotation, dict]:
    annotation = session.scalar(
        select(Annotation).where(Annotation.uuid == uuid_module.UUID(annotation_uuid))
    )
    if annotation is None:
        raise NotFoundError(f"annotation {annotation_uuid} no longer exists; compare again")
    values: dict[str, list[str]] = {}
    rows = session.execute(
        select(Variable.name, Code.label, AnnotationValue.text)
        .join(Variable, Variable.id == AnnotationValue.variable_id)
        .outerjoin(Code, Code.id == AnnotationValue.code_id)
        .where(AnnotationValue.annotation_id == annotation.id)
        .order_by(AnnotationValue.id)
    )
    for name, label, text in rows:
        values.setdefault(name, []).append(label if label is not None else text or "")
    return annotation, values


def _remove(session: Session, unit_id: str) -> Settlement | None:
    """Delete a unit's settlement and its consensus annotations; return them for undo."""
    row = session.get(ProjectSetting, SETTLEMENT_PREFIX + unit_id)
    if row is None:
        return None
    stored: dict[str, Any] = row.value
    annotations = session.scalars(
        select(Annotation).where(
            Annotation.uuid.in_([uuid_module.UUID(item) for item in stored.get("annotations", [])])
        )
    ).all()
    records = tuple(annotation_records(session, annotations))
    for annotation in annotations:
        session.delete(annotation)
    session.delete(row)
    session.flush()
    return Settlement(
        unit=unit_id,
        decision=stored.get("decision", ""),
        coder=stored.get("coder"),
        annotations=records,
        settled_at=stored.get("at", ""),
    )


def _record(session: Session, settlement: Settlement, annotations: Sequence[Annotation]) -> None:
    session.add(
        ProjectSetting(
            key=SETTLEMENT_PREFIX + settlement.unit,
            value={
                "decision": settlement.decision,
                "coder": settlement.coder,
                "annotations": [str(annotation.uuid) for annotation in annotations],
                "at": settlement.settled_at,
            },
        )
    )


def settle(
    project: Project,
    unit: AlignedUnit,
    *,
    take: str | None = None,
    start: int | None = None,
    end: int | None = None,
    values: Mapping[str, Sequence[str]] | None = None,
    reject: bool = False,
    consensus_coder: str | None = None,
) -> SettleResult:
    """Settle ``unit``: take a coder's version (``take``), optionally edited (``start``/``end``/
    ``values`` override it; without ``take`` they are the whole version), or ``reject`` it.

    Replaces an earlier settlement of the same unit.  One transaction.
    """
    edited = start is not None or end is not None or values is not None
    if reject and (take or edited):
        raise InvalidInputError("a rejected unit gets no version; drop --take/--set/--start/--end")
    if not reject and not take and not edited:
        raise InvalidInputError("say how to settle: take a coder's version, edit one, or reject")
    source = None
    if take:
        source = next((c for c in unit.spans if label_key(c) == label_key(take.strip())), None)
        if source is None:
            marked = ", ".join(unit.spans) or "nobody"
            raise InvalidInputError(f"{take!r} did not mark unit {unit.id} (marked by: {marked})")
    with project.writing() as session:
        # Recorded on first use, so exports and the GUI know who the consensus coder is.
        _store_consensus(session, consensus_coder or consensus_coder_name(session))
        consensus = consensus_coder_name(session)
        if label_key(consensus) in {label_key(coder) for coder in unit.spans}:
            raise InvalidInputError(
                f"the consensus coder {consensus!r} is one of the compared coders"
            )
        replaced = _remove(session, unit.id)
        created: list[Annotation] = []
        if not reject:
            span_start, span_end, span_values = unit.start, unit.end, {}
            if source is not None:
                span = unit.spans[source]
                original, span_values = _annotation_values(session, str(uuid_module.UUID(span.key)))
                span_start, span_end = original.start, original.end
            if values is not None:
                span_values = {**span_values, **{name: list(v) for name, v in values.items()}}
            created.append(
                insert_annotation(
                    session,
                    document=unit.document.id,
                    coder=consensus,
                    start=span_start if start is None else start,
                    end=span_end if end is None else end,
                    values=span_values,
                    memo="",
                )
            )
        settlement = Settlement(
            unit=unit.id,
            decision="reject" if reject else ("edit" if edited else "take"),
            coder=source,
            annotations=tuple(annotation_records(session, created)),
            settled_at=utc_now().isoformat(),
        )
        _record(session, settlement, created)
        return SettleResult(settlement, replaced)


def _restore(session: Session, settlement: Settlement) -> None:
    restored = [reinsert_annotation(session, record) for record in settlement.annotations]
    _record(session, settlement, restored)


def undo_settle(project: Project, result: SettleResult) -> None:
    """Take back a :func:`settle`: its annotations go, the settlement it replaced returns."""
    with project.writing() as session:
        _remove(session, result.settlement.unit)
        if result.replaced is not None:
            _restore(session, result.replaced)


def unsettle(project: Project, unit_id: str) -> Settlement | None:
    """Remove a unit's settlement and consensus annotations; ``None`` if it was not settled."""
    with project.writing() as session:
        return _remove(session, unit_id)


def restore_settlement(project: Project, settlement: Settlement) -> None:
    """Put back what :func:`unsettle` removed (redo), with the same annotation uuids."""
    with project.writing() as session:
        _remove(session, settlement.unit)
        _restore(session, settlement)
