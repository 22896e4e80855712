"""The reading commands (`info`, `documents`, `annotations`, `text`, `verify`) on the stdlib
driver: the same bytes as the services print, the same refusals, no SQLAlchemy import, flat
memory."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.corpus.documents import list_documents
from annotator.services.imports.articles import import_paths
from annotator.services.projects import new_project, project_info

TEXTS = {
    "a.txt": 'Минister "Müller" said:\tprices\nwill fall 😀 — the \\ deal is done.\n',
    "b.txt": "Second article, plain ASCII, with a <tag> & an ampersand.\n",
}


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """Two documents, spans with multi-valued, text-free and empty values, two coders."""
    path = tmp_path / "study.annot"
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with new_project(path) as project:
        import_paths(project, [tmp_path / name for name in TEXTS])
        create_annotation(project, document=1, coder="Ælfrida", start=0, end=9,
                          values={"framing": ["Conflict", "Morality"], "actor": ["Government"]},
                          memo='a "memo"\nwith a newline')  # fmt: skip
        create_annotation(project, document=1, coder="bob", start=5, end=30, values={}, memo="")
        create_annotation(project, document=2, coder="bob", start=0, end=6,
                          values={"claim": ["Proposal"]}, memo="")  # fmt: skip
        create_annotation(project, document=1, coder="bob", start=0, end=9,
                          values={"sector": ["Energy"]}, memo="")  # fmt: skip
    return path


def expected_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_annotations_json_is_byte_for_byte_what_the_service_gives(study: Path, run_cli) -> None:
    with open_project(study, read_only=True) as project:
        documents = list_documents(project)
        cases = {
            (): list_annotations(project),
            ("--document", "1"): list_annotations(project, document=1),
            ("--document", documents[1].uuid): list_annotations(project, document=2),
            ("--coder", "ÆLFRIDA"): list_annotations(project, coder="Ælfrida"),
            ("--coder", "bob", "--document", "1"): list_annotations(
                project, coder="bob", document=1
            ),
        }
    for options, records in cases.items():
        result = run_cli("annotations", study, "--json", *options)
        assert result.exit_code == 0, result.err
        assert result.out == expected_json([record.to_json() for record in records]), options
    assert run_cli("annotations", study, "--json", "--coder", "bob", "--document", "2").out


def test_annotations_plain_lists_the_same_spans_and_counts_them(study: Path, run_cli) -> None:
    result = run_cli("annotations", study)
    lines = result.out.splitlines()
    assert lines[-1] == "4 annotations."
    assert lines[0].split()[2:5] == ["1", "Ælfrida", "0-9"]
    assert "framing=Conflict, Morality" in lines[0] and "actor=Government" in lines[0]
    assert run_cli("annotations", study, "--coder", "nobody").out == ""


def test_empty_listings_print_an_empty_json_array(tmp_path: Path, run_cli) -> None:
    new_project(tmp_path / "empty.annot").close()
    for command in ("documents", "annotations"):
        assert run_cli(command, tmp_path / "empty.annot", "--json").out == "[]\n"
    assert run_cli("documents", tmp_path / "empty.annot").out == "0 documents.\n"


def test_documents_info_and_text_are_what_the_services_give(study: Path, run_cli) -> None:
    with open_project(study, read_only=True) as project:
        documents = [document.to_json() for document in list_documents(project)]
        info = project_info(project).to_json()
    assert run_cli("documents", study, "--json").out == expected_json(documents)
    assert run_cli("info", study, "--json").out == expected_json(info)
    assert run_cli("text", study, "1").out == TEXTS["a.txt"]
    assert run_cli("text", study, documents[1]["uuid"].upper()).out == TEXTS["b.txt"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--document", "9"), "no document 9 in this project"),
        (("--document", "nine"), "'nine' is neither a document id nor a document uuid"),
        (("--coder", "mallory"), "no coder 'mallory' in this project"),
    ],
)
def test_a_wrong_reference_is_one_line_and_status_2(
    study: Path, run_cli, options: tuple[str, ...], message: str
) -> None:
    result = run_cli("annotations", study, "--json", *options)
    assert (result.exit_code, result.out) == (2, "")
    assert result.err == f"annotator: error: {message}\n"


def test_a_file_from_a_newer_version_is_refused_as_before(study: Path, run_cli) -> None:
    connection = sqlite3.connect(study)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    for command in (("info",), ("documents",), ("annotations",), ("text", "1")):
        result = run_cli(command[0], study, *command[1:])
        assert result.exit_code == 2
        assert result.err == (
            f"annotator: error: {study}: was written by a newer version of Annotator "
            "(schema 9999); update Annotator to open it\n"
        )


@pytest.mark.parametrize(
    "command", [["info"], ["documents"], ["annotations"], ["text", "1"], ["verify"]]
)
def test_reading_commands_import_neither_sqlalchemy_nor_multiprocessing(
    study: Path, command: list[str]
) -> None:
    script = (
        "import sys\nfrom annotator.app import main\n"
        f"status = main({[*command[:1], str(study), *command[1:]]!r})\n"
        "heavy = {'sqlalchemy', 'alembic', 'multiprocessing'}\n"
        "print(status, sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "0 []"


PEAK_MEMORY = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "annotator", *sys.argv[1:]], stdout=subprocess.DEVNULL,
               check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_kilobytes(*args: object) -> int:
    result = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, *map(str, args)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return int(result.stdout)


@pytest.fixture(scope="module")
def two_sizes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Generated projects of 2,000 and 20,000 documents, each with as many annotations."""
    generator = load_benchmark("project_generator")
    folder = tmp_path_factory.mktemp("sizes")
    small, large = folder / "small.annot", folder / "large.annot"
    generator.generate_project(small, documents=2_000, annotations=2_000)
    generator.generate_project(large, documents=20_000, annotations=20_000)
    return small, large


@pytest.mark.parametrize(
    "command", [["annotations", "--json"], ["annotations"], ["documents", "--json"], ["verify"]]
)
def test_reading_commands_run_in_flat_memory(
    two_sizes: tuple[Path, Path], command: list[str]
) -> None:
    """Ten times the rows may not cost more than a few megabytes more: nothing holds every row
    (the ORM listings took ~9 KB per annotation and ~3 KB per document, 140 MB more here)."""
    small, large = two_sizes
    growth = peak_kilobytes(command[0], large, *command[1:]) - peak_kilobytes(
        command[0], small, *command[1:]
    )
    assert growth < 12_000, f"{command}: {growth} KB more for 18,000 more rows"
