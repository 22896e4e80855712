"""The merge's SQLite path: inputs ATTACHed, clean rows copied with INSERT…SELECT.

Whatever mix of clean and odd rows an input holds, the SQLite path must store the same rows with
the same ids, report the same and list the same undo as the portable path (the one other
databases take), and leave the project's connection as it found it.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from test_services_merge import code, make_master, raw

from annotator.db.project import open_project
from annotator.errors import ProjectFileError
from annotator.services.distribute import distribute_project
from annotator.services.merging import report as kinds
from annotator.services.merging import stored as merge_stored
from annotator.services.merging.merge import merge_into, merge_projects
from annotator.services.merging.report import MergeReport, UuidList
from annotator.services.verify import verify_project

TABLES = (
    'SELECT id, uuid, document_id, coder_id, start, "end", quote, memo, created_at, updated_at '
    "FROM annotation ORDER BY id",
    "SELECT id, annotation_id, variable_id, code_id, text FROM annotation_value ORDER BY id",
    "SELECT * FROM coder ORDER BY id",
    "SELECT * FROM code ORDER BY id",
    "SELECT * FROM document_status ORDER BY document_id, coder_id",
)


def table_rows(path: Path) -> list[list[tuple]]:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [connection.execute(sql).fetchall() for sql in TABLES]
    finally:
        connection.close()


def both_paths(
    inputs: list[Path], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MergeReport, MergeReport]:
    """Merge `inputs` on the SQLite path and on the portable path; the two must agree."""
    fast = merge_projects(inputs, folder / "attached.annot")
    with monkeypatch.context() as patch:
        patch.setattr(merge_stored, "uses_stored_forms", lambda _session: False)
        portable = merge_projects(inputs, folder / "portable.annot")
    assert fast.summary_lines() == portable.summary_lines()
    assert fast.to_json() == portable.to_json() | {"output": fast.output}
    assert fast.undo == portable.undo
    assert table_rows(folder / "attached.annot") == table_rows(folder / "portable.annot")
    with open_project(folder / "attached.annot", read_only=True) as project:
        assert verify_project(project) == []
    return fast, portable


@pytest.fixture
def copies(tmp_path: Path) -> list[Path]:
    """Two coder copies with a few clean annotations each."""
    master = make_master(tmp_path / "study.annot")
    report = distribute_project(master, ["alice", "bob"], tmp_path / "copies")
    alice, bob = (Path(copy.path) for copy in report.copies)
    code(alice, "alice", 1, "Putin", actor="Government", framing=["Conflict", "Morality"])
    code(alice, "alice", 1, "energy companies", sector="Energy")
    code(alice, "alice", 2, "minister", actor="Government")
    code(alice, "alice", 2, "pipeline deal", claim="Prediction")
    code(alice, "alice", 3, "Critics", actor="Civil society")
    code(bob, "bob", 1, "Putin stressed", actor="Vladimir Putin", sector="Energy")
    code(bob, "bob", 3, "officials", claim="Prediction")
    return [alice, bob]


def alice_uuids(alice: Path) -> list[str]:
    connection = sqlite3.connect(alice)
    try:
        return [row[0] for row in connection.execute("SELECT uuid FROM annotation ORDER BY id")]
    finally:
        connection.close()


def test_odd_rows_amid_clean_ones_keep_the_inputs_order(
    tmp_path: Path, copies: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = copies[0]
    keys = alice_uuids(alice)
    # second row: a uuid in another spelling (normalised, added in Python between clean rows)
    raw(alice, "UPDATE annotation SET uuid = ? WHERE uuid = ?", str(uuid.UUID(keys[1])).upper(),
        keys[1])  # fmt: skip
    # third row: a timestamp without microseconds (normalised too)
    raw(alice, "UPDATE annotation SET updated_at = '2026-01-05 10:00:00' WHERE uuid = ?", keys[2])
    # fourth row: a quote that is not the text (reported, not merged)
    raw(alice, "UPDATE annotation SET quote = 'pipeline meal' WHERE uuid = ?", keys[3])
    fast, _portable = both_paths(copies, tmp_path, monkeypatch)
    assert fast.annotations_added == 6
    invalid = [c.subject for c in fast.conflicts if c.kind == kinds.ANNOTATION_INVALID]
    assert invalid == [str(uuid.UUID(keys[3]))]
    added = [uuid.UUID(key).hex for key in fast.undo.annotations]
    assert added[:4] == [keys[0], keys[1], keys[2], keys[4]]  # the input's order, ids in turn


def test_values_that_need_python_are_mapped_as_the_portable_path_maps_them(
    tmp_path: Path, copies: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = copies
    # a code renamed in one copy, a value of a single-value variable twice, an unknown code
    raw(alice, "UPDATE code SET label = 'Regierung' WHERE label = 'Government'")
    raw(alice, "INSERT INTO annotation_value (annotation_id, variable_id, code_id) SELECT "
        "a.id, c.variable_id, c.id FROM annotation a, code c WHERE a.quote = 'Critics' "
        "AND c.label = 'Regierung'")  # fmt: skip
    raw(bob, "UPDATE annotation_value SET code_id = 9999 WHERE code_id = (SELECT id FROM code "
        "WHERE label = 'Prediction')")  # fmt: skip
    fast, _portable = both_paths(copies, tmp_path, monkeypatch)
    invalid = [c.message for c in fast.conflicts if c.kind == kinds.ANNOTATION_INVALID]
    problems = sorted(message.split(" not merged: ")[1] for message in invalid)
    assert problems == [
        "2 values for 'actor', which takes one",
        "a value of 'claim' is not one of its codes",
    ]


def test_merging_again_adds_nothing_and_reports_changes(
    tmp_path: Path, copies: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    merged = tmp_path / "merged.annot"
    merge_projects(copies, merged)
    keys = alice_uuids(copies[0])
    raw(copies[0], "UPDATE annotation SET updated_at = '2030-01-01 00:00:00.000000' "
        "WHERE uuid = ?", keys[2])  # fmt: skip
    with open_project(merged) as project:
        again = merge_into(project, copies)
    assert again.annotations_added == 0 and not again.changed_anything
    assert [c.kind for c in again.conflicts] == [kinds.ANNOTATION_CHANGED]
    assert [item.annotations_present for item in again.inputs] == [5, 2]
    with monkeypatch.context() as patch:
        patch.setattr(merge_stored, "uses_stored_forms", lambda _session: False)
        with open_project(merged) as project:
            portable = merge_into(project, copies)
    assert portable.summary_lines() == again.summary_lines()


def test_connection_is_left_as_it_was(tmp_path: Path, copies: list[Path]) -> None:
    merged = tmp_path / "merged.annot"
    merge_projects(copies[:1], merged)
    bogus = tmp_path / "notes.annot"
    bogus.write_text("not a project")
    with open_project(merged) as project:
        with pytest.raises(ProjectFileError, match=r"notes\.annot"):
            merge_into(project, [copies[1], bogus])
        merge_into(project, copies, dry_run=True)
        assert merge_into(project, copies).annotations_added == 2
        with project.reading() as session:
            driver = session.connection().connection.driver_connection
            names = [row[1] for row in driver.execute("PRAGMA database_list")]
            temp = driver.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0]
    assert [name for name in names if name != "temp"] == ["main"] and temp == 0


def test_inputs_beyond_sqlites_attach_limit_are_merged_the_portable_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    master = make_master(tmp_path / "study.annot")
    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_ATTACHED)
    names = [f"coder{number}" for number in range(limit + 2)]
    copies = [Path(c.path) for c in distribute_project(master, names, tmp_path / "copies").copies]
    for number, (name, copy) in enumerate(zip(names, copies, strict=True)):
        code(copy, name, 1 + number % 3, "e", claim="Prediction")
    fast, _portable = both_paths(copies, tmp_path, monkeypatch)
    assert fast.annotations_added == limit + 2


def test_undo_list_holds_uuids_compactly_and_reads_as_strings() -> None:
    keys = [uuid.uuid4() for _ in range(3)]
    added = UuidList([str(keys[0])])
    added.extend_keys([keys[1].hex, keys[2].hex])
    assert list(added) == [str(key) for key in keys] == added
    assert added[1] == str(keys[1]) and added[-1] == str(keys[2]) and len(added) == 3
    assert added[1:] == [str(keys[1]), str(keys[2])]
    assert str(keys[2]) in added and str(uuid.uuid4()) not in added and "x" not in added
    assert added == UuidList(str(key) for key in keys) and added != UuidList() and not UuidList()
    assert len(added._bytes) == 48


@pytest.mark.parametrize("column", ["memo", "quote", "uuid", "updated_at"])
def test_text_that_is_not_utf8_refuses_the_input(
    tmp_path: Path, copies: list[Path], column: str
) -> None:
    merged = tmp_path / "merged.annot"
    merge_projects(copies, merged)  # the quote's row is then merged already (counted as present)
    alice = copies[0]
    raw(alice, f"UPDATE annotation SET \"{column}\" = CAST(x'66ff6f' AS TEXT) WHERE id = 2")
    refused = pytest.raises(ProjectFileError, match=rf"{alice.name}: is damaged or unreadable")
    with open_project(merged) as project, refused:
        merge_into(project, copies)
    with pytest.raises(ProjectFileError, match=rf"{alice.name}: is damaged or unreadable"):
        merge_projects(copies, tmp_path / "again.annot")
    assert not (tmp_path / "again.annot").exists()
