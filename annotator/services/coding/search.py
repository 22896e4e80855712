"""Finding text: inside one article (the find bar) and across the whole corpus (search panel).

Both use the same matcher so that what the find bar highlights and what the corpus search lists
agree. Hits are code-point offsets into the stored text, like annotations, so a hit can be coded
as it is (auto-coding) without any conversion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from annotator.db.models import Document
from annotator.db.project import Project
from annotator.errors import InvalidInputError

CONTEXT_CHARS = 60


@dataclass(frozen=True)
class SearchOptions:
    case_sensitive: bool = False
    whole_words: bool = False
    regex: bool = False


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    title: str
    start: int  # code points into the document's text, end exclusive
    end: int
    before: str
    match: str
    after: str


def compile_query(query: str, options: SearchOptions = SearchOptions()) -> re.Pattern[str] | None:
    """The pattern for a query, or None for an empty query; a bad regex is a clear error."""
    if not query:
        return None
    body = query if options.regex else re.escape(query)
    if options.whole_words:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    flags = 0 if options.case_sensitive else re.IGNORECASE
    try:
        return re.compile(body, flags)
    except re.error as error:
        raise InvalidInputError(f"the search pattern is not valid: {error}") from error


def find_in_text(
    text: str, query: str, options: SearchOptions = SearchOptions(), limit: int = 100_000
) -> list[tuple[int, int]]:
    """Non-empty, non-overlapping matches of `query` in `text` as (start, end) code points."""
    pattern = compile_query(query, options)
    if pattern is None:
        return []
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        if match.end() > match.start():
            spans.append((match.start(), match.end()))
            if len(spans) >= limit:
                break
    return spans


LINE_BREAK = "⏎"
_LAYOUT = str.maketrans(
    {"\t": " ", "\r": LINE_BREAK, "\n": LINE_BREAK, "\u2028": LINE_BREAK, "\u2029": LINE_BREAK}
)


def _context(text: str) -> str:
    """Context to show on one line: spaces as written, each line break as ⏎."""
    return text.replace("\r\n", "\n").translate(_LAYOUT)


def search_corpus(
    project: Project,
    query: str,
    options: SearchOptions = SearchOptions(),
    *,
    limit: int = 5000,
) -> list[SearchHit]:
    """Every hit in every document (in import order), at most `limit`, with some context."""
    pattern = compile_query(query, options)
    if pattern is None:
        return []
    hits: list[SearchHit] = []
    with project.reading() as session:
        rows = session.execute(
            select(Document.id, Document.title, Document.text).order_by(Document.id)
        ).yield_per(200)
        for document_id, title, text in rows:
            for match in pattern.finditer(text):
                start, end = match.start(), match.end()
                if end <= start:
                    continue
                hits.append(
                    SearchHit(
                        document_id=document_id,
                        title=title,
                        start=start,
                        end=end,
                        before=_context(text[max(0, start - CONTEXT_CHARS) : start]),
                        match=text[start:end],
                        after=_context(text[end : end + CONTEXT_CHARS]),
                    )
                )
                if len(hits) >= limit:
                    return hits
    return hits
