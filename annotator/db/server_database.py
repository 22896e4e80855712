"""What a PostgreSQL database must be like to hold a project: text in UTF8.

A lab's database may have been made with another encoding (`createdb` on a machine whose locale
is C gives SQL_ASCII; an old cluster LATIN1). LATIN1 cannot store Cyrillic, Arabic or emoji, and
SQL_ASCII stores bytes without knowing characters, so `length()` and offsets would count bytes.
Such a database is refused in one sentence saying how to make a suitable one, before anything is
written, and whatever the database, the connection speaks UTF8 (`CLIENT_ENCODING`).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from annotator.db.location import ServerLocation
from annotator.errors import ProjectFileError

CLIENT_ENCODING = "utf8"


def check_database_encoding(connection: Connection, location: ServerLocation) -> None:
    """ProjectFileError unless the database stores text as UTF8."""
    encoding = connection.execute(text("SHOW server_encoding")).scalar_one()
    if str(encoding).upper() not in ("UTF8", "UTF-8"):
        raise ProjectFileError(
            location,
            f"uses the {encoding} encoding, which cannot hold every script's text; create the "
            "database with UTF8 (createdb --encoding UTF8 --template template0 NAME)",
        )
