"""Reading a Discourse Network Analyzer 3 database (SQLite), the schema of DNA's `Sql.java`
(github.com/leifeld/dna, dna/src/main/java/sql/Sql.java, `createTables`).

What is read: CODERS (name, colour from Red/Green/Blue), DOCUMENTS (title, text, author,
source, section, type, notes, date as seconds since 1970 in UTC), STATEMENTTYPES, VARIABLES
(per statement type; data type short text, long text, boolean or integer), ENTITIES (the values
of short-text variables, with colour and parent `ChildOf`), STATEMENTS (document, start, stop,
coder) and their values in DATASHORTTEXT, DATALONGTEXT, DATABOOLEAN and DATAINTEGER.

**Offsets**: DNA's Start and Stop are positions in its Swing text pane, i.e. Java `String`
indices: UTF-16 code units, into the text with line ends as LF (Swing's editor kits read CRLF
as LF). They are converted to code points here (`annotator.core.offsets.OffsetMap`) after the
text's CRLF and CR are turned into LF, as every Annotator import does.

The file is opened read-only (SQLite URI `mode=ro`); nothing in it changes.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import quote

from annotator.core.offsets import OffsetMap
from annotator.errors import InvalidInputError

REQUIRED_TABLES = {"CODERS", "DOCUMENTS", "STATEMENTTYPES", "VARIABLES", "STATEMENTS"}


@dataclass
class DnaEntity:
    id: int
    value: str
    colour: str | None
    parent: int | None


@dataclass
class DnaVariable:
    name: str
    data_type: str  # "short text", "long text", "boolean", "integer"
    entities: list[DnaEntity] = field(default_factory=list)
    integers: set[int] = field(default_factory=set)


@dataclass
class DnaDocument:
    id: int
    title: str
    text: str
    author: str
    source: str
    section: str
    type: str
    notes: str
    published: date | None
    offsets: OffsetMap


@dataclass
class DnaStatement:
    id: int
    document: int
    coder: str
    statement_type: str
    start: int  # code points
    end: int
    values: dict[str, str] = field(default_factory=dict)  # variable -> label ("yes", "3", ...)


@dataclass
class DnaDatabase:
    coders: dict[int, tuple[str, str]]  # id -> (name, #rrggbb)
    statement_types: dict[int, str]
    variables: dict[str, DnaVariable]  # by name, merged over statement types
    documents: list[DnaDocument]
    statements: list[DnaStatement]


def _colour(red: int | None, green: int | None, blue: int | None) -> str | None:
    if red is None or green is None or blue is None:
        return None
    return f"#{int(red):02x}{int(green):02x}{int(blue):02x}"


def _date(seconds: int | None) -> date | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(int(seconds), UTC).date()


def boolean_label(value: int) -> str:
    return "yes" if value else "no"


def read_dna_database(path: Path) -> DnaDatabase:
    """Everything import-dna needs, out of the database; InvalidInputError names the problem."""
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such file")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise InvalidInputError(f"{path}: cannot open it ({error})") from None
    try:
        return _read(connection, path)
    except sqlite3.DatabaseError as error:
        raise InvalidInputError(f"{path}: not a DNA 3 database ({error})") from None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, path: Path) -> DnaDatabase:
    tables = {row[0].upper() for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
    missing = REQUIRED_TABLES - tables
    if missing:
        raise InvalidInputError(
            f"{path}: not a DNA 3 database (no table {', '.join(sorted(missing))})"
        )
    coders = {
        coder_id: (name, _colour(red, green, blue) or "#4e79a7")
        for coder_id, name, red, green, blue in connection.execute(
            "SELECT ID, Name, Red, Green, Blue FROM CODERS ORDER BY ID"
        )
    }
    types = dict(connection.execute("SELECT ID, Label FROM STATEMENTTYPES ORDER BY ID"))
    variables: dict[str, DnaVariable] = {}
    variable_names: dict[int, str] = {}
    for variable_id, name, data_type in connection.execute(
        "SELECT ID, Variable, DataType FROM VARIABLES ORDER BY ID"
    ):
        known = variables.get(name)
        if known is not None and known.data_type != data_type:
            raise InvalidInputError(
                f"{path}: variable {name!r} is {known.data_type} in one statement type and "
                f"{data_type} in another"
            )
        variables.setdefault(name, DnaVariable(name, data_type))
        variable_names[variable_id] = name
    if "ENTITIES" in tables:
        seen: dict[tuple[str, str], int] = {}
        for entity_id, variable_id, value, red, green, blue, parent in connection.execute(
            "SELECT ID, VariableId, Value, Red, Green, Blue, ChildOf FROM ENTITIES ORDER BY ID"
        ):
            name = variable_names.get(variable_id)
            value = (value or "").strip()  # as statements' values are read
            if name is None or not value:
                continue
            if (name, value) in seen:  # the same value under two statement types
                continue
            seen[(name, value)] = entity_id
            variables[name].entities.append(
                DnaEntity(entity_id, value, _colour(red, green, blue), parent)
            )
    documents = []
    for row in connection.execute(
        "SELECT ID, Title, Text, Author, Source, Section, Type, Notes, Date FROM DOCUMENTS "
        "ORDER BY ID"
    ):
        document_id, title, text, author, source, section, kind, notes, seconds = row
        text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
        documents.append(
            DnaDocument(
                document_id,
                title or "",
                text,
                author or "",
                source or "",
                section or "",
                kind or "",
                notes or "",
                _date(seconds),
                OffsetMap.for_text(text),
            )
        )
    statements = _statements(connection, tables, coders, types, variable_names, documents, path)
    for statement in statements:
        for name, value in statement.values.items():
            if variables[name].data_type == "integer":
                variables[name].integers.add(int(value))
    return DnaDatabase(coders, types, variables, documents, statements)


def _statements(
    connection: sqlite3.Connection,
    tables: set[str],
    coders: dict[int, tuple[str, str]],
    types: dict[int, str],
    variable_names: dict[int, str],
    documents: list[DnaDocument],
    path: Path,
) -> list[DnaStatement]:
    by_id = {document.id: document for document in documents}
    statements: dict[int, DnaStatement] = {}
    for statement_id, type_id, document_id, start, stop, coder in connection.execute(
        "SELECT ID, StatementTypeId, DocumentId, Start, Stop, Coder FROM STATEMENTS ORDER BY ID"
    ):
        document = by_id.get(document_id)
        if document is None:
            raise InvalidInputError(f"{path}: statement {statement_id} has no document")
        try:
            begin = document.offsets.to_codepoint(int(start))
            end = document.offsets.to_codepoint(int(stop))
        except ValueError:
            raise InvalidInputError(
                f"{path}: statement {statement_id} ({start}-{stop}) lies outside document "
                f"{document_id} ({document.offsets.utf16_length} UTF-16 units)"
            ) from None
        coder_name = coders.get(coder, (f"DNA coder {coder}", ""))[0]
        statements[statement_id] = DnaStatement(
            statement_id, document_id, coder_name, types.get(type_id, ""), begin, end
        )
    values: dict[int, dict[str, str]] = defaultdict(dict)
    queries = {
        "DATASHORTTEXT": "SELECT d.StatementId, d.VariableId, e.Value FROM DATASHORTTEXT d "
        "JOIN ENTITIES e ON e.ID = d.Entity",
        "DATALONGTEXT": "SELECT StatementId, VariableId, Value FROM DATALONGTEXT",
        "DATABOOLEAN": "SELECT StatementId, VariableId, Value FROM DATABOOLEAN",
        "DATAINTEGER": "SELECT StatementId, VariableId, Value FROM DATAINTEGER",
    }
    for table, query in queries.items():
        if table not in tables or (table == "DATASHORTTEXT" and "ENTITIES" not in tables):
            continue
        for statement_id, variable_id, value in connection.execute(query):
            name = variable_names.get(variable_id)
            if name is None or statement_id not in statements or value is None:
                continue
            if table == "DATABOOLEAN":
                value = boolean_label(int(value))
            value = str(value).strip()
            if value:
                values[statement_id][name] = value
    for statement_id, statement in statements.items():
        statement.values = values.get(statement_id, {})
    return list(statements.values())
