"""The provenance of machine annotations: each run's settings as records (`list_machine_runs`,
for the methods paragraph and the app), and as the codings export writes it — each run, which
run and raw response each machine annotation came from, and the raw responses (rows in the
column order of `core.records.codings.MACHINE_*_HEADER`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from annotator.core.records.codings import MachineProvenance
from annotator.db.models import (
    Annotation,
    Coder,
    MachineAnnotation,
    MachineResponse,
    MachineRun,
)
from annotator.db.project import Project
from annotator.errors import NotFoundError
from annotator.services.references import find_coder


@dataclass(frozen=True)
class MachineRunRecord:
    """One machine-coding run: what a methods section reports about a machine coder."""

    uuid: str
    coder: str
    model: str
    endpoint_host: str
    prompt_version: str
    prompt_hash: str
    codebook_version: str
    variables: tuple[str, ...]
    temperature: float | None
    seed: int | None
    started_at: datetime
    finished_at: datetime | None
    prompt_tokens: int
    completion_tokens: int
    annotations: int  # the run's machine annotations still in the project
    summary: dict[str, Any]


def list_machine_runs(project: Project, coder: str | None = None) -> list[MachineRunRecord]:
    """The machine-coding runs (of one machine coder, or all), oldest first."""
    with project.reading() as session:
        query = select(MachineRun).order_by(MachineRun.started_at, MachineRun.id)
        if coder is not None:
            row = find_coder(session, coder)
            if row is None:
                raise NotFoundError(f"no coder {coder!r} in this project")
            query = query.where(MachineRun.coder_id == row.id)
        runs = session.scalars(query).all()
        names = dict(session.execute(select(Coder.id, Coder.name)).all())
        counts = Counter(
            session.scalars(
                select(MachineAnnotation.run_id).where(
                    MachineAnnotation.run_id.in_([run.id for run in runs])
                )
            )
        )
        return [
            MachineRunRecord(
                uuid=str(run.uuid),
                coder=names[run.coder_id],
                model=run.model,
                endpoint_host=run.endpoint_host,
                prompt_version=run.prompt_version,
                prompt_hash=run.prompt_hash,
                codebook_version=run.codebook_version,
                variables=tuple(run.variables or ()),
                temperature=run.temperature,
                seed=run.seed,
                started_at=run.started_at,
                finished_at=run.finished_at,
                prompt_tokens=run.prompt_tokens,
                completion_tokens=run.completion_tokens,
                annotations=counts[run.id],
                summary=dict(run.summary or {}),
            )
            for run in runs
        ]


def _naive(value: datetime | None) -> datetime | None:
    """The workbook's times are UTC without a zone (Excel has none)."""
    return value.replace(tzinfo=None) if value is not None else None


def _run_row(run: MachineRun, coder: str, annotations: int) -> list[Any]:
    return [
        str(run.uuid),
        coder,
        run.model,
        run.endpoint_host,
        run.prompt_version,
        run.prompt_hash,
        run.codebook_version,
        ", ".join(run.variables or []),
        run.temperature,
        run.seed,
        _naive(run.started_at),
        _naive(run.finished_at),
        run.prompt_tokens,
        run.completion_tokens,
        annotations,
    ]


def _response_row(row: MachineResponse) -> list[Any]:
    return [
        row.id,
        row.document_sha256,
        row.prompt_hash,
        row.model,
        _naive(row.received_at),
        row.prompt_tokens,
        row.completion_tokens,
        row.response_text,
    ]


def read_provenance(session: Session, coder_ids: Sequence[int]) -> MachineProvenance | None:
    """The provenance of the runs of the exported coders, or None when none of them is a
    machine coder with a run."""
    runs = session.scalars(
        select(MachineRun).where(MachineRun.coder_id.in_(coder_ids)).order_by(MachineRun.id)
    ).all()
    if not runs:
        return None
    names = dict(session.execute(select(Coder.id, Coder.name)).all())
    run_uuids = {run.id: str(run.uuid) for run in runs}
    links = session.execute(
        select(
            Annotation.uuid,
            Annotation.document_id,
            Annotation.coder_id,
            MachineAnnotation.run_id,
            MachineAnnotation.response_id,
        )
        .join(MachineAnnotation, MachineAnnotation.annotation_id == Annotation.id)
        .where(MachineAnnotation.run_id.in_(list(run_uuids)))
        .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
    ).all()
    per_run = Counter(link.run_id for link in links)
    keys = sorted({(run.prompt_hash, run.model) for run in runs})
    responses = session.scalars(
        select(MachineResponse)
        .where(tuple_(MachineResponse.prompt_hash, MachineResponse.model).in_(keys))
        .order_by(MachineResponse.id)
    )
    return MachineProvenance(
        runs=[_run_row(run, names[run.coder_id], per_run[run.id]) for run in runs],
        annotations=[
            [str(uuid), document_id, names[coder_id], run_uuids[run_id], response_id]
            for uuid, document_id, coder_id, run_id, response_id in links
        ],
        responses=[_response_row(row) for row in responses],
    )
