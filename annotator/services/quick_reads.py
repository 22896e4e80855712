"""What the reading commands print, read straight from the `sqlite3` driver and streamed.

`info`, `documents`, `annotations` and `text` only read, and a project may hold a million
annotations: through the ORM they cost ~9 KB of memory per annotation and 0.4 s of start-up for
importing SQLAlchemy. Here they run on a connection from `annotator.db.read_only` (stdlib only),
yield rows one at a time in the order the ORM services give them (`list_documents`,
`list_annotations`), and resolve references with the same rules and messages as
`services.references` (a document by id or uuid, a coder by name, case-insensitively). Stored
forms are turned into what the ORM would give: uuids with dashes, dates as ISO text. A project on
a server runs the same functions on `db.server_reads`' connection (same SQL, streamed).
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from annotator.core.labels import label_key
from annotator.db import SCHEMA_REVISION
from annotator.db.read_only import ReadConnection, dialect
from annotator.errors import InvalidInputError, NotFoundError


@dataclass(frozen=True)
class VariableSummary:
    name: str
    kind: str
    codes: int


@dataclass(frozen=True)
class ProjectInfo:
    path: str
    schema: str
    documents: int
    annotations: int
    coders: list[str]
    variables: list[VariableSummary]
    settings: dict[str, Any]
    machine_coders: list[str] = field(default_factory=list)  # the coders that are models

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "documents": self.documents,
            "annotations": self.annotations,
            "coders": self.coders,
            "machine_coders": self.machine_coders,
            "variables": [vars(variable) for variable in self.variables],
        }


def dashed(key: str) -> str:
    """`str(uuid)` of a stored uuid; the canonical stored key (32 lowercase hex digits) is cut
    without building a UUID (a listing prints a million of them)."""
    if len(key) == 32 and key.islower() and key.isalnum():
        return f"{key[:8]}-{key[8:12]}-{key[12:16]}-{key[16:20]}-{key[20:]}"
    return str(uuid_module.UUID(key))


def read_info(connection: ReadConnection, path: object) -> ProjectInfo:
    """`services.projects.project_info`, read on the driver."""

    def count(table: str) -> int:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    code_counts = dict(
        connection.execute("SELECT variable_id, count(*) FROM code GROUP BY variable_id")
    )
    variables = [
        VariableSummary(name, kind, code_counts.get(variable_id, 0))
        for variable_id, name, kind in connection.execute(
            "SELECT id, name, kind FROM variable ORDER BY position"
        )
    ]
    return ProjectInfo(
        path=str(path),
        schema=SCHEMA_REVISION,
        documents=count("document"),
        annotations=count("annotation"),
        coders=[name for (name,) in connection.execute("SELECT name FROM coder ORDER BY id")],
        machine_coders=[
            name
            for (name,) in connection.execute(
                "SELECT name FROM coder WHERE kind = 'machine' ORDER BY id"
            )
        ],
        variables=variables,
        settings={
            key: json.loads(value)
            for key, value in connection.execute('SELECT "key", value FROM project_setting')
        },
    )


DOCUMENT_COLUMNS = (
    "id", "uuid", "title", "outlet", "published", "author", "url", "chars", "sha256",
)  # fmt: skip


def document_rows(connection: ReadConnection) -> Iterator[tuple]:
    """Every document's metadata in import order, as tuples in `DOCUMENT_COLUMNS` order
    (uuid with dashes, published as ISO text or None, chars counted in code points)."""
    cursor = connection.execute(
        "SELECT id, uuid, title, outlet, published, author, url, length(text), sha256 "
        "FROM document ORDER BY id"
    )
    cursor.arraysize = 500
    while rows := cursor.fetchmany():
        for row in rows:
            yield (row[0], dashed(row[1]), *row[2:])


def find_document_id(connection: ReadConnection, reference: int | str) -> int:
    """`services.references.find_document` on the driver: a document by id ("1") or uuid."""
    text = str(reference).strip()
    if text.isdigit():
        row = connection.execute("SELECT id FROM document WHERE id = ?", (int(text),)).fetchone()
    else:
        try:
            key = uuid_module.UUID(text).hex
        except ValueError:
            raise InvalidInputError(
                f"{text!r} is neither a document id nor a document uuid"
            ) from None
        row = connection.execute("SELECT id FROM document WHERE uuid = ?", (key,)).fetchone()
    if row is None:
        raise NotFoundError(f"no document {text} in this project")
    return row[0]


def document_text(connection: ReadConnection, reference: int | str) -> str:
    """The stored text, exactly: the string every offset indexes into."""
    document_id = find_document_id(connection, reference)
    row = connection.execute("SELECT text FROM document WHERE id = ?", (document_id,)).fetchone()
    return row[0]


def find_coder_id(connection: ReadConnection, name: str) -> int:
    """`services.references.find_coder` on the driver; an unknown coder is NotFoundError."""
    wanted = label_key(name.strip())
    matches = [
        coder_id
        for coder_id, coder_name in connection.execute("SELECT id, name FROM coder")
        if label_key(coder_name) == wanted
    ]
    if len(matches) > 1:
        raise InvalidInputError(
            f"{len(matches)} coders are called {name!r}; rename one of them to tell them apart"
        )
    if not matches:
        raise NotFoundError(f"no coder {name!r} in this project")
    return matches[0]


@dataclass(frozen=True)
class Codebook:
    """What turns stored values into labels: variables (name and sort key) and code labels."""

    variables: dict[int, tuple[str, tuple[int, int]]]
    codes: dict[int, str]
    coders: dict[int, str]


def read_codebook(connection: ReadConnection) -> Codebook:
    return Codebook(
        variables={
            variable_id: (name, (position, variable_id))
            for variable_id, name, position in connection.execute(
                "SELECT id, name, position FROM variable"
            )
        },
        codes=dict(connection.execute("SELECT id, label FROM code")),
        coders=dict(connection.execute("SELECT id, name FROM coder")),
    )


# Each annotation with its values as one JSON array [[variable_id, code_id, text, value_id], …]
# built by the database: one pass, no query per annotation, and nothing held but the current row.
_VALUES_ARRAY = {
    "sqlite": "json_group_array(json_array(v.variable_id, v.code_id, v.text, v.id))",
    "postgresql": "coalesce(json_agg(json_build_array(v.variable_id, v.code_id, v.text, v.id)), "
    "'[]')",
}
_ANNOTATIONS = """
SELECT a.uuid, a.document_id, d.uuid, a.coder_id, a.start, a."end", a.quote, a.memo,
       (SELECT {values_array} FROM annotation_value AS v WHERE v.annotation_id = a.id)
  FROM annotation AS a JOIN document AS d ON d.id = a.document_id
 {where}
 ORDER BY a.document_id, a.start, a."end", a.id
"""


def annotation_rows(
    connection: ReadConnection,
    codebook: Codebook,
    *,
    document: int | str | None = None,
    coder: str | None = None,
) -> Iterator[tuple]:
    """`services.coding.annotations.list_annotations` as a stream of tuples
    (uuid, document_id, document_uuid, coder, start, end, quote, memo, values), values being
    {variable name: [labels]} in codebook order, a code's label or a text value's text."""
    conditions: list[str] = []
    parameters: list[int] = []
    if document is not None:
        conditions.append("a.document_id = ?")
        parameters.append(find_document_id(connection, document))
    if coder is not None:
        conditions.append("a.coder_id = ?")
        parameters.append(find_coder_id(connection, coder))
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    statement = _ANNOTATIONS.format(where=where, values_array=_VALUES_ARRAY[dialect(connection)])
    cursor = connection.execute(statement, parameters)
    cursor.arraysize = 500
    variables, codes, coders = codebook.variables, codebook.codes, codebook.coders
    loads = json.loads
    while rows := cursor.fetchmany():
        for key, document_id, document_key, coder_id, start, end, quote, memo, stored in rows:
            values: dict[str, list[str]] = {}
            items = loads(stored)
            if len(items) > 1:
                items.sort(key=lambda item: (variables[item[0]][1], item[3]))
            for variable_id, code_id, text, _value_id in items:
                label = codes[code_id] if code_id else text or ""
                values.setdefault(variables[variable_id][0], []).append(label)
            yield (
                dashed(key), document_id, dashed(document_key), coders[coder_id],
                start, end, quote, memo, values,
            )  # fmt: skip
