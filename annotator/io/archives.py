"""Opening ZIP-based documents (.docx, .odt, .xlsx) safely before any library parses them.

A ZIP bomb renamed to .docx or an XML part that declares entities (billion laughs, external files)
must be refused with a reason, not handed to python-docx or openpyxl. The checks use the sizes
declared in the ZIP directory: Python's zipfile never inflates an entry beyond its declared size
(it stops there and reports a bad CRC), so declared sizes bound the memory used.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from annotator.io.imports.documents import ImportProblem
from annotator.io.imports.limits import MB

MAX_ENTRIES = 5_000
MAX_TOTAL_UNCOMPRESSED = 200 * MB
MAX_ENTRY_UNCOMPRESSED = 100 * MB
MAX_RATIO = 100  # uncompressed/compressed; Office XML compresses about 5-20x
RATIO_CHECK_MIN_BYTES = 1 * MB  # tiny entries may compress extremely well; they cannot hurt

_XML_PART = re.compile(r"\.(?:xml|rels)$", re.IGNORECASE)
_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def open_zip(data: bytes | Path, kind: str) -> zipfile.ZipFile:
    """A ZipFile over `data` (bytes, or a file read as needed) after checking sizes, ratios and
    XML declarations.

    `kind` names the format in messages ("Word document").
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise ImportProblem(f"damaged or not a {kind} (not a valid ZIP container)") from error
    if len(entries) > MAX_ENTRIES:
        raise ImportProblem(f"{kind} with {len(entries):,} parts refused (limit {MAX_ENTRIES:,})")
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_ENTRY_UNCOMPRESSED or total > MAX_TOTAL_UNCOMPRESSED:
            raise ImportProblem(
                f"refused: would unpack to more than {MAX_TOTAL_UNCOMPRESSED // MB} MB "
                "(a ZIP bomb?)"
            )
        if entry.file_size >= RATIO_CHECK_MIN_BYTES and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            ratio = entry.file_size // max(entry.compress_size, 1)
            raise ImportProblem(
                f"refused: part {entry.filename} is compressed {ratio:,}-fold (a ZIP bomb?)"
            )
    for entry in entries:
        if _XML_PART.search(entry.filename) and _DECLARATIONS.search(
            read_part(archive, entry.filename, kind)
        ):
            raise ImportProblem(
                f"refused: {entry.filename} declares XML entities or a DTD "
                "(never needed in a document, a known attack)"
            )
    return archive


def read_part(archive: zipfile.ZipFile, name: str, kind: str) -> bytes:
    """One part's bytes; a damaged part becomes an ImportProblem."""
    try:
        return archive.read(name)
    except KeyError as error:
        raise ImportProblem(f"damaged {kind}: {name} is missing") from error
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise ImportProblem(f"damaged {kind}: {name} cannot be unpacked") from error
    except Exception as error:  # zlib.error and friends from a corrupt stream
        raise ImportProblem(f"damaged {kind}: {name} cannot be unpacked ({error})") from error
