"""The coders of a project on a PostgreSQL server: their logins, who leads, and blind coding.

A lab's lead (or the server's administrator) adds each coder once: `add_member` creates the
coder's login role, their coder row if new, and makes the role a member of the project's coders
(or leads) group, whose rights `db.server_access` defines. `remove_member` takes the role out of
the project and stops its logins, while every annotation and status the coder made stays. A
password is turned into a SCRAM verifier on this side (as psql's \\password does), so it never
travels or lands in the server's log as plain text, and Annotator stores it nowhere.

Blind coding is the project setting `blind_coding` (on unless set to false): the server's policies
read the same row, so what `blind_coding()` says is what the server enforces.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from annotator.db.models import ProjectSetting
from annotator.db.notifications import install_change_notifications
from annotator.db.project import Project
from annotator.db.server_access import (
    BLIND_SETTING,
    MEMBER_TABLE,
    ensure_group_roles,
    group_roles,
    install_access_rules,
    quote_identifier,
    quote_literal,
    role_name_problem,
)
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.references import find_or_add_coder


@dataclass(frozen=True)
class MemberRecord:
    """One login of the project: its role, the coder it codes as, and what it may do now."""

    role: str
    coder: str
    coder_uuid: str
    lead: bool
    active: bool  # a member of the project's coders or leads (False once removed)
    can_login: bool

    @property
    def standing(self) -> str:
        if not self.active:
            return "removed"
        return "lead" if self.lead else "coder"

    def to_json(self) -> dict[str, object]:
        return {
            "role": self.role,
            "coder": self.coder,
            "coder_uuid": self.coder_uuid,
            "standing": self.standing,
            "lead": self.lead,
            "can_login": self.can_login,
        }


@dataclass(frozen=True)
class RemovedMember:
    member: MemberRecord
    login_disabled: bool  # False when the role still codes in another project on this server


def _require_server(project: Project) -> None:
    if not project.on_server:
        raise InvalidInputError(
            f"{project.path}: coders' logins and permissions exist only for a project on a "
            "PostgreSQL server (postgresql://…); a project file goes to each coder as a copy"
        )


def _database(connection: Connection) -> str:
    return connection.exec_driver_sql("SELECT current_database()").scalar_one()


def _members(connection: Connection, role: str | None = None) -> list[MemberRecord]:
    coders, leads = group_roles(_database(connection))
    query = f"""
        SELECT m.role, c.name, c.uuid, coalesce(r.rolcanlogin, false),
               EXISTS (SELECT 1 FROM pg_auth_members AS a JOIN pg_roles AS g ON g.oid = a.roleid
                       WHERE a.member = r.oid AND g.rolname = :leads),
               EXISTS (SELECT 1 FROM pg_auth_members AS a JOIN pg_roles AS g ON g.oid = a.roleid
                       WHERE a.member = r.oid AND g.rolname IN (:coders, :leads))
        FROM {MEMBER_TABLE} AS m JOIN coder AS c ON c.id = m.coder_id
        LEFT JOIN pg_roles AS r ON r.rolname = m.role
        WHERE (CAST(:role AS text) IS NULL OR m.role = :role)
        ORDER BY m.role
    """
    rows = connection.execute(text(query), {"coders": coders, "leads": leads, "role": role})
    return [
        MemberRecord(name, coder, str(uuid), bool(lead), bool(active), bool(login))
        for name, coder, uuid, login, lead, active in rows
    ]


def _role(connection: Connection, role: str) -> tuple[bool, bool] | None:
    """(superuser or bypasses row security, can log in) of an existing role, or None."""
    row = connection.execute(
        text("SELECT rolsuper OR rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = :role"),
        {"role": role},
    ).first()
    return None if row is None else (bool(row[0]), bool(row[1]))


def _password_verifier(connection: Connection, role: str, password: str) -> str:
    """The SCRAM (or MD5, if the server asks for it) verifier of `password`, made here."""
    algorithm = connection.exec_driver_sql("SHOW password_encryption").scalar_one()
    pgconn = connection.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), role.encode(), algorithm.encode())
    return verifier.decode()


def _groups_of(connection: Connection, role: str) -> list[str]:
    """The Annotator project groups (on any database of the server) that `role` belongs to."""
    rows = connection.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members AS a JOIN pg_roles AS g ON g.oid = a.roleid "
            "JOIN pg_roles AS r ON r.oid = a.member WHERE r.rolname = :role "
            "AND starts_with(g.rolname, 'annotator_') "
            "AND (right(g.rolname, 7) = '_coders' OR right(g.rolname, 6) = '_leads')"
        ),
        {"role": role},
    )
    return [row[0] for row in rows]


def _require_administrator(connection: Connection) -> None:
    """Adding and removing coders creates roles and installs the rules: it needs a login that
    may create roles and owns the project's tables (or a superuser)."""
    may_create, owns = connection.execute(
        text(
            "SELECT rolsuper OR rolcreaterole, rolsuper OR pg_has_role(current_user, "
            "(SELECT relowner FROM pg_class WHERE oid = 'public.annotation'::regclass), 'MEMBER') "
            "FROM pg_roles WHERE rolname = current_user"
        )
    ).one()
    if not (may_create and owns):
        raise InvalidInputError(
            "only the project's owner with the CREATEROLE right, or the server's administrator, "
            "may add and remove coders; this login "
            + ("does not own the project" if may_create else "may not create roles")
        )


def add_member(
    project: Project,
    role: str,
    *,
    lead: bool = False,
    coder_name: str | None = None,
    password: str | None = None,
) -> MemberRecord:
    """Give the login `role` (created if new; LOGIN again if it was removed) the rights of a coder
    or, with `lead`, of a lead, coding as `coder_name` (the role's name by default; the coder row
    is added if new). A password, when given, replaces the role's; None leaves it as it is (new
    roles then log in by the lab's other means: peer, certificates, LDAP). Running it again with
    or without `lead` moves the role between coder and lead."""
    _require_server(project)
    problem = role_name_problem(role)
    if problem:
        raise InvalidInputError(problem)
    with project.writing() as session:
        connection = session.connection()
        _require_administrator(connection)
        install_access_rules(connection)
        install_change_notifications(connection)  # a project made before live updates existed
        coders, leads = ensure_group_roles(connection)
        existing = _role(connection, role)
        if existing is not None and existing[0]:
            raise InvalidInputError(
                f"{role!r} is a superuser (or bypasses row-level security) on this server, which "
                "no rule can restrict; give the coder a login of their own"
            )
        words = "LOGIN"
        if password is not None:
            words += f" PASSWORD {quote_literal(_password_verifier(connection, role, password))}"
        verb = "ALTER" if existing is not None else "CREATE"
        connection.exec_driver_sql(f"{verb} ROLE {quote_identifier(role)} {words}")
        wanted, other = (leads, coders) if lead else (coders, leads)
        if other in _groups_of(connection, role):
            connection.exec_driver_sql(
                f"REVOKE {quote_identifier(other)} FROM {quote_identifier(role)}"
            )
        connection.exec_driver_sql(f"GRANT {quote_identifier(wanted)} TO {quote_identifier(role)}")
        _map_role_to_coder(session, connection, role, coder_name or role)
        return _members(connection, role)[0]


def _map_role_to_coder(session: Session, connection: Connection, role: str, name: str) -> None:
    coder = find_or_add_coder(session, name)
    holder = connection.execute(
        text(f"SELECT role FROM {MEMBER_TABLE} WHERE coder_id = :id AND role <> :role"),
        {"id": coder.id, "role": role},
    ).scalar()
    if holder is not None:
        raise InvalidInputError(
            f"coder {coder.name!r} already codes as the login {holder!r}; one login per coder"
        )
    connection.execute(
        text(
            f"INSERT INTO {MEMBER_TABLE} (role, coder_id) VALUES (:role, :id) "
            "ON CONFLICT (role) DO UPDATE SET coder_id = excluded.coder_id"
        ),
        {"role": role, "id": coder.id},
    )


def remove_member(project: Project, role: str) -> RemovedMember:
    """Take `role` out of the project (no more rights here) and stop its logins, unless it still
    codes in another project on the same server. The coder row, annotations and statuses stay."""
    _require_server(project)
    with project.writing() as session:
        connection = session.connection()
        found = _members(connection, role)
        if not found:
            raise NotFoundError(
                f"{role!r} is not a coder of this project (list them: annotator server coders)"
            )
        _require_administrator(connection)
        if connection.exec_driver_sql("SELECT current_user").scalar_one() == role:
            raise InvalidInputError(f"{role!r} is the login you are using; it cannot remove itself")
        coders, leads = group_roles(_database(connection))
        disabled = False
        if _role(connection, role) is not None:
            for group in set(_groups_of(connection, role)) & {coders, leads}:
                connection.exec_driver_sql(
                    f"REVOKE {quote_identifier(group)} FROM {quote_identifier(role)}"
                )
            if not _groups_of(connection, role):
                connection.exec_driver_sql(f"ALTER ROLE {quote_identifier(role)} NOLOGIN")
                disabled = True
        return RemovedMember(_members(connection, role)[0], disabled)


def list_members(project: Project) -> list[MemberRecord]:
    """Every login that was added to the project, removed ones too, by role name."""
    _require_server(project)
    with project.reading() as session:
        connection = session.connection()
        if not _has_member_table(connection):
            return []
        return _members(connection)


def _has_member_table(connection: Connection) -> bool:
    return bool(
        connection.execute(
            text("SELECT to_regclass(:table) IS NOT NULL"), {"table": f"public.{MEMBER_TABLE}"}
        ).scalar()
    )


def connected_coder(project: Project) -> str | None:
    """The coder this connection codes as (its login's coder row), or None (a file, the owner,
    or a login that is no member)."""
    if not project.on_server:
        return None
    with project.reading() as session:
        connection = session.connection()
        if not _has_member_table(connection):
            return None
        return connection.execute(
            text(
                f"SELECT c.name FROM {MEMBER_TABLE} AS m JOIN coder AS c ON c.id = m.coder_id "
                "WHERE m.role = current_user"
            )
        ).scalar()


def blind_coding(project: Project) -> bool:
    """Whether coders see only their own annotations (the default)."""
    with project.reading() as session:
        row = session.get(ProjectSetting, BLIND_SETTING)
        return row is None or row.value is not False


def set_blind_coding(project: Project, blind: bool) -> bool:
    """Turn blind coding on or off for every coder at once; returns the previous state."""
    _require_server(project)
    with project.writing() as session:
        row = session.get(ProjectSetting, BLIND_SETTING)
        previous = row is None or row.value is not False
        if row is None:
            session.add(ProjectSetting(key=BLIND_SETTING, value=blind))
        else:
            row.value = blind
        return previous
