"""Reads the text layer of a PDF (.pdf) with pypdf, within explicit limits.

PDFs are the format most able to hurt: streams that inflate to gigabytes, thousands of pages,
endless object graphs. pypdf is run with its decompression limits lowered (`STREAM_LIMIT` per
stream instead of its 75 MB defaults), at most `MAX_PAGES` pages, `MAX_ARTICLE_CHARS` of text and
`MAX_SECONDS` of work, checked page by page. A PDF without a text layer (a scan) is reported as
such, never imported as an empty document. Lines are kept as the PDF lays them out.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.text import title_from_text
from annotator.io.imports.documents import ImportOptions, ImportProblem, ParsedDocument
from annotator.io.imports.limits import MAX_ARTICLE_CHARS, MAX_PDF_BYTES, MB, read_bytes_limited
from annotator.io.imports.paragraphs import clean_field, join_paragraphs

MAX_PAGES = 500
STREAM_LIMIT = 20 * MB
MAX_SECONDS = 60.0
_LIMITS = {
    "maximum_declared_stream_length": STREAM_LIMIT,
    "array_based_stream_maximum_output_length": STREAM_LIMIT,
    "jbig2_maximum_output_length": STREAM_LIMIT,
    "lzw_maximum_output_length": STREAM_LIMIT,
    "run_length_maximum_output_length": STREAM_LIMIT,
    "zlib_maximum_output_length": STREAM_LIMIT,
    "image_maximum_buffer_size": STREAM_LIMIT,
    "brotli_maximum_output_length": STREAM_LIMIT,
    "stream_decoding_work_maximum_length": 10 * STREAM_LIMIT,
}


@contextlib.contextmanager
def _pypdf_limits() -> Iterator[None]:
    import pypdf

    if hasattr(pypdf, "apply_configuration"):
        known = set(pypdf.get_configuration().__dataclass_fields__)
        with pypdf.apply_configuration(**{k: v for k, v in _LIMITS.items() if k in known}):
            yield
        return
    from pypdf import filters  # older pypdf: module-level limits

    for name in ("ZLIB_MAX_OUTPUT_LENGTH", "LZW_MAX_OUTPUT_LENGTH", "MAX_DECLARED_STREAM_LENGTH"):
        if hasattr(filters, name):
            setattr(filters, name, STREAM_LIMIT)
    yield


def read_pdf(path: Path, options: ImportOptions) -> list[ParsedDocument]:
    data = read_bytes_limited(path, MAX_PDF_BYTES)
    if not data.lstrip()[:1024].startswith(b"%PDF"):
        raise ImportProblem("not a PDF file (no %PDF header)")
    with _pypdf_limits():
        try:
            pages, metadata = _extract(data)
        except ImportProblem:
            raise
        except MemoryError as error:
            raise ImportProblem("refused: the PDF needs too much memory") from error
        except Exception as error:  # pypdf raises many kinds, LimitReachedError among them
            if "limit" in type(error).__name__.lower() or "limit" in str(error).lower():
                raise ImportProblem(
                    f"refused: a PDF stream exceeds {STREAM_LIMIT // MB} MB when unpacked "
                    "(a decompression bomb?)"
                ) from error
            raise ImportProblem(f"damaged PDF ({type(error).__name__}: {error})") from error
    text = join_paragraphs(pages)
    if not text.strip():
        raise ImportProblem("no text layer (scanned PDF?); run OCR on it first")
    title = clean_field(str(metadata.get("/Title") or "")) if metadata else None
    extra: dict[str, Any] = {"pages": len(pages)}
    if metadata and metadata.get("/CreationDate"):
        extra["file_created"] = str(metadata.get("/CreationDate"))
    if metadata and metadata.get("/Author"):
        extra["file_author"] = str(metadata.get("/Author"))
    return [
        ParsedDocument(
            text=text,
            title=title if title and len(title) > 3 else title_from_text(text),
            source_file=path.name,
            extra=extra,
        )
    ]


def _extract(data: bytes) -> tuple[list[str], Any]:
    from pypdf import PdfReader

    started = time.monotonic()
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception as error:
            raise ImportProblem("password-protected PDF") from error
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise ImportProblem(f"{count:,} pages; the limit for an article is {MAX_PAGES}")
    pages: list[str] = []
    chars = 0
    for page in reader.pages:
        page_text = page.extract_text() or ""
        chars += len(page_text)
        if chars > MAX_ARTICLE_CHARS:
            raise ImportProblem(f"more than {MAX_ARTICLE_CHARS:,} characters of text")
        if time.monotonic() - started > MAX_SECONDS:
            raise ImportProblem(f"reading the text took over {MAX_SECONDS:.0f} s; refused")
        pages.append(page_text)
    try:
        metadata = reader.metadata
    except Exception:
        metadata = None
    return pages, metadata
