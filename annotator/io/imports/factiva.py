"""Splitting a Factiva export into its articles, with their metadata.

Factiva exports (.rtf, .txt, .html) come in two layouts, both handled here on the export's lines:

- article format: headline, optional byline ("By Jane Smith", "BY JANE SMITH", or names alone:
  "Jane Smith and Ivan Petrov"), "412 words", date, optional time, source name, source code
  ("J" for The Wall Street Journal), optional page, language, copyright line, a blank line, the
  text; each article is followed by a line "Document SPTNK00020220610ei6a0009c";
- field codes ("Full Article/Report plus Indexing"): HD headline, BY byline, WC word count,
  PD date, SN source name, LA language, CY copyright, LP lead paragraphs, TD text, the indexing
  codes (CO, IN, NS, RE, IPD, ...) and AN "Document ..."; a code starts a line, alone or
  followed by its value, and the value continues on the lines until the next code.
"""

from __future__ import annotations

import re

from annotator.io.imports.dates import parse_date
from annotator.io.imports.documents import ParsedDocument
from annotator.io.imports.export_articles import COPYRIGHT, split_articles, without_by, word_count
from annotator.io.imports.language import normalize_language
from annotator.io.imports.paragraphs import clean_field, join_paragraphs

_DOCUMENT = re.compile(r"^\s*Document\s+(?P<id>[A-Za-z0-9]{12,40})\s*$")
_WORD_COUNT = re.compile(r"^\s*(?P<count>\d[\d,.]*)\s+words\s*$", re.IGNORECASE)
_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AP]M|GMT|UTC|ET))?\s*$", re.I)
_BYLINE = re.compile(
    r"^\s*(?:[Bb][Yy]\s+|(?:Von|Par|Por|Автор(?:ы)?:?)\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))(?P<name>\S.*)$"
)
_SOURCE_CODE = re.compile(r"^\s*[A-Z0-9]{1,10}\s*$")
_PAGE = re.compile(r"^\s*(?:Page|Pg\.?|Volume|Issue|Section)\b", re.IGNORECASE)

FIELD_CODES = (
    "HD|CR|BY|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|CLM|ART|GC"
)
_FIELD = re.compile(rf"^(?P<code>{FIELD_CODES})(?:[ \t]+(?P<value>\S.*))?\s*$")
HEADER_SCAN_LINES = 14  # a word-count line further down is text, not a header
MAX_HEADER_LINE_CHARS = 150


def looks_like_factiva(lines: list[str]) -> bool:
    if _looks_field_coded(lines):
        return True
    has_document_id = any(_DOCUMENT.match(line) for line in lines)
    return has_document_id and any(_WORD_COUNT.match(line) for line in lines)


def _looks_field_coded(lines: list[str]) -> bool:
    codes = {match.group("code") for line in lines if (match := _FIELD.match(line))}
    return {"HD", "AN"} <= codes and bool(codes & {"TD", "LP"})


def split_factiva(lines: list[str], source_file: str) -> list[ParsedDocument]:
    """One ParsedDocument per article ending in a "Document <id>" line; the rest is ignored."""
    if _looks_field_coded(lines):
        return _split_field_coded(lines, source_file)
    return split_articles(
        lines,
        _DOCUMENT,
        lambda chunk, end, number: _parse_article(chunk, source_file, end.group("id"), number),
    )


def _parse_article(
    lines: list[str], source_file: str, document_id: str, number: int
) -> ParsedDocument | None:
    non_blank = [i for i, line in enumerate(lines) if line.strip()]
    word_count_at = next(
        (i for i in non_blank[:HEADER_SCAN_LINES] if _WORD_COUNT.match(lines[i])), None
    )
    if word_count_at is None:
        return None
    headline_lines, bylines = _headline_and_bylines(
        [lines[i].strip() for i in non_blank if i < word_count_at]
    )
    published = outlet = language = copyright_line = None
    extra: dict[str, object] = {"export": "Factiva", "factiva_id": document_id}
    extra["article_number"] = number
    extra["words"] = word_count(_WORD_COUNT.match(lines[word_count_at])["count"])
    index = word_count_at + 1
    while index < len(lines):
        stripped = lines[index].strip()
        if not stripped:
            pass  # exports differ in blank lines between header fields
        elif len(stripped) > MAX_HEADER_LINE_CHARS:
            break
        elif published is None and parse_date(stripped):
            published = parse_date(stripped)
        elif _TIME.match(stripped):
            extra["time"] = stripped
        elif COPYRIGHT.match(stripped):
            copyright_line = stripped
            index += 1
            break
        elif outlet is None:
            outlet = stripped
        elif language is None and normalize_language(stripped) and len(stripped) > 3:
            language = normalize_language(stripped)
        elif _SOURCE_CODE.match(stripped) and "source_code" not in extra:
            extra["source_code"] = stripped
        elif _PAGE.match(stripped) or _SOURCE_CODE.match(stripped):  # "Page 3", "A8"
            extra["page"] = stripped
        else:
            break
        index += 1
    if copyright_line:
        extra["copyright"] = copyright_line
    return ParsedDocument(
        text=join_paragraphs(lines[index:]),
        title=clean_field(" ".join(headline_lines)) or "",
        source_file=source_file,
        outlet=clean_field(outlet),
        author=clean_field("; ".join(bylines)) if bylines else None,
        published=published,
        language=language,
        extra=extra,
    )


def _headline_and_bylines(before: list[str]) -> tuple[list[str], list[str]]:
    """The headline's lines and the authors among the lines before the word count.

    The headline comes first; a byline follows it, before the word count. A line that opens with
    "By" (any case; or Von, Par, Por, Автор before a capital) is a byline; so is the last line
    when it is only names, as some sources print it ("Jane Smith and Ivan Petrov", "Jane Smith in
    Moscow"). Other lines continue the headline.
    """
    if not before:
        return [], []
    headline, bylines = [before[0]], []
    for index, line in enumerate(before[1:], start=1):
        match = _BYLINE.match(line)
        if match:
            bylines.append(match.group("name").strip())
        elif index == len(before) - 1 and not bylines and _is_name_line(line, headline):
            bylines.append(line)
        else:
            headline.append(line)
    return headline, bylines


_NAME_SEPARATOR = re.compile(r"\s*(?:[,;&|]|\band\b|\bund\b|\bи\b)\s*")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*|[A-ZÀ-ÖØ-ÞА-ЯЁ]\.)$")
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "del", "di", "du", "la", "le",
                             "bin", "ibn", "al", "el", "ter", "ten", "y"})  # fmt: skip
_HEADLINE_WORDS = frozenset({"A", "An", "The", "As", "At", "For", "From", "In", "Into", "Of", "On",
                             "Over", "To", "With", "Is", "Are", "Not", "No", "After", "Amid",
                             "Why", "How", "What", "Who", "New"})  # fmt: skip
_LOCATION = re.compile(r"\s+in\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w .'’-]*$")
MAX_BYLINE_CHARS = 120
MIN_HEADLINE_WORDS = 3  # fewer above a name line: a section label ("World News"), no headline


def _is_name_line(line: str, headline: list[str]) -> bool:
    """True for a line of people's names: "Jane Smith and Ivan Petrov", "Jane Smith, Moscow"."""
    if (
        len(line) > MAX_BYLINE_CHARS
        or len(" ".join(headline).split()) < MIN_HEADLINE_WORDS
        or any(character.isdigit() or character in ':?!"“”«»' for character in line)
        or line.endswith(".")
    ):
        return False
    parts = [part for part in _NAME_SEPARATOR.split(_LOCATION.sub("", line)) if part]
    if not parts or not _is_name(parts[0]):
        return False
    return all(_is_name(part) or len(part.split()) <= 4 for part in parts[1:])


def _is_name(text: str) -> bool:
    words = text.split()
    capitalised = [word for word in words if _NAME_WORD.match(word)]
    return (
        2 <= len(words) <= 4
        and len(capitalised) >= 2
        and all(word in capitalised or word.lower() in _NAME_PARTICLES for word in words)
        and not any(word in _HEADLINE_WORDS for word in words)
    )


def _split_field_coded(lines: list[str], source_file: str) -> list[ParsedDocument]:
    documents: list[ParsedDocument] = []
    fields: dict[str, list[str]] = {}
    code = None
    for line in lines:
        match = _FIELD.match(line.rstrip())
        if match:
            code = match.group("code")
            if code == "HD" and fields:
                fields = {}  # an article without AN: start afresh
            fields.setdefault(code, []).append(match.group("value") or "")
            if code == "AN":
                documents.append(_from_fields(fields, source_file, len(documents) + 1))
                fields, code = {}, None
        elif code is not None:
            fields[code].append(line)
    return [document for document in documents if document.text]


def _from_fields(fields: dict[str, list[str]], source_file: str, number: int) -> ParsedDocument:
    def value(code: str) -> str | None:
        return clean_field(" ".join(fields.get(code, [])))

    extra: dict[str, object] = {"export": "Factiva", "article_number": number}
    document_id = _DOCUMENT.match(value("AN") or "")
    if document_id:
        extra["factiva_id"] = document_id.group("id")
    words = _WORD_COUNT.match(value("WC") or "")
    if words:
        extra["words"] = word_count(words["count"])
    for code, key in (("SC", "source_code"), ("CY", "copyright"), ("SE", "section")):
        if value(code):
            extra[key] = value(code)
    for code, key in (("CO", "companies"), ("IN", "industries"), ("NS", "subjects")):
        if value(code):
            extra[key] = value(code)
    if value("RE"):
        extra["regions"] = value("RE")
    author = without_by(value("BY"))
    return ParsedDocument(
        text=join_paragraphs(_unwrap(fields.get("LP", [])) + _unwrap(fields.get("TD", []))),
        title=value("HD") or "",
        source_file=source_file,
        outlet=value("SN"),
        author=author,
        published=parse_date(value("PD")),
        language=normalize_language(value("LA")),
        extra=extra,
    )


def _unwrap(lines: list[str]) -> list[str]:
    """A field's paragraphs: wrapped lines joined with a space, blank lines between paragraphs."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
