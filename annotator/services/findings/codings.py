"""Which codings a finding counts, read from the project as plain records.

Every table, chart and network says whose codings it counts (`CodingSelection.description`):

* ``--coders alice,bob``: those coders' annotations;
* ``--consensus``: only the consensus coder's (what adjudication settled);
* neither: every coder's, except the consensus coder's -- two coders who coded the same passage
  both count, as DNA counts every coder's statements; a table with ``--count documents`` counts
  the document once, and a network with ``--duplicates document`` keeps one identical statement.

``--from``/``--to`` keep documents published in that range (inclusive; undated documents then
drop out) and ``--set`` the documents of an assignment set. Spans stream from the database in
annotation order, one at a time, read on the driver as stored (fast_rows.stream_stored: no
SQLAlchemy row per value), so nothing holds the whole project.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from annotator.core.labels import label_key
from annotator.db.models import Annotation, AnnotationValue, Code, Coder, Document, Variable
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.fast_rows import stream_stored
from annotator.services.intercoder.data import consensus_coder_name

OUTLET = "outlet"  # the document's outlet, usable where a variable is asked for


@dataclass(frozen=True)
class CodingSelection:
    """What the user asked for; `resolve` turns it into coder ids and a description."""

    coders: Sequence[str] | None = None
    consensus: bool = False
    start: date | None = None
    stop: date | None = None
    assignment_set: str | None = None


@dataclass(frozen=True)
class ResolvedSelection:
    coder_ids: dict[int, str]
    description: str  # "coders alice, bob", "the consensus coder (consensus)"
    start: date | None
    stop: date | None
    documents: frozenset[int] | None
    assignment_set: str | None

    def period(self) -> str:
        if self.start is None and self.stop is None:
            return "all dates"
        return f"{self.start or '…'} to {self.stop or '…'}"


@dataclass
class CodedSpan:
    """One annotation: its document (id, date, outlet), coder and values per variable name."""

    annotation: int
    document: int
    published: date | None
    outlet: str
    coder: str
    values: dict[str, list[str]] = field(default_factory=dict)

    def values_of(self, name: str) -> list[str]:
        if name == OUTLET:
            return [self.outlet] if self.outlet else []
        return self.values.get(name, [])


def resolve(project: Project, selection: CodingSelection) -> ResolvedSelection:
    """Check the selection against the project (one clear error per problem)."""
    if selection.coders and selection.consensus:
        raise InvalidInputError("give either --coders or --consensus, not both")
    if selection.start and selection.stop and selection.start > selection.stop:
        raise InvalidInputError(f"--from {selection.start} is after --to {selection.stop}")
    documents = None
    if selection.assignment_set is not None:
        from annotator.services.assignments import documents_in_set

        documents = frozenset(documents_in_set(project, selection.assignment_set))
    with project.reading() as session:
        rows = session.execute(select(Coder.id, Coder.name).order_by(Coder.id)).all()
        coded = set(session.scalars(select(Annotation.coder_id).distinct()))
        consensus = consensus_coder_name(session)
    by_key = {label_key(name): (coder_id, name) for coder_id, name in rows}
    if selection.consensus:
        found = by_key.get(label_key(consensus))
        if found is None or found[0] not in coded:
            raise NotFoundError(f"the consensus coder {consensus!r} has no annotations yet")
        chosen = dict([found])
        description = f"the consensus coder ({found[1]})"
    elif selection.coders:
        chosen = {}
        for name in selection.coders:
            found = by_key.get(label_key(name.strip()))
            if found is None:
                known = ", ".join(name for _, name in rows) or "none"
                raise NotFoundError(f"no coder {name!r} in this project (coders: {known})")
            chosen[found[0]] = found[1]
        description = "coders " + ", ".join(chosen.values())
    else:
        chosen = {
            coder_id: name
            for coder_id, name in rows
            if coder_id in coded and label_key(name) != label_key(consensus)
        }
        description = "all coders (" + (", ".join(chosen.values()) or "none") + ")"
    return ResolvedSelection(
        chosen,
        description,
        selection.start,
        selection.stop,
        documents,
        selection.assignment_set,
    )


def check_variable(project: Project, name: str, *, allow_outlet: bool = True) -> str:
    """The codebook's spelling of variable `name` (or "outlet"); NotFoundError lists them."""
    with project.reading() as session:
        names = list(session.scalars(select(Variable.name).order_by(Variable.position)))
    for known in names:
        if label_key(known) == label_key(name):
            return known
    if allow_outlet and label_key(name) == OUTLET:
        return OUTLET
    choices = ", ".join([*names, OUTLET] if allow_outlet else names)
    raise NotFoundError(f"no variable {name!r} in this codebook (choose {choices})")


def code_labels(project: Project, variable: str, *, retired: bool = True) -> list[str]:
    """The codes of a variable in codebook reading order (parents before their children;
    retired ones too unless `retired` is False)."""
    with project.reading() as session:
        query = (
            select(Code.id, Code.parent_id, Code.label, Code.position, Code.retired)
            .join(Variable, Variable.id == Code.variable_id)
            .where(Variable.name == variable)
        )
        rows = session.execute(query).all()
    children: dict[int | None, list[tuple[int, int, str, bool]]] = defaultdict(list)
    for code_id, parent_id, label, position, is_retired in rows:
        children[parent_id].append((position, code_id, label, is_retired))
    ordered: list[str] = []
    stack = sorted(children.get(None, ()), reverse=True)  # depth-first, in position order
    while stack:
        _position, code_id, label, is_retired = stack.pop()
        if retired or not is_retired:
            ordered.append(label)
        stack.extend(sorted(children.get(code_id, ()), reverse=True))
    return ordered


def code_colours(project: Project, variable: str) -> dict[str, str]:
    """Each code's colour from the codebook (codes without one are left out)."""
    with project.reading() as session:
        query = (
            select(Code.label, Code.colour)
            .join(Variable, Variable.id == Code.variable_id)
            .where(Variable.name == variable, Code.colour.is_not(None))
        )
        return {label: colour for label, colour in session.execute(query) if colour}


def coded_spans(project: Project, selection: ResolvedSelection) -> Iterator[CodedSpan]:
    """The selected coders' annotations in the selected documents, one at a time."""
    if not selection.coder_ids:
        return
    query = (
        select(
            Annotation.id,
            Annotation.document_id,
            Document.published,
            Document.outlet,
            Annotation.coder_id,
            Variable.name,
            Code.label,
            AnnotationValue.text,
        )
        .join(Document, Document.id == Annotation.document_id)
        .outerjoin(AnnotationValue, AnnotationValue.annotation_id == Annotation.id)
        .outerjoin(Variable, Variable.id == AnnotationValue.variable_id)
        .outerjoin(Code, Code.id == AnnotationValue.code_id)
        .where(Annotation.coder_id.in_(list(selection.coder_ids)))
        .order_by(Annotation.id, AnnotationValue.id)
    )
    if selection.start is not None:
        query = query.where(Document.published >= selection.start)
    if selection.stop is not None:
        query = query.where(Document.published <= selection.stop)
    dates: dict[object, date | None] = {None: None}
    with project.reading() as session:
        current: CodedSpan | None = None
        for row in stream_stored(session, query):
            annotation, document, published, outlet, coder, variable, label, text = row
            if published not in dates:  # stored as YYYY-MM-DD text
                dates[published] = date.fromisoformat(str(published)[:10])
            published = dates[published]
            if selection.documents is not None and document not in selection.documents:
                continue
            if current is None or current.annotation != annotation:
                if current is not None:
                    yield current
                current = CodedSpan(
                    annotation, document, published, outlet or "", selection.coder_ids[coder]
                )
            if variable is not None:
                value = label if label is not None else (text or "").strip()
                if value:
                    current.values.setdefault(variable, []).append(value)
        if current is not None:
            yield current
