"""Builds the demo project from the corpus shipped in `resources/demo/`.

The demo holds the real scraped Sputnik article (cleaned, with the original kept as `raw`) and
several news-style articles written for Annotator, coded by two coders who mostly agree, sometimes
disagree and sometimes mark overlapping but different spans — enough to try every feature at once.
"""

from __future__ import annotations

import json
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from annotator.errors import InvalidInputError, PlaceError, ProjectFileError, place_problem
from annotator.io.atomic import atomic_output
from annotator.io.imports.documents import ParsedDocument
from annotator.io.imports.encoding import normalize_newlines
from annotator.resources import resource_path
from annotator.services.codebooks.reading import add_named_code
from annotator.services.coders import add_coder
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project

DEMO_FILE_NAME = "demo.annot"


def _read(name: str) -> str:
    return normalize_newlines(resource_path("demo", name).read_text(encoding="utf-8"))


def _demo_documents() -> list[tuple[Path, ParsedDocument]]:
    manifest: list[dict[str, Any]] = json.loads(_read("articles.json"))
    documents = []
    for entry in manifest:
        documents.append(
            (
                resource_path("demo", entry["file"]),
                ParsedDocument(
                    text=_read(entry["file"]),
                    title=entry["title"],
                    source_file=entry["file"],
                    outlet=entry.get("outlet"),
                    author=entry.get("author"),
                    published=date.fromisoformat(entry["published"])
                    if entry.get("published")
                    else None,
                    url=entry.get("url"),
                    language=entry.get("language"),
                    raw=_read(entry["raw_file"]) if entry.get("raw_file") else None,
                ),
            )
        )
    return documents


def _nth_occurrence(text: str, quote: str, occurrence: int) -> int:
    position = -1
    for _ in range(occurrence):
        position = text.find(quote, position + 1)
        if position < 0:
            raise InvalidInputError(f"demo quote not found in its article: {quote[:60]!r}")
    return position


def build_demo(folder: Path | str) -> Path:
    """Write `folder/demo.annot`; the folder is created if needed, an existing demo is kept.

    When writing fails (a full disk, a read-only place) nothing is left behind: no partial file,
    and no folder that this call created.
    """
    folder = Path(folder)
    target = folder / DEMO_FILE_NAME
    if target.exists():
        raise ProjectFileError(target, "already exists; delete it or choose another folder")
    created = _make_folders(folder)
    try:
        with atomic_output(target) as temporary:
            _fill_demo(temporary)
    except BaseException:
        for made in created:
            with suppress(OSError):
                made.rmdir()  # only when empty: never what someone else put there meanwhile
        raise
    return target


def _make_folders(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; the ones created, deepest first."""
    missing = [path for path in (folder, *folder.parents) if not path.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if place_problem(error) is None:
            raise
        raise PlaceError(folder, error, "cannot create") from error
    return missing


def _fill_demo(path: Path) -> None:
    spec: dict[str, Any] = json.loads(_read("annotations.json"))
    documents = _demo_documents()
    with new_project(path) as project:
        report = import_documents(project, documents)
        ids = {Path(item.path).name: item.id for item in report.imported}
        texts = {path.name: document.text for path, document in documents}
        for coder in spec["coders"]:
            add_coder(project, coder["name"], coder.get("colour"))
        for actor in spec.get("actors", ()):
            add_named_code(project, "actor", actor["label"], actor.get("parent"))
        for item in spec["annotations"]:
            text = texts[item["article"]]
            start = _nth_occurrence(text, item["quote"], item.get("occurrence", 1))
            create_annotation(
                project,
                document=ids[item["article"]],
                coder=item["coder"],
                start=start,
                end=start + len(item["quote"]),
                values=item.get("values", {}),
                memo=item.get("memo", ""),
            )
        for item in spec.get("status", ()):
            set_status(project, ids[item["article"]], item["coder"], item["status"])
