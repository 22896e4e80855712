"""Projects on a PostgreSQL server: created, opened and refused like files.

tests/postgres_cluster.py starts the server; these tests are skipped, saying so, where no
PostgreSQL binaries are found."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from annotator.db import SCHEMA_REVISION
from annotator.db.location import ServerLocation, parse_location
from annotator.db.project import open_project
from annotator.errors import InvalidInputError, ProjectFileError
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.projects import new_project, project_info


def _write_article(folder: Path) -> Path:
    path = folder / "article.txt"
    path.write_text("Putin said Russia's energy companies want projects in Turkmenistan.\n")
    return path


def test_location_text_never_shows_the_password() -> None:
    location = parse_location("postgresql://alice:s3cret@db.example.org:5432/study")
    assert isinstance(location, ServerLocation)
    assert str(location) == "postgresql://alice@db.example.org:5432/study"
    assert "s3cret" not in repr(location)
    assert location.url.password == "s3cret"  # kept in memory, to connect with
    assert location.name == "study"
    error = ProjectFileError(location, "cannot be reached")
    assert str(error) == "postgresql://alice@db.example.org:5432/study: cannot be reached"


def test_a_url_without_a_database_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="names no database"):
        parse_location("postgresql://alice:s3cret@db.example.org:5432")


def test_new_server_project_has_the_schema_and_the_default_codebook(server_url: str) -> None:
    with new_project(server_url) as project:
        info = project_info(project)
        assert [variable.name for variable in info.variables][:4] == [
            "actor", "claim", "sector", "framing",
        ]  # fmt: skip
        with project.reading() as session:
            stored = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert stored == SCHEMA_REVISION
        assert project.on_server


def test_annotations_round_trip_on_the_server(server_url: str, tmp_path: Path) -> None:
    from annotator.services.imports.articles import import_paths

    with new_project(server_url) as project:
        import_paths(project, [_write_article(tmp_path)])
        record = create_annotation(project, document=1, coder="alice", start=0, end=5)
    with open_project(server_url) as project:
        (stored,) = list_annotations(project)
        assert (stored.uuid, stored.start, stored.end, stored.quote) == (
            record.uuid, 0, 5, "Putin",
        )  # fmt: skip


def test_creating_in_a_database_that_is_not_empty_is_refused(server_url: str) -> None:
    new_project(server_url).close()
    with pytest.raises(ProjectFileError, match="is not empty"):
        new_project(server_url)


def test_a_database_without_a_project_is_refused(server_url: str) -> None:
    with pytest.raises(ProjectFileError, match="is not an Annotator project"):
        open_project(server_url)


def test_a_project_from_a_newer_version_is_refused_untouched(
    server_url: str, postgres_cluster
) -> None:
    new_project(server_url).close()
    database = parse_location(server_url).database
    postgres_cluster.sql("UPDATE alembic_version SET version_num = '9999_future'", database)
    with pytest.raises(
        ProjectFileError, match=r"newer version of Annotator \(schema 9999_future\)"
    ):
        open_project(server_url)
    assert (
        postgres_cluster.sql("SELECT version_num FROM alembic_version", database) == "9999_future"
    )


def test_a_wrong_password_is_one_sentence_without_the_password(postgres_cluster) -> None:
    url = postgres_cluster.url("postgres", password="wrong-password-xyz")
    with pytest.raises(ProjectFileError) as raised:
        open_project(url)
    message = str(raised.value)
    assert "refused the login" in message
    assert "wrong-password-xyz" not in message
    assert postgres_cluster.password not in message


def test_a_database_that_does_not_exist(postgres_cluster) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        open_project(postgres_cluster.url("no_such_database"))
