"""The coded data as the codings workbook and the long-format CSV write it.

`annotator.services.export` reads a project into a `CodingsData`; the writers in
`annotator.io.exports.codings_xlsx` and `annotator.io.exports.codings_csv` turn it into a file and
know nothing about the database. A writer raises `ExportCancelled` when the user cancels.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from annotator.core.records.codebook import VariableRecord

DEFAULT_CONTEXT = 100  # characters of text shown before and after each quote


class ExportCancelled(Exception):
    """Raised by a writer when the user cancels; the temporary file is removed."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One annotation as a row of the Segments sheet."""

    uuid: str
    document_id: int
    coder: str
    start: int
    end: int
    quote: str
    before: str
    after: str
    memo: str
    created: datetime
    updated: datetime
    values: dict[str, list[str]]  # variable name → labels (or texts), in codebook order


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    uuid: str
    title: str
    outlet: str | None
    author: str | None
    published: date | None
    url: str | None
    language: str | None
    source_file: str | None
    chars: int
    sha256: str


@dataclass(frozen=True, slots=True)
class CoderRow:
    id: int
    uuid: str
    name: str
    colour: str
    annotations: int


MACHINE_RUN_HEADER = (
    "run uuid", "coder", "model", "endpoint host", "prompt version", "prompt hash",
    "codebook version", "variables", "temperature", "seed", "started (UTC)", "finished (UTC)",
    "prompt tokens", "completion tokens", "annotations",
)  # fmt: skip
MACHINE_ANNOTATION_HEADER = ("annotation uuid", "document id", "coder", "run uuid", "response id")
MACHINE_RESPONSE_HEADER = (
    "response id", "document sha256", "prompt hash", "model", "received (UTC)", "prompt tokens",
    "completion tokens", "response",
)  # fmt: skip


@dataclass(frozen=True)
class MachineProvenance:
    """Where the machine coders' annotations came from: rows of the workbook's Machine runs,
    Machine annotations and Machine responses sheets (`services.machine.provenance`)."""

    runs: list[list[Any]] = field(default_factory=list)
    annotations: list[list[Any]] = field(default_factory=list)
    responses: list[list[Any]] = field(default_factory=list)


@dataclass
class CodingsData:
    variables: list[VariableRecord]
    documents: list[DocumentRow]
    coders: list[CoderRow]
    statuses: dict[tuple[int, str], str]  # (document id, coder name) → status
    segments: Collection[Segment]  # a list, or the export's SegmentStream (read per pass)
    context_chars: int = DEFAULT_CONTEXT
    machine: MachineProvenance | None = None  # None: no machine coder among the exported

    @property
    def documents_by_id(self) -> dict[int, DocumentRow]:
        return {document.id: document for document in self.documents}
