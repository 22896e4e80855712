"""`annotator import-dna`: a DNA 3 database built here after the schema of DNA's Sql.java, with
non-ASCII text (an emoji takes two UTF-16 units in DNA's offsets), CRLF line ends, and the nine
hand-checked statements of tests/test_core_findings_networks.py -- whose networks, computed from
the imported project, must be the ones derived there by hand from DNA's rules."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations

SCHEMA = """
CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL);
CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL,
    Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0,
    Blue INTEGER NOT NULL DEFAULT 0, Password TEXT NOT NULL DEFAULT '');
CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL, Text TEXT NOT NULL,
    Coder INTEGER, Author TEXT NOT NULL DEFAULT '', Source TEXT NOT NULL DEFAULT '',
    Section TEXT NOT NULL DEFAULT '', Notes TEXT NOT NULL DEFAULT '',
    Type TEXT NOT NULL DEFAULT '', Date INTEGER NOT NULL);
CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT NOT NULL,
    Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0,
    Blue INTEGER NOT NULL DEFAULT 0);
CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT NOT NULL,
    DataType TEXT NOT NULL DEFAULT 'short text', StatementTypeId INTEGER);
CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER,
    DocumentId INTEGER, Start INTEGER NOT NULL, Stop INTEGER NOT NULL, Coder INTEGER);
CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,
    VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 1);
CREATE TABLE DATAINTEGER(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,
    VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 0);
CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL,
    Value TEXT NOT NULL DEFAULT '', Red INTEGER, Green INTEGER, Blue INTEGER, ChildOf INTEGER);
CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,
    VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL);
CREATE TABLE DATALONGTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL,
    VariableId INTEGER NOT NULL, Value TEXT DEFAULT '');
"""

# Each document: its date, and sentences; a statement covers one sentence (DNA's Start/Stop are
# UTF-16 positions in the text with LF line ends).
DOCUMENTS = {
    1: ("2022-01-03", "🌍 Klimapolitik.\r\nA sagt: Ja zur Energie. A sagt: Ja zur Gesundheit."),
    2: ("2022-01-10", "Ünïcödé 🙂 B sagt: Ja zur Energie.\nB sagt: Nein zur Gesundheit."),
    3: ("2022-02-07", "Кратко: C против энергии. C за транспорт."),
    4: ("2022-02-14", "D: transport yes. D: transport yes again."),
    5: ("2022-02-21", "D: transport 🚆 yes."),
}
ACTORS = {"A": "Greenpeace", "B": "Gewerkschaft", "C": "Газпром", "D": "Deutsche Bahn"}
CONCEPTS = {"X": "Energy", "Y": "Health", "Z": "Transport"}
# (document, sentence, actor, concept, agreement) -- the statements of the hand-checked network
STATEMENTS = [
    (1, "A sagt: Ja zur Energie.", "A", "X", 1),
    (1, "A sagt: Ja zur Gesundheit.", "A", "Y", 1),
    (2, "B sagt: Ja zur Energie.", "B", "X", 1),
    (2, "B sagt: Nein zur Gesundheit.", "B", "Y", 0),
    (3, "C против энергии.", "C", "X", 0),
    (3, "C за транспорт.", "C", "Z", 1),
    (4, "D: transport yes.", "D", "Z", 1),
    (5, "D: transport 🚆 yes.", "D", "Z", 1),
    (4, "D: transport yes again.", "D", "Z", 1),
]


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def build_dna_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.execute("INSERT INTO CODERS (ID, Name, Red, Green, Blue) VALUES (1, 'Anna', 255, 128, 0)")
    db.execute("INSERT INTO STATEMENTTYPES (ID, Label) VALUES (1, 'DNA Statement')")
    for variable_id, name, kind in ((1, "organization", "short text"),
                                    (2, "concept", "short text"), (3, "agreement", "boolean"),
                                    (4, "note", "long text")):  # fmt: skip
        db.execute("INSERT INTO VARIABLES VALUES (?, ?, ?, 1)", (variable_id, name, kind))
    entity = {}
    for number, (key, value) in enumerate([*ACTORS.items(), *CONCEPTS.items()], start=1):
        variable = 1 if key in ACTORS else 2
        db.execute("INSERT INTO ENTITIES (ID, VariableId, Value, Red, Green, Blue) "
                   "VALUES (?, ?, ?, 200, 220, 240)", (number, variable, value))  # fmt: skip
        entity[key] = number
    db.execute("INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (99, 1, '')")  # DNA's empty
    for document_id, (day, text) in DOCUMENTS.items():
        seconds = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())
        db.execute("INSERT INTO DOCUMENTS (ID, Title, Text, Source, Section, Date) "
                   "VALUES (?, ?, ?, 'Zeitung', 'Politik', ?)",
                   (document_id, f"Artikel {document_id}", text, seconds))  # fmt: skip
    for statement_id, (document, sentence, actor, concept, agree) in enumerate(STATEMENTS, 1):
        text = DOCUMENTS[document][1].replace("\r\n", "\n")  # what DNA's text pane holds
        start = text.index(sentence)
        db.execute("INSERT INTO STATEMENTS VALUES (?, 1, ?, ?, ?, 1)",
                   (statement_id, document, utf16(text, start),
                    utf16(text, start + len(sentence))))  # fmt: skip
        db.execute("INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, 1, ?)",
                   (statement_id, entity[actor]))  # fmt: skip
        db.execute("INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, 2, ?)",
                   (statement_id, entity[concept]))  # fmt: skip
        db.execute("INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?, 3, ?)",
                   (statement_id, agree))  # fmt: skip
    db.execute("INSERT INTO DATALONGTEXT (StatementId, VariableId, Value) VALUES (1, 4, 'lead')")
    db.commit()
    db.close()


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dna")
    build_dna_database(folder / "study.dna")
    from annotator.app import main

    assert main(["import-dna", str(folder / "study.dna"), str(folder / "study.annot")]) == 0
    return folder / "study.annot"


def test_documents_coders_codebook_and_offsets(imported: Path) -> None:
    with open_project(imported, read_only=True) as project:
        spans = list_annotations(project)
        with project.reading() as session:
            from sqlalchemy import select

            from annotator.db.models import Coder, Document

            documents = {row.id: row for row in session.scalars(select(Document))}
            coder = session.scalars(select(Coder)).one()
    assert coder.name == "Anna" and coder.colour == "#ff8000"
    assert documents[1].text.startswith("🌍 Klimapolitik.\nA sagt")  # CRLF became LF
    assert documents[1].outlet == "Zeitung" and documents[1].extra == {"section": "Politik"}
    assert str(documents[3].published) == "2022-02-07"
    assert len(spans) == 9
    quotes = sorted(span.quote for span in spans)
    assert quotes == sorted(sentence for _, sentence, *_ in STATEMENTS)  # offsets converted
    first = next(span for span in spans if span.quote == "A sagt: Ja zur Energie.")
    assert first.values == {"organization": ["Greenpeace"], "concept": ["Energy"],
                            "agreement": ["yes"], "note": ["lead"]}  # fmt: skip


def test_networks_from_the_import_equal_dnas_by_hand(imported: Path, run_cli) -> None:
    def network(*options: str) -> dict[tuple[str, str], float]:
        result = run_cli("network", imported, "--variable1", "organization", "--variable2",
                         "concept", "--json", *options)  # fmt: skip
        assert result.exit_code == 0, result.err
        data = json.loads(result.out)
        name = {value: key for key, value in {**ACTORS, **CONCEPTS}.items()}
        return {
            (name[row], name[column]): data["matrix"][i][j]
            for i, row in enumerate(data["rows"])
            for j, column in enumerate(data["columns"])
            if data["matrix"][i][j]
        }

    congruence = network("--type", "onemode", "--qualifier", "agreement",
                         "--aggregation", "congruence")  # fmt: skip
    assert congruence == {("A", "B"): 1, ("B", "A"): 1, ("C", "D"): 3, ("D", "C"): 3}
    conflict = network("--type", "onemode", "--qualifier", "agreement", "--aggregation",
                       "conflict")  # fmt: skip
    assert {pair for pair in conflict if pair[0] < pair[1]} == {("A", "B"), ("A", "C"),
                                                                ("B", "C")}  # fmt: skip
    subtract = network("--qualifier", "agreement", "--aggregation", "subtract")
    assert subtract == {("A", "X"): 1, ("A", "Y"): 1, ("B", "X"): 1, ("B", "Y"): -1,
                        ("C", "X"): -1, ("C", "Z"): 1, ("D", "Z"): 3}  # fmt: skip
    monthly = network("--duplicates", "month")
    assert monthly[("D", "Z")] == 1


def test_what_cannot_be_imported_is_said_in_one_line(tmp_path: Path, run_cli) -> None:
    not_dna = tmp_path / "other.dna"
    sqlite3.connect(not_dna).execute("CREATE TABLE x(a)").connection.close()
    result = run_cli("import-dna", not_dna, tmp_path / "p.annot")
    assert result.exit_code == 2 and "not a DNA 3 database (no table CODERS" in result.err
    garbage = tmp_path / "garbage.dna"
    garbage.write_bytes(b"this is no database" * 100)
    result = run_cli("import-dna", garbage, tmp_path / "p.annot")
    assert result.exit_code == 2 and "not a DNA 3 database" in result.err
    result = run_cli("import-dna", tmp_path / "missing.dna", tmp_path / "p.annot")
    assert result.exit_code == 2 and "no such file" in result.err
    good = tmp_path / "good.dna"
    build_dna_database(good)
    sqlite3.connect(good).execute(
        "UPDATE STATEMENTS SET Stop = 5000 WHERE ID = 2"
    ).connection.commit()
    result = run_cli("import-dna", good, tmp_path / "p.annot")
    assert result.exit_code == 2 and "statement 2 (" in result.err and "lies outside" in result.err
    assert not (tmp_path / "p.annot").exists()
    assert result.err.count("\n") == 1
