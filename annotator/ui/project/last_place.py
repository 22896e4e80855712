"""Where the coder left off: the last document and scroll position of each recent project.

A coder codes a project over weeks, one sitting at a time. When a project closes (another is
opened, File ▸ Close Project, the window closes) its place — the document, by uuid, so it survives
ids changing in a merge, and the first character on screen, a code-point offset that survives
another window width or zoom — is kept in the settings, keyed by the project's path, for the last
`MAX_PLACES` projects. Opening the project again by any route shows that document at that place;
a place whose document is gone is ignored (the first document shows, as before).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.db.location import ServerLocation
from annotator.errors import AnnotatorError
from annotator.services.corpus.documents import get_document
from annotator.ui.settings import Setting, Settings
from annotator.ui.window_focus import location_key

if TYPE_CHECKING:
    from annotator.db.project import Project
    from annotator.ui.main_window import MainWindow

log = logging.getLogger(__name__)
MAX_PLACES = 20


@dataclass(frozen=True)
class Place:
    document: str  # the document's uuid
    offset: int  # the code point at the top of the article view


def _key(path: str | Path | ServerLocation) -> str:
    return location_key(path)  # a server project's URL, never its password


def _places(settings: Settings) -> list[dict]:
    try:
        places = json.loads(settings.get(Setting.LAST_PLACES) or "[]")
    except ValueError:
        return []
    return [p for p in places if isinstance(p, dict)] if isinstance(places, list) else []


def recall(settings: Settings, path: str | Path) -> Place | None:
    key = _key(path)
    for entry in _places(settings):
        if entry.get("path") == key:
            try:
                return Place(str(entry["document"]), max(0, int(entry.get("offset", 0))))
            except (KeyError, TypeError, ValueError):
                return None
    return None


def remember(settings: Settings, path: str | Path, place: Place) -> None:
    """Keep `place` for the project at `path`, most recent first, at most `MAX_PLACES`."""
    key = _key(path)
    entry = {"path": key, "document": place.document, "offset": place.offset}
    places = [entry] + [p for p in _places(settings) if p.get("path") != key]
    settings.set(Setting.LAST_PLACES, json.dumps(places[:MAX_PLACES], ensure_ascii=False))


def remember_window(window: MainWindow) -> None:
    """Keep the place of the project the window shows (called before it closes)."""
    bench = window.workbench
    if bench is None or bench.document_id is None:
        return
    try:
        uuid = get_document(bench.project, bench.document_id).uuid
    except AnnotatorError as error:  # a damaged or vanished file: nothing to remember
        log.warning("could not remember the place in %s: %s", bench.project.path, error)
        return
    remember(window.settings, bench.project.path, Place(uuid, window.article.top_offset()))
    window.settings.sync()


def remembered_document(project: Project, settings: Settings) -> tuple[int, int] | None:
    """(document id, offset) of the remembered place in `project`, if that document is there."""
    place = recall(settings, project.path)
    if place is None:
        return None
    try:
        document = get_document(project, place.document)
    except AnnotatorError:
        return None
    return document.id, min(place.offset, document.chars)
