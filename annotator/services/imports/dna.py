"""Importing a Discourse Network Analyzer 3 database as a new project: `annotator import-dna`.

Read by :mod:`annotator.io.imports.dna_database`; mapped so that DNA users find their data and
their networks again (`annotator network` computes from it what DNA computes):

* each DNA document becomes a document with the same id: title, text, author, date; Source
  becomes the outlet, Section, Type and Notes extra fields;
* each coder becomes a coder with the same colour;
* each DNA variable becomes a codebook variable of the same name: short text -> categories open
  to new codes (the entities, with their colours and parents), boolean -> categories "yes"/"no",
  integer -> an ordered scale of the numbers used, long text -> free text. With several
  statement types, a variable ``statement type`` records each statement's type;
* each statement becomes an annotation of its coder over the same text, offsets converted from
  DNA's UTF-16 units to code points, with its values.

Everything happens in one transaction while the project is built under a temporary name; a
problem leaves no project behind.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from annotator import __version__
from annotator.core.codebook_spec import CodebookSpec, CodeSpec, VariableSpec
from annotator.core.labels import label_key
from annotator.core.offsets import span_problem
from annotator.core.text import text_sha256
from annotator.core.vocabulary import VariableKind
from annotator.db.base import utc_now
from annotator.db.models import (
    Annotation,
    AnnotationValue,
    Code,
    Coder,
    Document,
    ProjectSetting,
    Variable,
)
from annotator.db.project import create_project_file
from annotator.errors import InvalidInputError
from annotator.io.imports.dna_database import DnaDatabase, DnaVariable, read_dna_database
from annotator.services.codebooks.reading import install_codebook
from annotator.services.references import find_or_add_coder

STATEMENT_TYPE = "statement type"
YES_NO = (CodeSpec("yes", colour="#b9e4b0"), CodeSpec("no", colour="#f4b6b0"))


@dataclass
class DnaImportReport:
    source: str
    project: str
    documents: int = 0
    statements: int = 0
    coders: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # name -> DNA data type

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def _entity_codes(variable: DnaVariable) -> tuple[CodeSpec, ...]:
    known = {entity.id for entity in variable.entities}
    children: dict[int | None, list] = {}
    labels: dict[str, str] = {}
    for entity in variable.entities:
        key = label_key(entity.value)
        if key in labels:
            raise InvalidInputError(
                f"variable {variable.name!r} has the values {labels[key]!r} and "
                f"{entity.value!r}, which Annotator cannot tell apart"
            )
        labels[key] = entity.value
        parent = entity.parent if entity.parent in known else None
        children.setdefault(parent, []).append(entity)

    def tree(parent: int | None) -> tuple[CodeSpec, ...]:
        return tuple(
            CodeSpec(entity.value, colour=entity.colour, children=tree(entity.id))
            for entity in children.get(parent, ())
        )

    return tree(None)


def dna_codebook(database: DnaDatabase, name: str) -> CodebookSpec:
    variables = []
    for variable in database.variables.values():
        if variable.data_type == "short text":
            spec = VariableSpec(variable.name, open=True, codes=_entity_codes(variable))
        elif variable.data_type == "boolean":
            spec = VariableSpec(variable.name, codes=YES_NO)
        elif variable.data_type == "integer":
            codes = tuple(CodeSpec(str(value)) for value in sorted(variable.integers))
            spec = VariableSpec(variable.name, kind=VariableKind.SCALE, codes=codes)
        else:
            spec = VariableSpec(variable.name, kind=VariableKind.TEXT)
        variables.append(spec)
    if len(database.statement_types) > 1:
        types = tuple(CodeSpec(label) for label in database.statement_types.values())
        variables.append(VariableSpec(STATEMENT_TYPE, codes=types))
    return CodebookSpec(
        name=f"DNA import of {name}",
        version="1",
        description="Variables of a Discourse Network Analyzer database.",
        variables=tuple(variables),
    )


def _insert_statements(
    session: Session, database: DnaDatabase, source: Path, several_types: bool
) -> None:
    """Every statement as an annotation with its values, in two bulk INSERTs (checked as
    `insert_annotation` checks one: the span lies in the text, every value is in the codebook)."""
    texts = {document.id: document.text for document in database.documents}
    coders = dict(session.execute(select(Coder.name, Coder.id)).all())
    variables = {name: (variable_id, kind) for variable_id, name, kind in session.execute(
        select(Variable.id, Variable.name, Variable.kind))}  # fmt: skip
    codes = {
        (variable_id, label): code_id
        for code_id, variable_id, label in session.execute(
            select(Code.id, Code.variable_id, Code.label)
        )
    }
    now = utc_now()
    annotations = []
    values: list[list[tuple[int, int | None, str | None]]] = []
    for statement in database.statements:
        text = texts[statement.document]
        problem = span_problem(text, statement.start, statement.end)
        if problem:
            raise InvalidInputError(f"{source}: statement {statement.id}: {problem}")
        annotations.append({
            "uuid": uuid.uuid4(), "document_id": statement.document,
            "coder_id": coders[statement.coder], "start": statement.start, "end": statement.end,
            "quote": text[statement.start : statement.end], "memo": "",
            "created_at": now, "updated_at": now,
        })  # fmt: skip
        named = dict(statement.values)
        if several_types and statement.statement_type:
            named[STATEMENT_TYPE] = statement.statement_type
        row = []
        for name, value in named.items():
            variable_id, kind = variables[name]
            if kind is VariableKind.TEXT:
                row.append((variable_id, None, value))
                continue
            code_id = codes.get((variable_id, value))
            if code_id is None:
                raise InvalidInputError(
                    f"{source}: statement {statement.id}: {name} has no value {value!r}"
                )
            row.append((variable_id, code_id, None))
        values.append(row)
    if not annotations:
        return
    session.execute(insert(Annotation.__table__), annotations)
    ids = list(session.scalars(select(Annotation.id).order_by(Annotation.id)))
    rows = [
        {"annotation_id": annotation_id, "variable_id": variable_id, "code_id": code_id,
         "text": text}
        for annotation_id, row in zip(ids, values, strict=True)
        for variable_id, code_id, text in row
    ]  # fmt: skip
    if rows:
        session.execute(insert(AnnotationValue.__table__), rows)


def import_dna(source: Path, target: Path) -> DnaImportReport:
    """Create the project `target` from the DNA database `source`."""
    database = read_dna_database(source)
    spec = dna_codebook(database, source.name)
    report = DnaImportReport(str(source), str(target))
    several_types = len(database.statement_types) > 1

    def initialise(session: Session) -> None:
        install_codebook(session, spec)
        session.add_all(
            [
                ProjectSetting(key="created_by", value=f"Annotator {__version__}"),
                ProjectSetting(key="codebook_name", value=spec.name),
                ProjectSetting(key="codebook_version", value=spec.version),
                ProjectSetting(key="imported_from", value=f"DNA database {source.name}"),
            ]
        )
        for _coder_id, (name, colour) in database.coders.items():
            find_or_add_coder(session, name).colour = colour
        for document in database.documents:
            extra = {key: value for key, value in (("section", document.section),
                     ("type", document.type), ("notes", document.notes)) if value}  # fmt: skip
            session.add(
                Document(
                    id=document.id,
                    sha256=text_sha256(document.text),
                    title=document.title,
                    outlet=document.source or None,
                    author=document.author or None,
                    published=document.published,
                    text=document.text,
                    source_file=source.name,
                    extra=extra,
                )
            )
        session.flush()
        _insert_statements(session, database, source, several_types)

    project = create_project_file(target, initialise)
    project.close()
    report.documents = len(database.documents)
    report.statements = len(database.statements)
    report.coders = [name for name, _colour in database.coders.values()]
    report.variables = {name: v.data_type for name, v in database.variables.items()}
    return report
