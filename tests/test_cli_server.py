"""`annotator server add-coder / remove-coder / coders / blind` against the test server."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from server_team import Team, make_team

from annotator.db.location import parse_location
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.projects import new_project


@pytest.fixture
def project_url(server_url: str) -> str:
    new_project(server_url).close()
    return server_url


def _role(url: str, name: str) -> str:
    return f"{name}_{parse_location(url).database}"


def _login(postgres_cluster, url: str, role: str, password: str) -> None:
    database = parse_location(url).database
    psycopg.connect(
        host="127.0.0.1", port=postgres_cluster.port, dbname=database, user=role, password=password
    ).close()


def test_add_coder_makes_a_login_that_codes_and_never_shows_the_password(
    run_cli, postgres_cluster, project_url: str, monkeypatch
) -> None:
    alice = _role(project_url, "alice")
    monkeypatch.setenv("ALICE_PASSWORD", "correct horse 'battery'")
    result = run_cli("server", "add-coder", project_url, alice, "--password-env", "ALICE_PASSWORD")
    assert result.exit_code == 0, result.err
    assert result.out.startswith(f"{alice} is a coder of ")
    assert "horse" not in result.out + result.err
    assert postgres_cluster.password not in result.out + result.err
    stored = postgres_cluster.sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{alice}'")
    assert stored.startswith("SCRAM-SHA-256$")  # only a verifier reached the server
    _login(postgres_cluster, project_url, alice, "correct horse 'battery'")

    listed = run_cli("server", "coders", project_url, "--json")
    assert json.loads(listed.out) == [
        {
            "role": alice,
            "coder": alice,
            "coder_uuid": json.loads(listed.out)[0]["coder_uuid"],
            "standing": "coder",
            "lead": False,
            "can_login": True,
        }
    ]
    assert (
        run_cli("server", "add-coder", project_url, alice, "--lead", "--no-password").exit_code == 0
    )
    assert json.loads(run_cli("server", "coders", project_url, "--json").out)[0]["lead"] is True
    assert run_cli("server", "add-coder", project_url, alice, "--no-password").exit_code == 0
    text_listing = run_cli("server", "coders", project_url).out
    assert text_listing.split() == [alice, "coder", alice]
    _login(postgres_cluster, project_url, alice, "correct horse 'battery'")  # password kept


def test_remove_coder_stops_the_login_and_keeps_the_codings(
    run_cli, postgres_cluster, project_url: str, monkeypatch, tmp_path: Path
) -> None:
    bob = _role(project_url, "bob")
    monkeypatch.setenv("BOB_PASSWORD", "pw-bob")
    assert run_cli("server", "add-coder", project_url, bob, "--name", "Bob B.",
                   "--password-env", "BOB_PASSWORD").exit_code == 0  # fmt: skip
    database = parse_location(project_url).database
    bobs_url = postgres_cluster.url(database, user=bob, password="pw-bob")
    from annotator.db.project import open_project
    from annotator.services.imports.articles import import_paths

    with open_project(project_url) as owner:
        article = tmp_path / "a.txt"
        article.write_text("Coders come and go; their codings stay.\n")
        import_paths(owner, [article])
    with open_project(bobs_url) as project:
        create_annotation(project, document=1, coder="Bob B.", start=0, end=6)

    result = run_cli("server", "remove-coder", project_url, bob)
    assert result.exit_code == 0, result.err
    assert "its logins are disabled" in result.out
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(bobs_url)
    refused = run_cli("server", "coders", bobs_url)
    assert refused.exit_code == 2
    assert refused.err == (
        f"annotator: error: {bobs_url.replace(':pw-bob', '')}: refused the login: this login is "
        "disabled (removed from the project's coders; the project's owner can add it again: "
        "annotator server add-coder)\n"
    )
    with open_project(project_url) as owner:
        assert [record.coder for record in list_annotations(owner)] == ["Bob B."]
    (listed,) = json.loads(run_cli("server", "coders", project_url, "--json").out)
    assert (listed["standing"], listed["can_login"]) == ("removed", False)

    assert run_cli("server", "add-coder", project_url, bob, "--no-password").exit_code == 0
    _login(postgres_cluster, project_url, bob, "pw-bob")


def test_a_coder_of_two_projects_keeps_logging_in_for_the_other(
    run_cli, postgres_cluster, project_url: str, monkeypatch
) -> None:
    other_url = postgres_cluster.create_database(parse_location(project_url).database + "_b")
    new_project(other_url).close()
    carol = _role(project_url, "carol")
    monkeypatch.setenv("CAROL_PASSWORD", "pw-carol")
    for url in (project_url, other_url):
        assert run_cli("server", "add-coder", url, carol, "--password-env", "CAROL_PASSWORD",
                       "--json").exit_code == 0  # fmt: skip
    result = run_cli("server", "remove-coder", project_url, carol, "--json")
    assert json.loads(result.out)["login_disabled"] is False
    _login(postgres_cluster, other_url, carol, "pw-carol")
    removed_here = postgres_cluster.url(parse_location(project_url).database, carol, "pw-carol")
    connection = psycopg.connect(removed_here)  # logs in, and may read nothing here
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("SELECT count(*) FROM annotation")
    finally:
        connection.close()


def test_blind_coding_is_on_until_a_lead_turns_it_off(run_cli, team: Team) -> None:
    assert json.loads(run_cli("server", "blind", team.url, "--json").out) == {"blind": True}
    with team.open_as(team.alice) as project:
        assert list_annotations(project) == []
        refused = run_cli("server", "blind", team.url_of(team.alice), "off")
        assert refused.exit_code == 2
        assert "only a lead may change the project's settings" in refused.err
        result = run_cli("server", "blind", team.url_of(team.carol), "off")
        assert result.out.startswith("Blind coding is off")
        assert [record.uuid for record in list_annotations(project)] == [team.bobs_span.uuid]


@pytest.fixture
def team(postgres_cluster, server_url: str, tmp_path: Path) -> Iterator[Team]:
    made = make_team(postgres_cluster, server_url, tmp_path)
    try:
        yield made
    finally:
        made.owner.close()


def test_bad_requests_are_one_line_and_change_nothing(
    run_cli, postgres_cluster, team: Team, monkeypatch, tmp_path: Path
) -> None:
    before = postgres_cluster.sql("SELECT count(*) FROM pg_roles")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv("NO_SUCH_VARIABLE", raising=False)
    boss = _role(team.url, "boss")
    postgres_cluster.sql(f'CREATE ROLE "{boss}" SUPERUSER')
    cases = {
        ("server", "add-coder", team.url, "dave"): "no terminal to ask for dave's password",
        ("server", "add-coder", team.url, "dave", "--password-env", "NO_SUCH_VARIABLE"): (
            "NO_SUCH_VARIABLE is not set"
        ),
        ("server", "add-coder", team.url, "bad name", "--no-password"): "not a usable role name",
        ("server", "add-coder", team.url, "pg_monitor", "--no-password"): "reserved role name",
        ("server", "add-coder", team.url, boss, "--no-password"): "is a superuser",
        ("server", "add-coder", team.url_of(team.carol), "dave", "--no-password"): (
            "only the project's owner with the CREATEROLE right"
        ),
        ("server", "remove-coder", team.url_of(team.alice), team.bob): (
            "only the project's owner with the CREATEROLE right"
        ),
        ("server", "remove-coder", team.url, "nobody_here"): "is not a coder of this project",
        ("server", "add-coder", team.url, "dave", "--no-password", "--name", team.alice): (
            f"coder {team.alice!r} already codes as the login {team.alice!r}"
        ),
        ("server", "coders", str(tmp_path / "study.annot")): "a project file has no logins",
    }
    for arguments, expected in cases.items():
        result = run_cli(*arguments)
        assert result.exit_code == 2, arguments
        assert expected in result.err, result.err
        assert result.err.count("\n") == 1 and "Traceback" not in result.err
    postgres_cluster.sql(f'DROP ROLE "{boss}"')
    assert postgres_cluster.sql("SELECT count(*) FROM pg_roles") == before
    assert len(json.loads(run_cli("server", "coders", team.url, "--json").out)) == 3


def test_add_coder_help_says_the_password_is_never_printed_or_stored(capsys) -> None:
    from annotator.cli import main

    with pytest.raises(SystemExit):
        main(["server", "add-coder", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--password-env VAR" in text and "--no-password" in text
    assert "never prints it and stores it nowhere" in text


def test_a_login_that_is_no_member_is_told_so(run_cli, postgres_cluster, team: Team) -> None:
    stranger = f"stranger_{team.database}"
    postgres_cluster.sql(f"CREATE ROLE {stranger} LOGIN PASSWORD 'pw-stranger'")
    url = postgres_cluster.url(team.database, user=stranger, password="pw-stranger")
    result = run_cli("server", "coders", url)
    assert result.exit_code == 2
    assert result.err == (
        f"annotator: error: {url.replace(':pw-stranger', '')}: the server refused: this login is "
        "no member of the project (or was removed from it)\n"
    )
