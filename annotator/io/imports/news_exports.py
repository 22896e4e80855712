"""Recognising a news-database export among imported files and splitting it into articles.

Any container (Word, RTF, plain text, HTML) can hold a Nexis Uni or Factiva export; the readers
turn the file into lines and ask here whether those lines are one, so the format is chosen by
content as well as by extension.
"""

from __future__ import annotations

from annotator.io.imports.documents import ImportProblem, ParsedDocument
from annotator.io.imports.factiva import looks_like_factiva, split_factiva
from annotator.io.imports.nexis import looks_like_nexis, split_nexis

# What `may_be_news_export` looks for at line starts: Factiva's field codes start their line
# unindented (factiva._FIELD), Nexis's "Body" and Factiva's "Document <id>" lines may be indented
# (nexis._BODY, factiva._DOCUMENT: r"^\s*Body", r"^\s*Document").
_FIELD_CODE_MARKER = "HD"
_INDENTED_MARKERS = ("Body", "Document")


def may_be_news_export(text: str) -> bool:
    """False only for texts that are certainly no export (a fast pre-check for plain text).

    Every export has a line that starts, after any indentation, with a marker it cannot do
    without: Nexis a "Body" line, Factiva a "Document <id>" line or the HD field code (which
    starts its line unindented). Looking at line starts costs an article with a few long
    paragraphs a handful of comparisons instead of three searches through all of its text.
    """
    for line in text.split("\n"):
        if line.startswith(_FIELD_CODE_MARKER) or line.lstrip().startswith(_INDENTED_MARKERS):
            return True
    return False


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
