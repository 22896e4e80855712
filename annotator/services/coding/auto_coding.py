"""Which search hits auto-coding would code again: those the coder already coded with that code.

Auto-coding "energy" as Sector=Energy a second time must not stack a second identical span on
every hit. A hit counts as already coded when the same coder has an annotation in that document
whose span covers the hit (the same span, or a longer one around it, e.g. the whole sentence)
and whose values include that code for that variable. Spans of other coders, spans that only
overlap the hit, and spans with other codes do not count: those hits are coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from annotator.db.models import Annotation, AnnotationValue
from annotator.db.project import Project
from annotator.services.codebooks.reading import find_code, find_variable
from annotator.services.coding.search import SearchHit
from annotator.services.coding.statuses import CHUNK
from annotator.services.references import find_coder


@dataclass(frozen=True)
class AutoCodingPlan:
    """The hits to code and those skipped as already coded, in the order given."""

    to_code: list[SearchHit]
    skipped: list[SearchHit]

    @property
    def documents(self) -> int:
        return len({hit.document_id for hit in self.to_code})


def plan_auto_coding(
    project: Project, coder: str, variable: str, label: str, hits: Sequence[SearchHit]
) -> AutoCodingPlan:
    """Split `hits` into those to code with `variable`=`label` and those `coder` already coded."""
    with project.reading() as session:
        row = find_coder(session, coder)
        code = find_code(session, find_variable(session, variable), label)
        if row is None or code is None or not hits:
            return AutoCodingPlan(list(hits), [])
        document_ids = sorted({hit.document_id for hit in hits})
        coded: dict[int, list[tuple[int, int]]] = {}
        for offset in range(0, len(document_ids), CHUNK):
            query = (
                select(Annotation.document_id, Annotation.start, Annotation.end)
                .join(AnnotationValue, AnnotationValue.annotation_id == Annotation.id)
                .where(
                    Annotation.coder_id == row.id,
                    AnnotationValue.code_id == code.id,
                    Annotation.document_id.in_(document_ids[offset : offset + CHUNK]),
                )
            )
            for document_id, start, end in session.execute(query):
                coded.setdefault(document_id, []).append((start, end))
    to_code: list[SearchHit] = []
    skipped: list[SearchHit] = []
    for hit in hits:
        spans = coded.get(hit.document_id, ())
        covered = any(start <= hit.start and hit.end <= end for start, end in spans)
        (skipped if covered else to_code).append(hit)
    return AutoCodingPlan(to_code, skipped)
