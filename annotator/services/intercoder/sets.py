"""Which documents an agreement compares: an assignment set, or the reliability sample.

Assignments (`annotator assign`) live in :mod:`annotator.services.assignments`; this module only
asks it two things -- ``documents_in_set(project, name)`` and ``reliability_documents(project)``
(the documents assigned to two or more coders, ``None`` when the project has no assignments) --
and turns the answer into a :class:`Selection` the agreement and the methods paragraph read.
Without ``--set``, a project with assignments is compared on its reliability sample: the
documents assigned to two or more coders, training sets (names starting with "training") left
out -- agreement on documents only one coder was given would only measure missing data, and a
training round is practice; compare one with ``--set training-1``.  When every one of those
documents comes from one set, its design says how the sample was drawn.  Assignments but no such
document: an error, rather than figures on nothing.  A project without assignments is compared
on every document, as before.  The assignments module is imported when needed, so
this works (every document, ``--set`` refused) where it does not exist.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from annotator.db.project import Project
from annotator.errors import AnnotatorError, InvalidInputError

RELIABILITY_SAMPLE = "documents assigned to two or more coders"
NO_SAMPLE = (
    "{path}: no document is assigned to two or more coders outside training sets; draw an "
    "overlap (annotator assign --overlap) or compare a set with --set NAME"
)


@dataclass(frozen=True)
class Selection:
    """``name`` = the set (None: the default choice); ``documents`` = ids (None: all)."""

    name: str | None
    documents: list[int] | None
    description: str
    design: dict[str, Any] | None = None  # how `assign` drew the set, when it recorded it
    source: str | None = None  # the default sample: the one set its documents come from

    @property
    def label(self) -> str:
        return self.name if self.name is not None else self.description


def _assignments() -> ModuleType | None:
    try:
        return importlib.import_module("annotator.services.assignments")
    except ModuleNotFoundError:
        return None


def _design(module: ModuleType, project: Project, name: str) -> dict[str, Any] | None:
    design_of = getattr(module, "design_of", None)
    if design_of is None:
        return None
    try:
        design = design_of(project, name)
    except AnnotatorError:  # a set without a recorded design is still a set
        return None
    return design if isinstance(design, dict) else None


def selections(project: Project, names: Sequence[str] | None = None) -> list[Selection]:
    """One selection per named set, or the default one (module docstring)."""
    module = _assignments()
    if names:
        if module is None:
            raise InvalidInputError(
                "--set needs assignment sets, and this version of Annotator has none"
            )
        chosen = []
        for name in dict.fromkeys(names):
            documents = list(module.documents_in_set(project, name))
            chosen.append(Selection(name, documents, f"set {name!r}",
                                    _design(module, project, name)))  # fmt: skip
        return chosen
    documents = None if module is None else module.reliability_documents(project)
    if documents is None:
        return [Selection(None, None, "every document")]
    if not documents:  # comparing nothing would print a table of undefined figures
        raise InvalidInputError(NO_SAMPLE.format(path=project.path))
    sources = list(getattr(module, "reliability_sets", lambda project: [])(project))
    source = sources[0] if len(sources) == 1 else None
    design = _design(module, project, source) if source is not None else None
    return [Selection(None, list(documents), RELIABILITY_SAMPLE, design, source)]
