"""`annotator copy`: a whole project from a file to a server and back, losslessly.

The round trip file → server → file must give back the original file row for row (the final
file's raw SQLite rows equal the original's), the server must hold the same rows, and every
listing (`annotations`, `documents`, `codebook show`, `assignments`) must read the same. A target
that is not empty is refused with one sentence and exit status 2, and a copy that fails half-way
leaves no file and no tables behind."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from annotator.db.base import Base
from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.coding.overview import document_overview
from annotator.services.demo import build_demo
from annotator.services.machine.storage import RunSettings, begin_run
from annotator.services.project_copy import copied_tables
from annotator.services.projects import new_project


def _study(folder: Path, run_cli) -> Path:
    """The demo, made harder: assignments, statuses, extra metadata, a retired code, a text
    value, and a code placed under a code made after it."""
    path = build_demo(folder)
    assigned = run_cli("assign", path, "--coders", "alice,bob", "--overlap", "2", "--seed", "3")
    assert assigned.exit_code == 0
    assert run_cli("edit-document", path, "1", "--set-extra", "section=Politics").exit_code == 0
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE document_status SET status = 'done' WHERE document_id = 2")
        first, last = connection.execute(
            "SELECT min(id), max(id) FROM code WHERE variable_id = "
            "(SELECT variable_id FROM code WHERE id = (SELECT max(id) FROM code))"
        ).fetchone()
        connection.execute("UPDATE code SET parent_id = ?, retired = 1 WHERE id = ?", (last, first))
    connection.close()
    with open_project(path) as project:  # a machine coder's run: provenance with a float
        begin_run(project, RunSettings("llama", "llama3.1:8b", "localhost:11434", "v1",
                                       "ab" * 32, "1", ("actor",), 0.25, 7))  # fmt: skip
    return path


def _raw_rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {
            table.name: connection.execute(
                f"SELECT * FROM {table.name} ORDER BY "
                + ", ".join(column.name for column in table.primary_key.columns)
            ).fetchall()
            for table in copied_tables()
        }
    finally:
        connection.close()


def _typed_rows(location: Path | str) -> dict[str, list[tuple]]:
    with open_project(location, read_only=True) as project, project.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in copied_tables()
        }


def _listings(run_cli, location: Path | str) -> list[str]:
    outputs = []
    for command in (
        ("annotations", location, "--json"),
        ("documents", location, "--json"),
        ("codebook", "show", location),
        ("assignments", location, "--json"),
    ):
        result = run_cli(*command)
        assert result.exit_code == 0, result.err
        outputs.append(result.out)
    return outputs


def test_file_to_server_to_file_loses_nothing(tmp_path: Path, run_cli, server_url: str) -> None:
    original = _study(tmp_path / "demo", run_cli)
    copied = run_cli("copy", original, server_url)
    assert copied.exit_code == 0, copied.err
    assert "annotation " in copied.out and "40 rows" in copied.out
    assert "password" not in copied.out and server_url.split("@")[0] not in copied.out

    back = tmp_path / "back.annot"
    assert run_cli("copy", server_url, back).exit_code == 0

    assert _raw_rows(back) == _raw_rows(original)  # modulo nothing
    assert _typed_rows(server_url) == _typed_rows(original)
    assert sum(len(rows) for rows in _raw_rows(original).values()) > 200
    for path in (original, server_url, back):
        verified = run_cli("verify", path)
        assert verified.exit_code == 0 and verified.out.startswith("OK"), verified.out
    assert _listings(run_cli, back) == _listings(run_cli, original)
    assert _listings(run_cli, server_url) == _listings(run_cli, original)  # the server, as read
    with open_project(original) as first, open_project(server_url) as second:
        assert [record.to_json() for record in list_annotations(second)] == [
            record.to_json() for record in list_annotations(first)
        ]


def test_the_server_numbers_new_rows_after_the_copied_ones(
    tmp_path: Path, run_cli, server_url: str
) -> None:
    original = build_demo(tmp_path)
    assert run_cli("copy", original, server_url).exit_code == 0
    with open_project(server_url) as project:
        record = create_annotation(project, document=1, coder="carol", start=0, end=3)
        assert record.id == 41  # the demo's 40 annotations keep 1..40
        assert record.coder == "carol"


def test_server_to_server_and_file_to_file(tmp_path: Path, run_cli, postgres_cluster) -> None:
    original = build_demo(tmp_path)
    first = postgres_cluster.create_database("copy_first")
    second = postgres_cluster.create_database("copy_second")
    assert run_cli("copy", original, first).exit_code == 0
    assert run_cli("copy", first, second).exit_code == 0
    assert run_cli("copy", second, tmp_path / "again.annot").exit_code == 0
    assert run_cli("copy", tmp_path / "again.annot", tmp_path / "third.annot").exit_code == 0
    assert _raw_rows(tmp_path / "third.annot") == _raw_rows(original)


def test_a_non_empty_target_is_refused_and_left_as_it_was(
    tmp_path: Path, run_cli, server_url: str, postgres_cluster
) -> None:
    original = build_demo(tmp_path)
    existing = tmp_path / "existing.annot"
    existing.write_bytes(b"keep me")
    refused = run_cli("copy", original, existing)
    assert refused.exit_code == 2
    assert refused.err == (
        f"annotator: error: {existing}: already exists; choose another name or delete it first\n"
    )
    assert existing.read_bytes() == b"keep me"

    postgres_cluster.sql("CREATE TABLE notes (line text)", server_url.rsplit("/", 1)[1])
    refused = run_cli("copy", original, server_url)
    assert refused.exit_code == 2
    assert refused.err.count("\n") == 1 and "is not empty" in refused.err
    assert "Traceback" not in refused.err

    missing = server_url.rsplit("/", 1)[0] + "/no_such_database"
    refused = run_cli("copy", original, missing)
    assert refused.exit_code == 2 and refused.err.count("\n") == 1
    assert "no_such_database: does not exist on the server" in refused.err
    assert postgres_cluster.password not in refused.err
    refused = run_cli("copy", tmp_path / "absent.annot", tmp_path / "copy.annot")
    assert refused.exit_code == 2 and "absent.annot" in refused.err
    assert not (tmp_path / "copy.annot").exists()


def test_a_copy_that_fails_half_way_leaves_nothing(
    tmp_path: Path, run_cli, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = build_demo(tmp_path)
    import annotator.services.project_copy as module

    real = module._write_table

    def failing(source, target, table):
        if table.name == "annotation_value":
            raise OSError(28, "No space left on device")
        return real(source, target, table)

    monkeypatch.setattr(module, "_write_table", failing)
    target = tmp_path / "copy.annot"
    assert run_cli("copy", original, target).exit_code == 2
    assert not target.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["demo.annot"]

    failed = run_cli("copy", original, server_url)
    assert failed.exit_code == 2
    from sqlalchemy import create_engine

    engine = create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
    finally:
        engine.dispose()


def test_copy_json_counts_every_table(tmp_path: Path, run_cli) -> None:
    original = build_demo(tmp_path)
    result = run_cli("copy", original, tmp_path / "copy.annot", "--json")
    assert result.exit_code == 0
    report = json.loads(result.out)
    assert list(report["rows"]) == [table.name for table in Base.metadata.sorted_tables]
    assert report["rows"]["annotation"] == 40 and report["rows"]["document"] == 7


_CATALOGUE = (
    "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
    "FROM pg_constraint WHERE connamespace = 'public'::regnamespace UNION ALL "
    "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"
)


def test_a_server_copy_has_every_key_and_index_of_a_new_project(
    tmp_path: Path, run_cli, postgres_cluster
) -> None:
    """The load takes keys and indexes off for speed: they must all be back, as defined."""
    fresh = postgres_cluster.create_database("catalogue_fresh")
    copied = postgres_cluster.create_database("catalogue_copied")
    new_project(fresh).close()
    assert run_cli("copy", build_demo(tmp_path), copied).exit_code == 0
    expected = postgres_cluster.sql(_CATALOGUE, "catalogue_fresh").splitlines()
    assert len(expected) > 30 and any("FOREIGN KEY" in line for line in expected)
    assert postgres_cluster.sql(_CATALOGUE, "catalogue_copied").splitlines() == expected


def test_the_document_list_of_a_server_copy_is_the_files(
    tmp_path: Path, run_cli, server_url: str
) -> None:
    """The coding view's document list (dates, extra metadata) reads a server as it reads a file."""
    original = _study(tmp_path, run_cli)
    assert run_cli("copy", original, server_url).exit_code == 0
    with open_project(original) as first, open_project(server_url) as second:
        for coder in ("alice", "bob"):
            on_server = document_overview(second, coder)
            assert on_server == document_overview(first, coder)
        assert on_server[0].extra == {"section": "Politics"}
        assert any(row.published is not None for row in on_server)
