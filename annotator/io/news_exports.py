"""Recognising a news-database export among imported files and splitting it into articles.

Any container (Word, RTF, plain text, HTML) can hold a Nexis Uni or Factiva export; the readers
turn the file into lines and ask here whether those lines are one, so the format is chosen by
content as well as by extension.
"""

from __future__ import annotations

from annotator.io.documents import ImportProblem, ParsedDocument
from annotator.io.factiva import looks_like_factiva, split_factiva
from annotator.io.nexis import looks_like_nexis, split_nexis


def may_be_news_export(text: str) -> bool:
    """False only for texts that are certainly no export: a Nexis export has "Body" lines, a
    Factiva export "Document <id>" lines or HD field codes (a fast pre-check for plain text)."""
    return "Body" in text or "Document" in text or "HD" in text


def split_news_export(lines: list[str], source_file: str) -> list[ParsedDocument] | None:
    """The articles of a Nexis or Factiva export, or None when the lines are not one."""
    for looks_like, split, name in (
        (looks_like_nexis, split_nexis, "Nexis"),
        (looks_like_factiva, split_factiva, "Factiva"),
    ):
        if looks_like(lines):
            documents = [document for document in split(lines, source_file) if document.text]
            if not documents:
                raise ImportProblem(f"looks like a {name} export, but no article could be read")
            return documents
    return None
