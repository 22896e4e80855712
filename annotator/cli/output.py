"""Writing results for people and for scripts: UTF-8 always, JSON on demand, errors on stderr.

Long results stream: `write_json_array` writes each element as soon as it is made, indented
exactly as `json.dumps(..., indent=2)` would indent the whole list, but without holding the list;
the commands render their fixed-shape elements themselves with `encode_basestring` (what
`json.dumps(ensure_ascii=False)` writes for a string), since `indent` selects the pure-Python
encoder, ten times slower than the C one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

CHUNK_CHARACTERS = 1 << 16


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write(text: str) -> None:
    """Write UTF-8 to stdout whatever the console's encoding, exactly as given."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def write_line(text: str = "") -> None:
    write(text + "\n")


def write_json(data: Any) -> None:
    write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def write_stream(pieces: Iterable[str]) -> None:
    """Write text pieces as they come, in chunks (one write per piece would dominate)."""
    sys.stdout.flush()
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK_CHARACTERS:
            sys.stdout.buffer.write("".join(buffer).encode("utf-8"))
            buffer.clear()
            size = 0
    sys.stdout.buffer.write("".join(buffer).encode("utf-8"))
    sys.stdout.buffer.flush()


def json_array_pieces(elements: Iterable[str]) -> Iterable[str]:
    """The pieces of an indented JSON array of already-rendered elements (level 1), and "\\n"."""
    separator = "[\n  "
    for element in elements:
        yield separator
        yield element
        separator = ",\n  "
    yield "[]\n" if separator == "[\n  " else "\n]\n"


def write_json_array(elements: Iterable[str]) -> None:
    """Write a JSON array whose elements arrive rendered as `json.dumps(indent=2)` renders them
    inside the list (two spaces deeper, no leading indent)."""
    write_stream(json_array_pieces(elements))


class Tally:
    """Counts the items passing through a stream, for a closing line such as "12 annotations."."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            self.count += 1
            yield item


def fail(message: str, exit_code: int = 2) -> int:
    sys.stderr.write(f"annotator: error: {message}\n")
    sys.stderr.flush()
    return exit_code


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
