"""Opening and creating projects that live on a PostgreSQL server (`postgresql://host/db`).

The schema, the models and every service are the same as for a file: Alembic's revisions create
the tables in an empty database, and `Project.reading()`/`writing()` work unchanged. What differs
is kept here: connecting through libpq (credentials from `~/.pgpass`, `PGPASSWORD`, a service file
or the URL, never printed), and turning the server's refusals into one readable sentence naming
the location. There is no file to back up before a migration: PostgreSQL runs the whole migration
in one transaction, so a failed upgrade leaves the database as it was (a lab's backups are
`pg_dump`'s or `annotator copy`'s job).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from annotator.db import SCHEMA_REVISION, schema
from annotator.db.location import ServerLocation
from annotator.db.notifications import KEEPALIVE, install_change_notifications
from annotator.db.server_access import install_access_rules, refusal
from annotator.db.server_database import CLIENT_ENCODING, check_database_encoding
from annotator.errors import ProjectFileError

CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "Annotator"

_DATABASE_ERRORS = (OperationalError, DBAPIError)


def make_server_engine(location: ServerLocation) -> Engine:
    """An engine for the server; dead connections (a restarted server) are replaced on checkout."""
    return create_engine(
        location.url,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
            "client_encoding": CLIENT_ENCODING,
            **KEEPALIVE,
        },
    )


def server_error(error: BaseException, location: ServerLocation) -> ProjectFileError:
    """The user's view of a server error: one sentence, the URL without its password."""
    from annotator.db.project import ProjectNotWritableError

    original = getattr(error, "orig", error)
    message = " ".join(str(original).split()) or type(original).__name__
    password = location.url.password
    if password:
        message = message.replace(str(password), "***")
    sqlstate = getattr(original, "sqlstate", None) or ""
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return ProjectFileError(
            location,
            "refused the login (wrong user or password); give the password in ~/.pgpass, "
            "PGPASSWORD or a service file",
        )
    if "not permitted to log in" in lowered:  # NOLOGIN: `annotator server remove-coder`
        return ProjectFileError(location, f"refused the login: {refusal(message)}")
    if sqlstate == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return ProjectFileError(location, "does not exist on the server (no such database)")
    if sqlstate == "42501" or "permission denied" in lowered or "row-level security" in lowered:
        reason = refusal(message, getattr(error, "statement", None)) or message
        return ProjectNotWritableError(location, f"the server refused: {reason}")
    if isinstance(error, OperationalError) or sqlstate.startswith("08"):
        return ProjectNotWritableError(location, f"cannot be reached ({message})")
    return ProjectFileError(location, f"the server reported an error: {message}")


def _check_schema(location: ServerLocation, engine: Engine, read_only: bool) -> None:
    with engine.connect() as connection:
        check_database_encoding(connection, location)
        revision = schema.current_revision(connection)
    if revision == SCHEMA_REVISION:
        return
    if revision is None:
        raise ProjectFileError(
            location,
            "is not an Annotator project (it has no schema version); "
            "create one there with `annotator new URL`",
        )
    if revision not in schema.known_revisions():
        raise ProjectFileError(
            location,
            f"was written by a newer version of Annotator (schema {revision}); "
            "update Annotator to open it",
        )
    if read_only:
        raise ProjectFileError(
            location, f"uses an older schema ({revision}); open it once for writing to upgrade it"
        )
    with engine.begin() as connection:
        schema.upgrade_to_head(connection)
        # Tables the upgrade added announce their changes and follow the rules like the others.
        install_change_notifications(connection)
        install_access_rules(connection)


@contextmanager
def _released_on_failure(engine: Engine, location: ServerLocation) -> Iterator[None]:
    """Dispose of `engine` when what it was made for fails; a database error becomes the
    user's one sentence (`server_error`)."""
    try:
        yield
    except ProjectFileError:
        engine.dispose()
        raise
    except _DATABASE_ERRORS as error:
        engine.dispose()
        raise server_error(error, location) from error


def open_server_project(location: ServerLocation, *, read_only: bool = False):  # -> Project
    """Connect to a server project, upgrading an older schema (in one transaction)."""
    from annotator.db.project import Project

    engine = make_server_engine(location)
    with _released_on_failure(engine, location):
        _check_schema(location, engine, read_only)
    return Project(location, engine, read_only)


def create_server_project(
    location: ServerLocation, initialise: Callable[[Session], None] | None = None
):  # -> Project
    """Create the schema in an empty database and fill it with `initialise`, all in one
    transaction: a failure leaves the database empty."""
    from annotator.db.project import Project

    engine = make_server_engine(location)
    with _released_on_failure(engine, location), engine.begin() as connection:
        check_database_encoding(connection, location)
        tables = sorted(inspect(connection).get_table_names())
        if tables:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise ProjectFileError(
                location,
                f"is not empty (it has tables: {shown}); create the project in an empty "
                "database (createdb NAME)",
            )
        schema.upgrade_to_head(connection)
        install_change_notifications(connection)
        if initialise is not None:
            with Session(bind=connection, expire_on_commit=False) as session:
                initialise(session)
                session.flush()
        install_access_rules(connection)  # roles, policies: db.server_access
    return Project(location, engine, read_only=False)
