"""Reads Rich Text Format (.rtf): an article, or a Nexis Uni / Factiva export of many.

RTF is plain ASCII with control words; `striprtf` turns it into text. The code page for `\\'xx`
escapes comes from the file's `\\ansicpg` (Windows-1252 when absent); `\\uN` escapes are Unicode.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.text import title_from_text
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.limits import MAX_RTF_BYTES, read_bytes_limited
from annotator.io.imports.news_exports import split_news_export
from annotator.io.imports.paragraphs import join_paragraphs

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def rtf_text(data: bytes) -> str:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportProblem("not an RTF file (it does not start with {\\rtf)")
    from striprtf.striprtf import rtf_to_text

    match = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        return rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="strict")
    except (UnicodeDecodeError, ValueError, IndexError) as error:
        raise ImportProblem(f"damaged RTF file ({error})") from error


def read_rtf(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    text = rtf_text(read_bytes_limited(path, MAX_RTF_BYTES))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    exported = split_news_export(lines, path.name)
    if exported is not None:
        return exported
    body = join_paragraphs(lines)
    return [ParsedDocument(text=body, title=title_from_text(body), source_file=path.name)]
