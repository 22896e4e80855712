"""Finds the files to import under the paths a user gave, and picks the reader for each.

Folders are searched recursively (hidden files and folders skipped) for the formats Annotator
reads; a file named explicitly is always tried, so an unsupported one is reported, not ignored.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from annotator.io.documents import ImportProblem, ParsedDocument
from annotator.io.text_files import read_text_file

log = logging.getLogger(__name__)

Reader = Callable[[Path], list[ParsedDocument]]


def _single(reader: Callable[[Path], ParsedDocument]) -> Reader:
    return lambda path: [reader(path)]


READERS: dict[str, Reader] = {
    ".txt": _single(read_text_file),
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(READERS))


def _walk(folder: str) -> Iterator[Path]:
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path)
        elif os.path.splitext(entry.name)[1].lower() in READERS:
            yield Path(entry.path)


def discover_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import, in a stable order; a missing path is yielded so it gets reported."""
    for path in paths:
        if path.is_dir():
            yield from _walk(str(path))
        else:
            yield path


def read_documents(path: Path) -> list[ParsedDocument]:
    """Parse one file into its documents; ImportProblem says why it cannot be imported."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if not path.exists():
            raise ImportProblem("no such file or folder")
        raise ImportProblem(
            f"unsupported file type {path.suffix or '(no extension)'} "
            f"(Annotator imports {', '.join(supported_suffixes())})"
        )
    try:
        return reader(path)
    except FileNotFoundError as error:
        raise ImportProblem("no such file or folder") from error
    except IsADirectoryError as error:
        raise ImportProblem("not a regular file") from error


def parse_file(path: Path) -> list[ParsedDocument] | str:
    """`read_documents`, with the reason as text instead of an exception."""
    try:
        return read_documents(path)
    except ImportProblem as error:
        return str(error)
    except Exception as error:  # a reader's bug must not sink the batch; it is logged
        log.exception("importing %s failed", path)
        return f"unexpected error: {error!r}"
