"""The merge's fast path: stored values copied as they are, checked, the same as the typed path.

On SQLite the merge copies uuids and timestamps as stored strings; on other databases it takes the
typed path. Both must store the same rows and report the same, and doctored values in an input
must be normalised or refused, never copied.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from test_services_merge import annotations_of, code, make_master, raw

from annotator.db.project import open_project
from annotator.errors import ProjectFileError
from annotator.services import fast_rows
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.distribute import distribute_project
from annotator.services.merging import report as kinds
from annotator.services.merging import stored as merge_stored
from annotator.services.merging.merge import merge_into, merge_projects
from annotator.services.merging.undo import undo_merge
from annotator.services.projects import project_info
from annotator.services.verify import verify_project

STORED = 'SELECT uuid, start, "end", quote, memo, created_at, updated_at FROM annotation'
VALUES = (
    "SELECT a.uuid, v.variable_id, v.code_id, v.text FROM annotation_value v "
    "JOIN annotation a ON a.id = v.annotation_id"
)


def rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return sorted(connection.execute(sql).fetchall(), key=repr)
    finally:
        connection.close()


@pytest.fixture
def copies(tmp_path: Path) -> list[Path]:
    """Two coder copies of a master with a free-text variable, coded and with statuses."""
    master = make_master(tmp_path / "study.annot")
    raw(master, "INSERT INTO variable (uuid, name, label, kind, multiple, open, description, "
        "position) VALUES (?, 'note', 'Note', 'text', 0, 0, '', 9)", uuid.uuid4().hex)  # fmt: skip
    report = distribute_project(master, ["alice", "bob"], tmp_path / "copies")
    alice, bob = (Path(copy.path) for copy in report.copies)
    code(alice, "alice", 1, "Putin", actor="Government", framing=["Conflict", "Morality"])
    code(alice, "alice", 2, "minister", note="a free-text value, «ünïcode» 👍🏽")
    code(bob, "bob", 1, "Putin stressed", actor="Vladimir Putin", sector="Energy")
    code(bob, "bob", 3, "Critics", claim="Prediction")
    with open_project(bob) as project:
        set_status(project, 1, "bob", "done")
        set_status(project, 3, "bob", "in_progress")
    return [alice, bob]


def test_typed_path_stores_and_reports_the_same(
    tmp_path: Path, copies: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = merge_projects(copies, tmp_path / "fast.annot")
    monkeypatch.setattr(merge_stored, "uses_stored_forms", lambda _session: False)
    typed = merge_projects(copies, tmp_path / "typed.annot")
    assert typed.summary_lines() == fast.summary_lines()
    assert typed.undo == fast.undo and fast.annotations_added == 4
    for sql in (STORED, VALUES):
        assert rows(tmp_path / "typed.annot", sql) == rows(tmp_path / "fast.annot", sql)
    assert annotations_of(tmp_path / "typed.annot") == annotations_of(tmp_path / "fast.annot")
    with open_project(tmp_path / "typed.annot") as project:
        assert verify_project(project) == []
        again = merge_into(project, copies)  # still typed: matches what it stored
        assert again.annotations_added == 0 and not again.changed_anything
        assert again.conflicts == []
        both = merge_into(project, [tmp_path / "fast.annot"])
        assert both.annotations_added == 0 and both.conflicts == []
        undo_merge(project, both.undo)
        assert project_info(project).annotations == 4


def test_merge_into_restores_the_connection(tmp_path: Path, copies: list[Path]) -> None:
    merged = tmp_path / "merged.annot"
    merge_projects(copies[:1], merged)
    with open_project(merged) as project:
        with project.reading() as session:
            connection = session.connection().connection.driver_connection
            before = connection.execute("PRAGMA cache_size").fetchone()
        report = merge_into(project, copies)
        assert report.annotations_added == 2
        assert connection.execute("PRAGMA cache_size").fetchone() == before
        assert statuses_of(project, "bob") == {1: "done", 3: "in_progress"}


def test_non_canonical_stored_values_are_normalised(tmp_path: Path, copies: list[Path]) -> None:
    alice = copies[0]
    (key,) = rows(alice, "SELECT uuid FROM annotation WHERE start = 0")[0]
    dashed = str(uuid.UUID(key)).upper()
    raw(alice, "UPDATE annotation SET uuid = ?, created_at = '2024-03-01 10:00:00', "
        "updated_at = '2024-03-01T12:00:00+02:00' WHERE uuid = ?", dashed, key)  # fmt: skip
    merged = tmp_path / "m.annot"
    report = merge_projects(copies, merged)
    assert report.annotations_added == 4
    assert [conflict.kind for conflict in report.conflicts] == [kinds.CODE_ADDED]
    stored = {row[0]: row for row in rows(merged, STORED)}
    assert stored[key][5:] == ("2024-03-01 10:00:00.000000", "2024-03-01 10:00:00.000000")
    assert str(uuid.UUID(key)) in report.undo.annotations
    with open_project(merged) as project:
        assert verify_project(project) == []
        assert merge_into(project, copies).annotations_added == 0  # same uuid, same time


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("uuid", "not-a-uuid"),
        ("uuid", "0123456789abcdef0123456789abcdef\n0123456789abcdef0123456789abcdef"),
        ("updated_at", "2024-02-31 00:00:00.000000"),
        ("created_at", "yesterday"),
        ("created_at", 20240101),
    ],
)
def test_unreadable_stored_values_refuse_the_input(
    tmp_path: Path, copies: list[Path], column: str, value: object
) -> None:
    alice = copies[0]
    raw(alice, f'UPDATE annotation SET "{column}" = ? WHERE start = 0', value)
    with pytest.raises(ProjectFileError, match=rf"{alice.name}: is damaged: an annotation's"):
        merge_projects(copies, tmp_path / "m.annot")
    assert not (tmp_path / "m.annot").exists()


def test_odd_offsets_memos_and_texts_are_not_merged(tmp_path: Path, copies: list[Path]) -> None:
    alice, bob = copies
    raw(alice, "UPDATE annotation SET start = 0.5 WHERE start = 0")  # REAL: not an offset
    raw(alice, "UPDATE annotation_value SET text = x'00ff' WHERE text IS NOT NULL")
    raw(bob, "UPDATE annotation SET memo = x'05' WHERE quote = 'Critics'")
    report = merge_projects(copies, tmp_path / "m.annot")
    invalid = [c.message for c in report.conflicts if c.kind == kinds.ANNOTATION_INVALID]
    assert sorted(message.split(" not merged: ")[1] for message in invalid) == [
        "a value of text variable 'note' is not text",
        "its memo is not text",
        "its offsets are not whole numbers",
    ]
    assert report.annotations_added == 1
    with open_project(tmp_path / "m.annot") as project:
        assert verify_project(project) == []


def test_canonical_keys() -> None:
    key = uuid.uuid4().hex
    assert fast_rows.canonical_uuids([key]) == [key]
    assert fast_rows.canonical_uuids([key.upper(), f"{{{uuid.UUID(key)}}}"]) == [key, key]
    assert fast_rows.canonical_uuids([]) == []
    with pytest.raises(ValueError):
        fast_rows.canonical_uuids([key, key[:31]])
    stamp = "2024-01-02 03:04:05.000006"
    assert fast_rows.canonical_timestamps([stamp, "2024-01-02 03:04:05.000006"]) == [stamp] * 2
    assert fast_rows.canonical_timestamps(["2024-01-02 03:04:05.000006+00:00"]) == [stamp]
    assert fast_rows.typed_timestamp(stamp).tzinfo is not None
    assert fast_rows.timestamp_key(fast_rows.typed_timestamp(stamp)) == stamp
    assert fast_rows.uuid_key(fast_rows.typed_uuid(key)) == key
    assert fast_rows.dashed(key) == str(uuid.UUID(key))
    for bad in (None, 5, b"x" * 16):
        with pytest.raises(ValueError):
            fast_rows.canonical_uuids([bad])
        with pytest.raises(ValueError):
            fast_rows.canonical_timestamps([bad])
