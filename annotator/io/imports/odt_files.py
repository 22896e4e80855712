"""Reads OpenDocument text (.odt), as written by LibreOffice, without extra dependencies.

The ZIP container is checked by `archives.open_zip`, then content.xml and meta.xml are parsed with
defusedxml, which refuses DTDs and entities outright. Headings and paragraphs become lines, with
the spaces, tabs and line breaks ODF stores as elements restored.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.text import title_from_text
from annotator.io.archives import open_zip, read_part
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.limits import MAX_ZIP_FILE_BYTES, read_bytes_limited
from annotator.io.imports.news_exports import split_news_export
from annotator.io.imports.paragraphs import clean_field, join_paragraphs

KIND = "OpenDocument text"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
_PARAGRAPHS = {f"{{{TEXT}}}p", f"{{{TEXT}}}h"}
_NOT_BODY = {f"{{{TEXT}}}note", f"{{{TEXT}}}tracked-changes", f"{{{OFFICE}}}annotation"}


def _parse(data: bytes, name: str) -> Any:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise ImportProblem(f"refused: {name} declares XML entities or a DTD") from error
    except ParseError as error:
        raise ImportProblem(f"damaged {KIND}: {name} is not well-formed XML") from error


def read_odt(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    data = read_bytes_limited(path, MAX_ZIP_FILE_BYTES)
    with open_zip(data, KIND) as archive:
        content = _parse(read_part(archive, "content.xml", KIND), "content.xml")
        names = set(archive.namelist())
        meta = (
            _parse(read_part(archive, "meta.xml", KIND), "meta.xml")
            if ("meta.xml" in names)
            else None
        )
    body = content.find(f"{{{OFFICE}}}body")
    if body is None:
        raise ImportProblem(f"damaged {KIND}: no document body")
    blocks = list(_blocks(body))
    lines = [text for text, _heading in blocks]
    exported = split_news_export(lines, path.name)
    if exported is not None:
        return exported
    text = join_paragraphs(lines)
    heading = next((line for line, is_heading in blocks if is_heading and line.strip()), None)
    extra: dict[str, Any] = {}
    if meta is not None:
        file_title = meta.findtext(f".//{{{DC}}}title")
        if file_title:
            extra["file_title"] = file_title
    return [
        ParsedDocument(
            text=text,
            title=clean_field(heading) or title_from_text(text),
            source_file=path.name,
            extra=extra,
        )
    ]


def _blocks(element: Any) -> Iterator[tuple[str, bool]]:
    for child in element:
        if child.tag in _PARAGRAPHS:
            yield "".join(_inline_text(child)), child.tag == f"{{{TEXT}}}h"
        elif child.tag not in _NOT_BODY:
            yield from _blocks(child)


def _inline_text(element: Any) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        tag = child.tag
        if tag == f"{{{TEXT}}}s":
            yield " " * int(child.get(f"{{{TEXT}}}c", "1") or 1)
        elif tag == f"{{{TEXT}}}tab":
            yield "\t"
        elif tag == f"{{{TEXT}}}line-break":
            yield "\n"
        elif tag not in _NOT_BODY:
            yield from _inline_text(child)
        if child.tail:
            yield child.tail
