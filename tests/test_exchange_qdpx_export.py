"""`annotator export PROJECT -o study.qdpx`: a REFI-QDA project that validates against the
official Project.xsd, with every document, coder, code, annotation and memo in it, and positions
in the standard's code points (emoji and accents included)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator.core.vocabulary import VariableKind
from annotator.db.project import open_project
from annotator.services.codebooks.edit import add_variable

PROJECT_XSD = Path(__file__).parent / "data" / "refi" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
TEXT = "Réforme 😀 des retraites\nLe ministre a dit que la réforme 🇫🇷 passera.\n"


@pytest.fixture
def study(tmp_path: Path, run_cli) -> Path:
    path = tmp_path / "study.annot"
    assert run_cli("new", path).exit_code == 0
    with open_project(path) as project:
        add_variable(project, "gist", kind=VariableKind.TEXT)
    article = tmp_path / "reforme.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert run_cli("import", path, article).exit_code == 0
    for coder, find, values, memo in (
        ("alice", "la réforme 🇫🇷 passera", ["framing=Conflict", "framing=Morality",
                                           "gist=it will pass"], "sure?"),
        ("bob", "Le ministre", ["claim=Prediction"], ""),
    ):  # fmt: skip
        sets = [f"--set={value}" for value in values]
        memo_args = ["--memo", memo] if memo else []
        result = run_cli("annotate", path, "--coder", coder, "--document", "1", "--find", find,
                         *sets, *memo_args)  # fmt: skip
        assert result.exit_code == 0, result.err
    return path


def _qde(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde"))


def test_export_validates_and_holds_the_whole_project(study: Path, tmp_path: Path, run_cli):
    target = tmp_path / "study.qdpx"
    result = run_cli("export", study, "-o", target, "--json")
    assert result.exit_code == 0, result.err
    report = json.loads(result.out)
    assert (report["documents"], report["annotations"], report["notes"]) == (1, 2, 1)
    root = _qde(target)
    etree.XMLSchema(etree.parse(str(PROJECT_XSD))).assertValid(root)
    users = {u.get("name"): u.get("guid") for u in root.iterfind("q:Users/q:User", NS)}
    assert set(users) == {"alice", "bob"}
    source = root.find("q:Sources/q:TextSource", NS)
    with zipfile.ZipFile(target) as archive:
        text = archive.read(source.get("plainTextPath").replace("internal://", "sources/"))
    assert text.decode("utf-8") == TEXT
    selections = source.findall("q:PlainTextSelection", NS)
    by_user = {s.get("creatingUser"): s for s in selections}
    alice = by_user[users["alice"]]
    start, end = int(alice.get("startPosition")), int(alice.get("endPosition"))
    assert TEXT[start:end] == "la réforme 🇫🇷 passera"  # code points, as REFI-QDA 1.5 §10.2
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:CodeBook//q:Code", NS)}
    coded = [codes[ref.get("targetGUID")] for ref in alice.iterfind("q:Coding/q:CodeRef", NS)]
    assert sorted(coded) == ["Conflict", "Morality"]
    assert json.loads(alice.find("q:Description", NS).text.split(":", 1)[1]) == {
        "gist": "it will pass"
    }
    note = root.find("q:Notes/q:Note", NS)
    assert alice.find("q:NoteRef", NS).get("targetGUID") == note.get("guid")
    assert note.find("q:PlainTextContent", NS).text == "sure?"


def test_export_refuses_a_missing_folder(study: Path, tmp_path: Path, run_cli):
    result = run_cli("export", study, "-o", tmp_path / "nowhere" / "study.qdpx")
    assert result.exit_code == 2
    assert "nowhere" in result.err and result.err.count("\n") == 1
