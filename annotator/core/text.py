"""Facts derived from a document's text: its fingerprint and a title when none is given."""

from __future__ import annotations

import hashlib

TITLE_MAX_LENGTH = 300


def text_sha256(text: str) -> str:
    """The hex SHA-256 of the UTF-8 text; equal texts are the same document for import and merge."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_from_text(text: str) -> str:
    """The first non-empty line, trimmed and shortened at a word boundary if very long."""
    start = 0
    while start <= len(text):  # line by line, without splitting the whole text
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end].strip()
        if line:
            if len(line) <= TITLE_MAX_LENGTH:
                return line
            cut = line[:TITLE_MAX_LENGTH].rsplit(" ", 1)[0]
            return cut + "…"
        start = end + 1
    return ""


def counted(number: int, noun: str) -> str:
    """`3 articles`, `1 article`: a count with its noun (regular English plurals only)."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
