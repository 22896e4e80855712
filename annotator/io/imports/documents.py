"""What every importer produces: one article's text and metadata, before it enters a project.

Importers (plain text now; web pages, Word, PDF, spreadsheets and news-database exports later) all
return `ParsedDocument`s, so the import service stores them the same way whatever their origin.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from annotator.core.text import text_sha256

if TYPE_CHECKING:
    from annotator.io.imports.columns import ColumnMapping


@dataclass(frozen=True)
class ParsedDocument:
    text: str  # final text: LF line ends, no BOM; offsets will index into exactly this string
    title: str
    source_file: str
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    raw: str | None = None  # what the importer received, when it differs from `text`
    extra: dict[str, Any] = field(default_factory=dict)
    # What the user should check, one sentence each (e.g. a page's article found only in part);
    # the import report lists them next to the file. Not stored with the document.
    warnings: tuple[str, ...] = ()

    @cached_property
    def sha256(self) -> str:
        """The text's fingerprint (`core.text.text_sha256`), computed once. Readers compute it
        when they finish a document, so worker processes send it along with the text; a copy
        made with `dataclasses.replace` computes its own."""
        return text_sha256(self.text)


class ImportProblem(Exception):
    """A file cannot be imported; the message is a short reason shown next to the file's path."""


@dataclass(frozen=True)
class ImportOptions:
    """How files are read; the same options go to every reader (and to worker processes)."""

    as_is: bool = False  # plain text stored exactly as read: no scraped-page cleaning
    detect_language: bool = True  # fill `language` from the text where the file gives none
    # The GUI's corrected spreadsheet mappings, by the file's path as given (str(path)).
    column_mappings: Mapping[str, ColumnMapping] = field(default_factory=dict)
