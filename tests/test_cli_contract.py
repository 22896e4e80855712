"""The command-line contract wherever a project lives: the same commands on a project file and on
a PostgreSQL server give the same results, apart from the location they name.

`run_contract` runs a lead's and two coders' whole session (new → import → annotate →
annotations → agreement → export CSV and XLSX → verify → info → codebook show → assign →
progress, then the other commands: documents, text, edit-document, assignments, table, chart,
network, adjudicate, codebook export (xlsx, qdc, html)/import/rename/merge/retire, export to
.qdpx, agreement's methods paragraph, import-codings, remove) and
records every output. Each run's uuids and clock times are its own, so the transcripts are
compared with those replaced by placeholders in order of appearance.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from pathlib import Path

import openpyxl
import pytest

from annotator.db.location import parse_location

ARTICLES = {
    "a-gas.txt": (
        "Gazprom and Turkmenistan sign a gas deal\n"
        "Russian President Vladimir Putin said the deal secures energy supplies for Europe. "
        "Critics in Brussels called it a threat to the EU's independence. 🤝\n"
    ),
    "b-wind.txt": (
        "Windparks vor der Küste\n"
        "Die Regierung plant neue Windparks; Umweltverbände kritisieren den Zeitplan.\n"
    ),
}

# uuids with or without dashes, adjudication's unit ids (12 hex digits made from uuids), and the
# uuid's first 8 digits that start a line of `annotations`
UUID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?<![0-9a-f])([0-9a-f]{32}|[0-9a-f]{12})(?![0-9a-f])|(?m:^[0-9a-f]{8}(?=  doc ))"
)
CLOCK = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?")


class Transcript:
    """What each command printed and wrote, in order; `normalised()` for comparing two runs."""

    def __init__(self, location: str, folder: Path) -> None:
        self.location = location
        self.shown = str(parse_location(location))
        self.folder = folder
        self.entries: list[tuple[str, str]] = []

    def add(self, label: str, text: str) -> None:
        self.entries.append((label, text))

    def normalised(self) -> list[tuple[str, str]]:
        names: dict[str, str] = {}

        def placeholder(match: re.Match[str]) -> str:
            key = match.group(0).replace("-", "")
            return names.setdefault(key, f"<uuid {len(names) + 1}>")

        def normal(text: str) -> str:
            text = text.replace(self.location, "PROJECT").replace(self.shown, "PROJECT")
            text = text.replace(str(self.folder), "FOLDER")
            return CLOCK.sub("<time>", UUID.sub(placeholder, text))

        return [(normal(label), normal(text)) for label, text in self.entries]


def _workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    lines = []
    for sheet in book.worksheets:
        lines.append(f"# {sheet.title}")
        for row in sheet.iter_rows(values_only=True):
            lines.append("\t".join("" if value is None else str(value) for value in row))
    book.close()
    return "\n".join(lines)


def run_contract(run_cli, location: str, folder: Path) -> Transcript:
    """The whole session on the project at `location` (a file path or a URL); every command
    must succeed (exit status 0, nothing on stderr)."""
    transcript = Transcript(location, folder)
    articles = folder / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")

    def run(*arguments: object, status: int = 0) -> str:
        result = run_cli(*arguments)
        label = " ".join(str(word) for word in arguments)
        assert (result.exit_code, result.err) == (status, ""), f"{label}: {result.err}"
        transcript.add(label, result.out)
        return result.out

    def code(coder: str, document: int, find: str, *values: str) -> None:
        settings = [word for value in values for word in ("--set", value)]
        run("annotate", location, "--coder", coder, "--document", document, "--find", find,
            *settings, "--json")  # fmt: skip

    run("new", location)
    run("import", location, articles, "--json")
    for coder in ("alice", "bob"):
        code(coder, 1, "Vladimir Putin", "actor=Vladimir Putin", "claim=Support or endorsement")
        code(coder, 1, "Critics in Brussels", "actor=European Union",
             "claim=Criticism or rejection" if coder == "alice" else "claim=Proposal")  # fmt: skip
        code(coder, 2, "Die Regierung plant", "actor=Government", "sector=Energy",
             "framing=Economic consequences", "framing=Conflict")  # fmt: skip
    code("alice", 1, "energy supplies", "sector=Energy")
    run("annotate", location, "--coder", "bob", "--document", "1", "--find", "energy supplies",
        "--toggle", "sector=Energy", "--memo", "the gas deal")  # fmt: skip
    run("annotations", location, "--json")
    run("annotations", location)
    run("agreement", location, "--json", "--bootstrap", "200", "--seed", "7")
    run("agreement", location, "-o", folder / "comparison.xlsx", "--seed", "7")
    for suffix in ("csv", "xlsx"):
        run("export", location, "-o", folder / f"codings.{suffix}", "--json")
    transcript.add("codings.csv", (folder / "codings.csv").read_text("utf-8-sig"))
    transcript.add("codings.xlsx", _workbook_text(folder / "codings.xlsx"))
    transcript.add("comparison.xlsx", _workbook_text(folder / "comparison.xlsx"))
    run("verify", location)
    run("info", location, "--json")
    run("info", location)
    run("codebook", "show", location)
    run("codebook", "show", location, "--json")
    run("assign", location, "--coders", "alice,bob", "--overlap", "1", "--seed", "3", "--json")
    run("progress", location, "--json")
    run("progress", location)

    run("documents", location, "--json")
    run("text", location, "2")
    run("edit-document", location, "2", "--published", "2023-05-04", "--outlet", "Die Zeit")
    run("assignments", location, "--json")
    run("table", location, "--rows", "actor", "--cols", "coder", "--json")
    run("chart", location, "--variable", "sector", "-o", folder / "sectors.svg")
    run("network", location, "--variable2", "claim", "--json")
    units = json.loads(run("adjudicate", location, "--json"))
    run("adjudicate", location, "--unit", units["disagreements"][0]["id"], "--take", "alice")
    run("codebook", "export", location, "-o", folder / "codebook.xlsx")
    for suffix in ("qdc", "html"):
        run("codebook", "export", location, "-o", folder / f"codebook.{suffix}")
    run("export", location, "-o", folder / "study.qdpx")
    run("table", location, "--rows", "claim", "-o", folder / "claims.csv")
    transcript.add("claims.csv", (folder / "claims.csv").read_text("utf-8-sig"))
    run("network", location, "--variable2", "claim", "-o", folder / "network.graphml")
    transcript.add("network.graphml", (folder / "network.graphml").read_text("utf-8"))
    run("agreement", location, "--report", folder / "methods.md", "--seed", "7")
    transcript.add("methods.md", (folder / "methods.md").read_text("utf-8"))
    run("codebook", "import", location, folder / "codebook.xlsx")
    run("codebook", "rename", location, "framing", "Morality", "Morality and ethics")
    run("codebook", "retire", location, "claim", "Prediction")
    run("codebook", "merge", location, "claim", "Proposal", "Criticism or rejection")
    run("export", location, "-o", folder / "again.csv", "--exact-text")
    rows = list(csv.reader(io.StringIO((folder / "again.csv").read_text("utf-8-sig"))))
    assert len(rows) > 10
    run("import-codings", location, folder / "again.csv", "--json")
    run("remove", location, "2", "--force", "--json")
    run("annotations", location, "--json")
    run("verify", location)
    return transcript


def test_the_contract_holds_on_a_file_and_on_a_server(
    project_home: str, tmp_path: Path, run_cli
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    transcript = dict(run_contract(run_cli, project_home, folder).entries)
    annotations = json.loads(transcript[f"annotations {project_home} --json"])
    assert len(annotations) == 7  # document 2 and its spans are gone, a consensus span came
    info = json.loads(transcript[f"info {project_home} --json"])
    assert (info["documents"], info["annotations"], info["coders"]) == (2, 8, ["alice", "bob"])
    agreement = json.loads(transcript[f"agreement {project_home} --json --bootstrap 200 --seed 7"])
    assert agreement["coders"] == ["alice", "bob"]
    progress = json.loads(transcript[f"progress {project_home} --json"])
    assert progress["sets"]
    shown = str(parse_location(project_home))
    assert transcript[f"verify {project_home}"].startswith(f"OK: {shown} is sound")


def _language_sorted_database(postgres_cluster) -> str:
    """A new database that sorts text by ICU's en-US rules, as a lab's server usually does."""
    name = f"icu_{uuid.uuid4().hex[:12]}"
    postgres_cluster.sql(
        f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
        "LOCALE 'C.UTF-8'"
    )
    return postgres_cluster.url(name)


@pytest.mark.parametrize("collation", ["C", "en-US"])
def test_the_contract_gives_identical_results_on_a_file_and_a_server(
    tmp_path: Path, postgres_cluster, run_cli, collation: str
) -> None:
    if collation == "C":
        server_url = postgres_cluster.create_database(f"c_{uuid.uuid4().hex[:12]}")
    else:
        server_url = _language_sorted_database(postgres_cluster)
    runs = []
    for home, location in (
        ("file", str(tmp_path / "file" / "study.annot")),
        ("server", server_url),
    ):
        folder = tmp_path / home
        folder.mkdir(exist_ok=True)
        runs.append(run_contract(run_cli, location, folder).normalised())
    on_file, on_server = runs
    assert [label for label, _ in on_server] == [label for label, _ in on_file]
    for (label, file_text), (_, server_text) in zip(on_file, on_server, strict=True):
        assert server_text == file_text, label


@pytest.mark.parametrize("command", ["info", "annotations", "verify", "progress"])
def test_a_missing_project_is_one_line_on_both(project_home: str, run_cli, command: str) -> None:
    result = run_cli(command, project_home)
    assert result.exit_code == 2 and result.out == ""
    assert result.err.startswith(f"annotator: error: {parse_location(project_home)}: ")
    assert result.err.count("\n") == 1


def test_names_sort_as_in_a_file_whatever_the_servers_collation(
    tmp_path: Path, postgres_cluster, run_cli
) -> None:
    """A lab's server sorts text by its language's rules (here ICU's en-US: alice, Bob, Zoë); a
    file by code point (Bob, Zoë, alice). Listings sorted by name come out as from a file."""
    article = tmp_path / "a.txt"
    article.write_text("Zoë, alice and Bob read the same article twice.\n", encoding="utf-8")
    outputs = []
    for location in (str(tmp_path / "study.annot"), _language_sorted_database(postgres_cluster)):
        transcript = Transcript(location, tmp_path)
        for arguments in (
            ["new", location],
            ["import", location, article],
            ["assign", location, "--coders", "Zoë,alice,Bob", "--overlap", "1", "--seed", "5"],
            ["assignments", location, "--json"],
            ["progress", location, "--json"],
            ["progress", location],
        ):
            result = run_cli(*arguments)
            assert result.exit_code == 0, result.err
            transcript.add(arguments[0], result.out)
        outputs.append(transcript.normalised())
    on_file, on_server = outputs
    assert list(json.loads(on_file[3][1])["sets"]["main"]) == ["Bob", "Zoë", "alice"]
    assert on_server == on_file
