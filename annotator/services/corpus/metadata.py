"""Editing a document's metadata (title, outlet, date, author, URL, language, extra fields).

Importers guess metadata; researchers correct it. Each edit is one committed transaction and
returns the values it replaced, so the GUI's undo command is the same call with `edit.old`. The
text is never editable here: annotation offsets index into it, so it is fixed at import.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from annotator.db.models import Document
from annotator.db.project import Project
from annotator.errors import ChangedElsewhereError, InvalidInputError
from annotator.services.references import find_document
from annotator.services.undo_records import Kind, Kinds

EDITABLE_FIELDS = ("title", "outlet", "author", "published", "url", "language", "extra")
MAX_LENGTHS = {"title": 1000, "outlet": 500, "author": 500, "url": 2000}
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
MAX_EXTRA_JSON_CHARS = 100_000


@dataclass(frozen=True)
class MetadataEdit:
    """What one edit changed: only the fields whose value differs, before and after."""

    document_id: int
    old: dict[str, Any]
    new: dict[str, Any]

    @property
    def changed(self) -> bool:
        return bool(self.new)

    def to_json(self) -> dict[str, Any]:
        def plain(values: dict[str, Any]) -> dict[str, Any]:
            return {
                key: value.isoformat() if isinstance(value, datetime.date) else value
                for key, value in values.items()
            }

        return {"document": self.document_id, "old": plain(self.old), "new": plain(self.new)}

    @property
    def kinds(self) -> Kinds:
        return frozenset({Kind.DOCUMENTS})

    def apply(self, project: Project) -> MetadataEdit:
        """Set the old values back (an undo), if the fields still hold the new ones; the result
        sets the new ones again (a redo)."""
        return edit_metadata(project, self.document_id, self.old, expect=self.new)


def document_metadata(project: Project, reference: int | str) -> dict[str, Any]:
    """The editable fields of a document, as `edit_metadata` takes them."""
    with project.reading() as session:
        document = find_document(session, reference)
        return {name: _current(document, name) for name in EDITABLE_FIELDS}


def edit_metadata(
    project: Project,
    reference: int | str,
    changes: Mapping[str, Any],
    *,
    extra_updates: Mapping[str, Any] | None = None,
    expect: Mapping[str, Any] | None = None,
) -> MetadataEdit:
    """Set the given fields (None or "" clears one; `title` cannot be cleared).

    `changes["extra"]` replaces the whole extra mapping; `extra_updates` sets single keys instead
    (a value of None removes the key), read and written in the same transaction. With
    `expect`, the fields it names must still hold those values (ChangedElsewhereError if
    another program changed them).
    """
    values = {name: _validated(name, value) for name, value in changes.items()}
    with project.writing() as session:
        document = find_document(session, reference)
        for name, value in (expect or {}).items():
            if _current(document, name) != value:
                raise ChangedElsewhereError(
                    f"the {name} of document {document.id} was changed by another program"
                )
        if extra_updates:
            extra = dict(values.get("extra", document.extra or {}))
            for key, value in extra_updates.items():
                if value is None:
                    extra.pop(str(key), None)
                else:
                    extra[str(key)] = value
            values["extra"] = _validated("extra", extra)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for name, value in values.items():
            current = _current(document, name)
            if current != value:
                old[name], new[name] = current, value
                setattr(document, name, value)
        return MetadataEdit(document.id, old, new)


def _current(document: Document, name: str) -> Any:
    value = getattr(document, name)
    return dict(value or {}) if name == "extra" else value


def _validated(name: str, value: Any) -> Any:
    if name == "text":
        raise InvalidInputError("a document's text cannot be changed: annotations index into it")
    if name not in EDITABLE_FIELDS:
        raise InvalidInputError(
            f"{name!r} is not a metadata field; editable: {', '.join(EDITABLE_FIELDS)}"
        )
    if name == "published":
        return _date(value)
    if name == "extra":
        return _extra(value)
    if value is not None and not isinstance(value, str):
        raise InvalidInputError(f"{name} must be text, not {type(value).__name__}")
    text = " ".join(value.split()) if value else ""
    if name == "title" and not text:
        raise InvalidInputError("the title cannot be empty")
    if name == "language" and text:
        text = text.lower() if len(text) <= 3 else text
        if len(text) > 20 or not _LANGUAGE.fullmatch(text):
            raise InvalidInputError(
                f"language {value!r} is not a language code such as en, ru or de-AT"
            )
    limit = MAX_LENGTHS.get(name)
    if limit and len(text) > limit:
        raise InvalidInputError(f"{name} is longer than {limit} characters")
    return text or None


def _date(value: Any) -> datetime.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise InvalidInputError(f"date {value!r} is not of the form YYYY-MM-DD") from error


def _extra(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidInputError("extra metadata must be a mapping of names to values")
    extra = {str(key): item for key, item in value.items()}
    try:
        size = len(json.dumps(extra, ensure_ascii=False))
    except (TypeError, ValueError) as error:
        raise InvalidInputError(f"extra metadata must be plain values ({error})") from error
    if size > MAX_EXTRA_JSON_CHARS:
        raise InvalidInputError(
            f"extra metadata is larger than {MAX_EXTRA_JSON_CHARS:,} characters"
        )
    return extra
