"""Checks that a project file keeps its promises, naming every row that breaks one.

Beyond SQLite's own integrity and foreign-key checks: the file header follows the SQLite format
(SQLite lives with some header damage, e.g. it silently goes read-only); every annotation's span
lies inside its document and its quote equals `text[start:end]`; every document's stored hash
matches its text; every value fits its variable (a code of that variable, text only for text
variables, one value unless the variable allows several); the code tree has no cycles and no
cross-variable parents; coders are "human" or "machine", and only a machine coder's annotations
are linked to a machine-coding run.

A project may hold a million annotations, so the checks run on the stdlib `sqlite3` driver
(`verify_connection`; `annotator verify` calls it without importing SQLAlchemy) and keep nothing
per row: documents and their annotations are read side by side in document order, and the value
checks are filtered by SQLite so only broken rows reach Python. Problems come in the order the
checks have always reported them.

A project on a PostgreSQL server gets the same content checks through `db.server_reads` (same
SQL, streamed). It has no file header, and PostgreSQL has no `PRAGMA integrity_check`: in their
place `services.server_checks` checks that every constraint of the schema is there, validated and
enforced, and looks for rows whose foreign keys point nowhere, as `PRAGMA foreign_key_check` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.offsets import span_problem
from annotator.core.text import text_sha256
from annotator.db.file_checks import read_header_problems
from annotator.db.read_only import ReadConnection, dialect
from annotator.services.quick_reads import dashed

if TYPE_CHECKING:
    from annotator.db.project import Project


@dataclass(frozen=True)
class Problem:
    table: str
    row: str  # the row's uuid or id
    message: str

    def __str__(self) -> str:
        return f"{self.table} {self.row}: {self.message}"


def _integrity_problems(connection: ReadConnection) -> list[str]:
    """SQLite's own integrity and foreign-key checks (on a server: `services.server_checks`);
    empty when the database is sound."""
    if dialect(connection) == "postgresql":
        from annotator.services.server_checks import server_integrity_problems

        return server_integrity_problems(connection)
    problems = [
        f"integrity: {row}"
        for (row,) in connection.execute("PRAGMA integrity_check")
        if row != "ok"
    ]
    for row in connection.execute("PRAGMA foreign_key_check"):
        problems.append(f"foreign key: table {row[0]} row {row[1]} points to missing {row[2]}")
    return problems


def _document_problems(connection: ReadConnection, problems: list[Problem]) -> None:
    """Each document's hash, and each annotation's span and quote against its document's text:
    both tables read once, side by side in document order (a merge join)."""
    annotations = connection.execute(
        'SELECT document_id, uuid, start, "end", quote, id FROM annotation ORDER BY document_id, id'
    )
    orphans: list[tuple] = []
    pending = annotations.fetchone()
    for document_id, document_uuid, text, sha256 in connection.execute(
        "SELECT id, uuid, text, sha256 FROM document ORDER BY id"
    ):
        while pending is not None and pending[0] < document_id:
            orphans.append(pending)
            pending = annotations.fetchone()
        if text_sha256(text) != sha256:
            problems.append(
                Problem(
                    "document",
                    f"{document_id} ({dashed(document_uuid)})",
                    "stored hash does not match its text",
                )
            )
        while pending is not None and pending[0] == document_id:
            _, annotation_uuid, start, end, quote, _ = pending
            problem = span_problem(text, start, end)
            if problem:
                problems.append(Problem("annotation", dashed(annotation_uuid), problem))
            elif text[start:end] != quote:
                problems.append(
                    Problem(
                        "annotation",
                        dashed(annotation_uuid),
                        f"quote {quote[:40]!r} differs from the text at {start}-{end} "
                        f"({text[start:end][:40]!r})",
                    )
                )
            pending = annotations.fetchone()
    while pending is not None:
        orphans.append(pending)
        pending = annotations.fetchone()
    # as listed before: grouped by missing document in the order each first appears, then by row
    first_seen: dict[int, int] = {}
    for document_id, *_, annotation_id in orphans:
        first_seen[document_id] = min(first_seen.get(document_id, annotation_id), annotation_id)
    for _document_id, annotation_uuid, *_ in sorted(
        orphans, key=lambda row: (first_seen[row[0]], row[5])
    ):
        problems.append(Problem("annotation", dashed(annotation_uuid), "its document is missing"))


# Only values that break a rule come back from SQLite; the annotation's uuid is looked up for those.
_BROKEN_VALUES = """
SELECT v.variable_id, v.code_id, v.text,
       (SELECT uuid FROM annotation WHERE id = v.annotation_id),
       variable.id, variable.name, variable.kind, code.variable_id
  FROM annotation_value AS v
  LEFT JOIN variable ON variable.id = v.variable_id
  LEFT JOIN code ON code.id = v.code_id
 WHERE variable.id IS NULL
    OR (variable.kind = 'text') = (v.code_id IS NOT NULL)
    OR (v.code_id IS NOT NULL AND code.variable_id {is_not} v.variable_id)
"""
_IS_NOT = {"sqlite": "IS NOT", "postgresql": "IS DISTINCT FROM"}

_REPEATED_VALUES = """
SELECT annotation_id, variable_id, count(*) FROM annotation_value
 WHERE variable_id IN (SELECT id FROM variable WHERE NOT multiple)
 GROUP BY annotation_id, variable_id HAVING count(*) > 1
"""


def _value_problems(connection: ReadConnection, problems: list[Problem]) -> None:
    rows = connection.execute(_BROKEN_VALUES.format(is_not=_IS_NOT[dialect(connection)]))
    for variable_id, code_id, text, annotation_uuid, found, name, kind, code_variable in rows:
        if annotation_uuid is None:
            continue  # a value of a missing annotation: the foreign-key check names it
        where = dashed(annotation_uuid)
        if found is None:
            message = f"value of missing variable {variable_id}"
        elif kind == "text" and code_id is not None:
            message = f"text variable {name!r} holds a code"
        elif kind != "text" and code_id is None:
            message = f"{name!r} holds text {text!r} instead of a code"
        elif code_id is not None and code_variable != variable_id:
            message = f"code {code_id} does not belong to variable {name!r}"
        else:
            continue
        problems.append(Problem("annotation", where, message))
    names = dict(connection.execute("SELECT id, name FROM variable"))
    repeated = []
    for annotation_id, variable_id, count in connection.execute(_REPEATED_VALUES):
        row = connection.execute(
            "SELECT uuid FROM annotation WHERE id = ?", (annotation_id,)
        ).fetchone()
        if row is not None:
            repeated.append((row[0], variable_id, count))
    for annotation_uuid, variable_id, count in sorted(repeated):  # by uuid, as grouped before
        problems.append(
            Problem(
                "annotation",
                dashed(annotation_uuid),
                f"{count} values for single-valued {names[variable_id]!r}",
            )
        )


def _code_tree_problems(connection: ReadConnection, problems: list[Problem]) -> None:
    codes = {
        row[0]: row
        for row in connection.execute("SELECT id, uuid, variable_id, parent_id, label FROM code")
    }
    for code_id, code_uuid, variable_id, parent_id, _label in codes.values():
        seen = {code_id}
        while parent_id is not None:
            parent = codes.get(parent_id)
            if parent is None:
                break  # reported by the foreign-key check
            if parent[2] != variable_id:
                problems.append(
                    Problem(
                        "code", dashed(code_uuid), f"parent {parent[4]!r} is in another variable"
                    )
                )
                break
            if parent[0] in seen:
                problems.append(Problem("code", dashed(code_uuid), "the code tree has a cycle"))
                break
            seen.add(parent[0])
            parent_id = parent[3]


def _machine_problems(connection: ReadConnection, problems: list[Problem]) -> None:
    for coder_uuid, kind in connection.execute(
        "SELECT uuid, kind FROM coder WHERE kind NOT IN ('human', 'machine') ORDER BY id"
    ):
        problems.append(Problem("coder", dashed(coder_uuid), f"unknown kind {kind!r}"))
    for (annotation_uuid,) in connection.execute(
        "SELECT annotation.uuid FROM machine_annotation"
        " JOIN annotation ON annotation.id = machine_annotation.annotation_id"
        " JOIN coder ON coder.id = annotation.coder_id"
        " WHERE coder.kind <> 'machine' ORDER BY annotation.id"
    ):
        message = "a person's annotation marked as a machine coder's"
        problems.append(Problem("annotation", dashed(annotation_uuid), message))
    for decision_uuid, decision in connection.execute(
        "SELECT uuid, decision FROM suggestion_decision"
        " WHERE decision NOT IN ('accepted', 'dismissed') ORDER BY id"
    ):
        problems.append(
            Problem("suggestion_decision", dashed(decision_uuid), f"unknown decision {decision!r}")
        )


def verify_connection(connection: ReadConnection, path: object) -> list[Problem]:
    """Every broken promise in the project at `path` (a file, or a server's location), read on
    `connection` inside one read transaction (no writer can change it meanwhile); an empty list
    means it is sound."""
    problems: list[Problem] = []
    if isinstance(path, Path):
        problems += [Problem("file", "-", text) for text in read_header_problems(path)]
    problems += [Problem("database", "-", message) for message in _integrity_problems(connection)]
    _document_problems(connection, problems)
    _value_problems(connection, problems)
    _code_tree_problems(connection, problems)
    _machine_problems(connection, problems)
    return problems


def verify_project(project: Project) -> list[Problem]:
    """Every broken promise in the project; an empty list means it is sound."""
    with project.reading() as session:
        connection = session.connection().connection.driver_connection
        if project.on_server:
            from annotator.db.server_reads import ServerReadConnection

            return verify_connection(ServerReadConnection(connection), project.path)
        return verify_connection(connection, project.path)
