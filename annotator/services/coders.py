"""The people who code: adding them with a colour, listing them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from annotator.db.models import Coder
from annotator.db.project import Project
from annotator.errors import InvalidInputError
from annotator.services.references import find_coder, find_or_add_coder


@dataclass(frozen=True)
class CoderRecord:
    id: int
    uuid: str
    name: str
    colour: str
    kind: str = "human"  # or "machine" (core.vocabulary.CoderKind)


def coder_record(coder: Coder) -> CoderRecord:
    return CoderRecord(coder.id, str(coder.uuid), coder.name, coder.colour, coder.kind)


def add_coder(project: Project, name: str, colour: str | None = None) -> CoderRecord:
    """Add a coder (or return the existing one of that name), optionally with a colour."""
    with project.writing() as session:
        existed = find_coder(session, name) is not None
        coder = find_or_add_coder(session, name)
        if colour is not None:
            if existed and coder.colour != colour:
                raise InvalidInputError(f"coder {name!r} already exists with colour {coder.colour}")
            coder.colour = colour
        return coder_record(coder)


def list_coders(project: Project) -> list[CoderRecord]:
    with project.reading() as session:
        return [coder_record(coder) for coder in session.scalars(select(Coder).order_by(Coder.id))]
