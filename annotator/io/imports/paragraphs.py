"""Building a document's text from the paragraphs a structured format (Word, PDF, export) yields.

Structured formats have no line ends of their own, so Annotator chooses one rule for all of them:
each non-empty paragraph, trimmed, on its own line ("\\n" between paragraphs), line ends inside a
paragraph normalised to LF. Plain-text files are not built this way: they keep their text as is.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.io.imports.encoding import normalize_newlines, strip_bom


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    lines: list[str] = []
    for paragraph in paragraphs:
        for line in normalize_newlines(strip_bom(paragraph)).split("\n"):
            line = line.strip()
            if line:
                lines.append(line)
    return "\n".join(lines)


def clean_field(value: str | None) -> str | None:
    """A metadata value on one line with single spaces, or None when empty."""
    if value is None:
        return None
    cleaned = " ".join(value.split())
    return cleaned or None
