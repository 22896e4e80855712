"""Reads Word documents (.docx): an article, or a Nexis Uni export of many articles.

The file is checked by `archives.open_zip` (size, compression ratio, no XML entity declarations)
before python-docx parses it. Paragraphs and table cells are read in document order, one line per
paragraph. The headline is the first paragraph styled Title or Heading, else the first paragraph.
The file's own "author" and "created" properties describe who typed the file, not the article, so
they go to `extra` rather than into the article's author and date.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.text import title_from_text
from annotator.io.archives import open_zip
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.limits import MAX_ZIP_FILE_BYTES, read_bytes_limited
from annotator.io.imports.news_exports import split_news_export
from annotator.io.imports.paragraphs import clean_field, join_paragraphs

KIND = "Word document"
_TITLE_STYLES = ("title", "heading 1", "heading1", "überschrift 1", "titel")


def read_docx(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    data = read_bytes_limited(path, MAX_ZIP_FILE_BYTES)
    open_zip(data, KIND).close()
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
        paragraphs = list(_paragraphs(document))
        properties = document.core_properties
    except ImportProblem:
        raise
    except Exception as error:  # python-docx/lxml raise many kinds on damaged files
        raise ImportProblem(f"damaged or not a {KIND} ({type(error).__name__})") from error
    lines = [text for text, _style in paragraphs]
    exported = split_news_export(lines, path.name)
    if exported is not None:
        return exported
    text = join_paragraphs(lines)
    title = next(
        (text for text, style in paragraphs if text.strip() and style.lower() in _TITLE_STYLES),
        None,
    )
    extra: dict[str, Any] = {}
    if properties.author:
        extra["file_author"] = properties.author
    if properties.created:
        extra["file_created"] = properties.created.date().isoformat()
    if properties.title:
        extra["file_title"] = properties.title
    return [
        ParsedDocument(
            text=text,
            title=clean_field(title) or title_from_text(text),
            source_file=path.name,
            extra=extra,
        )
    ]


def _paragraphs(document: Any) -> Iterator[tuple[str, str]]:
    """(text, style name) of every paragraph, table cells included, in document order."""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        yield paragraph.text, ""
        else:
            style = block.style.name if block.style is not None else ""
            yield block.text, style or ""
