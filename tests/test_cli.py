"""The command line as a researcher scripts it: outputs, JSON shapes, exit codes, errors."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SPUTNIK = (
    "Russian, Turkmen Presidents Sign Declaration\n"
    "MOSCOW (Sputnik) - Russian President Vladimir Putin and his Turkmen counterpart "
    "signed a declaration. 🤝\n"
)


@pytest.fixture
def study(project_home: str, tmp_path: Path, run_cli) -> str:
    """Two imported articles, in a file or on the test server (each test runs on both)."""
    path = project_home
    articles = tmp_path / "articles" / "2022"
    articles.mkdir(parents=True)
    (articles / "a-sputnik.txt").write_text(SPUTNIK, encoding="utf-8")
    (articles / "b-second.txt").write_bytes("Второй материал\nТекст статьи.\n".encode("cp1251"))
    assert run_cli("new", path).exit_code == 0
    result = run_cli("import", path, tmp_path / "articles", "--json")
    assert result.exit_code == 0, result.err
    return path


def test_the_documented_workflow_end_to_end(tmp_path: Path) -> None:
    """The commands from the README, run through the installed console script."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # output must not depend on the console

    # The script pip installed beside this interpreter, also when its folder is not on PATH
    # (`/path/to/venv/bin/python -m pytest` without activating the venv).
    script = shutil.which("annotator", path=str(Path(sys.executable).parent))
    script = script or shutil.which("annotator")
    assert script is not None, "the annotator console script is not installed (pip install -e .)"

    def annotator(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [script, *args], cwd=tmp_path, env=env, capture_output=True, timeout=120
        )

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(SPUTNIK, encoding="utf-8")
    assert annotator("new", "study.annot").returncode == 0
    imported = json.loads(annotator("import", "study.annot", "articles/", "--json").stdout)
    assert len(imported["imported"]) == 1
    documents = json.loads(annotator("documents", "study.annot", "--json").stdout)
    assert documents[0]["title"] == "Russian, Turkmen Presidents Sign Declaration"
    assert annotator("text", "study.annot", "1").stdout == SPUTNIK.encode("utf-8")
    coded = annotator(
        "annotate", "study.annot", "--coder", "alice", "--document", "1", "--start", "0",
        "--end", "42", "--set", "actor=Vladimir Putin", "--set", "sector=Energy",
        "--set", "framing=Economic consequences", "--memo", "lead",
    )  # fmt: skip
    assert coded.returncode == 0, coded.stderr
    (annotation,) = json.loads(annotator("annotations", "study.annot", "--json").stdout)
    assert annotation["quote"] == SPUTNIK[:42]
    info = json.loads(annotator("info", "study.annot", "--json").stdout)
    assert info["annotations"] == 1 and info["coders"] == ["alice"]
    assert annotator("verify", "study.annot").returncode == 0
    demo = annotator("demo", "demo")
    assert demo.returncode == 0 and (tmp_path / "demo" / "demo.annot").is_file()
    version = subprocess.run(
        [sys.executable, "-m", "annotator", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("annotator ")


def test_import_json_shape(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "s.annot"
    run_cli("new", path)
    (tmp_path / "a.txt").write_text("A\nbody\n")
    (tmp_path / "b.txt").write_text("A\nbody\n")
    (tmp_path / "bad.txt").write_bytes(b"")
    result = run_cli("import", path, tmp_path, "--json")
    report = json.loads(result.out)
    assert set(report) == {"imported", "duplicates", "failed"}
    assert report["imported"][0]["path"].endswith("a.txt")
    assert report["duplicates"][0]["path"].endswith("b.txt")
    assert report["failed"] == [{"path": str(tmp_path / "bad.txt"), "error": "empty file"}]
    assert result.exit_code == 1  # some files failed


def test_documents_and_info_json(study: str, run_cli) -> None:
    documents = json.loads(run_cli("documents", study, "--json").out)
    assert [d["id"] for d in documents] == [1, 2]
    assert set(documents[0]) == {
        "id", "uuid", "title", "outlet", "published", "author", "url", "chars", "sha256"
    }  # fmt: skip
    by_title = {d["title"]: d for d in documents}
    assert by_title["Второй материал"]["chars"] == len("Второй материал\nТекст статьи.\n")
    info = json.loads(run_cli("info", study, "--json").out)
    assert info["documents"] == 2 and info["annotations"] == 0
    assert [v["name"] for v in info["variables"]] == ["actor", "claim", "sector", "framing"]
    assert all(set(v) == {"name", "kind", "codes"} for v in info["variables"])


def test_text_prints_the_stored_text_exactly(study: str, run_cli) -> None:
    documents = json.loads(run_cli("documents", study, "--json").out)
    uuid = next(d["uuid"] for d in documents if d["title"].startswith("Russian"))
    assert run_cli("text", study, uuid).out == SPUTNIK
    assert run_cli("text", study, "2").out == "Второй материал\nТекст статьи.\n"


def test_annotate_and_list(study: str, run_cli) -> None:
    result = run_cli(
        "annotate", study, "--coder", "alice", "--document", "1", "--find", "Vladimir Putin",
        "--set", "actor=Vladimir Putin", "--set", "framing=conflict", "--set", "framing=Morality",
        "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.err
    created = json.loads(result.out)
    start = SPUTNIK.index("Vladimir Putin")
    assert (created["start"], created["end"]) == (start, start + len("Vladimir Putin"))
    (listed,) = json.loads(run_cli("annotations", study, "--json").out)
    assert listed == created
    assert set(listed) == {
        "uuid", "document", "coder", "start", "end", "quote", "values", "memo"
    }  # fmt: skip
    assert listed["values"] == {"actor": ["Vladimir Putin"], "framing": ["Conflict", "Morality"]}
    assert listed["document"] == json.loads(run_cli("documents", study, "--json").out)[0]["uuid"]


def test_emoji_offsets_from_the_command_line(study: str, run_cli) -> None:
    start = SPUTNIK.index("🤝")
    result = run_cli(
        "annotate", study, "--coder", "a", "--document", "1",
        "--start", start - 11, "--end", start + 1, "--json",
    )  # fmt: skip
    assert json.loads(result.out)["quote"] == "declaration. 🤝"[-12:]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--document", "9", "--start", "0", "--end", "2"], "no document 9"),
        (["--document", "1", "--start", "0", "--end", "9999"], "past the end"),
        (["--document", "1", "--start", "0", "--end", "5", "--set", "sector=Space"],
         "valid codes: "),
        (["--document", "1", "--start", "0", "--end", "5", "--set", "claim=Proposal",
          "--set", "claim=Prediction"], "one value per span"),
        (["--document", "1", "--start", "0", "--end", "5", "--set", "nonsense"],
         "VARIABLE=VALUE"),
        (["--document", "1", "--start", "0", "--end", "5", "--set", "mood=happy"],
         "no variable 'mood'"),
        (["--document", "1", "--find", "not in the text"], "does not contain"),
        (["--document", "1"], "give --start and --end"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    study: str, run_cli, arguments: list[str], message: str
) -> None:
    before = _contents(study, run_cli)
    result = run_cli("annotate", study, "--coder", "zed", *arguments)
    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and message in result.err
    assert result.err.startswith("annotator: error: ")
    assert _contents(study, run_cli) == before


def _contents(study: str, run_cli) -> str:
    """The file's bytes' hash, or what a server project holds (coders, codes, annotations)."""
    if not study.startswith("postgresql://"):
        return hashlib.sha256(Path(study).read_bytes()).hexdigest()
    listings = [("info", study), ("annotations", study), ("codebook", "show", study)]
    return "".join(run_cli(*listing, "--json").out for listing in listings)


@pytest.mark.parametrize("command", ["info", "documents", "annotations", "verify"])
def test_opening_a_file_that_is_not_a_project(tmp_path: Path, run_cli, command: str) -> None:
    bogus = tmp_path / "notes.annot"
    bogus.write_text("just some notes")
    result = run_cli(command, bogus)
    assert result.exit_code == 2
    assert (
        result.err
        == f"annotator: error: {bogus}: is not an Annotator project (not a SQLite database)\n"
    )


def test_new_refuses_to_overwrite(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "s.annot"
    run_cli("new", path)
    result = run_cli("new", path)
    assert result.exit_code == 2 and "already exists" in result.err


def test_import_of_a_missing_path(study: str, run_cli, tmp_path: Path) -> None:
    result = run_cli("import", study, tmp_path / "nowhere")
    assert result.exit_code == 2 and "no such file or folder" in result.err


def test_without_arguments_opens_the_app(run_cli, monkeypatch) -> None:
    from annotator import app

    opened: list[list[str]] = []
    monkeypatch.setattr(app, "_run_gui", lambda arguments: opened.append(arguments) or 0)
    assert run_cli().exit_code == 0
    assert run_cli("study.annot").exit_code == 0
    assert opened == [[], ["study.annot"]]


def test_help_prints_usage(run_cli) -> None:
    with pytest.raises(SystemExit) as exited:
        run_cli("--help")
    assert exited.value.code == 0


def test_every_subcommand_has_help(run_cli) -> None:
    from annotator.cli import command_names

    expected = {"new", "import", "documents", "text", "annotate", "annotations", "info",
                "verify", "demo"}  # fmt: skip
    assert expected <= command_names()
    for name in expected:
        with pytest.raises(SystemExit) as exited:
            run_cli(name, "--help")
        assert exited.value.code == 0
