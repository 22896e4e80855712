"""Writing results for people and for scripts: UTF-8 always, JSON on demand, errors on stderr."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any


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


def fail(message: str, exit_code: int = 2) -> int:
    sys.stderr.write(f"annotator: error: {message}\n")
    sys.stderr.flush()
    return exit_code


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
