"""Coder copies: one project file per coder, made from the PI's master project.

Every copy shares the master's documents and codebook with the same uuids (merging keys on them),
has its coder preset (`ProjectSetting` "coder") and, unless asked otherwise, holds no other
coder's annotations (nor a machine coder's raw answers), so coders work blind to each other. A
copy is made with SQLite's backup API into a temporary file, trimmed, compacted and only then
moved into place: the master is opened read-only and never changed, and an existing file
(perhaps a coder's work) is never overwritten.

When the master has assignments (`services.assignments`), a copy holds only the documents assigned
to its coder (in any set) and those the coder has annotated already, with the coder's assignment
rows, unless `all_documents`.

A coder who is not yet in the master gets a uuid derived from their name (`coder_uuid`), so the
same person in copies made at different times (a second batch of articles) is one coder on merge.
"""

from __future__ import annotations

import re
import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from annotator.core.labels import label_key
from annotator.db.models import (
    Annotation,
    Assignment,
    Coder,
    Document,
    DocumentStatus,
    MachineAnnotation,
    MachineResponse,
    ProjectSetting,
)
from annotator.db.project import Project, database_error, open_project
from annotator.errors import InvalidInputError, ProjectFileError
from annotator.io.atomic import atomic_output
from annotator.services.references import CODER_PALETTE, find_coder

CODER_SETTING = "coder"
CODER_NAMESPACE = uuid_module.UUID("5c0de7a1-6e2b-4c55-9a57-000000000c0d")

Progress = Callable[[int, int, str], None]  # copies done, copies in all, coder


@dataclass(frozen=True)
class ProjectCoder:
    """The coder a coder copy is for."""

    name: str
    uuid: str


@dataclass(frozen=True)
class CoderCopy:
    coder: str
    path: str
    documents: int
    annotations: int


@dataclass
class DistributeReport:
    copies: list[CoderCopy] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"copies": [vars(copy) for copy in self.copies], "cancelled": self.cancelled}


def coder_uuid(name: str) -> uuid_module.UUID:
    """The uuid a new coder gets in coder copies: the same for the same name, every time."""
    return uuid_module.uuid5(CODER_NAMESPACE, label_key(name.strip()))


def project_coder(project: Project) -> ProjectCoder | None:
    """The coder preset in this project (a coder copy), or None for a master/merged project."""
    with project.reading() as session:
        setting = session.get(ProjectSetting, CODER_SETTING)
        value = setting.value if setting is not None else None
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return ProjectCoder(value["name"], str(value.get("uuid") or ""))
    if isinstance(value, str) and value.strip():
        return ProjectCoder(value.strip(), "")
    return None


def copy_file_name(project_path: Path, coder: str) -> str:
    """`study-alice.annot`: the coder's name made safe for every file system."""
    safe = re.sub(r"[^\w.-]+", "_", coder.strip(), flags=re.UNICODE).strip("._") or "coder"
    return f"{project_path.stem}-{safe}{project_path.suffix or '.annot'}"


def backup_copy(source: Path, target: Path) -> None:
    """Copy a project file page by page with SQLite's backup API, reading the source read-only."""
    reader = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def _check_coders(coders: Sequence[str]) -> list[str]:
    names = [name.strip() for name in coders if name.strip()]
    if not names:
        raise InvalidInputError("name at least one coder (e.g. --coders alice,bob)")
    seen: set[str] = set()
    for name in names:
        if label_key(name) in seen:
            raise InvalidInputError(f"coder {name!r} is named twice")
        seen.add(label_key(name))
    return names


def _trim(
    copy: Project, coder: str, source_name: str, with_annotations: bool, all_documents: bool
) -> CoderCopy:
    with copy.writing() as session:
        row = find_coder(session, coder)
        if row is None:
            count = session.scalar(select(func.count()).select_from(Coder)) or 0
            row = Coder(
                uuid=coder_uuid(coder),
                name=coder,
                colour=CODER_PALETTE[count % len(CODER_PALETTE)],
            )
            session.add(row)
            session.flush()
        if not all_documents and session.scalar(select(func.count()).select_from(Assignment)):
            assigned = select(Assignment.document_id).where(Assignment.coder_id == row.id)
            coded = select(Annotation.document_id).where(Annotation.coder_id == row.id)
            session.execute(
                delete(Document).where(Document.id.not_in(assigned), Document.id.not_in(coded))
            )
        session.execute(delete(Assignment).where(Assignment.coder_id != row.id))
        if not with_annotations:
            session.execute(delete(Annotation).where(Annotation.coder_id != row.id))
            session.execute(delete(DocumentStatus).where(DocumentStatus.coder_id != row.id))
            used = select(Annotation.coder_id).distinct()
            session.execute(delete(Coder).where(Coder.id != row.id, Coder.id.not_in(used)))
            # a machine coder's raw answers would show its codings to a coder working blind
            linked = select(MachineAnnotation.response_id).where(
                MachineAnnotation.response_id.is_not(None)
            )
            session.execute(delete(MachineResponse).where(MachineResponse.id.not_in(linked)))
        session.merge(
            ProjectSetting(key=CODER_SETTING, value={"name": row.name, "uuid": str(row.uuid)})
        )
        session.merge(ProjectSetting(key="copied_from", value=source_name))
        session.merge(ProjectSetting(key="copied_at", value=datetime.now(UTC).isoformat()))
        annotations = session.scalar(select(func.count()).select_from(Annotation)) or 0
        documents = session.scalar(select(func.count()).select_from(Document)) or 0
        return CoderCopy(row.name, str(copy.path), documents, annotations)


def distribute_project(
    source: Path | str,
    coders: Sequence[str],
    folder: Path | str,
    *,
    with_annotations: bool = False,
    all_documents: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DistributeReport:
    """Write `folder/<project>-<coder>.annot` for every coder; see the module docstring."""
    source, folder = Path(source), Path(folder)
    names = _check_coders(coders)
    with open_project(source, read_only=True) as project:  # a project, current schema
        if not all_documents:
            _check_assigned(project, names)
    created = [path for path in (folder, *folder.parents) if not path.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / copy_file_name(source, name) for name in names]
    if len({label_key(target.name) for target in targets}) < len(targets):
        raise InvalidInputError("two coders' names give the same file name; rename one of them")
    for target in targets:
        if target.exists():
            raise ProjectFileError(target, "already exists (a coder's work?); nothing was written")
    report = DistributeReport()
    try:
        _write_copies(
            source,
            names,
            targets,
            (with_annotations, all_documents),
            report,
            progress,
            should_cancel,
        )
    except BaseException:
        _remove_written(report, created)  # a failed run leaves nothing: no half set of copies
        raise
    return report


def _check_assigned(project: Project, names: Sequence[str]) -> None:
    """When the project has assignments, every coder named must have some."""
    with project.reading() as session:
        if not session.scalar(select(func.count()).select_from(Assignment)):
            return
        for name in names:
            coder = find_coder(session, name)
            has = coder is not None and session.scalar(
                select(func.count()).select_from(Assignment).where(Assignment.coder_id == coder.id)
            )
            if not has:
                raise InvalidInputError(
                    f"{project.path}: {name} has no assigned documents; assign some "
                    "(annotator assign) or give every coder every document with --all-documents"
                )


def _remove_written(report: DistributeReport, created: list[Path]) -> None:
    for copy in report.copies:
        with suppress(OSError):
            Path(copy.path).unlink(missing_ok=True)
    for made in created:
        with suppress(OSError):
            made.rmdir()  # only when empty: never what someone else put there meanwhile


def _write_copies(
    source: Path,
    names: Sequence[str],
    targets: Sequence[Path],
    keep: tuple[bool, bool],  # with annotations, all documents
    report: DistributeReport,
    progress: Progress | None,
    should_cancel: Callable[[], bool] | None,
) -> None:
    for done, (name, target) in enumerate(zip(names, targets, strict=True)):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(names), name)
        try:
            with atomic_output(target) as temporary:
                backup_copy(source, temporary)
                with open_project(temporary) as copy:
                    made = _trim(copy, name, source.name, *keep)
                connection = sqlite3.connect(temporary)
                try:
                    connection.execute("VACUUM")  # drop the pages the deleted rows used
                finally:
                    connection.close()
        except sqlite3.Error as error:
            raise database_error(error, target) from error
        report.copies.append(CoderCopy(made.coder, str(target), made.documents, made.annotations))
    if progress is not None and not report.cancelled:
        progress(len(names), len(names), "")
