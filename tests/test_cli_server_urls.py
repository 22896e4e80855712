"""Every command takes a `postgresql://` URL where it takes a project; the reading commands print
on a server byte for byte what they print on a file; commands that only make files from files
refuse a URL in one sentence; and no password ever reaches the screen.

The server is tests/postgres_cluster.py's throwaway cluster; these tests are skipped, saying why,
where no PostgreSQL binaries are found."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from annotator import cli
from annotator.db.location import ServerLocation, parse_location
from annotator.db.models import Base
from annotator.db.project import create_project_file, open_project
from annotator.services.coding.annotations import create_annotation
from annotator.services.corpus.metadata import edit_metadata
from annotator.services.imports.articles import import_paths
from annotator.services.projects import new_project

URL = "postgresql://alice:s3cret-pw@db.example.org:5432/study"
SHOWN = "postgresql://alice@db.example.org:5432/study"
FILES_ONLY = {"distribute", "import-qdpx", "import-dna"}  # make files from files: refuse a URL

TEXTS = {
    "a.txt": 'Минister "Müller" said:\tprices\nwill fall 😀 — the \\ deal is done.\n',
    "b.txt": "Second article, plain ASCII, with a <tag> & an ampersand.\n",
}


def _project_arguments(parser: argparse.ArgumentParser, prefix: str = ""):
    """(command words, parser) of every sub-command with a PROJECT argument."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words = f"{prefix}{name}".split()
                if any(each.dest == "project" for each in sub._actions):
                    yield words, sub
                yield from _project_arguments(sub, f"{prefix}{name} ")


def test_every_project_argument_takes_a_url_and_prints_it_without_the_password() -> None:
    parser = cli.build_parser()
    found = list(_project_arguments(parser))
    assert len(found) >= 25  # new, info, import, annotate, codebook show, …, table, chart, network
    for _words, sub in found:
        project = next(action for action in sub._actions if action.dest == "project")
        location = project.type(URL)
        assert isinstance(location, ServerLocation), sub.prog
        assert str(location) == SHOWN and location.url.password == "s3cret-pw"
        if sub.prog.split()[-1] not in FILES_ONLY:  # --help says a URL is welcome
            assert "postgresql://" in project.help, sub.prog
    assert isinstance(project.type("study.annot"), Path)


def test_a_url_without_a_database_is_a_usage_error_without_the_password(run_cli) -> None:
    with pytest.raises(SystemExit) as exited:
        run_cli("info", "postgresql://alice:s3cret-pw@db.example.org:5432")
    assert exited.value.code == 2


def test_the_bad_url_message_never_shows_the_password(capsys) -> None:
    from annotator.app import main

    with pytest.raises(SystemExit):
        main(["info", "postgresql://alice:s3cret-pw@db.example.org:5432"])
    err = capsys.readouterr().err
    assert "names no database" in err and "s3cret-pw" not in err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["distribute", URL, "--coders", "a,b", "--out", "copies"], "coder copies of a project"),
        (["merge", URL, "x.annot", "-o", "merged.annot"], "merge works on project files"),
        (["merge", "x.annot", "-o", URL], "merge creates a project file"),
        (["import-qdpx", "study.qdpx", URL], "import-qdpx creates a project file"),
        (["import-dna", "study.dna", URL], "import-dna creates a project file"),
        (["new", URL, "--from", "study.qdpx"], "new --from creates a project file"),
    ],
)
def test_commands_that_make_files_from_files_refuse_a_url_in_one_line(
    run_cli, arguments: list[str], message: str
) -> None:
    result = run_cli(*arguments)
    assert result.exit_code == 2
    assert result.err.startswith(f"annotator: error: {SHOWN}: ") and result.err.count("\n") == 1
    assert message in result.err and "s3cret" not in result.err


# --- the reading commands: the same bytes from a file and from a server -----------------------


def copy_rows(source: Path, url: str) -> None:
    """The file's every row, uuids and ids included, into a new server project (test helper)."""
    with (
        open_project(source, read_only=True) as file,
        create_project_file(url) as server,
        file.reading() as reading,
        server.writing() as writing,
    ):
        for table in Base.metadata.sorted_tables:
            rows = [dict(row) for row in reading.execute(select(table)).mappings()]
            if rows:
                writing.execute(insert(table), rows)


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """Two documents (one with metadata), spans with several, no and text-free values, a memo
    with a newline, two coders, one with a name that is not ASCII."""
    path = tmp_path / "study.annot"
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with new_project(path) as project:
        import_paths(project, [tmp_path / name for name in TEXTS])
        metadata = {"published": "2022-06-10", "outlet": "Die Zeit", "author": "Ö. Ünal"}
        edit_metadata(project, 2, {**metadata, "url": "https://example.org/a?b=1"})
        create_annotation(project, document=1, coder="Ælfrida", start=0, end=9,
                          values={"framing": ["Conflict", "Morality"], "actor": ["Government"]},
                          memo='a "memo"\nwith a newline')  # fmt: skip
        create_annotation(project, document=1, coder="bob", start=5, end=30, values={}, memo="")
        create_annotation(project, document=2, coder="bob", start=0, end=6,
                          values={"claim": ["Proposal"], "actor": ["Ещё"]}, memo="")  # fmt: skip
        create_annotation(project, document=1, coder="bob", start=0, end=9,
                          values={"sector": ["Energy"]}, memo="")  # fmt: skip
    return path


@pytest.fixture
def both(study: Path, server_url: str) -> tuple[Path, str]:
    copy_rows(study, server_url)
    return study, server_url


READING_COMMANDS = [
    ["info", "--json"],
    ["documents"],
    ["documents", "--json"],
    ["annotations"],
    ["annotations", "--json"],
    ["annotations", "--json", "--document", "1"],
    ["annotations", "--coder", "ÆLFRIDA"],
    ["annotations", "--json", "--coder", "bob", "--document", "2"],
    ["text", "1"],
    ["text", "2"],
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=" ".join)
def test_reading_commands_print_the_same_bytes_from_a_server(
    both: tuple[Path, str], run_cli, command: list[str]
) -> None:
    file, url = both
    on_file = run_cli(command[0], file, *command[1:])
    on_server = run_cli(command[0], url, *command[1:])
    assert on_file.exit_code == 0, on_file.err
    assert (on_server.exit_code, on_server.err) == (0, "")
    assert on_server.out == on_file.out
    assert on_file.out.strip() not in ("", "[]")


def test_info_and_verify_differ_only_in_the_location(both: tuple[Path, str], run_cli) -> None:
    file, url = both
    shown = str(parse_location(url))
    for command in ("info", "verify"):
        on_file, on_server = run_cli(command, file), run_cli(command, url)
        assert (on_file.exit_code, on_server.exit_code) == (0, 0), on_server.err
        assert on_server.out == on_file.out.replace(str(file), shown)
        assert shown in on_server.out


def test_a_text_by_uuid_and_wrong_references_as_on_a_file(both: tuple[Path, str], run_cli) -> None:
    file, url = both
    documents = json.loads(run_cli("documents", url, "--json").out)
    assert run_cli("text", url, documents[1]["uuid"].upper()).out == TEXTS["b.txt"]
    for command in (["text", "9"], ["annotations", "--coder", "mallory"], ["text", "nine"]):
        on_file = run_cli(command[0], file, *command[1:])
        on_server = run_cli(command[0], url, *command[1:])
        assert on_server.exit_code == on_file.exit_code == 2
        assert on_server.err == on_file.err and on_server.out == ""


def test_a_server_database_without_a_project_is_refused_by_every_reading_command(
    server_url: str, run_cli
) -> None:
    shown = str(parse_location(server_url))
    for command in (["info"], ["documents"], ["annotations"], ["text", "1"], ["verify"]):
        result = run_cli(command[0], server_url, *command[1:])
        assert result.exit_code == 2
        assert result.err.startswith(f"annotator: error: {shown}: is not an Annotator project")


# --- verify on a server -------------------------------------------------------------------------


def test_verify_finds_the_same_broken_quote_on_a_server(
    both: tuple[Path, str], run_cli, postgres_cluster
) -> None:
    import sqlite3

    file, url = both
    with sqlite3.connect(file) as connection:
        connection.execute("UPDATE annotation SET quote = 'Wrong' WHERE id = 1")
    connection.close()
    postgres_cluster.sql(
        "UPDATE annotation SET quote = 'Wrong' WHERE id = 1", parse_location(url).database
    )
    on_file, on_server = run_cli("verify", file), run_cli("verify", url)
    assert on_server.exit_code == on_file.exit_code == 1
    broken = [line for line in on_file.out.splitlines() if line.startswith("BROKEN")]
    assert len(broken) == 1 and "quote 'Wrong' differs" in broken[0]
    assert [line for line in on_server.out.splitlines() if line.startswith("BROKEN")] == broken


def test_verify_on_a_server_names_switched_off_and_missing_constraints_and_orphans(
    both: tuple[Path, str], run_cli, postgres_cluster
) -> None:
    _file, url = both
    database = parse_location(url).database
    postgres_cluster.sql(
        "ALTER TABLE annotation DISABLE TRIGGER ALL; ALTER TABLE document DISABLE TRIGGER ALL; "
        "ALTER TABLE annotation_value DISABLE TRIGGER ALL; DELETE FROM document WHERE id = 2; "
        "ALTER TABLE annotation DROP CONSTRAINT ck_annotation_span_not_empty",
        database,
    )
    result = run_cli("verify", url)
    assert result.exit_code == 1
    lines = result.out.splitlines()
    missing = "constraint: ck_annotation_span_not_empty of table annotation is missing"
    assert f"BROKEN database -: {missing}" in lines
    for table in ("annotation", "annotation_value", "document"):
        assert (
            f"BROKEN database -: foreign key: the foreign keys of table {table} are switched off "
            "(ALTER TABLE … DISABLE TRIGGER)"
        ) in lines
    assert "BROKEN database -: foreign key: table annotation row 3 points to missing document" in (
        lines
    )
    orphan = [line for line in lines if line.endswith(": its document is missing")]
    assert len(orphan) == 1 and orphan[0].startswith("BROKEN annotation ")
    assert lines[-1] == f"{len(lines) - 1} problem(s) found in {parse_location(url)}."


def test_verify_project_on_a_server_project(server_project) -> None:
    from annotator.services.verify import verify_project

    assert verify_project(server_project) == []


def test_server_reads_fetch_rows_in_batches_not_one_by_one(
    tmp_path: Path, server_url: str, monkeypatch
) -> None:
    """psycopg's server-side cursor fetches one row per round trip on fetchone(); verify walks
    the annotations with it, so the rows must come in batches (3,000 rows: a few fetches)."""
    import psycopg
    from benchmark_modules import load_benchmark

    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import annotation_rows, read_codebook
    from annotator.services.verify import verify_connection

    path = tmp_path / "generated.annot"
    load_benchmark("project_generator").generate_project(path, documents=300, annotations=3_000)
    copy_rows(path, server_url)
    fetches: list[str] = []
    for name in ("fetchone", "fetchmany", "fetchall"):
        original = getattr(psycopg.ServerCursor, name)

        def counted(self, *arguments, _original=original, _name=name):
            fetches.append(_name)
            return _original(self, *arguments)

        monkeypatch.setattr(psycopg.ServerCursor, name, counted)
    with reading_connection(parse_location(server_url)) as connection:
        assert verify_connection(connection, parse_location(server_url)) == []
        listed = sum(1 for _ in annotation_rows(connection, read_codebook(connection)))
    assert listed == 3_000
    assert "fetchone" not in fetches and len(fetches) < 60, len(fetches)


def test_a_connection_lost_while_reading_is_one_sentence(server_project, caplog) -> None:
    from annotator.db.read_only import reading_connection
    from annotator.errors import ProjectFileError

    location = server_project.path
    with pytest.raises(ProjectFileError) as raised, reading_connection(location) as connection:
        list(connection.execute("SELECT pg_terminate_backend(pg_backend_pid())"))
    assert str(raised.value).startswith(f"{location}: cannot be reached (")
    assert location.url.password not in str(raised.value)
    assert caplog.records == []  # no traceback logged by the pool trying to reset it


def test_new_with_a_codebook_on_a_server_and_a_failure_reported_as_it_is(
    postgres_cluster, server_url: str, tmp_path: Path, run_cli, monkeypatch
) -> None:
    from annotator.errors import AnnotatorError
    from annotator.services.codebooks import sync

    source = tmp_path / "source.annot"
    new_project(source).close()
    workbook = tmp_path / "codebook.xlsx"
    assert run_cli("codebook", "export", source, "-o", workbook).exit_code == 0
    created = run_cli("new", server_url, "--codebook", workbook)
    assert created.exit_code == 0, created.err
    shown = run_cli("codebook", "show", server_url, "--json").out
    assert shown == run_cli("codebook", "show", source, "--json").out  # the same uuids

    def failing(*_arguments: object, **_options: object) -> None:
        raise AnnotatorError("the codebook could not be written")

    monkeypatch.setattr(sync, "import_draft", failing)
    other = postgres_cluster.create_database("draft_fails")
    result = run_cli("new", other, "--codebook", workbook)
    assert result.exit_code == 2
    assert result.err == "annotator: error: the codebook could not be written\n"


@pytest.mark.parametrize("encoding", ["LATIN1", "SQL_ASCII"])
def test_new_refuses_a_database_that_cannot_hold_every_script(
    postgres_cluster, run_cli, encoding: str
) -> None:
    name = f"encoded_{encoding.lower()}"
    postgres_cluster.sql(
        f"CREATE DATABASE {name} TEMPLATE template0 ENCODING '{encoding}' LOCALE 'C'"
    )
    url = postgres_cluster.url(name)
    result = run_cli("new", url)
    assert result.exit_code == 2
    assert result.err == (
        f"annotator: error: {parse_location(url)}: uses the {encoding} encoding, which cannot "
        "hold every script's text; create the database with UTF8 "
        "(createdb --encoding UTF8 --template template0 NAME)\n"
    )
    assert (
        postgres_cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", name)
        == "0"
    )


def test_a_server_read_sees_one_snapshot_while_a_coder_saves(server_project, tmp_path) -> None:
    """`verify` and the listings read several statements; a coder's save in between must not
    show up in the later ones (REPEATABLE READ, as a file's read transaction)."""
    from annotator.db.read_only import reading_connection
    from annotator.services.quick_reads import document_rows, read_info

    (tmp_path / "a.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    import_paths(server_project, [tmp_path / "a.txt"])
    location = server_project.path
    with reading_connection(location) as connection:
        assert read_info(connection, location).annotations == 0
        create_annotation(server_project, document=1, coder="alice", start=0, end=5)
        (tmp_path / "b.txt").write_text(TEXTS["b.txt"], encoding="utf-8")
        import_paths(server_project, [tmp_path / "b.txt"])
        assert read_info(connection, location).annotations == 0
        assert len(list(document_rows(connection))) == 1
    with reading_connection(location) as connection:
        assert read_info(connection, location).annotations == 1


def test_reading_commands_on_a_server_run_in_flat_memory(tmp_path: Path, postgres_cluster) -> None:
    """Ten times the rows may not cost more memory on a server either: rows stream from
    server-side cursors (measured: < 0.4 MB more; a client-side cursor holding each whole result
    took 3-19 MB more, the ORM would take ~80 MB)."""
    from benchmark_modules import load_benchmark
    from test_cli_reading_commands import peak_kilobytes

    generator = load_benchmark("project_generator")
    urls = []
    for size in (1_000, 10_000):
        path = tmp_path / f"p{size}.annot"
        generator.generate_project(path, documents=size, annotations=size)
        urls.append(postgres_cluster.create_database(f"flat_{size}_{tmp_path.name[-8:]}"))
        copy_rows(path, urls[-1])
    small, large = urls
    for command in (["annotations", "--json"], ["documents", "--json"], ["verify"]):
        growth = peak_kilobytes(command[0], large, *command[1:]) - peak_kilobytes(
            command[0], small, *command[1:]
        )
        assert growth < 2_000, f"{command}: {growth} KB more for 9,000 more rows"
