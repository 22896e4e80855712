"""What `annotator verify` checks on a server project in place of SQLite's `PRAGMA integrity_check`.

PostgreSQL has no such pragma: it keeps its own pages consistent (write-ahead log; page checksums
where the cluster has them, which `pg_amcheck` checks, as the server's administrator). What a
project's owner, a restore or a careless `psql` session can break are the schema's promises, and
those are checked here:

- every constraint the schema declares (primary and foreign keys, unique, check) is on the
  server, by its name, and validated: one added `NOT VALID` never checked the rows already there;
- no table has its foreign keys switched off (`ALTER TABLE … DISABLE TRIGGER ALL`, which lets
  rows in that point nowhere);
- no row points nowhere: for every foreign key of the models, the rows whose parent is missing,
  named as `PRAGMA foreign_key_check` names them on a file.

The content checks (documents, quotes, offsets, values, code tree) are `services.verify`'s, the
same for a file and a server.
"""

from __future__ import annotations

from sqlalchemy import ForeignKeyConstraint

from annotator.db.models import Base
from annotator.db.read_only import ReadConnection

_CONSTRAINTS = """
SELECT conname, convalidated FROM pg_constraint
 WHERE connamespace = current_schema()::regnamespace
"""

# Foreign keys are enforced by internal triggers; DISABLE TRIGGER ALL switches them off.
_SWITCHED_OFF = """
SELECT DISTINCT c.relname FROM pg_trigger AS t JOIN pg_class AS c ON c.oid = t.tgrelid
 WHERE t.tgisinternal AND t.tgenabled = 'D'
   AND c.relnamespace = current_schema()::regnamespace
 ORDER BY c.relname
"""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _constraint_problems(connection: ReadConnection) -> list[str]:
    present = dict(connection.execute(_CONSTRAINTS))
    problems = []
    for table in Base.metadata.sorted_tables:
        for constraint in sorted(table.constraints, key=lambda each: str(each.name)):
            name = str(constraint.name)
            if name not in present:
                problems.append(f"constraint: {name} of table {table.name} is missing")
            elif not present[name]:
                problems.append(
                    f"constraint: {name} of table {table.name} is not validated (added NOT VALID)"
                )
    for (table_name,) in connection.execute(_SWITCHED_OFF):
        problems.append(
            f"foreign key: the foreign keys of table {table_name} are switched off "
            "(ALTER TABLE … DISABLE TRIGGER)"
        )
    return problems


def _orphan_problems(connection: ReadConnection) -> list[str]:
    """`PRAGMA foreign_key_check` on the server: the rows whose parent row is missing."""
    problems = []
    for table in Base.metadata.sorted_tables:
        keys = [column.name for column in table.primary_key.columns]
        for constraint in table.constraints:
            if not isinstance(constraint, ForeignKeyConstraint):
                continue
            parent = constraint.referred_table.name
            pairs = [(element.parent.name, element.column.name) for element in constraint.elements]
            joined = " AND ".join(f"p.{_quoted(up)} = c.{_quoted(own)}" for own, up in pairs)
            present = " AND ".join(f"c.{_quoted(own)} IS NOT NULL" for own, _ in pairs)
            statement = (
                f"SELECT {', '.join(f'c.{_quoted(key)}' for key in keys)} "
                f"FROM {_quoted(table.name)} AS c WHERE {present} AND NOT EXISTS "
                f"(SELECT 1 FROM {_quoted(parent)} AS p WHERE {joined}) "
                f"ORDER BY {', '.join(f'c.{_quoted(key)}' for key in keys)}"
            )
            for row in connection.execute(statement):
                shown = ", ".join(str(value) for value in row)
                problems.append(
                    f"foreign key: table {table.name} row {shown} points to missing {parent}"
                )
    return problems


def server_integrity_problems(connection: ReadConnection) -> list[str]:
    """The schema's constraints and foreign keys on the server; empty when they hold."""
    return _constraint_problems(connection) + _orphan_problems(connection)
