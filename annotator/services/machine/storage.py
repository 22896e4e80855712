"""Where a machine-coding run writes: its provenance row, the cache of raw responses, and the
machine annotations linked to both.

A document's answer and the spans taken from it are written in one transaction, so a run killed
at any moment leaves each document either fully stored or not at all, and the next run resumes
with the documents that are left. Re-coding a document under another prompt or model replaces the
machine coder's earlier spans there; under the same prompt and model the document counts as
done and is skipped.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from annotator.core.vocabulary import CodingStatus
from annotator.db.base import utc_now
from annotator.db.models import (
    Annotation,
    Coder,
    DocumentStatus,
    MachineAnnotation,
    MachineResponse,
    MachineRun,
)
from annotator.db.project import Project
from annotator.errors import NotFoundError
from annotator.services.coding.annotations import insert_annotation
from annotator.services.machine.suggestions import find_or_add_machine_coder
from annotator.services.references import find_coder, parse_uuid


@dataclass(frozen=True)
class RunSettings:
    """Everything that decides a machine coder's answers — the provenance of its annotations.
    `endpoint_host` is the host (and port) only: never a path with a key, never the key."""

    coder: str
    model: str
    endpoint_host: str
    prompt_version: str
    prompt_hash: str
    codebook_version: str
    variables: tuple[str, ...]
    temperature: float | None
    seed: int | None


@dataclass(frozen=True)
class CachedResponse:
    id: int
    text: str
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class MachineSpan:
    """A span checked against the text, ready to store."""

    start: int
    end: int
    values: Mapping[str, Sequence[str]]


def begin_run(project: Project, settings: RunSettings) -> str:
    """Add the machine coder if new and the run's provenance row; returns the run's uuid."""
    with project.writing() as session:
        coder = find_or_add_machine_coder(session, settings.coder)
        run = MachineRun(
            coder_id=coder.id,
            model=settings.model,
            endpoint_host=settings.endpoint_host,
            prompt_version=settings.prompt_version,
            prompt_hash=settings.prompt_hash,
            codebook_version=settings.codebook_version,
            variables=list(settings.variables),
            temperature=settings.temperature,
            seed=settings.seed,
            started_at=utc_now(),
            prompt_tokens=0,
            completion_tokens=0,
            summary={},
        )
        session.add(run)
        session.flush()
        return str(run.uuid)


def _run(session: Session, run_uuid: str) -> MachineRun:
    parsed = parse_uuid(run_uuid) or uuid_module.UUID(int=0)
    run = session.scalar(select(MachineRun).where(MachineRun.uuid == parsed))
    if run is None:
        raise NotFoundError(f"no machine-coding run {run_uuid} in this project")
    return run


def cached_response(
    project: Project, document_sha256: str, prompt_hash: str, model: str
) -> CachedResponse | None:
    """The raw answer already received for this text, prompt and model, if any."""
    with project.reading() as session:
        row = session.scalar(
            select(MachineResponse).where(
                MachineResponse.document_sha256 == document_sha256,
                MachineResponse.prompt_hash == prompt_hash,
                MachineResponse.model == model,
            )
        )
        if row is None:
            return None
        return CachedResponse(row.id, row.response_text, row.prompt_tokens, row.completion_tokens)


def coded_documents(project: Project, settings: RunSettings) -> set[int]:
    """The documents this machine coder already holds spans for under the same prompt and model:
    done, so a re-run skips them."""
    with project.reading() as session:
        coder = find_coder(session, settings.coder)
        if coder is None:
            return set()
        query = (
            select(Annotation.document_id)
            .join(MachineAnnotation, MachineAnnotation.annotation_id == Annotation.id)
            .join(MachineRun, MachineRun.id == MachineAnnotation.run_id)
            .where(
                MachineRun.prompt_hash == settings.prompt_hash,
                MachineRun.model == settings.model,
                MachineRun.coder_id == coder.id,
            )
            .distinct()
        )
        return set(session.scalars(query))


def store_document(
    project: Project,
    run_uuid: str,
    *,
    document_id: int,
    document_sha256: str,
    response: str | CachedResponse,
    tokens: tuple[int, int] = (0, 0),
    spans: Sequence[MachineSpan] | None,
) -> int:
    """In one transaction: keep a new raw `response` (a string; a `CachedResponse` is already
    kept) in the cache, and unless `spans` is None (an answer rejected whole), replace the
    machine coder's spans on the document by `spans`, linked to the run and the response.
    Returns how many spans were stored."""
    with project.writing() as session:
        run = _run(session, run_uuid)
        if isinstance(response, CachedResponse):
            response_id = response.id
        else:
            response_id = _keep_response(session, run, document_sha256, response, tokens)
        if spans is None:
            return 0
        session.execute(
            delete(Annotation).where(
                Annotation.document_id == document_id, Annotation.coder_id == run.coder_id
            )
        )
        coder_name = session.get(Coder, run.coder_id).name
        for span in spans:
            annotation = insert_annotation(
                session,
                document=str(document_id),
                coder=coder_name,
                start=span.start,
                end=span.end,
                values=span.values,
                memo="",
            )
            session.add(
                MachineAnnotation(
                    annotation_id=annotation.id, run_id=run.id, response_id=response_id
                )
            )
        _mark_done(session, document_id, run.coder_id)
        session.flush()
        return len(spans)


def _mark_done(session: Session, document_id: int, coder_id: int) -> None:
    """The machine coder has coded the whole document, whether it found spans or not."""
    status = session.get(DocumentStatus, (document_id, coder_id))
    if status is None:
        status = DocumentStatus(document_id=document_id, coder_id=coder_id)
        session.add(status)
    status.status = CodingStatus.DONE
    status.updated_at = utc_now()


def _keep_response(
    session: Session, run: MachineRun, sha256: str, text: str, tokens: tuple[int, int]
) -> int:
    """Cache a raw answer (replacing a rejected one asked for again) and count its tokens."""
    row = session.scalar(
        select(MachineResponse).where(
            MachineResponse.document_sha256 == sha256,
            MachineResponse.prompt_hash == run.prompt_hash,
            MachineResponse.model == run.model,
        )
    )
    if row is None:
        row = MachineResponse(document_sha256=sha256, prompt_hash=run.prompt_hash, model=run.model)
        session.add(row)
    row.response_text = text
    row.prompt_tokens, row.completion_tokens = tokens
    row.received_at = utc_now()
    session.flush()
    run.prompt_tokens += tokens[0]
    run.completion_tokens += tokens[1]
    return row.id


def finish_run(project: Project, run_uuid: str, summary: Mapping[str, Any]) -> None:
    """Close the run: its finishing time and summary (coded, rejected by reason, left)."""
    with project.writing() as session:
        run = _run(session, run_uuid)
        run.finished_at = utc_now()
        run.summary = dict(summary)
