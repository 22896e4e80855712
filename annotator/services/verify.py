"""Checks that a project file keeps its promises, naming every row that breaks one.

Beyond SQLite's own integrity and foreign-key checks: the file header follows the SQLite format
(SQLite lives with some header damage, e.g. it silently goes read-only); every annotation's span
lies inside its document and its quote equals `text[start:end]`; every document's stored hash
matches its text; every value fits its variable (a code of that variable, text only for text
variables, one value unless the variable allows several); the code tree has no cycles and no
cross-variable parents.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.offsets import span_problem
from annotator.core.text import text_sha256
from annotator.core.vocabulary import VariableKind
from annotator.db.models import Annotation, AnnotationValue, Code, Document, Variable
from annotator.db.project import Project, integrity_problems, read_header_problems


@dataclass(frozen=True)
class Problem:
    table: str
    row: str  # the row's uuid or id
    message: str

    def __str__(self) -> str:
        return f"{self.table} {self.row}: {self.message}"


def _document_problems(session: Session, problems: list[Problem]) -> None:
    spans: dict[int, list[tuple]] = defaultdict(list)
    for row in session.execute(
        select(
            Annotation.document_id,
            Annotation.uuid,
            Annotation.start,
            Annotation.end,
            Annotation.quote,
        )
    ):
        spans[row[0]].append(tuple(row[1:]))
    for document_id, document_uuid, text, sha256 in session.execute(
        select(Document.id, Document.uuid, Document.text, Document.sha256)
    ).yield_per(200):
        if text_sha256(text) != sha256:
            problems.append(
                Problem(
                    "document",
                    f"{document_id} ({document_uuid})",
                    "stored hash does not match its text",
                )
            )
        for annotation_uuid, start, end, quote in spans.pop(document_id, ()):
            problem = span_problem(text, start, end)
            if problem:
                problems.append(Problem("annotation", str(annotation_uuid), problem))
            elif text[start:end] != quote:
                problems.append(
                    Problem(
                        "annotation",
                        str(annotation_uuid),
                        f"quote {quote[:40]!r} differs from the text at {start}-{end} "
                        f"({text[start:end][:40]!r})",
                    )
                )
    for orphans in spans.values():
        for annotation_uuid, *_ in orphans:
            problems.append(Problem("annotation", str(annotation_uuid), "its document is missing"))


def _value_problems(session: Session, problems: list[Problem]) -> None:
    variables = {v.id: v for v in session.scalars(select(Variable))}
    code_variable = dict(session.execute(select(Code.id, Code.variable_id)).all())
    rows = session.execute(
        select(
            AnnotationValue.variable_id,
            AnnotationValue.code_id,
            AnnotationValue.text,
            Annotation.uuid,
        ).join(Annotation, Annotation.id == AnnotationValue.annotation_id)
    )
    for variable_id, code_id, text, annotation_uuid in rows:
        variable = variables.get(variable_id)
        where = str(annotation_uuid)
        if variable is None:
            problems.append(
                Problem("annotation", where, f"value of missing variable {variable_id}")
            )
        elif variable.kind is VariableKind.TEXT and code_id is not None:
            problems.append(
                Problem("annotation", where, f"text variable {variable.name!r} holds a code")
            )
        elif variable.kind is not VariableKind.TEXT and code_id is None:
            problems.append(
                Problem(
                    "annotation", where, f"{variable.name!r} holds text {text!r} instead of a code"
                )
            )
        elif code_id is not None and code_variable.get(code_id) != variable_id:
            problems.append(
                Problem(
                    "annotation",
                    where,
                    f"code {code_id} does not belong to variable {variable.name!r}",
                )
            )
    counts = session.execute(
        select(Annotation.uuid, AnnotationValue.variable_id, func.count())
        .join(Annotation, Annotation.id == AnnotationValue.annotation_id)
        .group_by(Annotation.uuid, AnnotationValue.variable_id)
        .having(func.count() > 1)
    )
    for annotation_uuid, variable_id, count in counts:
        variable = variables.get(variable_id)
        if variable is not None and not variable.multiple:
            problems.append(
                Problem(
                    "annotation",
                    str(annotation_uuid),
                    f"{count} values for single-valued {variable.name!r}",
                )
            )


def _code_tree_problems(session: Session, problems: list[Problem]) -> None:
    codes = {code.id: code for code in session.scalars(select(Code))}
    for code in codes.values():
        seen = {code.id}
        parent_id = code.parent_id
        while parent_id is not None:
            parent = codes.get(parent_id)
            if parent is None:
                break  # reported by the foreign-key check
            if parent.variable_id != code.variable_id:
                problems.append(
                    Problem(
                        "code", str(code.uuid), f"parent {parent.label!r} is in another variable"
                    )
                )
                break
            if parent.id in seen:
                problems.append(Problem("code", str(code.uuid), "the code tree has a cycle"))
                break
            seen.add(parent.id)
            parent_id = parent.parent_id


def verify_project(project: Project) -> list[Problem]:
    """Every broken promise in the project; an empty list means the file is sound."""
    problems = [Problem("database", "-", message) for message in integrity_problems(project)]
    with project.reading() as session:
        # Read inside the snapshot: no writer can change the file while it holds a shared lock.
        session.execute(select(func.count()).select_from(Variable)).scalar()
        problems[:0] = [Problem("file", "-", text) for text in read_header_problems(project.path)]
        _document_problems(session, problems)
        _value_problems(session, problems)
        _code_tree_problems(session, problems)
    return problems
