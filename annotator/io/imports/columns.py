"""Which spreadsheet column holds what: header recognition and the mapping a user can correct.

Researchers' article tables come from scrapers, Media Cloud, outlets' archives and their own hands,
with headers such as "Headline", "Body", "pub_date" or "Newspaper". Common names (English, German,
French, Russian) are recognised automatically; the GUI shows the guess and lets the user fix it,
and that corrected `ColumnMapping` is what the reader then uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.labels import label_key

ROLES = ("text", "title", "date", "outlet", "author", "url", "language")

KNOWN_HEADERS: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "body", "content", "article", "full text", "fulltext", "article text",
        "body text", "story", "main text", "maintext", "article body", "inhalt", "artikel",
        "texte", "contenu", "текст",
    ),
    "title": (
        "title", "headline", "heading", "head", "hl", "article title", "titel", "überschrift",
        "schlagzeile", "titre", "заголовок", "название",
    ),
    "date": (
        "date", "published", "publication date", "pub date", "pubdate", "published at",
        "date published", "publish date", "datetime", "publication time", "datum", "дата",
    ),
    "outlet": (
        "source", "outlet", "medium", "media", "newspaper", "publication", "publisher", "site",
        "sitename", "site name", "source name", "media name", "paper", "quelle", "zeitung",
        "journal", "источник", "издание", "сми",
    ),
    "author": ("author", "authors", "byline", "by", "writer", "autor", "auteur", "автор"),
    "url": ("url", "link", "uri", "permalink", "web address", "address", "ссылка"),
    "language": ("language", "lang", "sprache", "langue", "язык"),
}  # fmt: skip

_SEPARATORS = re.compile(r"[\s_\-./:]+")


def header_key(header: str) -> str:
    return _SEPARATORS.sub(" ", label_key(header.strip())).strip()


_ROLE_BY_KEY = {header_key(name): role for role, names in KNOWN_HEADERS.items() for name in names}


@dataclass(frozen=True)
class ColumnMapping:
    """Header names (as shown in the preview) for each role; None leaves the role empty.

    Columns not mapped to a role go to the document's `extra` metadata, keyed by their header.
    """

    text: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    ignored: tuple[str, ...] = field(default_factory=tuple)  # columns kept out of `extra`

    def role_of(self, header: str) -> str | None:
        return next((role for role in ROLES if getattr(self, role) == header), None)


def unique_headers(raw: Sequence[object]) -> list[str]:
    """Headers as strings: blank ones named "Column N", repeated ones numbered "name (2)"."""
    headers: list[str] = []
    seen: dict[str, int] = {}
    for number, value in enumerate(raw, start=1):
        name = " ".join(str(value).split()) if value is not None else ""
        name = name or f"Column {number}"
        count = seen.get(label_key(name), 0) + 1
        seen[label_key(name)] = count
        headers.append(name if count == 1 else f"{name} ({count})")
    return headers


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """The first header recognised for each role."""
    roles: dict[str, str] = {}
    for header in headers:
        role = _ROLE_BY_KEY.get(header_key(header))
        if role is not None and role not in roles:
            roles[role] = header
    return ColumnMapping(**roles)
