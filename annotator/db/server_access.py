"""Who may do what in a project on a PostgreSQL server, enforced by the server itself.

A coder who connects with `psql` instead of the app meets the same refusals, because the rules live
in the database: roles and GRANTs per table, row-level security policies, and a trigger.

- Each project database has two group roles, `annotator_<database>_coders` and `…_leads`; a coder's
  login role is a member of one of them (`annotator server add-coder`), and the table
  `server_member(role, coder_id)` maps the login to its coder row. `annotator_current_coder()`
  answers "which coder is this connection?" for the policies.
- Coders may read every table, and write only `annotation`, `annotation_value` and
  `document_status`, and there only rows of their own coder: the INSERT and UPDATE policies check
  the new row, and a statement trigger refuses an UPDATE or DELETE that touched another coder's
  rows with a sentence saying so (a policy alone would make such a statement silently change
  nothing). Policies call no subquery per row where a constant will do (`(SELECT f())` runs once
  per statement): reading 20,000 spans as a coder or lead costs what it costs the owner, and a
  bulk DELETE as the owner is as fast as without the trigger. While the project is in
  blind mode (project setting `blind_coding`, on unless set to false: the one source of truth) the
  SELECT policies hide other coders' annotations and their values; statuses stay visible, for
  progress.
- Leads may read and write every table (not the schema: only the owner migrates it).
- The owner, who created the project, is its administrator: row-level security is enabled but not
  forced, so the owner's connections (migrations, `annotator copy`, whose COPY FROM PostgreSQL
  refuses on a table whose policies apply) are not filtered, as a superuser's never are.

Everything here is idempotent (CREATE OR REPLACE, IF NOT EXISTS, policies dropped and made again):
`install_access_rules` runs when a project is created on a server and again before each
`add-coder`, so a project copied or restored to another server gets the rules too. It is no Alembic
revision: a project file has no roles, and its schema must not change for this.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

BLIND_SETTING = "blind_coding"
MEMBER_TABLE = "server_member"
CODERS_WRITE = ("annotation", "annotation_value", "document_status")
READ_ONLY_FOR_LEADS = ("alembic_version", MEMBER_TABLE)
MAX_ROLE_BYTES = 63

_ROLE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@-]*")

_TABLE_AND_FUNCTIONS = (
    f"""
CREATE TABLE IF NOT EXISTS public.{MEMBER_TABLE} (
    role text PRIMARY KEY,
    coder_id integer NOT NULL UNIQUE REFERENCES public.coder (id) ON DELETE RESTRICT,
    added_at timestamptz NOT NULL DEFAULT now()
)
""",
    f"""
CREATE OR REPLACE FUNCTION public.annotator_current_coder() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT coder_id FROM public.{MEMBER_TABLE} WHERE role = current_user
$$
""",
    f"""
CREATE OR REPLACE FUNCTION public.annotator_blind() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT value::text <> 'false' FROM public.project_setting WHERE key = '{BLIND_SETTING}'),
        true)
$$
""",
    """
CREATE OR REPLACE FUNCTION public.annotator_owns_annotation(integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM public.annotation AS a
                   WHERE a.id = $1 AND a.coder_id = public.annotator_current_coder())
$$
""",
    """
CREATE OR REPLACE FUNCTION public.annotator_refuse_others_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF public.annotator_may_manage() THEN
        RETURN NULL;
    END IF;
    IF (SELECT rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        RETURN NULL;  -- a role the lab lets past row-level security (backups, replication)
    END IF;
    IF TG_TABLE_NAME = 'annotation_value' THEN
        -- values whose annotation went in the same statement went with it (ON DELETE CASCADE),
        -- and the annotation's own trigger checked that
        IF EXISTS (SELECT 1 FROM old_rows
                   WHERE NOT public.annotator_owns_annotation(old_rows.annotation_id)
                   AND EXISTS (SELECT 1 FROM public.annotation AS a
                               WHERE a.id = old_rows.annotation_id)) THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'a coder may change and delete only their own annotations';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM old_rows
                  WHERE coder_id IS DISTINCT FROM public.annotator_current_coder()) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = CASE TG_TABLE_NAME
                WHEN 'document_status' THEN 'a coder may set only their own document statuses'
                ELSE 'a coder may change and delete only their own annotations' END;
    END IF;
    RETURN NULL;
END
$$
""",
)


def group_roles(database: str) -> tuple[str, str]:
    """The names of a project database's two group roles: (coders, leads).

    Role names are cluster-wide and at most 63 bytes: a long database name is cut and a hash of
    the whole name keeps two such projects apart."""
    base = f"annotator_{database}"
    if len(base.encode()) + len("_coders") > MAX_ROLE_BYTES:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        cut = database.encode()[:30].decode(errors="ignore")
        base = f"annotator_{cut}_{digest}"
    return f"{base}_coders", f"{base}_leads"


def role_name_problem(role: str) -> str | None:
    """Why `role` cannot be a coder's login name, or None."""
    if not role:
        return "the role name is empty"
    if len(role.encode()) > MAX_ROLE_BYTES:
        return f"the role name {role!r} is longer than {MAX_ROLE_BYTES} bytes"
    if not _ROLE_NAME.fullmatch(role):
        return (
            f"{role!r} is not a usable role name (use letters, digits and _ . @ -, "
            "starting with a letter, digit or _)"
        )
    if role.lower().startswith("pg_") or role.lower().startswith("annotator_"):
        return f"{role!r} is a reserved role name (pg_… and annotator_… are taken)"
    return None


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# Every name in these functions is schema-qualified: a coder's temporary table is searched before
# pg_catalog, so an unqualified `pg_roles` could be theirs, saying they are a superuser.
# Cheap (no view, no join; about 0.05 ms): the policies ask it once per statement.
def _may_manage_function(leads: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION public.annotator_may_manage() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.current_setting('is_superuser') = 'on'
        OR pg_catalog.pg_has_role(current_user,
            (SELECT relowner FROM pg_catalog.pg_class WHERE oid = 'public.annotation'::regclass),
            'MEMBER')
        OR coalesce(pg_catalog.pg_has_role(current_user,
            pg_catalog.to_regrole({quote_literal(quote_identifier(leads))})::oid, 'MEMBER'), false)
$$
"""


_ME = "(SELECT public.annotator_current_coder())"
_MANAGE = "(SELECT public.annotator_may_manage())"
_READABLE_ANNOTATION = f"(coder_id = {_ME} OR NOT (SELECT public.annotator_blind()))"
_OWNS_ANNOTATION = "public.annotator_owns_annotation(annotation_id)"
# Not "its annotation is readable" (EXISTS on annotation): a subquery in a policy runs once per
# row, which made reading 20,000 values as a lead 4 times slower than as the owner.
_READABLE_VALUE = (
    "NOT (SELECT public.annotator_blind()) OR public.annotator_owns_annotation(annotation_id)"
)

# table -> [(policy, command, USING, WITH CHECK)]; a lead's and the owner's policy comes first
_POLICIES: dict[str, list[tuple[str, str, str | None, str | None]]] = {
    "annotation": [
        ("annotator_read", "SELECT", _READABLE_ANNOTATION, None),
        ("annotator_insert_own", "INSERT", None, f"coder_id = {_ME}"),
        ("annotator_update_own", "UPDATE", _READABLE_ANNOTATION, f"coder_id = {_ME}"),
        ("annotator_delete_own", "DELETE", _READABLE_ANNOTATION, None),
    ],
    "annotation_value": [
        ("annotator_read", "SELECT", _READABLE_VALUE, None),
        ("annotator_insert_own", "INSERT", None, _OWNS_ANNOTATION),
        ("annotator_update_own", "UPDATE", _READABLE_VALUE, _OWNS_ANNOTATION),
        ("annotator_delete_own", "DELETE", _READABLE_VALUE, None),
    ],
    "document_status": [
        ("annotator_read", "SELECT", "true", None),
        ("annotator_insert_own", "INSERT", None, f"coder_id = {_ME}"),
        ("annotator_update_own", "UPDATE", "true", f"coder_id = {_ME}"),
        ("annotator_delete_own", "DELETE", "true", None),
    ],
}


def _policy_statements(table: str) -> Iterable[str]:
    yield f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY"
    rules = [("annotator_manage", "ALL", _MANAGE, _MANAGE), *_POLICIES[table]]
    for name, command, using, check in rules:
        yield f"DROP POLICY IF EXISTS {name} ON public.{table}"
        statement = f"CREATE POLICY {name} ON public.{table} FOR {command}"
        if using is not None:
            statement += f" USING ({using})"
        if check is not None:
            statement += f" WITH CHECK ({check})"
        yield statement
    for event in ("UPDATE", "DELETE"):
        trigger = f"annotator_own_rows_{event.lower()}"
        yield f"DROP TRIGGER IF EXISTS {trigger} ON public.{table}"
        yield (
            f"CREATE TRIGGER {trigger} AFTER {event} ON public.{table} "
            "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT "
            "EXECUTE FUNCTION public.annotator_refuse_others_rows()"
        )


def install_access_rules(connection: Connection) -> None:
    """Install (or renew) the member table, functions, policies and triggers of a server project,
    inside the caller's transaction. Needs the tables' owner (or a superuser); creates no roles."""
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    _coders, leads = group_roles(database)
    connection.exec_driver_sql(_may_manage_function(leads))
    for statement in _TABLE_AND_FUNCTIONS:
        connection.exec_driver_sql(statement)
    for table in CODERS_WRITE:
        for statement in _policy_statements(table):
            connection.exec_driver_sql(statement)


def _serial_sequences(connection: Connection, tables: Iterable[str]) -> list[str]:
    """The sequences that number the tables' serial columns (a coder's INSERT needs them)."""
    rows = connection.execute(
        text(
            "SELECT DISTINCT pg_get_serial_sequence('public.' || quote_ident(table_name), "
            "column_name) AS sequence FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = ANY(:tables)"
        ),
        {"tables": list(tables)},
    )
    return sorted(row[0] for row in rows if row[0])


def project_tables(connection: Connection) -> list[str]:
    """The tables of the project: the models' tables, Alembic's version and the member table."""
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    )
    return [row[0] for row in rows]


def ensure_group_roles(connection: Connection) -> tuple[str, str]:
    """Create this project's two group roles if missing and grant them their tables: coders read
    everything and write their own work; leads read and write every table but the schema's
    version and the member list. Needs CREATEROLE and the tables' owner (or a superuser)."""
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    coders, leads = group_roles(database)
    for group, what in ((coders, "coders"), (leads, "leads")):
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group}
        ).scalar()
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {quote_identifier(group)} NOLOGIN")
            connection.exec_driver_sql(
                f"COMMENT ON ROLE {quote_identifier(group)} IS "
                f"{quote_literal(f'Annotator: the {what} of project database {database}')}"
            )
    both = f"{quote_identifier(coders)}, {quote_identifier(leads)}"
    tables = project_tables(connection)
    everything = ", ".join(f"public.{quote_identifier(table)}" for table in tables)
    statements = [
        f"GRANT CONNECT ON DATABASE {quote_identifier(database)} TO {both}",
        f"GRANT USAGE ON SCHEMA public TO {both}",
        f"GRANT SELECT ON {everything} TO {both}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(CODERS_WRITE)} TO {quote_identifier(coders)}",
    ]
    managed = [table for table in tables if table not in READ_ONLY_FOR_LEADS]
    leads_group = quote_identifier(leads)
    statements.append(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(managed)} TO {leads_group}")
    for sequence in _serial_sequences(connection, CODERS_WRITE):
        statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {both}")
    for sequence in _serial_sequences(connection, managed):
        statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {leads_group}")
    # Tables a later version adds (created by the owner's migration): readable by the team at
    # once, writable by leads; coders' rows in a new table need rules of their own here.
    owner = connection.exec_driver_sql(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'public.annotation'::regclass"
    ).scalar_one()
    defaults = f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote_identifier(owner)} IN SCHEMA public"
    statements += [
        f"{defaults} GRANT SELECT ON TABLES TO {both}",
        f"{defaults} GRANT INSERT, UPDATE, DELETE ON TABLES TO {leads_group}",
        f"{defaults} GRANT USAGE, SELECT ON SEQUENCES TO {leads_group}",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)
    return coders, leads


_TABLE_REFUSALS = {
    "variable": "only a lead may change the codebook",
    "code": "only a lead may change the codebook",
    "document": "only a lead may import, edit or remove documents",
    "assignment": "only a lead may change assignments",
    "assignment_set": "only a lead may change assignments",
    "coder": "only a lead may add or change coders (annotator server add-coder)",
    "project_setting": "only a lead may change the project's settings",
    MEMBER_TABLE: "only the server's administrator may change who codes (annotator server …)",
    "annotation": "a coder may add and change only their own annotations",
    "annotation_value": "a coder may add and change only their own annotations",
    "document_status": "a coder may set only their own document statuses",
    "alembic_version": "this login is no member of the project (or was removed from it)",
}
_DENIED_TABLE = re.compile(r'(?:permission denied for table|policy for table) "?([A-Za-z_]+)"?')


def refusal(message: str, statement: str | None = None) -> str | None:
    """The reason, in the user's words, behind the server's 'permission denied' (sqlstate 42501)
    for one of a project's tables, or None when the message is not one of those."""
    if message.startswith("a coder may"):  # annotator_refuse_others_rows() said it already
        return re.split(r" (?:DETAIL|HINT|CONTEXT): ", message)[0]
    lowered = message.lower()
    if "not permitted to log in" in lowered:
        return (
            "this login is disabled (removed from the project's coders; the project's owner "
            "can add it again: annotator server add-coder)"
        )
    if "create role" in lowered or "createrole" in lowered or "grant role" in lowered:
        return (
            "only a login with the CREATEROLE right (the server's administrator, or an owner "
            "given it) may add or remove coders"
        )
    if "must be owner of" in lowered:
        return "only the project's owner may change its tables (open it once as the owner)"
    match = _DENIED_TABLE.search(message)
    if match is None:
        return None
    table = match.group(1)
    if (statement or "").lstrip().upper().startswith("SELECT") and table != "alembic_version":
        return f"this login may not read the project's {table} table (was it removed?)"
    return _TABLE_REFUSALS.get(table)
