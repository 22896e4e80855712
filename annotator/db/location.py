"""Where a project lives: a file path (`study.annot`) or a PostgreSQL URL (`postgresql://host/db`).

Every command and the app take either. A server location keeps its credentials only in memory:
`str()` of it never shows a password, so it can be printed, logged and put in error messages.
Credentials normally come from libpq's own places (`~/.pgpass`, `PGPASSWORD`, a service file) and
are then not part of the URL at all.

A server location also answers the few questions the rest of Annotator asks a project's path —
its name (the database's), and where to suggest saving files made from it (the working folder) —
so the GUI and commands can name outputs without caring where the project lives. It deliberately
is not path-like (`os.fspath` refuses it): nothing may open it as a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import InvalidInputError

if TYPE_CHECKING:  # SQLAlchemy is imported only for a URL: file commands start without it
    from sqlalchemy.engine import URL

SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
DRIVER = "postgresql+psycopg"


def is_server_location(location: object) -> bool:
    """True for a `postgresql://` URL (or a ServerLocation), False for anything else."""
    if isinstance(location, ServerLocation):
        return True
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


@dataclass(frozen=True)
class ServerLocation:
    """A project on a PostgreSQL server: the URL to connect with (password, if any, in memory)."""

    url: URL

    @property
    def database(self) -> str:
        return self.url.database or ""

    @property
    def name(self) -> str:
        """The database's name: what a file project's name is to the user."""
        return self.database

    @property
    def stem(self) -> str:
        return self.database

    def with_name(self, name: str) -> Path:
        """Where to suggest a file made from this project: the working folder."""
        return Path.cwd() / name

    def with_suffix(self, suffix: str) -> Path:
        return Path.cwd() / f"{self.database}{suffix}"

    def exists(self) -> bool:
        return True

    def without_password(self) -> ServerLocation:
        return ServerLocation(_without_password(self.url))

    def __str__(self) -> str:
        """The URL as users wrote it, without any password (safe to print and to remember)."""
        shown = _without_password(self.url).set(drivername="postgresql")
        return shown.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"ServerLocation({str(self)!r})"


ProjectLocation = Path | ServerLocation


def server_location(
    *, host: str, port: int | None, database: str, user: str | None = None
) -> ServerLocation:
    """A server location from its parts (the app's Open Team Project dialog), with no password:
    libpq's places or a prompt give it."""
    from sqlalchemy.engine import URL

    url = URL.create(DRIVER, username=user or None, host=host, port=port, database=database)
    return ServerLocation(url)


def _without_password(url: URL) -> URL:
    from sqlalchemy.engine import URL

    return URL.create(
        url.drivername, username=url.username, password=None, host=url.host, port=url.port,
        database=url.database, query=url.query,
    )  # fmt: skip


def parse_location(location: str | os.PathLike[str] | ServerLocation) -> ProjectLocation:
    """A Path for a file, a ServerLocation for a `postgresql://` URL (checked, not connected)."""
    if isinstance(location, ServerLocation):
        return location
    if not is_server_location(location):
        return Path(location)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = str(location).strip()
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise InvalidInputError(f"{_shown(text)}: not a valid PostgreSQL URL ({error})") from error
    if not url.database:
        spelling = "/DATABASE?service=NAME" if "service" in url.query else "HOST[:PORT]/DATABASE"
        raise InvalidInputError(
            f"{_shown(text)}: the URL names no database; write postgresql://{spelling}"
        )
    return ServerLocation(url.set(drivername=DRIVER))


def _shown(text: str) -> str:
    """A URL for an error message, any password cut out even when the URL does not parse."""
    scheme, separator, rest = text.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return text
    return f"{scheme}{separator}{credentials.split(':', 1)[0]}:***@{host}"
