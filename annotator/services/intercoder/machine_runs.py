"""The provenance of the machine codings behind an agreement figure, for the methods paragraph.

A paper that reports a language model's codings must say which model coded, where it ran, with
which prompt and settings, and when (issue #21).  `annotator machine-code` stores that per run
(:class:`annotator.db.models.MachineRun`, read by `services.machine.provenance.list_machine_runs`);
this module picks the runs whose annotations are part of a comparison -- the chosen machine
coders' spans in the compared documents -- and merges runs with identical settings into one entry
with the dates they ran; :func:`provenance_paragraph` says it in words for the methods paragraph.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from annotator.db.models import Annotation, Coder, MachineAnnotation, MachineRun
from annotator.db.project import Project
from annotator.services.machine.provenance import list_machine_runs


@dataclass(frozen=True)
class MachineProvenance:
    """One machine coder's settings, as every run with them recorded, and when they ran."""

    coder: str
    model: str
    endpoint_host: str
    prompt_version: str
    prompt_hash: str
    codebook_version: str
    temperature: float | None
    seed: int | None
    first_run: date
    last_run: date


def machine_provenance(
    project: Project, coders: Sequence[str], documents: Collection[int] | None = None
) -> list[MachineProvenance]:
    """The settings behind the machine annotations of ``coders`` (people are ignored) in
    ``documents`` (None: all), in the order of ``coders`` and then of the first run."""
    wanted = None if documents is None else set(documents)
    with project.reading() as session:
        pairs = session.execute(
            select(MachineRun.uuid, Annotation.document_id)
            .join(MachineAnnotation, MachineAnnotation.run_id == MachineRun.id)
            .join(Annotation, Annotation.id == MachineAnnotation.annotation_id)
            .join(Coder, Coder.id == Annotation.coder_id)
            .where(Coder.name.in_(list(coders)))
            .distinct()
        ).all()
    used = {str(uuid) for uuid, document in pairs if wanted is None or document in wanted}
    merged: dict[tuple, list[date]] = {}
    for run in list_machine_runs(project):
        if run.uuid in used:
            key = (run.coder, run.model, run.endpoint_host, run.prompt_version, run.prompt_hash,
                   run.codebook_version, run.temperature, run.seed)  # fmt: skip
            merged.setdefault(key, []).append(run.started_at.date())
    order = {name: position for position, name in enumerate(coders)}
    entries = [
        MachineProvenance(*key, first_run=min(days), last_run=max(days))
        for key, days in merged.items()
    ]
    return sorted(entries, key=lambda item: (order[item.coder], item.first_run, item.model))


def _dates(item: MachineProvenance) -> str:
    if item.first_run == item.last_run:
        return f"on {item.first_run.isoformat()}"
    return f"between {item.first_run.isoformat()} and {item.last_run.isoformat()}"


def provenance_sentence(item: MachineProvenance) -> str:
    """One machine coder's settings as a sentence."""
    temperature = (
        "the endpoint's default temperature"
        if item.temperature is None
        else f"temperature {item.temperature:g}"
    )
    seed = "no seed" if item.seed is None else f"seed {item.seed}"
    return (
        f"{item.coder} was a machine coder: the language model {item.model} at "
        f"{item.endpoint_host}, prompt template version {item.prompt_version} (SHA-256 "
        f"{item.prompt_hash}), codebook version {item.codebook_version}, {temperature}, {seed}, "
        f"run {_dates(item)}."
    )


def provenance_paragraph(machines: Sequence[MachineProvenance]) -> str:
    """The provenance of every machine coder (empty without any)."""
    if not machines:
        return ""
    return (
        " ".join(provenance_sentence(item) for item in machines)
        + " Each answer was stored with this provenance and the model's raw response, and only "
        "spans whose quote occurs in the article were kept."
    )
