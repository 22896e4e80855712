"""A small project whose findings are worked out by hand (tests of table, chart and network).

Four actors (actor types of the default codebook, A-D) speak about three sectors (X-Z) with a
claim of support (agreement, 1) or criticism (disagreement, 0) -- the statements of
tests/test_core_findings_networks.py, coded by alice in five documents of two outlets, and the
first two again by bob.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from annotator.db.models import Document
from annotator.services.coding.annotations import create_annotation
from annotator.services.projects import new_project

A, B, C, D = "Government", "Civil society", "Business and industry", "Experts and scientists"
X, Y, Z = "Energy", "Health", "Transport"
SUPPORT, CRITICISM = "Support or endorsement", "Criticism or rejection"
QUALIFIER_MAP = f"{SUPPORT}=1,{CRITICISM}=0"
DOCUMENTS = [  # id: (date, outlet)
    (date(2022, 1, 3), "Daily"),
    (date(2022, 1, 10), "Daily"),
    (date(2022, 2, 7), "Weekly"),
    (date(2022, 2, 14), "Weekly"),
    (date(2022, 2, 21), "Daily"),
]
STATEMENTS = [  # (document, actor, sector, claim)
    (1, A, X, SUPPORT),
    (1, A, Y, SUPPORT),
    (2, B, X, SUPPORT),
    (2, B, Y, CRITICISM),
    (3, C, X, CRITICISM),
    (3, C, Z, SUPPORT),
    (4, D, Z, SUPPORT),
    (5, D, Z, SUPPORT),
    (4, D, Z, SUPPORT),
]


def build_findings_project(folder: Path) -> Path:
    path = folder / "findings.annot"
    project = new_project(path)
    try:
        with project.writing() as session:
            for number, (published, outlet) in enumerate(DOCUMENTS, start=1):
                text = f"Article {number}. " + "A sentence someone said. " * 12
                session.add(
                    Document(
                        id=number,
                        sha256=hashlib.sha256(text.encode()).hexdigest(),
                        title=f"Article {number}",
                        outlet=outlet,
                        published=published,
                        text=text,
                    )
                )
        for position, (document, actor, sector, claim) in enumerate(STATEMENTS):
            coders = ("alice", "bob") if position < 2 else ("alice",)
            start = 12 + 25 * (position % 4)
            for coder in coders:
                create_annotation(
                    project,
                    document=document,
                    coder=coder,
                    start=start,
                    end=start + 24,
                    values={"actor": [actor], "sector": [sector], "claim": [claim]},
                )
    finally:
        project.close()
    return path
