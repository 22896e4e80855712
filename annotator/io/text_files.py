"""Reads a plain-text (`.txt`) article: detects its encoding and normalises only its line ends.

The stored text is the decoded file with the BOM dropped and CRLF/CR turned into LF — nothing else
changes, so offsets stay meaningful against the original. The title is the first non-empty line.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.text import title_from_text
from annotator.io.documents import ImportProblem, ParsedDocument
from annotator.io.encoding import UndecodableError, decode_text, normalize_newlines

MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; larger is not an article


def read_text_file(path: Path) -> ParsedDocument:
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_TEXT_FILE_BYTES:
                raise ImportProblem(
                    f"too large for an article ({size / 1024 / 1024:.1f} MB; "
                    f"the limit is {MAX_TEXT_FILE_BYTES // 1024 // 1024} MB)"
                )
            data = handle.read()
    except (FileNotFoundError, IsADirectoryError):
        raise
    except OSError as error:
        raise ImportProblem(f"cannot be read ({error.strerror or error})") from error
    try:
        decoded = decode_text(data)
    except UndecodableError as error:
        raise ImportProblem(str(error)) from error
    text = normalize_newlines(decoded.text)
    return ParsedDocument(
        text=text,
        title=title_from_text(text) or path.stem,
        source_file=path.name,
        extra={"encoding": decoded.encoding},
    )
