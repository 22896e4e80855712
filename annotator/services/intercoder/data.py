"""Loading what inter-coder agreement needs from a project, fast and detached from the ORM.

Agreement runs over every annotation of several coders (100,000 rows is an ordinary study), so
this module runs Core selects of plain columns on the driver and reads the values as stored
(:func:`annotator.services.fast_rows.select_stored`: no ORM object or SQLAlchemy row per
result row; the annotation uuid as its 32 hex digits) and turns them into
the core's :class:`~annotator.core.agreement.CodedSpan` values plus the little metadata the
statistics, the comparison workbook and adjudication need (variables with their code order,
document titles and lengths, coder names).

Choices made here (documented for users in the README):

* coders default to every coder with at least one annotation, except the consensus coder
  (ProjectSetting ``consensus_coder``, "consensus" by default), in the order they were added;
* variables default to every category and scale variable in codebook order; text variables are
  compared (as exact, whitespace-trimmed strings) only when named explicitly;
* the unitizing continuum is every document that a chosen coder annotated or marked as in
  progress/done -- documents nobody looked at are not counted as agreed-upon empty text.
"""

from __future__ import annotations

import uuid as uuid_module
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.agreement import CodedSpan
from annotator.core.labels import label_key
from annotator.core.records.agreement import DocumentInfo
from annotator.core.vocabulary import CodingStatus, VariableKind
from annotator.db.models import (
    Annotation,
    AnnotationValue,
    Code,
    Coder,
    Document,
    DocumentStatus,
    ProjectSetting,
    Variable,
)
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.fast_rows import select_stored

CONSENSUS_SETTING = "consensus_coder"
DEFAULT_CONSENSUS_CODER = "consensus"


@dataclass(frozen=True)
class VariableInfo:
    """A variable as the statistics see it; ``codes`` are labels in codebook reading order."""

    id: int
    name: str
    kind: VariableKind
    multiple: bool
    codes: tuple[str, ...]


@dataclass(frozen=True)
class AgreementInput:
    """Everything the agreement computation reads, already out of the database."""

    coders: tuple[str, ...]
    variables: tuple[VariableInfo, ...]
    spans: tuple[CodedSpan, ...]  # key = annotation uuid, document = str(document id)
    documents: dict[str, DocumentInfo]  # keyed like CodedSpan.document
    consensus_coder: str

    @property
    def doc_lengths(self) -> dict[str, int]:
        return {key: document.length for key, document in self.documents.items()}


def only_documents(data: AgreementInput, documents: Iterable[int]) -> AgreementInput:
    """``data`` limited to the documents with these ids (spans, and the unitizing continuum)."""
    keep = {str(document) for document in documents}
    return AgreementInput(
        coders=data.coders,
        variables=data.variables,
        spans=tuple(span for span in data.spans if span.document in keep),
        documents={key: info for key, info in data.documents.items() if key in keep},
        consensus_coder=data.consensus_coder,
    )


def consensus_coder_name(session: Session) -> str:
    """The name of the consensus coder (ProjectSetting ``consensus_coder`` or "consensus")."""
    value = session.scalar(
        select(ProjectSetting.value).where(ProjectSetting.key == CONSENSUS_SETTING)
    )
    return value if isinstance(value, str) and value.strip() else DEFAULT_CONSENSUS_CODER


def _resolve_coders(
    session: Session, names: Sequence[str] | None, consensus: str
) -> list[tuple[int, str]]:
    """(id, name) of the chosen coders, in the order given (default: the order they were added)."""
    rows = session.execute(select(Coder.id, Coder.name).order_by(Coder.id)).all()
    by_name = {label_key(name): (coder_id, name) for coder_id, name in rows}
    if names is None:
        coded = set(session.scalars(select(Annotation.coder_id).distinct()))
        chosen = [
            (coder_id, name)
            for coder_id, name in rows
            if coder_id in coded and label_key(name) != label_key(consensus)
        ]
    else:
        chosen = []
        for name in names:
            found = by_name.get(label_key(name.strip()))
            if found is None:
                known = ", ".join(name for _, name in rows) or "none"
                raise NotFoundError(f"no coder {name!r} in this project (coders: {known})")
            if found not in chosen:
                chosen.append(found)
    if len(chosen) < 2:
        raise InvalidInputError(
            "agreement needs at least two coders with annotations"
            + (f" (found: {', '.join(name for _, name in chosen)})" if chosen else "")
        )
    return chosen


def _resolve_variables(session: Session, names: Sequence[str] | None) -> list[Variable]:
    variables = session.scalars(select(Variable).order_by(Variable.position, Variable.id)).all()
    if names is None:
        return [variable for variable in variables if variable.kind is not VariableKind.TEXT]
    by_name = {label_key(variable.name): variable for variable in variables}
    chosen: list[Variable] = []
    for name in names:
        variable = by_name.get(label_key(name.strip()))
        if variable is None:
            known = ", ".join(variable.name for variable in variables) or "none"
            raise NotFoundError(f"no variable {name!r} in this codebook (variables: {known})")
        if variable not in chosen:
            chosen.append(variable)
    if not chosen:
        raise InvalidInputError("name at least one variable")
    return chosen


def _code_order(session: Session, variable_ids: Iterable[int]) -> dict[int, dict[int, str]]:
    """Per variable: code id -> label, in reading order (parents before their children)."""
    rows = session.execute(
        select(Code.id, Code.variable_id, Code.parent_id, Code.label, Code.position).where(
            Code.variable_id.in_(list(variable_ids))
        )
    ).all()
    children: dict[tuple[int, int | None], list[tuple[int, int, str]]] = defaultdict(list)
    for code_id, variable_id, parent_id, label, position in rows:
        children[(variable_id, parent_id)].append((position, code_id, label))
    ordered: dict[int, dict[int, str]] = defaultdict(dict)

    def visit(variable_id: int, parent_id: int | None) -> None:
        for _, code_id, label in sorted(children.get((variable_id, parent_id), ())):
            ordered[variable_id][code_id] = label
            visit(variable_id, code_id)

    for variable_id in {variable_id for variable_id, _ in children}:
        visit(variable_id, None)
    return ordered


def load_agreement_input(
    project: Project,
    coders: Sequence[str] | None = None,
    variables: Sequence[str] | None = None,
) -> AgreementInput:
    """Read the chosen coders' annotations and values (see the module docstring for defaults)."""
    with project.reading() as session:
        consensus = consensus_coder_name(session)
        coder_rows = _resolve_coders(session, coders, consensus)
        variable_rows = _resolve_variables(session, variables)
        coder_names = dict(coder_rows)
        variable_ids = [variable.id for variable in variable_rows]
        codes = _code_order(session, variable_ids)
        infos = tuple(
            VariableInfo(
                id=variable.id,
                name=variable.name,
                kind=variable.kind,
                multiple=variable.multiple,
                codes=tuple(codes.get(variable.id, {}).values()),
            )
            for variable in variable_rows
        )
        coder_ids = list(coder_names)
        single: dict[int, frozenset[str]] = {}  # code id -> {label}, shared by every span
        for by_code in codes.values():
            for code_id, label in by_code.items():
                single[code_id] = frozenset((label,))
        variable_names = {variable.id: variable.name for variable in variable_rows}

        # Rows as the driver returns them (stored forms, no SQLAlchemy row per result row).
        annotation_rows = select_stored(
            session,
            select(
                Annotation.id,
                Annotation.uuid,
                Annotation.document_id,
                Annotation.coder_id,
                Annotation.start,
                Annotation.end,
            ).where(Annotation.coder_id.in_(coder_ids)),
        )
        values: dict[int, dict[str, frozenset[str]]] = {row[0]: {} for row in annotation_rows}
        for annotation_id, variable_id, code_id, text in _value_rows(
            session, coder_ids, variable_ids, len(values)
        ):
            coded = values.get(annotation_id)
            if coded is None:  # another coder's annotation (when all values are scanned)
                continue
            if code_id is not None:
                labels = single[code_id]
            else:
                stripped = (text or "").strip()
                if not stripped:
                    continue
                labels = frozenset((stripped,))
            name = variable_names[variable_id]
            previous = coded.get(name)
            coded[name] = labels if previous is None else previous | labels

        spans: list[CodedSpan] = []
        document_ids: set[int] = set()
        for annotation_id, annotation_uuid, document_id, coder_id, start, end in annotation_rows:
            document_ids.add(document_id)
            spans.append(
                CodedSpan(
                    key=_uuid_key(annotation_uuid),
                    document=str(document_id),
                    coder=coder_names[coder_id],
                    start=start,
                    end=end,
                    values=values[annotation_id],
                )
            )
        document_ids.update(
            session.scalars(
                select(DocumentStatus.document_id).where(
                    DocumentStatus.coder_id.in_(list(coder_names)),
                    DocumentStatus.status != CodingStatus.NOT_STARTED,
                )
            )
        )
        documents = {
            str(document_id): DocumentInfo(document_id, str(document_uuid), title, length or 0)
            for document_id, document_uuid, title, length in session.execute(
                select(Document.id, Document.uuid, Document.title, func.length(Document.text))
            )
            if document_id in document_ids
        }
    return AgreementInput(
        coders=tuple(name for _, name in coder_rows),
        variables=infos,
        spans=tuple(spans),
        documents=documents,
        consensus_coder=consensus,
    )


def _value_rows(
    session: Session, coder_ids: list[int], variable_ids: list[int], chosen: int
) -> list[tuple[int, int, int | None, str | None]]:
    """(annotation id, variable id, code id, text) of the chosen variables' values.

    When the chosen coders hold at least half of all annotations, every value row is scanned
    (cheaper than joining each to its annotation; the caller skips other coders' rows);
    otherwise only the chosen coders' values are joined in.
    """
    columns = (
        AnnotationValue.annotation_id,
        AnnotationValue.variable_id,
        AnnotationValue.code_id,
        AnnotationValue.text,
    )
    statement = select(*columns).where(AnnotationValue.variable_id.in_(variable_ids))
    total = session.scalar(select(func.count()).select_from(Annotation)) or 0
    if 2 * chosen < total:
        statement = statement.join(
            Annotation, Annotation.id == AnnotationValue.annotation_id
        ).where(Annotation.coder_id.in_(coder_ids))
    return select_stored(session, statement)


def _uuid_key(value: object) -> str:
    """An annotation uuid as 32 lowercase hex digits, however the database returned it."""
    if isinstance(value, str) and len(value) == 32:
        return value.lower()
    return uuid_module.UUID(str(value)).hex


def load_document_texts(project: Project, document_keys: Iterable[str]) -> dict[str, str]:
    """The full texts of the given documents (keys as in :class:`AgreementInput`)."""
    wanted = sorted({int(key) for key in document_keys})
    texts: dict[str, str] = {}
    with project.reading() as session:
        for offset in range(0, len(wanted), 500):
            chunk = wanted[offset : offset + 500]
            for document_id, text in session.execute(
                select(Document.id, Document.text).where(Document.id.in_(chunk))
            ):
                texts[str(document_id)] = text
    return texts
