"""Reading a merge input — someone else's project file — without ever changing it.

Merge inputs arrive by mail or a synced folder and are untrusted. SQLite may write beside a file it
opens (a `-journal` rolled back, a `-wal`/`-shm` pair created), so the input is never opened in
place: the file and any side files are copied into a private temporary folder, the copy is checked
(our application id, a known schema, SQLite's quick check) and read from there. The original's
bytes, and its folder, stay exactly as they were. The temporary folder's name carries the process
id, so one that a killed merge left behind is removed by the next (`durable_files`). Rows are read
with plain Core selects into `InputData`; the merge checks every value itself and trusts nothing
it reads. Annotations and their values, the bulk of a project, are read as SQLite stores them
(`fast_rows.select_stored`, no per-row objects); their uuids and timestamps are checked and
normalised to stored keys (`fast_rows.canonical_uuids`), so a damaged or doctored value is
refused, never copied.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from annotator.core.durable_files import remove_dead_folders, scratch_prefix
from annotator.core.text import text_sha256
from annotator.db.models import (
    Annotation,
    AnnotationValue,
    Assignment,
    AssignmentSet,
    Code,
    Coder,
    Document,
    DocumentStatus,
    ProjectSetting,
    Variable,
)
from annotator.db.project import check_project_file, open_project
from annotator.errors import ProjectFileError
from annotator.services.fast_rows import canonical_timestamps, canonical_uuids, select_stored

SIDE_FILES = ("-journal", "-wal")
SCRATCH_NAME = "annotator-merge"  # temporary folders are annotator-merge-PID-…
ANNOTATION_FIELDS = (
    "id", "uuid", "document_id", "coder_id", "start", "end", "quote", "memo", "created_at",
    "updated_at",
)  # fmt: skip
KEY_FIELDS = ((1, "uuid"), (8, "created_at"), (9, "updated_at"))  # checked in this order


@dataclass
class InputData:
    """Every row of one input, as plain values keyed by the input's own ids."""

    path: Path
    coders: list[dict[str, Any]] = field(default_factory=list)
    variables: list[dict[str, Any]] = field(default_factory=list)
    codes: list[dict[str, Any]] = field(default_factory=list)  # parents before children
    documents: list[dict[str, Any]] = field(default_factory=list)  # with "computed_sha256"
    annotations: list[tuple] = field(default_factory=list)  # ANNOTATION_FIELDS, stored keys
    # annotation id → its values as (annotation id, variable id, code id, text) rows
    values: dict[int, list[tuple]] = field(default_factory=dict)
    statuses: list[dict[str, Any]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    assignment_sets: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)


@contextmanager
def private_copy(path: Path) -> Iterator[Path]:
    """A copy of `path` (and its side files) in a temporary folder, removed afterwards."""
    check_project_file(path)
    remove_dead_folders(tempfile.gettempdir(), SCRATCH_NAME)
    with tempfile.TemporaryDirectory(prefix=scratch_prefix(SCRATCH_NAME)) as folder:
        copy = Path(folder) / "input.annot"
        try:
            shutil.copyfile(path, copy)
            for suffix in SIDE_FILES:
                side = path.with_name(path.name + suffix)
                if side.is_file():
                    shutil.copyfile(side, copy.with_name(copy.name + suffix))
        except OSError as error:
            raise ProjectFileError(path, f"cannot be read ({error.strerror})") from error
        yield copy


def _rows(session: Session, table: Any, *order: Any) -> list[dict[str, Any]]:
    query = select(table).order_by(*order)  # Core rows: no ORM loading per row
    return [dict(row) for row in session.connection().execute(query).mappings()]


def _codes_parents_first(codes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {code["id"]: code for code in codes}
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()

    def place(code: dict[str, Any], trail: set[int]) -> None:
        if code["id"] in placed:
            return
        parent = by_id.get(code["parent_id"])
        if parent is None or parent["id"] in trail:  # a missing parent or a cycle: top level
            code["parent_id"] = None
        else:
            place(parent, trail | {parent["id"]})
        placed.add(code["id"])
        ordered.append(code)

    for code in sorted(codes, key=lambda item: (item["position"], item["id"])):
        place(code, {code["id"]})
    return ordered


def read_input(path: Path | str) -> InputData:
    """Copy, check and read one merge input; raises ProjectFileError naming the original file."""
    with private_copy(Path(path)) as copy:
        return read_copy(path, copy)


def read_copy(path: Path | str, copy: Path, *, with_annotations: bool = True) -> InputData:
    """Check and read the private copy of the input `path` (named in every error).

    `with_annotations=False` leaves the annotations and values unread: `merging.attached` copies
    them from the private copy itself.
    """
    path = Path(path)
    data = InputData(path)
    try:
        project = open_project(copy)
    except ProjectFileError as error:
        raise ProjectFileError(path, error.problem) from error
    try:
        with project.reading() as session:
            check = session.execute(text("PRAGMA quick_check")).scalar()
            if check != "ok":
                raise ProjectFileError(path, f"is damaged (SQLite says: {check})")
            _read_rows(session, data, with_annotations)
    except ProjectFileError as error:
        raise ProjectFileError(path, error.problem) from error
    finally:
        project.close()
    return data


def _annotations(session: Session, path: Path) -> list[tuple]:
    """The annotations as `ANNOTATION_FIELDS` tuples, uuids and timestamps as stored keys."""
    columns = Annotation.__table__.c
    rows = select_stored(
        session, select(*(columns[name] for name in ANNOTATION_FIELDS)).order_by(columns.id)
    )
    return canonical_annotations(rows, path)


def canonical_annotations(rows: list[tuple], path: Path) -> list[tuple]:
    """`ANNOTATION_FIELDS` rows with uuids and timestamps as stored keys; raises
    ProjectFileError naming `path` and the first unreadable value (uuids checked first)."""
    if not rows:
        return rows
    fields = list(zip(*rows, strict=True))
    changed = False
    for position, name in KEY_FIELDS:
        column = list(fields[position])
        checked = canonical_keys(name, column, path)
        if checked is not column:
            fields[position] = tuple(checked)
            changed = True
    return list(zip(*fields, strict=True)) if changed else rows


def canonical_keys(name: str, column: list[Any], path: Path) -> list[str]:
    """One of `KEY_FIELDS` as stored keys (`column` itself when all are); raises
    ProjectFileError naming `path` and the first value that cannot be read."""
    canonical = canonical_uuids if name == "uuid" else canonical_timestamps
    try:
        return canonical(column)
    except ValueError as error:
        problem = f"is damaged: an annotation's {name} is unreadable ({error})"
        raise ProjectFileError(path, problem) from error


def _read_rows(session: Session, data: InputData, with_annotations: bool) -> None:
    data.coders = _rows(session, Coder.__table__, Coder.id)
    data.variables = _rows(session, Variable.__table__, Variable.position, Variable.id)
    data.codes = _codes_parents_first(_rows(session, Code.__table__, Code.id))
    data.documents = _rows(session, Document.__table__, Document.id)
    for document in data.documents:
        document["computed_sha256"] = text_sha256(document["text"] or "")
    if with_annotations:
        _read_annotations(session, data)
    data.statuses = _rows(session, DocumentStatus.__table__, DocumentStatus.document_id)
    data.assignment_sets = _rows(session, AssignmentSet.__table__, AssignmentSet.id)
    data.assignments = _rows(session, Assignment.__table__, Assignment.set_id)
    data.settings = {
        key: value
        for key, value in session.execute(select(ProjectSetting.key, ProjectSetting.value))
    }


def _read_annotations(session: Session, data: InputData) -> None:
    data.annotations = _annotations(session, data.path)
    value_columns = AnnotationValue.__table__.c
    values = select_stored(
        session,
        select(
            value_columns.annotation_id,
            value_columns.variable_id,
            value_columns.code_id,
            value_columns.text,
        ).order_by(value_columns.id),
    )
    values.sort(key=itemgetter(0))  # stable: each annotation's values stay in their order
    data.values = {key: list(group) for key, group in groupby(values, itemgetter(0))}
