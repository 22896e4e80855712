"""Finds the files to import under the paths a user gave, and picks the reader for each.

Folders are searched recursively (hidden files and folders skipped) for the formats Annotator
reads; a file named explicitly is always tried, so an unsupported one is reported, not ignored.
The reader is chosen by content first (an RTF, PDF or HTML file with the wrong extension is read
as what it is) and by extension otherwise. Every reader returns finished `ParsedDocument`s: text
present and within limits, a title, the language detected where the file gave none, and the
text's SHA-256 (computed where the file was parsed, so a worker process sends it along).

This module and the readers import no database or GUI code, so `parse_file` can run in worker
processes (`annotator.io.imports.parallel`).
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from annotator.core.text import title_from_text
from annotator.io.imports import limits
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.limits import read_bytes_limited, require_article_text

log = logging.getLogger(__name__)

Reader = Callable[[Path, ImportOptions], list[ParsedDocument]]
Parsed = list[ParsedDocument] | str  # a file's documents, or why it cannot be imported
StrPath = str | os.PathLike[str]


def _lazy(module: str, function: str) -> Reader:
    """A reader imported on first use, so start-up never loads trafilatura, pypdf or openpyxl."""

    def read(path: Path, options: ImportOptions) -> list[ParsedDocument]:
        reader: Reader = getattr(
            importlib.import_module(f"annotator.io.imports.{module}"), function
        )
        return reader(path, options)

    return read


_text = _lazy("text_files", "read_text_documents")
_html = _lazy("html_pages", "read_html_page")
_table = _lazy("spreadsheets", "read_table")

READERS: dict[str, Reader] = {
    ".txt": _text,
    ".html": _html,
    ".htm": _html,
    ".docx": _lazy("word_files", "read_docx"),
    ".odt": _lazy("odt_files", "read_odt"),
    ".rtf": _lazy("rtf_files", "read_rtf"),
    ".pdf": _lazy("pdf_files", "read_pdf"),
    ".csv": _table,
    ".xlsx": _table,
}

# Leading bytes that identify a format whatever the file is called.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", ".rtf"),
    (b"%PDF-", ".pdf"),
    (b"<!doctype html", ".html"),
    (b"<html", ".html"),
    (b"<!-- saved from url=", ".html"),  # pages saved by browsers
)
_ZIP_SIGNATURE = b"PK\x03\x04"
_ZIP_SUFFIXES = {".docx", ".odt", ".xlsx"}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def _walk(folder: str) -> Iterator[str]:
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.name[entry.name.rfind(".") :].lower() in READERS:  # splitext, for a name
            yield entry.path


def readable_name(name: str) -> str:
    """`name` as valid Unicode: bytes that are not UTF-8 (Linux allows them in file names; Python
    carries them as lone surrogates, which cannot be stored, printed or written as JSON) are shown
    as `\\xe9`-style escapes, so the name still points at its file."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def discover_files(paths: Iterable[StrPath]) -> Iterator[str]:
    """Files to import, in a stable order; a missing path is yielded so it gets reported.

    Paths come as `str`: a folder of tens of thousands of articles costs a Path object each in
    every step otherwise, and the readers need no more than the name."""
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            yield from _walk(name)
        else:
            yield name


def _sniffed_suffix(path: str, suffix: str) -> str:
    """The format the file's first bytes show, or its own suffix when they show nothing."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError:
        return suffix  # the reader reports why the file cannot be read
    return _suffix_of_head(head, suffix)


def _suffix_of_head(head: bytes, suffix: str) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for signature, format_suffix in _SIGNATURES:
        if start.startswith(signature):
            return format_suffix if suffix != ".htm" else suffix
    if head.startswith(_ZIP_SIGNATURE) and suffix not in _ZIP_SUFFIXES:
        raise ImportProblem("a ZIP archive or Office file, not a " + (suffix or "text") + " file")
    return suffix


def read_documents(path: StrPath, options: ImportOptions | None = None) -> list[ParsedDocument]:
    """Parse one file into its documents; ImportProblem says why it cannot be imported."""
    options = options or ImportOptions()
    return _finished(_checked(_read_file(path, options)), options)


def parse_batch(
    paths: Sequence[StrPath], options: ImportOptions, max_chars: int | None = None
) -> list[Parsed]:
    """`parse_file` for several files, their languages detected in one call of the model.

    With `max_chars`, stops after the file whose documents bring the batch past that many
    characters, so fewer results than paths may come back (memory stays bounded)."""
    results: list[Parsed] = []
    chars = 0
    for path in paths:
        result = _checked_or_reason(path, options)
        results.append(result)
        if max_chars is not None and not isinstance(result, str):
            chars += sum(len(document.text) + len(document.raw or "") for document in result)
            if chars > max_chars:
                break
    documents = [
        document for result in results if not isinstance(result, str) for document in result
    ]
    try:
        finished = iter(_finished(documents, options))
    except Exception:  # a bug must not sink the batch: each file again alone, failing alone
        log.exception("finishing a batch of %d files failed; finishing them one by one", len(paths))
        return [_finished_or_reason(result, options) for result in results]
    return [
        result if isinstance(result, str) else [next(finished) for _ in result]
        for result in results
    ]


def _finished_or_reason(result: Parsed, options: ImportOptions) -> Parsed:
    if isinstance(result, str):
        return result
    try:
        return _finished(result, options)
    except Exception as error:
        log.exception("finishing %s failed", result[0].source_file)
        return f"unexpected error: {error!r}"


def _read_file(path: StrPath, options: ImportOptions) -> list[ParsedDocument]:
    name = os.fspath(path)
    extension = os.path.splitext(name)[1]
    suffix = extension.lower()
    if suffix not in READERS:
        if not os.path.exists(name):
            raise ImportProblem("no such file or folder")
        raise ImportProblem(
            f"unsupported file type {extension or '(no extension)'} "
            f"(Annotator imports {', '.join(supported_suffixes())})"
        )
    try:
        documents = _read(name, suffix, options)
    except FileNotFoundError as error:
        raise ImportProblem("no such file or folder") from error
    except IsADirectoryError as error:
        raise ImportProblem("not a regular file") from error
    except (ImportProblem, OSError):
        # Asked only now, not before every file: Windows opens a folder with a permission error.
        if os.path.isdir(name):
            raise ImportProblem("not a regular file") from None
        raise
    except RecursionError as error:
        raise ImportProblem("refused: nested too deeply to read") from error
    except MemoryError as error:
        raise ImportProblem("refused: needs too much memory to read") from error
    if not documents:
        raise ImportProblem("no article found in the file")
    return documents


def _read(path: str, suffix: str, options: ImportOptions) -> list[ParsedDocument]:
    if suffix == ".txt":  # the commonest file: read once, sniffed from the bytes in memory
        from annotator.io.imports.text_files import text_documents_from_bytes

        try:
            data = read_bytes_limited(path, limits.MAX_TEXT_BYTES)
        except ImportProblem:  # too large or empty as text: sniffed alone, its reader says why
            data = None
        if data is not None:
            sniffed = _suffix_of_head(data[:512], suffix)
            if sniffed == suffix:
                return text_documents_from_bytes(data, os.path.basename(path), options)
            return READERS[sniffed](Path(path), options)
    return READERS[_sniffed_suffix(path, suffix)](Path(path), options)


def _checked(documents: list[ParsedDocument]) -> list[ParsedDocument]:
    """Each document with text within limits and a title (ImportProblem for the file if not)."""
    checked = []
    for document in documents:
        require_article_text(document.text)
        if not document.title.strip():
            title = title_from_text(document.text) or Path(document.source_file).stem
            document = dataclasses.replace(document, title=title)
        source_file, title = readable_name(document.source_file), readable_name(document.title)
        if (source_file, title) != (document.source_file, document.title):
            document = dataclasses.replace(document, source_file=source_file, title=title)
        checked.append(document)
    return checked


def _finished(documents: list[ParsedDocument], options: ImportOptions) -> list[ParsedDocument]:
    """The documents with their languages detected (where the file gave none) and their
    fingerprints computed: here, in the worker process when there is one."""
    if options.detect_language:
        from annotator.io.imports.language import detect_languages

        unknown = [index for index, document in enumerate(documents) if document.language is None]
        languages = detect_languages([documents[index].text for index in unknown])
        documents = list(documents)
        for index, language in zip(unknown, languages, strict=True):
            if language is not None:
                documents[index] = dataclasses.replace(documents[index], language=language)
    for document in documents:
        document.sha256  # noqa: B018 -- the cached property, computed now
    return documents


def _checked_or_reason(path: StrPath, options: ImportOptions) -> list[ParsedDocument] | str:
    try:
        return _checked(_read_file(path, options))
    except ImportProblem as error:
        return str(error)
    except Exception as error:  # a reader's bug must not sink the batch; it is logged
        log.exception("importing %s failed", path)
        return f"unexpected error: {error!r}"


def parse_file(path: StrPath, options: ImportOptions | None = None) -> Parsed:
    """`read_documents`, with the reason as text instead of an exception."""
    return parse_batch([path], options or ImportOptions())[0]
