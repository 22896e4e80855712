"""Credentials for a server project come from libpq's own places — PGPASSWORD, a password file
(~/.pgpass, or PGPASSFILE), a service file (PGSERVICEFILE) — or the URL; Annotator stores none and
never prints one: not in results, not in errors, not in --debug logging."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from postgres_cluster import SUPERUSER

from annotator.db.location import parse_location


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No password anywhere libpq looks, unless the test puts one there."""
    for name in ("PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "PGUSER", "PGHOST", "PGDATABASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    return tmp_path


@pytest.fixture
def database(postgres_cluster, server_url: str) -> str:
    """The name of a new, empty database on the test server."""
    return parse_location(server_url).database


def _without_password(postgres_cluster, database: str) -> str:
    return f"postgresql://{SUPERUSER}@127.0.0.1:{postgres_cluster.port}/{database}"


def _password_file(folder: Path, postgres_cluster) -> Path:
    path = folder / "pgpass"
    path.write_text(
        f"127.0.0.1:{postgres_cluster.port}:*:{SUPERUSER}:{postgres_cluster.password}\n"
    )
    path.chmod(0o600)  # libpq ignores a password file others can read
    return path


def _works(run_cli, url: str) -> None:
    created = run_cli("new", url)
    assert created.exit_code == 0, created.err
    info = run_cli("info", url)
    assert info.exit_code == 0, info.err
    assert info.out.startswith(f"Project:     {url}\n")


def test_without_a_password_anywhere_the_login_is_refused_in_one_line(
    no_credentials: Path, postgres_cluster, database: str, run_cli
) -> None:
    url = _without_password(postgres_cluster, database)
    result = run_cli("new", url)
    assert result.exit_code == 2
    assert result.err == (
        f"annotator: error: {url}: refused the login (wrong user or password); give the password "
        "in ~/.pgpass, PGPASSWORD or a service file\n"
    )


def test_a_url_without_a_password_works_with_pgpassword(
    no_credentials: Path, postgres_cluster, database: str, run_cli, monkeypatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", postgres_cluster.password)
    _works(run_cli, _without_password(postgres_cluster, database))


def test_a_url_without_a_password_works_with_a_password_file(
    no_credentials: Path, postgres_cluster, database: str, run_cli, monkeypatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(_password_file(no_credentials, postgres_cluster)))
    _works(run_cli, _without_password(postgres_cluster, database))


def test_a_service_file_names_the_server_and_the_user(
    no_credentials: Path, postgres_cluster, database: str, run_cli, monkeypatch
) -> None:
    services = no_credentials / "pg_service.conf"
    services.write_text(
        f"[lab]\nhost=127.0.0.1\nport={postgres_cluster.port}\nuser={SUPERUSER}\n"
        f"dbname={database}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(_password_file(no_credentials, postgres_cluster)))
    _works(run_cli, f"postgresql:///{database}?service=lab")
    # the URL must still name the database: without it, the message gives the spelling
    with pytest.raises(SystemExit) as exited:
        run_cli("info", "postgresql://?service=lab")
    assert exited.value.code == 2


def test_a_service_url_without_a_database_is_told_the_spelling(capsys) -> None:
    from annotator.app import main

    with pytest.raises(SystemExit):
        main(["info", "postgresql://?service=lab"])
    assert "write postgresql:///DATABASE?service=NAME" in capsys.readouterr().err


def test_no_output_error_or_debug_line_ever_shows_the_password(
    postgres_cluster, server_url: str, tmp_path: Path
) -> None:
    """Each command as a user runs it (a new process, --debug logging on for some), with the
    password in the URL: it appears in no stdout and no stderr, whether the command works or
    fails."""
    secret = postgres_cluster.password
    wrong = "wrong-Pa55word-xyz"
    article = tmp_path / "a.txt"
    article.write_text("Putin said Russia's energy companies want projects in Turkmenistan.\n")
    commands = [
        ["new", server_url],
        ["--debug", "import", server_url, article],
        *[["annotate", server_url, "--coder", coder, "--document", "1", "--find", "Putin",
           "--set", "actor=Vladimir Putin"] for coder in ("alice", "bob")],
        ["--debug", "info", server_url], ["documents", server_url, "--json"],
        ["--debug", "annotations", server_url], ["text", server_url, "1"],
        ["--debug", "verify", server_url], ["export", server_url, "-o", tmp_path / "c.csv"],
        ["codebook", "show", server_url], ["agreement", server_url, "--json"],
        ["assign", server_url, "--coders", "alice"], ["--debug", "progress", server_url, "--json"],
        ["text", server_url, "99"], ["new", server_url],
        ["annotate", server_url, "--coder", "a", "--document", "1", "--start", "0", "--end", "999"],
        ["distribute", server_url, "--coders", "alice", "--out", tmp_path / "copies"],
        ["--debug", "info", postgres_cluster.url("no_such_database")],
        ["--debug", "info", postgres_cluster.url("postgres", password=wrong)],
        ["info", postgres_cluster.url("postgres")],  # a database that holds no project
        ["info", f"postgresql://{SUPERUSER}:{secret}@127.0.0.1:1/x"],  # nobody listens there
        ["info", f"postgresql://{SUPERUSER}:{secret}@127.0.0.1:5432"],  # no database named
    ]  # fmt: skip
    statuses = []
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-m", "annotator", *map(str, command)],
            capture_output=True, text=True, timeout=120, cwd=tmp_path,
            env={**os.environ, "PGPASSFILE": str(tmp_path / "none")},
        )  # fmt: skip
        shown = result.stdout + result.stderr
        assert secret not in shown and wrong not in shown, command
        assert "Traceback" not in shown and "internal error" not in shown, shown
        statuses.append(result.returncode)
    assert statuses[:14] == [0] * 14  # the working ones worked
    assert all(status == 2 for status in statuses[14:])  # the others failed cleanly
