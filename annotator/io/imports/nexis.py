"""Splitting a Nexis Uni / LexisNexis export into its articles, with their metadata.

Nexis Uni delivers many articles in one file (.docx, .rtf or .txt). Each article is: headline,
publication, date line ("June 10, 2022 Friday 2:15 PM GMT"), a copyright line, labelled fields
("Length: 412 words", "Byline:", "Section:", "Dateline:", "Highlight:"), a line "Body", the text,
then optional "Graphic"/"Classification" blocks (Language:, Subject:, Load-Date: ...) and a line
"End of Document". Combined exports start with a cover page (Job Number, search terms, a list of
headlines); it is skipped because only the lines right before the date line are read as headline
and publication.
"""

from __future__ import annotations

import re

from annotator.io.imports.dates import parse_date
from annotator.io.imports.documents import ParsedDocument
from annotator.io.imports.export_articles import COPYRIGHT, split_articles, without_by, word_count
from annotator.io.imports.language import normalize_language
from annotator.io.imports.paragraphs import clean_field, join_paragraphs

_END = re.compile(r"^\s*End of Document\s*$", re.IGNORECASE)
_BODY = re.compile(r"^\s*Body\s*$")
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z/-]{1,30}):\s*(?P<value>.*)$")
_WORDS = re.compile(r"(\d[\d,.]*)\s*words", re.IGNORECASE)
_TAIL_BLOCKS = {"classification", "graphic", "notes", "correction-date", "load-date"}
MAX_DATE_LINE_CHARS = 80

HEADER_FIELDS = {
    "length": "length",
    "byline": "byline",
    "section": "section",
    "dateline": "dateline",
    "highlight": "highlight",
    "edition": "edition",
    "type": "type",
}
TAIL_FIELDS = {"language", "publication-type", "subject", "geographic", "load-date", "person"}


def looks_like_nexis(lines: list[str]) -> bool:
    return any(_END.match(line) for line in lines) and any(_BODY.match(line) for line in lines)


def split_nexis(lines: list[str], source_file: str) -> list[ParsedDocument]:
    """One ParsedDocument per article that has a "Body" marker; other chunks are ignored."""
    return split_articles(
        lines, _END, lambda chunk, _end, number: _parse_article(chunk, source_file, number)
    )


def _parse_article(lines: list[str], source_file: str, number: int) -> ParsedDocument | None:
    body_at = next((i for i, line in enumerate(lines) if _BODY.match(line)), None)
    if body_at is None:
        return None
    header, rest = lines[:body_at], lines[body_at + 1 :]
    fields: dict[str, str] = {}
    plain: list[str] = []
    copyright_line = None
    for line in header:
        stripped = line.strip()
        if not stripped:
            continue
        label = _LABEL.match(stripped)
        if COPYRIGHT.match(stripped):
            copyright_line = stripped
        elif label and label.group("label").lower() in HEADER_FIELDS:
            fields[HEADER_FIELDS[label.group("label").lower()]] = label.group("value").strip()
        else:  # an unknown "X: y" line may be a headline ("Ukraine: ...")
            plain.append(stripped)
    date_index = next(
        (
            i
            for i in range(len(plain) - 1, -1, -1)
            if len(plain[i]) <= MAX_DATE_LINE_CHARS and parse_date(plain[i]) is not None
        ),
        None,
    )
    published = parse_date(plain[date_index]) if date_index is not None else None
    before_date = plain[:date_index] if date_index is not None else plain
    outlet = before_date[-1] if len(before_date) >= 2 else None
    title = before_date[-2] if len(before_date) >= 2 else (before_date[-1] if before_date else "")
    body, tail = _split_tail(rest)
    extra: dict[str, object] = {"export": "Nexis Uni", "article_number": number}
    words = _WORDS.search(fields.get("length", ""))
    if words:
        extra["words"] = word_count(words.group(1))
    for key in ("section", "dateline", "highlight", "edition", "type"):
        if fields.get(key):
            extra[key] = fields[key]
    if copyright_line:
        extra["copyright"] = copyright_line
    for key in ("subject", "geographic", "publication-type", "person"):
        if tail.get(key):
            extra[key] = tail[key]
    if tail.get("load-date"):
        extra["load_date"] = tail["load-date"]
    byline = without_by(fields.get("byline"))
    return ParsedDocument(
        text=join_paragraphs(body),
        title=clean_field(title) or "",
        source_file=source_file,
        outlet=clean_field(outlet),
        author=clean_field(byline),
        published=published,
        language=normalize_language(tail.get("language")),
        extra=extra,
    )


def _split_tail(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The body paragraphs, and the labelled fields of the blocks after it."""
    end = len(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        label = _LABEL.match(stripped)
        if stripped.lower() in _TAIL_BLOCKS or (
            label and label.group("label").lower() == "load-date"
        ):
            end = index
            break
    tail: dict[str, str] = {}
    for line in lines[end:]:
        label = _LABEL.match(line.strip())
        if label and label.group("label").lower() in TAIL_FIELDS:
            tail[label.group("label").lower()] = label.group("value").strip()
    return lines[:end], tail
