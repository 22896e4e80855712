"""Reads a plain-text (`.txt`) article: detects its encoding and normalises only its line ends.

The stored text is the decoded file with the BOM dropped and CRLF/CR turned into LF. Two kinds of
text files are treated specially, because researchers get them that way:

- a Nexis Uni or Factiva text export is split into its articles
  (`annotator.io.imports.news_exports`);
- a scraped web page (`cleaning.looks_scraped`) is cleaned of its boilerplate, and title, outlet
  and date come from the cleaner; the file as read is kept in `raw` for side-by-side review.

`ImportOptions(as_is=True)` turns cleaning off: the text is then exactly the file's, and the title
is its first non-empty line.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.text import title_from_text
from annotator.io.imports import limits
from annotator.io.imports.cleaning import clean_scraped_text, looks_scraped
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.encoding import UndecodableError, decode_text, normalize_newlines
from annotator.io.imports.limits import read_bytes_limited
from annotator.io.imports.news_exports import may_be_news_export, split_news_export

# What `cleaning.looks_scraped` counts as a signal, as a cheap superset. A signal line is short
# (at most SHORT_LINE_CHARS), or a site line ("- Outlet, 1920"), or carries one of these words:
# `_LINE_START_WORDS` only count at the start of a (stripped) line (photo credits, "Read more"
# markers), `_ANYWHERE_WORDS` anywhere in it (comment widgets, cookie notices, agency credits).
# A text with fewer than two short lines and none of these cannot look scraped, so the
# line-by-line check (about a millisecond per article) is skipped for it.
_LINE_START_WORDS = (
    "©", "(c)", "copyright", "photo", "image", "credit", "фото", "read more", "read also",
    "see also", "also read", "related", "more on this", "you may also like", "recommended",
    "most read", "trending", "читайте также", "смотрите также", "см. также", "по теме",
    "ещё по теме", "еще по теме", "материалы по теме",
)  # fmt: skip
_ANYWHERE_WORDS = (
    "mediabank", "перейти в", "participate in the discussion", "log in or register",
    "участвовать в дискуссии", "авторизуйтесь", "заголовок открываемого", "cookie", "куки",
    "getty images",
)  # fmt: skip
_LINE_START_CHARS = 24  # longer than every line-start word, with room for leading punctuation
_SITE_LINE_END = re.compile(r",\s*\d{3,4}(?:,\s*\d{1,2}\.\d{1,2}\.\d{4})?[^\S\n]*(?:\n|$)")
SHORT_LINE_CHARS = 80  # cleaning.WEAK_BOILERPLATE_MAX_CHARS


def may_look_scraped(text: str) -> bool:
    """False only for texts that `looks_scraped` certainly rejects (a fast pre-check)."""
    short_lines = 0
    starts: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) <= SHORT_LINE_CHARS:
            short_lines += 1
            if short_lines >= 2:
                return True
        starts.append(stripped[:_LINE_START_CHARS])
    line_starts = "\n".join(starts).lower()
    if any(word in line_starts for word in _LINE_START_WORDS):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _ANYWHERE_WORDS) or bool(_SITE_LINE_END.search(text))


def _decode(data: bytes) -> tuple[str, str]:
    """The file's text (BOM dropped, LF line ends) and the encoding it was read with."""
    try:
        decoded = decode_text(data)
    except UndecodableError as error:
        raise ImportProblem(str(error)) from error
    return normalize_newlines(decoded.text), decoded.encoding


def read_text_documents(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    """The articles of a text file: several for a news-database export, otherwise one."""
    return text_documents_from_bytes(
        read_bytes_limited(path, limits.MAX_TEXT_BYTES), path.name, options
    )


def text_documents_from_bytes(
    data: bytes, source_file: str, options: ImportOptions
) -> list[ParsedDocument]:
    """`read_text_documents` on a file already read (the importer reads each file once)."""
    text, encoding = _decode(data)
    exported = None
    if may_be_news_export(text):
        exported = split_news_export(text.split("\n"), source_file)
    if exported is not None:
        return [_with_extra(document, {"encoding": encoding}) for document in exported]
    return [document_from_text(text, source_file, options, {"encoding": encoding})]


def document_from_text(
    text: str, source_file: str, options: ImportOptions, extra: dict[str, object]
) -> ParsedDocument:
    if not options.as_is and may_look_scraped(text) and looks_scraped(text):
        cleaned = clean_scraped_text(text)
        if cleaned.text.strip():
            cleaning = {"cleaned": "scraped page"}
            if cleaned.dateline:
                cleaning["dateline"] = cleaned.dateline
            return ParsedDocument(
                text=cleaned.text,
                title=cleaned.title or title_from_text(cleaned.text) or Path(source_file).stem,
                source_file=source_file,
                outlet=cleaned.outlet,
                published=cleaned.published,
                raw=text,
                extra={**extra, **cleaning},
            )
    return ParsedDocument(
        text=text,
        title=title_from_text(text) or Path(source_file).stem,
        source_file=source_file,
        extra=dict(extra),
    )


def _with_extra(document: ParsedDocument, extra: dict[str, object]) -> ParsedDocument:
    from dataclasses import replace

    return replace(document, extra={**document.extra, **extra})
