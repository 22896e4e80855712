"""Merging coders' projects: lossless, repeatable and explained.

Documents match by uuid, then by identical text (SHA-256 computed here, never trusted from the
input); coders by uuid; codebook rows as `merging.codebook` explains; annotations by uuid, so
merging the same input twice, or a merged project with one of its inputs, adds nothing. Every
conflict is reported (`merging.report`), never guessed away: a document whose uuid matches but whose
text differs is not merged, nor are its annotations; two coders with the same name and different
uuids stay two coders ("alice (2)") unless `coders_by_name` says they are one person; an annotation
whose quote is not its document's text at its offsets is left out.

`merge_into` writes into an open project in ONE transaction (the GUI's undoable "Import coder
project…"; `undo_merge` takes it back); `merge_projects` builds a new file under a temporary name
and moves it into place only when complete. A dry run does all the work and rolls it back.

Speed (5 coder copies × 20,000 annotations in a few seconds): annotations and their values are
matched and copied as plain tuples of SQLite's stored values (`merging.stored`, `fast_rows`), never
as ORM objects; the transaction runs with a larger SQLite page cache and without Python's cyclic
garbage collector, which would otherwise walk the growing heap of row tuples again and again.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from annotator.core.gc_pause import paused_gc
from annotator.core.labels import label_key
from annotator.db.models import (
    Coder,
    Document,
    DocumentStatus,
    ProjectSetting,
)
from annotator.db.project import Project, create_project_file
from annotator.errors import ProjectFileError
from annotator.io.atomic import atomic_output
from annotator.services.merging import report as kinds
from annotator.services.merging.assignments import merge_assignments
from annotator.services.merging.attached import Attachments, copy_annotations
from annotator.services.merging.codebook import CodebookMatcher
from annotator.services.merging.input_files import (
    InputData,
    private_copy,
    read_copy,
    read_input,
)
from annotator.services.merging.report import InputReport, MergeReport, MergeUndo
from annotator.services.merging.rows import map_documents, merge_annotations, merge_statuses
from annotator.services.merging.stored import AnnotationStore, roomy_cache

Progress = Callable[[int, int, str], None]  # inputs done, inputs in all, current input
CARRIED_SETTINGS = ("codebook_name", "codebook_version", "codebook_description", "created_by")


class _Rollback(Exception):
    """Raised inside the transaction to undo it (dry run, cancel)."""


class MergeTarget:
    """The merged project's rows that matching needs, indexed once and kept current."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.codebook = CodebookMatcher(session)
        self.coder_by_uuid: dict[uuid_module.UUID, tuple[int, str]] = {}
        self.coder_names: set[str] = set()
        for coder_id, coder_uuid, name in session.execute(select(Coder.id, Coder.uuid, Coder.name)):
            self.coder_by_uuid[coder_uuid] = (coder_id, name)
            self.coder_names.add(label_key(name))
        self.document_by_uuid: dict[uuid_module.UUID, tuple[int, str]] = {}
        self.document_by_sha: dict[str, int] = {}
        for document_id, document_uuid, sha256 in session.execute(
            select(Document.id, Document.uuid, Document.sha256)
        ):
            self.document_by_uuid[document_uuid] = (document_id, sha256)
            self.document_by_sha.setdefault(sha256, document_id)
        self.store = AnnotationStore(session)
        self._annotations: dict[str, tuple[int, int, str]] | None = None
        self.statuses = {
            (row[0], row[1]): (row[2], row[3])
            for row in session.execute(select(DocumentStatus.__table__))
        }
        self.settings = set(session.scalars(select(ProjectSetting.key)))

    @property
    def annotations(self) -> dict[str, tuple[int, int, str]]:
        """uuid key → (start, end, updated_at key) of the merged project's annotations, read when
        the portable path first needs it (the SQLite path looks rows up in SQL instead)."""
        if self._annotations is None:
            self._annotations = self.store.index()
        return self._annotations

    def forget_annotations(self) -> None:
        """Annotations were added behind the index's back: read it again when it is needed."""
        self._annotations = None

    def bulk_insert(self, table: Any, rows: list[dict[str, Any]]) -> dict[Any, int]:
        """Insert rows (a plain executemany) and return uuid → new id."""
        if not rows:
            return {}
        before = self.session.scalar(select(func.max(table.c.id))) or 0
        self.session.execute(insert(table), rows)
        query = select(table.c.uuid, table.c.id).where(table.c.id > before)
        return dict(self.session.execute(query).all())


def _unique_name(name: str, taken: set[str]) -> str:
    number = 2
    while label_key(f"{name} ({number})") in taken:
        number += 1
    return f"{name} ({number})"


def _map_coders(
    target: MergeTarget, data: InputData, report: InputReport, undo: MergeUndo, by_name: bool
) -> dict[int, int]:
    mapping: dict[int, int] = {}
    names_by_key = {label_key(name): coder_id for coder_id, name in target.coder_by_uuid.values()}
    for coder in data.coders:
        name = (coder["name"] or "").strip() or "coder"
        found = target.coder_by_uuid.get(coder["uuid"])
        if found is not None:
            kept = found[1]
            suffixed = re.fullmatch(re.escape(label_key(name)) + r" \(\d+\)", label_key(kept))
            if label_key(kept) != label_key(name) and not suffixed:
                report.conflict(
                    kinds.CODER_RENAMED,
                    str(coder["uuid"]),
                    f"coder {name!r} is called {kept!r} in the merged project (same person)",
                )
            mapping[coder["id"]] = found[0]
            report.coders.append(kept)
            continue
        if by_name and label_key(name) in names_by_key:
            mapping[coder["id"]] = names_by_key[label_key(name)]
            report.coders.append(
                next(n for i, n in target.coder_by_uuid.values() if i == mapping[coder["id"]])
            )
            continue
        final = name
        if label_key(name) in target.coder_names:
            final = _unique_name(name, target.coder_names)
            report.conflict(
                kinds.CODER_NAME_TAKEN,
                str(coder["uuid"]),
                f"another coder is already called {name!r} (a different uuid); kept apart as "
                f"{final!r} — rename or join them if they are one person",
            )
        row = {
            "uuid": coder["uuid"],
            "name": final,
            "colour": coder["colour"] or "#4e79a7",
            "created_at": coder["created_at"],
            "kind": coder.get("kind") or "human",  # a machine coder stays one
        }
        new_id = target.bulk_insert(Coder.__table__, [row])[coder["uuid"]]
        target.coder_by_uuid[coder["uuid"]] = (new_id, final)
        target.coder_names.add(label_key(final))
        names_by_key.setdefault(label_key(final), new_id)
        mapping[coder["id"]] = new_id
        report.coders.append(final)
        report.coders_added.append(final)
        undo.coders.append(str(coder["uuid"]))
    return mapping


def _merge_one(
    target: MergeTarget,
    data: InputData,
    attached: str | None,
    report: InputReport,
    undo: MergeUndo,
    by_name: bool,
) -> None:
    coders = _map_coders(target, data, report, undo, by_name)
    codebook = target.codebook.match(data.variables, data.codes, report, undo)
    documents, texts = map_documents(target, data, report, undo)
    maps = (documents, texts, coders)
    if attached is None:
        merge_annotations(target, data, maps, codebook, report, undo)
    else:
        copy_annotations(target, attached, data, maps, codebook, report, undo)
    merge_statuses(target, data, documents, coders, report, undo)
    merge_assignments(target.session, data, documents, coders, report, undo)
    for key in CARRIED_SETTINGS:
        if key in data.settings and key not in target.settings:
            target.session.add(ProjectSetting(key=key, value=data.settings[key]))
            target.settings.add(key)
            undo.settings.append(key)


def _open_input(
    path: Path, session: Session, attachments: Attachments, copies: ExitStack
) -> tuple[InputData, str | None]:
    """Read one input; on SQLite, attach its private copy for `attached.copy_annotations`."""
    if not attachments.has_room(session):
        return read_input(path), None
    copy = copies.enter_context(private_copy(path))  # kept until the input is detached
    data = read_copy(path, copy, with_annotations=False)
    return data, attachments.attach(copy)


def merge_into(
    project: Project,
    inputs: Sequence[Path | str],
    *,
    dry_run: bool = False,
    coders_by_name: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge `inputs` into the open project in one transaction; see the module docstring."""
    report = MergeReport(dry_run=dry_run)
    paths = [Path(path) for path in inputs]
    for path in paths:
        if project.path.exists() and path.exists() and path.resolve() == project.path.resolve():
            raise ProjectFileError(path, "is the project being merged into")
    attachments = Attachments()
    # the private copies of attached inputs outlive the transaction: detached after it ends
    with ExitStack() as copies:
        try:
            with paused_gc(), project.writing() as session, roomy_cache(session):
                target = MergeTarget(session)
                for done, path in enumerate(paths):
                    if should_cancel is not None and should_cancel():
                        report.cancelled = True
                        raise _Rollback
                    if progress is not None:
                        progress(done, len(paths), str(path))
                    data, attached = _open_input(path, session, attachments, copies)
                    item = InputReport(str(path))
                    report.inputs.append(item)
                    _merge_one(target, data, attached, item, report.undo, coders_by_name)
                    session.flush()
                if dry_run:
                    raise _Rollback
        except _Rollback:
            report.undo = MergeUndo() if report.cancelled else report.undo
        finally:
            attachments.detach_all()
    if progress is not None and not report.cancelled:
        progress(len(paths), len(paths), "")
    return report


def merge_projects(
    inputs: Sequence[Path | str],
    output: Path | str,
    *,
    dry_run: bool = False,
    coders_by_name: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge `inputs` into a new project file `output`, written whole or not at all."""
    output = Path(output)
    if not dry_run and output.exists():
        raise ProjectFileError(output, "already exists; choose a new name for the merged project")
    if not output.parent.is_dir():
        raise ProjectFileError(output, f"cannot be created: the folder {output.parent} is missing")
    try:
        with atomic_output(output) as temporary:
            with create_project_file(temporary) as project:
                report = merge_into(
                    project,
                    inputs,
                    dry_run=dry_run,
                    coders_by_name=coders_by_name,
                    progress=progress,
                    should_cancel=should_cancel,
                )
            if dry_run or report.cancelled:
                raise _Discard(report)  # atomic_output removes the temporary file
    except _Discard as discarded:
        return discarded.report
    report.output = str(output)
    return report


class _Discard(Exception):
    def __init__(self, report: MergeReport) -> None:
        super().__init__("discarded")
        self.report = report
