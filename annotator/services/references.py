"""Turns what a user typed (a document id or uuid, a coder name) into rows, with clear errors."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.labels import label_key
from annotator.db.models import Coder, Document
from annotator.errors import InvalidInputError, NotFoundError

CODER_PALETTE = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1",
    "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip


def parse_uuid(value: str) -> uuid_module.UUID | None:
    try:
        return uuid_module.UUID(str(value))
    except ValueError:
        return None


def find_document(session: Session, reference: int | str) -> Document:
    """A document by its numeric id ("1") or its uuid."""
    text = str(reference).strip()
    if text.isdigit():
        document = session.get(Document, int(text))
    else:
        document_uuid = parse_uuid(text)
        if document_uuid is None:
            raise InvalidInputError(f"{text!r} is neither a document id nor a document uuid")
        document = session.scalar(select(Document).where(Document.uuid == document_uuid))
    if document is None:
        raise NotFoundError(f"no document {text} in this project")
    return document


def find_coder(session: Session, name: str) -> Coder | None:
    """The coder with this name (case-insensitive), or None; ambiguous names are an error."""
    wanted = label_key(name.strip())  # in Python: SQLite's lower() folds only ASCII
    coders = [coder for coder in session.scalars(select(Coder)) if label_key(coder.name) == wanted]
    if len(coders) > 1:
        raise InvalidInputError(
            f"{len(coders)} coders are called {name!r}; rename one of them to tell them apart"
        )
    return coders[0] if coders else None


def find_or_add_coder(session: Session, name: str) -> Coder:
    """The coder with this name, added (with the next palette colour) if new."""
    name = name.strip()
    if not name:
        raise InvalidInputError("the coder's name is empty")
    coder = find_coder(session, name)
    if coder is None:
        count = session.scalar(select(func.count()).select_from(Coder)) or 0
        coder = Coder(name=name, colour=CODER_PALETTE[count % len(CODER_PALETTE)])
        session.add(coder)
        session.flush()
    return coder


def refuse_machine_coders(session: Session, coder_ids: Iterable[int]) -> None:
    """People code under their own names: a span coded by hand for a machine coder (a language
    model, `services.machine`) would pass for the model's work. Raises InvalidInputError."""
    wanted = sorted(set(coder_ids))
    if not wanted:
        return
    machine = session.scalar(
        select(Coder.name).where(Coder.id.in_(wanted), Coder.kind == "machine").limit(1)
    )
    if machine is not None:
        raise InvalidInputError(
            f"{machine!r} is a machine coder; code under your own name (nothing was changed)"
        )
