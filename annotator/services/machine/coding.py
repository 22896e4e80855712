"""A machine-coding run: plan it (documents, prompt, estimated tokens), then send each document
to the model, check the answer and store what holds up, with provenance.

Each document is written in its own transaction together with its raw answer, so a run stopped
at any point (killed, cancelled, out of budget, the endpoint gone) is resumed by running it
again: documents the machine coder already coded under the same prompt and model are skipped,
cached answers are reused without sending anything, and only the rest is sent. An answer that
is not the asked-for JSON is kept but asked for again on the next run.

"Cost" is tokens: `max_cost` stops before a document whose estimated tokens (prompt and answer,
`core.machine.prompt`) would take the run's tokens past it; tokens already spent count as the
server reported them (or as estimated, when it did not).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from annotator.core.labels import label_key
from annotator.core.machine.answers import check_answer, is_malformed
from annotator.core.machine.prompt import (
    PROMPT_VERSION,
    Prompt,
    build_prompt,
    codebook_version,
    estimate_tokens,
)
from annotator.core.records.codebook import VariableRecord
from annotator.db.models import Document, ProjectSetting
from annotator.db.project import Project
from annotator.errors import AnnotatorError, InvalidInputError
from annotator.services.codebooks.reading import read_codebook
from annotator.services.machine.client import ChatClient, endpoint_host, is_local_endpoint
from annotator.services.machine.storage import (
    CachedResponse,
    MachineSpan,
    RunSettings,
    begin_run,
    cached_response,
    coded_documents,
    finish_run,
    store_document,
)
from annotator.services.references import find_coder

LEAVES_THE_MACHINE = (
    "The article texts will be sent to {host}, which is not this computer: they leave the "
    "machine and the service's terms apply to them."
)

# Why a run stopped before every document was answered.
STOPPED_MAX_COST = "max_cost"
STOPPED_CANCELLED = "cancelled"
STOPPED_ENDPOINT = "endpoint_failed"


@dataclass(frozen=True)
class MachineCodingRequest:
    model: str
    endpoint: str
    documents: Sequence[int] | None = None  # ids; None: every document
    variables: Sequence[str] | None = None  # names; None: every variable
    coder: str | None = None  # None: named after the model
    temperature: float | None = 0.0
    seed: int | None = None
    max_cost: int | None = None  # tokens


@dataclass(frozen=True)
class PlannedDocument:
    id: int
    title: str
    sha256: str
    estimated_tokens: int
    state: str  # "to_send", "cached", "already_coded"


@dataclass(frozen=True)
class MachineCodingPlan:
    request: MachineCodingRequest
    prompt: Prompt
    settings: RunSettings
    documents: tuple[PlannedDocument, ...]

    @property
    def estimated_tokens(self) -> int:
        """Tokens the documents still to be sent are estimated to take."""
        return sum(d.estimated_tokens for d in self.documents if d.state == "to_send")

    def count(self, state: str) -> int:
        return sum(document.state == state for document in self.documents)

    @property
    def leaves_the_machine(self) -> bool:
        """Whether running would send article texts to another computer (and so needs the
        user's confirmation first)."""
        return self.count("to_send") > 0 and not is_local_endpoint(self.request.endpoint)


@dataclass(frozen=True)
class DocumentOutcome:
    """What happened to one document, for progress lines and the app's progress dialog."""

    position: int  # 1-based, among the selected documents
    total: int
    document_id: int
    title: str
    source: str  # "sent", "cached", "already_coded", "gone" (removed during the run)
    spans: int = 0
    reanchored: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    tokens: int = 0


@dataclass
class MachineCodingSummary:
    coder: str
    model: str
    endpoint_host: str
    selected: int
    run: str | None = None
    coded: int = 0
    sent: int = 0
    from_cache: int = 0
    already_coded: int = 0
    answers_rejected: int = 0
    spans_stored: int = 0
    spans_reanchored: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_spent: int = 0  # what --max-cost counts: reported tokens, else estimates
    stopped: str | None = None
    stop_reason: str | None = None

    @property
    def left(self) -> int:
        return self.selected - self.coded - self.already_coded

    def to_json(self) -> dict[str, Any]:
        return {
            "coder": self.coder,
            "model": self.model,
            "endpoint_host": self.endpoint_host,
            "run": self.run,
            "documents": {
                "selected": self.selected,
                "coded": self.coded,
                "sent": self.sent,
                "from_cache": self.from_cache,
                "already_coded": self.already_coded,
                "answer_rejected": self.answers_rejected,
                "left": self.left,
            },
            "spans": {
                "stored": self.spans_stored,
                "reanchored": self.spans_reanchored,
                "rejected": dict(sorted(self.rejected.items())),
            },
            "tokens": {
                "prompt": self.prompt_tokens,
                "completion": self.completion_tokens,
                "counted_for_max_cost": self.tokens_spent,
            },
            "stopped": self.stopped,
            "stop_reason": self.stop_reason,
        }


def _chosen_variables(
    codebook: list[VariableRecord], names: Sequence[str] | None
) -> list[VariableRecord]:
    if not names:
        return codebook
    by_key = {label_key(variable.name): variable for variable in codebook}
    chosen = []
    for name in names:
        variable = by_key.get(label_key(name))
        if variable is None:
            known = ", ".join(variable.name for variable in codebook) or "none"
            raise InvalidInputError(f"no variable {name!r} in this codebook (variables: {known})")
        if variable not in chosen:
            chosen.append(variable)
    return chosen


def plan_machine_coding(project: Project, request: MachineCodingRequest) -> MachineCodingPlan:
    """Check the request and work out what a run would send; changes nothing."""
    if not request.model.strip():
        raise InvalidInputError("--model must name a model, e.g. llama3.1:8b")
    if request.max_cost is not None and request.max_cost <= 0:
        raise InvalidInputError("--max-cost must be a positive number of tokens")
    if request.temperature is not None and not 0 <= request.temperature <= 2:
        raise InvalidInputError("--temperature must be between 0 and 2")
    host = endpoint_host(request.endpoint)
    coder = (request.coder or request.model).strip()
    with project.reading() as session:
        existing = find_coder(session, coder)
        if existing is not None and existing.kind != "machine":
            raise InvalidInputError(
                f"coder {existing.name!r} is a person; name the machine coder differently (--coder)"
            )
        variables = _chosen_variables(read_codebook(session), request.variables)
        declared = session.get(ProjectSetting, "codebook_version")
        version = codebook_version(str(declared.value or "") if declared else "", variables)
        query = select(Document.id, Document.title, Document.sha256, func.length(Document.text))
        if request.documents is not None:
            query = query.where(Document.id.in_(list(request.documents)))
        rows = session.execute(query.order_by(Document.id)).all()
    if not variables:
        raise InvalidInputError("the codebook has no variables to code")
    if not rows:
        raise InvalidInputError("no documents to code")
    prompt = build_prompt(variables, temperature=request.temperature, seed=request.seed)
    settings = RunSettings(
        coder=existing.name if existing is not None else coder,
        model=request.model.strip(),
        endpoint_host=host,
        prompt_version=PROMPT_VERSION,
        prompt_hash=prompt.hash,
        codebook_version=version,
        variables=tuple(variable.name for variable in variables),
        temperature=request.temperature,
        seed=request.seed,
    )
    done = coded_documents(project, settings)
    documents = []
    for document_id, title, sha256, length in rows:
        if document_id in done:
            state = "already_coded"
        elif _usable_cache(project, sha256, settings) is not None:
            state = "cached"
        else:
            state = "to_send"
        estimate = prompt.estimated_tokens(length or 0)
        documents.append(PlannedDocument(document_id, title, sha256, estimate, state))
    return MachineCodingPlan(request, prompt, settings, tuple(documents))


def _usable_cache(project: Project, sha256: str, settings: RunSettings) -> CachedResponse | None:
    """The cached answer for this text, unless it was rejected whole (then it is asked again)."""
    cached = cached_response(project, sha256, settings.prompt_hash, settings.model)
    return None if cached is None or is_malformed(cached.text) else cached


def document_text(project: Project, document_id: int) -> str | None:
    """The document's text; None when it was removed since the run was planned."""
    with project.reading() as session:
        return session.scalar(select(Document.text).where(Document.id == document_id))


def run_machine_coding(
    project: Project,
    plan: MachineCodingPlan,
    client: ChatClient,
    *,
    texts_may_leave: bool = False,
    progress: Callable[[DocumentOutcome], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MachineCodingSummary:
    """Code the plan's documents (module docstring). A non-local endpoint needs
    `texts_may_leave` — the user's confirmation after `LEAVES_THE_MACHINE`."""
    settings = plan.settings
    if not texts_may_leave and plan.leaves_the_machine:
        raise InvalidInputError(LEAVES_THE_MACHINE.format(host=settings.endpoint_host))
    summary = MachineCodingSummary(
        settings.coder, settings.model, settings.endpoint_host, len(plan.documents)
    )
    total = len(plan.documents)
    try:
        for position, planned in enumerate(plan.documents, start=1):
            if should_cancel is not None and should_cancel():
                summary.stopped = STOPPED_CANCELLED
                summary.stop_reason = "cancelled"
                break
            if planned.state == "already_coded":
                summary.already_coded += 1
                if progress is not None:
                    progress(
                        DocumentOutcome(position, total, planned.id, planned.title, "already_coded")
                    )
                continue
            outcome = _code_document(project, plan, client, summary, planned, position)
            if outcome is None:
                break
            if progress is not None:
                progress(outcome)
    except KeyboardInterrupt:
        summary.stopped = STOPPED_CANCELLED
        summary.stop_reason = "interrupted"
        _finish(project, summary)
        raise
    _finish(project, summary)
    return summary


def _code_document(
    project: Project,
    plan: MachineCodingPlan,
    client: ChatClient,
    summary: MachineCodingSummary,
    planned: PlannedDocument,
    position: int,
) -> DocumentOutcome | None:
    """Answer one document from the cache or the endpoint, check and store it; None when the
    run must stop here (budget reached, endpoint failing)."""
    settings, prompt = plan.settings, plan.prompt
    text = document_text(project, planned.id)
    if text is None:  # removed meanwhile (by another program): nothing to code
        return DocumentOutcome(position, len(plan.documents), planned.id, planned.title, "gone")
    cached = _usable_cache(project, planned.sha256, settings)
    tokens = (0, 0)
    if cached is not None:
        content, source, response = cached.text, "cached", cached
    else:
        limit = plan.request.max_cost
        if limit is not None and summary.tokens_spent + planned.estimated_tokens > limit:
            summary.stopped = STOPPED_MAX_COST
            summary.stop_reason = (
                f"the next document would take the estimated tokens past --max-cost {limit}"
            )
            return None
        try:
            answer = client.complete(prompt.request_body(settings.model, text))
        except AnnotatorError as error:
            summary.stopped = STOPPED_ENDPOINT
            summary.stop_reason = str(error)
            if summary.coded == 0 and summary.run is None:
                raise  # nothing was done: the endpoint is unusable as given
            return None
        estimated_prompt = estimate_tokens(prompt.system) + estimate_tokens(text)
        tokens = (
            answer.prompt_tokens if answer.prompt_tokens is not None else estimated_prompt,
            answer.completion_tokens
            if answer.completion_tokens is not None
            else estimate_tokens(answer.content),
        )
        content, source, response = answer.content, "sent", answer.content
        summary.sent += 1
        summary.prompt_tokens += tokens[0]
        summary.completion_tokens += tokens[1]
        summary.tokens_spent += sum(tokens)
    checked = check_answer(content, text, prompt.variables)
    if summary.run is None:
        summary.run = begin_run(project, settings)
    spans = None
    if not checked.malformed:
        spans = [MachineSpan(span.start, span.end, span.values) for span in checked.spans]
    stored = store_document(
        project,
        summary.run,
        document_id=planned.id,
        document_sha256=planned.sha256,
        response=response,
        tokens=tokens,
        spans=spans,
    )
    summary.rejected.update(checked.rejected)
    if checked.malformed:
        summary.answers_rejected += 1
    else:
        summary.coded += 1
        summary.from_cache += source == "cached"
        summary.spans_stored += stored
        summary.spans_reanchored += checked.reanchored
    return DocumentOutcome(
        position,
        len(plan.documents),
        planned.id,
        planned.title,
        source,
        stored,
        checked.reanchored,
        checked.rejected,
        sum(tokens),
    )


def _finish(project: Project, summary: MachineCodingSummary) -> None:
    if summary.run is not None:
        record = summary.to_json()
        finish_run(project, summary.run, {k: record[k] for k in ("documents", "spans", "stopped")})
