"""The project file: creation, defensive opening, migrations, locking, self-containment."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from annotator.db import SCHEMA_REVISION, schema
from annotator.db import project as project_module
from annotator.db.models import Base
from annotator.db.project import APPLICATION_ID, open_project
from annotator.errors import ProjectFileError
from annotator.services.corpus.documents import list_documents
from annotator.services.projects import new_project


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_one_self_contained_file(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    with new_project(path) as project, project.writing() as session:
        session.execute(text("SELECT 1"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.annot"]
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == SCHEMA_REVISION


def test_schema_revision_constant_is_the_alembic_head() -> None:
    assert schema.head_revision() == SCHEMA_REVISION


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with new_project(tmp_path / "study.annot") as project, project.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_foreign_keys_are_enforced(project) -> None:
    with pytest.raises(ProjectFileError), project.writing() as session:
        session.execute(
            text(
                'INSERT INTO annotation (uuid, document_id, coder_id, start, "end", quote, memo,'
                " created_at, updated_at) VALUES ('x', 999, 999, 0, 1, 'a', '', '', '')"
            )
        )


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    path.write_text("precious")
    with pytest.raises(ProjectFileError, match="already exists"):
        new_project(path)
    assert path.read_text() == "precious"


def test_failed_creation_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    def broken(session) -> None:
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        project_module.create_project_file(tmp_path / "study.annot", broken)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"headline,text\nA,B\n", "not a SQLite database"),
        (
            b"SQLite format 3\x00" + b"\xff" * 52 + (0x414E4E54).to_bytes(4, "big") + b"\xff" * 200,
            "damaged",
        ),
    ],
)
def test_files_that_are_not_projects_get_one_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "study.annot"
    path.write_bytes(content)
    before = sha(path)
    with pytest.raises(ProjectFileError, match=message) as caught:
        open_project(path)
    assert str(path) in str(caught.value)
    assert sha(path) == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.annot"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ProjectFileError, match="another program"):
        open_project(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such file"):
        open_project(tmp_path / "nope.annot")
    with pytest.raises(ProjectFileError, match="is a folder"):
        open_project(tmp_path)


def test_truncated_project_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    new_project(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 100)
    with pytest.raises(ProjectFileError, match="damaged"), open_project(path) as project:
        list_documents(project)


def test_project_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    new_project(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = sha(path)
    with pytest.raises(ProjectFileError, match="newer version of Annotator"):
        open_project(path)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.annot"]


def test_older_project_is_backed_up_then_migrated(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "study.annot"
    new_project(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0000'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    migrated: list[str] = []

    def fake_upgrade(conn) -> None:
        migrated.append("yes")
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": SCHEMA_REVISION})

    monkeypatch.setattr(schema, "known_revisions", lambda: ("0000", SCHEMA_REVISION))
    monkeypatch.setattr(schema, "upgrade_to_head", fake_upgrade)
    open_project(path).close()
    assert migrated == ["yes"]
    backups = list(tmp_path.glob("study.backup-schema-0000-*.annot"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000"
    assert backup.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert len(backups[0].read_bytes()) == len(before)


def test_second_writer_waits_then_gets_a_clear_error_and_loses_nothing(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(project_module, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "study.annot"
    new_project(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO project_setting (key, value) VALUES ('first', '\"kept\"')")
    with open_project(path) as second:
        started = time.monotonic()
        with (
            pytest.raises(ProjectFileError, match="another program"),
            second.writing() as session,
        ):
            session.execute(text("INSERT INTO project_setting VALUES ('second', '1')"))
        assert time.monotonic() - started >= 0.15  # it waited for the lock first
    holder.execute("COMMIT")
    holder.close()
    connection = sqlite3.connect(path)
    keys = [row[0] for row in connection.execute("SELECT key FROM project_setting")]
    assert "first" in keys and "second" not in keys


def test_second_writer_succeeds_when_the_first_finishes_in_time(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    new_project(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO project_setting (key, value) VALUES ('first', '1')")
    release = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    release.start()
    with open_project(path) as second, second.writing() as session:
        session.execute(text("INSERT INTO project_setting VALUES ('second', '2')"))
    release.join()
    holder.close()
    keys = {row[0] for row in sqlite3.connect(path).execute("SELECT key FROM project_setting")}
    assert {"first", "second"} <= keys


def test_read_only_project_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    new_project(path).close()
    with (
        open_project(path, read_only=True) as project,
        pytest.raises(ProjectFileError, match="read-only"),
        project.writing(),
    ):
        pass


WRITER = """
import sys
from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation
with open_project(sys.argv[1]) as project:
    for number in range(int(sys.argv[3])):
        create_annotation(project, document=1, coder=sys.argv[2], start=number, end=number + 1)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    from annotator.io.imports.documents import ParsedDocument
    from annotator.services.imports.articles import import_documents
    from annotator.services.verify import verify_project

    path = tmp_path / "study.annot"
    with new_project(path) as project:
        import_documents(project, [(path, ParsedDocument("x" * 100, "T", "t.txt"))])
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), coder, "40"])
        for coder in ("alice", "bob", "carol")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0, 0]
    with open_project(path, read_only=True) as project:
        assert verify_project(project) == []
        with project.reading() as session:
            counts = dict(
                session.execute(
                    text(
                        "SELECT coder.name, count(*) FROM annotation JOIN coder "
                        "ON coder.id = annotation.coder_id GROUP BY coder.name"
                    )
                ).all()
            )
    assert counts == {"alice": 40, "bob": 40, "carol": 40}


def test_schema_compiles_for_postgresql() -> None:
    """Teams on a shared server use PostgreSQL: the models must use portable types only."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = postgresql.dialect()
    for table in Base.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert "CREATE TABLE" in ddl
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    annotation = str(CreateTable(Base.metadata.tables["annotation"]).compile(dialect=dialect))
    assert "uuid UUID NOT NULL" in annotation
    assert "TIMESTAMP WITH TIME ZONE" in annotation
