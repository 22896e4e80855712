"""Explicit size limits for every imported file, and reading a file within them.

Importers read untrusted files that researchers downloaded from anywhere. Library defaults are
generous or absent, so each format gets a byte limit here, checked before a file is read, and the
container formats (ZIP, PDF) get further limits in their own modules. A news article is kilobytes;
news-database exports and spreadsheets hold hundreds of articles, so they may be larger.
"""

from __future__ import annotations

import os

from annotator.io.imports.documents import ImportProblem

MB = 1024 * 1024

MAX_TEXT_BYTES = 20 * MB  # .txt (a Nexis/Factiva text export of ~1,000 articles fits)
MAX_HTML_BYTES = 20 * MB
MAX_RTF_BYTES = 50 * MB  # RTF is verbose: a 500-article export is tens of MB
MAX_ZIP_FILE_BYTES = 50 * MB  # .docx, .odt, .xlsx on disk
MAX_PDF_BYTES = 100 * MB
MAX_CSV_BYTES = 100 * MB
MAX_ARTICLE_CHARS = 5_000_000  # one document's text; more is not an article


def file_size_problem(size: int, limit: int, what: str = "an article file") -> ImportProblem:
    return ImportProblem(
        f"too large for {what} ({size / MB:.1f} MB; the limit is {limit // MB} MB)"
    )


def read_bytes_limited(
    path: str | os.PathLike[str], limit: int, what: str = "an article file"
) -> bytes:
    """The file's bytes, refusing it before reading when it is larger than `limit`.

    `what` names the kind of file in the message ("too large for a codebook").
    """
    try:
        # os.open, not open(): no buffered file object for a file read in one go (~4 µs each).
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            size = os.fstat(descriptor).st_size
            if size > limit:
                raise file_size_problem(size, limit, what)
            # Ask for the size fstat gave (a huge read request costs a huge buffer), then for
            # anything the file grew by meanwhile, still never more than the limit allows.
            data = _read_up_to(descriptor, size + 1)
            if len(data) > size:
                data += _read_up_to(descriptor, limit + 1 - len(data))
        finally:
            os.close(descriptor)
    except (FileNotFoundError, IsADirectoryError):
        raise
    except OSError as error:
        raise ImportProblem(f"cannot be read ({error.strerror or error})") from error
    if len(data) > limit:  # grew while we read it
        raise file_size_problem(len(data), limit, what)
    if not data:
        raise ImportProblem("empty file")
    return data


def _read_up_to(descriptor: int, count: int) -> bytes:
    """Up to `count` bytes: fewer only at the end of the file (a read may return less)."""
    chunks: list[bytes] = []
    while count > 0:
        chunk = os.read(descriptor, count)
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def require_article_text(text: str) -> str:
    """Refuse an extracted text that is empty or far too long to be one article."""
    if not text or text.isspace():  # `not text.strip()`, without copying the text
        raise ImportProblem("no text found in the file")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ImportProblem(
            f"text too long for an article ({len(text):,} characters; "
            f"the limit is {MAX_ARTICLE_CHARS:,})"
        )
    return text
