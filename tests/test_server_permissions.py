"""What a coder's own connection may do in a server project, tried in raw SQL as psql would.

The rules are the server's (db.server_access): each forbidden statement is refused by PostgreSQL
itself (or, for a SELECT in blind mode, returns nothing), and each permitted one works."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from server_team import Team, make_team

from annotator.services.server_members import set_blind_coding


@pytest.fixture
def team(postgres_cluster, server_url: str, tmp_path: Path) -> Iterator[Team]:
    made = make_team(postgres_cluster, server_url, tmp_path)
    try:
        yield made
    finally:
        made.owner.close()


def _coder_id(team: Team, role: str) -> str:
    return team.sql(f"SELECT coder_id FROM server_member WHERE role = '{role}'")


def _refused(connection: psycopg.Connection, statement: str) -> str:
    with pytest.raises(errors.InsufficientPrivilege) as raised:
        connection.execute(statement)
    return str(raised.value)


def _bobs_annotation(team: Team) -> str:
    return team.sql(f"SELECT id FROM annotation WHERE uuid = '{team.bobs_span.uuid}'")


def test_a_coder_cannot_add_an_annotation_for_another_coder(team: Team) -> None:
    with team.connect(team.alice) as alice:
        message = _refused(
            alice,
            'INSERT INTO annotation (uuid, document_id, coder_id, start, "end", quote, memo, '
            f"created_at, updated_at) VALUES (gen_random_uuid(), 1, {_coder_id(team, team.bob)}, "
            "6, 10, 'said', '', now(), now())",
        )
    assert "row-level security" in message
    assert team.sql("SELECT count(*) FROM annotation") == "1"


@pytest.mark.parametrize("blind", [True, False])
def test_a_coder_cannot_change_or_delete_another_coders_annotation(team: Team, blind: bool) -> None:
    set_blind_coding(team.owner, blind)
    bobs = _bobs_annotation(team)
    with team.connect(team.alice) as alice:
        statements = [
            f"UPDATE annotation SET memo = 'mine now' WHERE id = {bobs}",
            f"UPDATE annotation SET coder_id = {_coder_id(team, team.alice)} WHERE id = {bobs}",
            f"DELETE FROM annotation WHERE id = {bobs}",
            f"UPDATE annotation_value SET code_id = NULL, text = 'x' WHERE annotation_id = {bobs}",
            f"DELETE FROM annotation_value WHERE annotation_id = {bobs}",
        ]
        for statement in statements:
            if blind:  # the row is invisible: nothing to change, and nothing is changed
                assert alice.execute(statement).rowcount == 0, statement
            else:  # an UPDATE meets the row's policy first, a DELETE the refusal's sentence
                message = _refused(alice, statement)
                assert "row-level security" in message or "only their own" in message, statement
        _refused(
            alice,
            "INSERT INTO annotation_value (annotation_id, variable_id, code_id, text) "
            f"VALUES ({bobs}, (SELECT id FROM variable WHERE name = 'sector'), NULL, 'x')",
        )
    assert team.sql(f"SELECT coder_id, memo FROM annotation WHERE id = {bobs}") == (
        f"{_coder_id(team, team.bob)}|"
    )
    assert team.sql(f"SELECT count(*) FROM annotation_value WHERE annotation_id = {bobs}") == "1"


def test_a_coder_cannot_touch_the_codebook_documents_assignments_coders_or_settings(
    team: Team,
) -> None:
    forbidden = [
        "UPDATE code SET label = 'Governments' WHERE label = 'Government'",
        "INSERT INTO variable (uuid, name, label, kind, multiple, open, description, position) "
        "VALUES (gen_random_uuid(), 'tone', '', 'category', false, false, '', 9)",
        "DELETE FROM code WHERE label = 'Energy'",
        "DELETE FROM document",
        "UPDATE document SET title = 'x'",
        "INSERT INTO assignment_set (uuid, name, design, created_at) "
        "VALUES (gen_random_uuid(), 'mine', '{}', now())",
        f"INSERT INTO assignment (set_id, document_id, coder_id, assigned_at) "
        f"VALUES (1, 1, {_coder_id(team, team.alice)}, now())",
        "INSERT INTO coder (uuid, name, colour, created_at) "
        "VALUES (gen_random_uuid(), 'mallory', '#000000', now())",
        "UPDATE coder SET name = 'bobby' WHERE name <> 'x'",
        "UPDATE project_setting SET value = 'false'",
        "INSERT INTO project_setting (key, value) VALUES ('blind_coding', 'false')",
        f"UPDATE server_member SET coder_id = {_coder_id(team, team.bob)}",
        "INSERT INTO server_member (role, coder_id) VALUES ('mallory', 1)",
        "DROP POLICY annotator_read ON annotation",
        "ALTER TABLE annotation DISABLE ROW LEVEL SECURITY",
        "TRUNCATE annotation",
    ]
    with team.connect(team.alice) as alice:
        for statement in forbidden:
            with pytest.raises(errors.InsufficientPrivilege):
                alice.execute(statement)
    assert team.sql("SELECT count(*) FROM code WHERE label = 'Government'") == "1"
    assert team.sql("SELECT count(*) FROM document") == "1"
    assert team.sql("SELECT count(*) FROM annotation") == "1"


def test_in_blind_mode_a_coder_reads_only_their_own_annotations(team: Team) -> None:
    with team.connect(team.alice) as alice:
        alice.execute(
            'INSERT INTO annotation (uuid, document_id, coder_id, start, "end", quote, memo, '
            "created_at, updated_at) VALUES (gen_random_uuid(), 1, "
            "annotator_current_coder(), 6, 10, 'said', '', now(), now())"
        )
        assert alice.execute("SELECT quote FROM annotation").fetchall() == [("said",)]
        assert alice.execute("SELECT count(*) FROM annotation_value").fetchone() == (0,)
        # progress stays visible: bob's status is there
        assert alice.execute("SELECT status FROM document_status").fetchall() == [("done",)]
    with team.connect(team.carol) as lead:  # a lead reads everyone's work in blind mode
        assert lead.execute("SELECT count(*) FROM annotation").fetchone() == (2,)
        assert lead.execute("SELECT count(*) FROM annotation_value").fetchone() == (1,)
    set_blind_coding(team.owner, False)
    with team.connect(team.alice) as alice:
        rows = alice.execute("SELECT quote FROM annotation ORDER BY start").fetchall()
        assert rows == [("Putin",), ("said",)]
        assert alice.execute("SELECT count(*) FROM annotation_value").fetchone() == (1,)


def test_a_coder_writes_their_own_annotations_values_and_statuses(team: Team) -> None:
    with team.connect(team.alice) as alice:
        (own,) = alice.execute(
            'INSERT INTO annotation (uuid, document_id, coder_id, start, "end", quote, memo, '
            "created_at, updated_at) VALUES (gen_random_uuid(), 1, "
            "annotator_current_coder(), 6, 10, 'said', '', now(), now()) RETURNING id"
        ).fetchone()  # the serial id comes from the sequence the coder may use
        alice.execute(
            "INSERT INTO annotation_value (annotation_id, variable_id, code_id, text) "
            f"SELECT {own}, variable_id, id, NULL FROM code WHERE label = 'Energy'"
        )
        assert alice.execute(f"UPDATE annotation SET memo = 'm' WHERE id = {own}").rowcount == 1
        alice.execute(
            "INSERT INTO document_status (document_id, coder_id, status, updated_at) "
            "VALUES (1, annotator_current_coder(), 'in_progress', now())"
        )
        changed = alice.execute(
            "UPDATE document_status SET status = 'done' WHERE coder_id = annotator_current_coder()"
        )
        assert changed.rowcount == 1
        _refused(alice, "UPDATE document_status SET status = 'not_started'")
        assert "only their own document statuses" in _refused(alice, "DELETE FROM document_status")
        _refused(
            alice,
            "INSERT INTO document_status (document_id, coder_id, status, updated_at) "
            f"VALUES (1, {_coder_id(team, team.carol)}, 'done', now())",
        )
        assert alice.execute(f"DELETE FROM annotation WHERE id = {own}").rowcount == 1
    assert team.sql("SELECT count(*) FROM annotation") == "1"
    assert team.sql("SELECT count(*) FROM annotation_value") == "1"
    statuses = team.sql("SELECT coder_id || ':' || status FROM document_status ORDER BY coder_id")
    assert statuses.split() == sorted(
        [f"{_coder_id(team, team.alice)}:done", f"{_coder_id(team, team.bob)}:done"]
    )


def test_a_lead_may_change_everything_a_coder_may_not(team: Team) -> None:
    bobs = _bobs_annotation(team)
    with team.connect(team.carol) as lead:
        assert (
            lead.execute(
                "UPDATE code SET label = 'Governments' WHERE label = 'Government'"
            ).rowcount
            == 1
        )
        lead.execute(
            "INSERT INTO assignment_set (uuid, name, design, created_at) "
            "VALUES (gen_random_uuid(), 'main', '{}', now())"
        )
        assert lead.execute(f"UPDATE annotation SET memo = 'checked' WHERE id = {bobs}").rowcount
        assert lead.execute("UPDATE document_status SET status = 'in_progress'").rowcount == 1
        lead.execute("UPDATE project_setting SET value = 'false' WHERE key = 'codebook_name'")
        with pytest.raises(errors.InsufficientPrivilege):  # only the owner changes the schema
            lead.execute("ALTER TABLE annotation DISABLE ROW LEVEL SECURITY")
        with pytest.raises(errors.InsufficientPrivilege):  # and only an admin who codes
            lead.execute("INSERT INTO server_member (role, coder_id) VALUES ('mallory', 1)")
    assert team.sql(f"SELECT memo FROM annotation WHERE id = {bobs}") == "checked"


def test_the_rules_are_installed_again_without_harm(team: Team) -> None:
    from annotator.db.server_access import install_access_rules

    with team.owner.engine.begin() as connection:
        install_access_rules(connection)
        install_access_rules(connection)
    with team.connect(team.alice) as alice:
        assert alice.execute("SELECT count(*) FROM annotation").fetchone() == (0,)
        with pytest.raises(errors.InsufficientPrivilege):
            alice.execute("DELETE FROM document")


def test_a_lab_owner_without_superuser_rights_sets_up_and_runs_the_project(
    postgres_cluster, tmp_path: Path
) -> None:
    """As on a lab's server: the administrator makes an owner login (CREATEROLE, not superuser)
    and its database; the owner creates the project, adds coders, and copies rows in with COPY
    (row-level security is not forced on the owner, so PostgreSQL allows COPY FROM)."""
    from annotator.db.project import open_project
    from annotator.services.coding.annotations import create_annotation, list_annotations
    from annotator.services.imports.articles import import_paths
    from annotator.services.projects import new_project
    from annotator.services.server_members import add_member

    owner, database = "lab_owner", "lab_study"
    postgres_cluster.sql(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'pw-owner'")
    postgres_cluster.sql(f"CREATE DATABASE {database} OWNER {owner}")
    owner_url = postgres_cluster.url(database, user=owner, password="pw-owner")
    with new_project(owner_url) as project:
        article = tmp_path / "a.txt"
        article.write_text("The lab's own server.\n")
        import_paths(project, [article])
        add_member(project, "lab_coder", password="pw-coder")
        add_member(project, "lab_lead", lead=True, password="pw-lead")
        create_annotation(project, document=1, coder="lab_lead", start=0, end=3)
        with project.engine.begin() as connection:
            raw = connection.connection.dbapi_connection
            with raw.cursor().copy("COPY project_setting (key, value) FROM STDIN") as copy:
                copy.write_row(("copied_in", '"yes"'))
    coder_url = postgres_cluster.url(database, user="lab_coder", password="pw-coder")
    with open_project(coder_url) as project:
        create_annotation(project, document=1, coder="lab_coder", start=4, end=7)
        assert [record.quote for record in list_annotations(project)] == ["lab"]
        with project.engine.connect() as connection, pytest.raises(Exception) as raised:
            connection.exec_driver_sql("DELETE FROM document")
        assert isinstance(raised.value.orig, errors.InsufficientPrivilege)
    lead_url = postgres_cluster.url(database, user="lab_lead", password="pw-lead")
    with open_project(lead_url) as project:
        assert [record.quote for record in list_annotations(project)] == ["The", "lab"]


def test_tables_a_later_version_adds_are_readable_by_the_team(team: Team) -> None:
    team.sql("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
    with team.connect(team.alice) as alice:
        assert alice.execute("SELECT count(*) FROM later_table").fetchone() == (0,)
        with pytest.raises(errors.InsufficientPrivilege):
            alice.execute("INSERT INTO later_table (note) VALUES ('x')")
    with team.connect(team.carol) as lead:
        lead.execute("INSERT INTO later_table (note) VALUES ('x')")


def test_a_coders_temporary_tables_cannot_pose_as_the_catalogue(team: Team) -> None:
    """A temporary table is searched before pg_catalog: the rules' functions name the catalogue's
    tables in full, so a coder's own `pg_roles` saying they are a superuser changes nothing."""
    set_blind_coding(team.owner, False)
    bobs = _bobs_annotation(team)
    with team.connect(team.alice) as alice:
        alice.execute(
            "CREATE TEMPORARY TABLE pg_roles AS SELECT current_user::name AS rolname, "
            "true AS rolsuper, true AS rolbypassrls, 0::oid AS oid"
        )
        alice.execute("CREATE TEMPORARY TABLE pg_class AS SELECT 0::oid AS oid, 0::oid AS relowner")
        _refused(alice, f"DELETE FROM annotation WHERE id = {bobs}")
        _refused(alice, f"UPDATE annotation SET memo = 'x' WHERE id = {bobs}")
    assert team.sql("SELECT count(*) FROM annotation") == "1"


def test_every_table_of_the_models_has_its_rule(team: Team) -> None:
    """A table added to the models must get a decision here: coders read every table and write
    only their own work (under row-level security); leads write every table."""
    from annotator.db.base import Base
    from annotator.db.server_access import CODERS_WRITE, group_roles

    coders, leads = group_roles(team.database)
    for table in Base.metadata.tables:
        rights = team.sql(
            f"SELECT has_table_privilege('{coders}', '{table}', 'SELECT'), "
            f"has_table_privilege('{coders}', '{table}', 'INSERT, UPDATE, DELETE'), "
            f"has_table_privilege('{leads}', '{table}', 'INSERT'), "
            f"has_table_privilege('{leads}', '{table}', 'UPDATE'), "
            f"has_table_privilege('{leads}', '{table}', 'DELETE'), "
            f"has_table_privilege('{coders}', '{table}', 'TRUNCATE'), "
            f"(SELECT relrowsecurity FROM pg_class WHERE oid = '{table}'::regclass)"
        )
        coder_writes = "t" if table in CODERS_WRITE else "f"
        assert rights == f"t|{coder_writes}|t|t|t|f|{coder_writes}", table


def test_after_the_owner_upgrades_the_schema_the_team_keeps_its_rights(team: Team) -> None:
    """The owner's migration creates tables (here: 0002's assignment tables, after a downgrade
    to 0001); coders read them and leads write them at once, without add-coder again."""
    from alembic import command

    from annotator.db import schema
    from annotator.db.project import open_project

    first = schema.known_revisions()[0]
    with team.owner.engine.begin() as connection:
        command.downgrade(schema._config(connection), first)
    open_project(team.url).close()  # the owner opens it: upgraded
    with team.connect(team.carol) as lead:
        lead.execute(
            "INSERT INTO assignment_set (uuid, name, design, created_at) "
            "VALUES (gen_random_uuid(), 'main', '{}', now())"
        )
    with team.connect(team.alice) as alice:
        assert alice.execute("SELECT name FROM assignment_set").fetchall() == [("main",)]
        with pytest.raises(errors.InsufficientPrivilege):
            alice.execute("DELETE FROM assignment_set")
