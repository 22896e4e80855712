"""The tables of a project file, as typed SQLAlchemy 2.0 models.

See ARCHITECTURE.md, "Data model". Offsets are code-point indices into the immutable
`Document.text`, end exclusive, and `Annotation.quote == text[start:end]` always holds (services
enforce it, `annotator verify` checks it).
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from annotator.core.vocabulary import CoderKind, CodingStatus, VariableKind
from annotator.db.base import Base, HasUuid, UTCDateTime, utc_now


def _enum(enum_class: type, name: str) -> Enum:
    # Stored as portable VARCHAR + CHECK, holding the enum's values ("category"), not its names.
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


class ProjectSetting(Base):
    """Key/value settings of the project itself (its title, the coder a coder copy is for, ...)."""

    __tablename__ = "project_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Coder(HasUuid, Base):
    __tablename__ = "coder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    colour: Mapped[str] = mapped_column(String(7), default="#4e79a7")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # "human" or "machine" (`CoderKind`): a language model codes as a coder of its own.
    kind: Mapped[str] = mapped_column(
        String(20), default=CoderKind.HUMAN.value, server_default=CoderKind.HUMAN.value
    )


class Document(HasUuid, Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(1000), default="")
    outlet: Mapped[str | None] = mapped_column(String(500))
    author: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(String(2000))
    language: Mapped[str | None] = mapped_column(String(20))
    source_file: Mapped[str | None] = mapped_column(String(1000))
    text: Mapped[str] = mapped_column(Text)
    raw: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Variable(HasUuid, Base):
    __tablename__ = "variable"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[VariableKind] = mapped_column(
        _enum(VariableKind, "variable_kind"), default=VariableKind.CATEGORY
    )
    multiple: Mapped[bool] = mapped_column(Boolean, default=False)
    open: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    codes: Mapped[list[Code]] = relationship(
        back_populates="variable", order_by="Code.position", cascade="all, delete-orphan"
    )


class Code(HasUuid, Base):
    __tablename__ = "code"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    variable_id: Mapped[int] = mapped_column(
        ForeignKey("variable.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("code.id", ondelete="RESTRICT"))
    label: Mapped[str] = mapped_column(String(500))
    definition: Mapped[str] = mapped_column(Text, default="")
    include: Mapped[str] = mapped_column(Text, default="")
    exclude: Mapped[str] = mapped_column(Text, default="")
    example: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str | None] = mapped_column(String(7))
    shortcut: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)

    variable: Mapped[Variable] = relationship(back_populates="codes")


class Annotation(HasUuid, Base):
    __tablename__ = "annotation"
    __table_args__ = (
        CheckConstraint("start >= 0", name="start_not_negative"),
        CheckConstraint('"end" > start', name="span_not_empty"),
        Index("ix_annotation_document_coder", "document_id", "coder_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id", ondelete="RESTRICT"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    memo: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    values: Mapped[list[AnnotationValue]] = relationship(
        back_populates="annotation", cascade="all, delete-orphan", order_by="AnnotationValue.id"
    )


class AnnotationValue(Base):
    """One value of one variable on one annotation: a code, or free text for text variables."""

    __tablename__ = "annotation_value"
    __table_args__ = (
        CheckConstraint("(code_id IS NULL) <> (text IS NULL)", name="either_code_or_text"),
        UniqueConstraint("annotation_id", "variable_id", "code_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), index=True
    )
    variable_id: Mapped[int] = mapped_column(ForeignKey("variable.id", ondelete="RESTRICT"))
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("code.id", ondelete="RESTRICT"), index=True
    )
    text: Mapped[str | None] = mapped_column(Text)

    annotation: Mapped[Annotation] = relationship(back_populates="values")


class DocumentStatus(Base):
    """How far one coder has got with one document."""

    __tablename__ = "document_status"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    coder_id: Mapped[int] = mapped_column(
        ForeignKey("coder.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[CodingStatus] = mapped_column(
        _enum(CodingStatus, "coding_status"), default=CodingStatus.NOT_STARTED
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class AssignmentSet(HasUuid, Base):
    """A named batch of coding work ("main", "training-1", "reliability"): who codes which
    documents. `design` records how it was drawn (coders, overlap, strata, seed), for the
    methods section of a paper."""

    __tablename__ = "assignment_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    design: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Assignment(Base):
    """One document given to one coder in one set; a document may be in several sets, and given
    to several coders of a set (the overlap that measures reliability)."""

    __tablename__ = "assignment"
    __table_args__ = (Index("ix_assignment_coder_document", "coder_id", "document_id"),)

    set_id: Mapped[int] = mapped_column(
        ForeignKey("assignment_set.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    coder_id: Mapped[int] = mapped_column(
        ForeignKey("coder.id", ondelete="CASCADE"), primary_key=True
    )
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class MachineRun(HasUuid, Base):
    """One `annotator machine-code` run: the provenance every machine annotation it stored
    carries (model, endpoint host — never a key —, prompt template version and hash, codebook
    version, sampling settings, times, tokens) and its summary (coded, rejected by reason)."""

    __tablename__ = "machine_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id", ondelete="CASCADE"), index=True)
    model: Mapped[str] = mapped_column(String(300))
    endpoint_host: Mapped[str] = mapped_column(String(300))
    prompt_version: Mapped[str] = mapped_column(String(20))
    prompt_hash: Mapped[str] = mapped_column(String(64))
    codebook_version: Mapped[str] = mapped_column(String(64))
    variables: Mapped[list[str]] = mapped_column(JSON, default=list)
    temperature: Mapped[float | None] = mapped_column(Float)
    seed: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MachineResponse(Base):
    """A model's raw answer for one document text under one prompt: the cache that makes a re-run
    with the same settings send nothing again, and the raw response kept for review."""

    __tablename__ = "machine_response"
    __table_args__ = (
        UniqueConstraint(
            "document_sha256", "prompt_hash", "model", name="uq_machine_response_document_sha256"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_sha256: Mapped[str] = mapped_column(String(64))
    prompt_hash: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(300))
    response_text: Mapped[str] = mapped_column(Text)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class MachineAnnotation(Base):
    """Marks an annotation as a machine coder's: the run that stored it and the raw response
    it came from."""

    __tablename__ = "machine_annotation"

    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), primary_key=True
    )
    run_id: Mapped[int] = mapped_column(
        ForeignKey("machine_run.id", ondelete="CASCADE"), index=True
    )
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("machine_response.id", ondelete="SET NULL")
    )


class SuggestionDecision(HasUuid, Base):
    """A human coder accepted (`accepted_annotation_uuid` is the span that became theirs) or
    dismissed a machine annotation shown as a suggestion. Keyed by uuids, so it outlives the
    suggestion and stays measurable."""

    __tablename__ = "suggestion_decision"
    __table_args__ = (
        UniqueConstraint(
            "suggestion_uuid", "coder_id", name="uq_suggestion_decision_suggestion_uuid"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_uuid: Mapped[uuid_module.UUID] = mapped_column(Uuid)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coder.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(20))
    accepted_annotation_uuid: Mapped[uuid_module.UUID | None] = mapped_column(Uuid)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
