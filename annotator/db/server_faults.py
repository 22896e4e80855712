"""What kind of trouble a server project's error is: a missing password, or a lost connection.

`db.server.server_error` turns the server's refusals into one sentence for the user; the app also
needs to act on two of them. When the server asks for a password that libpq's places
(`~/.pgpass`, `PGPASSWORD`, a service file) did not give, the app asks the user for it. When the
connection is lost (the server restarted, the network went), the app pauses editing and waits for
the connection to come back, rather than treating the write's failure as a refusal. Both are told
from the driver's error that `ProjectFileError` was raised from.
"""

from __future__ import annotations

from collections.abc import Iterator

# SQLSTATE classes and codes of a connection that went away (PostgreSQL's Appendix A)
_CONNECTION_CLASSES = ("08",)
_SHUTDOWN_CODES = {"57P01", "57P02", "57P03"}  # admin shutdown, crash shutdown, cannot connect now
_PASSWORD_WORDS = ("no password supplied", "password authentication failed")


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        original = getattr(current, "orig", None)  # SQLAlchemy's wrapper around the driver's
        if isinstance(original, BaseException) and id(original) not in seen:
            yield original
            seen.add(id(original))
        current = current.__cause__ or current.__context__


def needs_password(error: BaseException) -> bool:
    """True when the server refused the login for want of a (right) password."""
    return any(word in str(cause).lower() for cause in _causes(error) for word in _PASSWORD_WORDS)


def connection_lost(error: BaseException) -> bool:
    """True when the error says the server could not be reached or the connection dropped —
    trouble that passes, not a refusal of what was asked."""
    import psycopg

    if needs_password(error):
        return False
    for cause in _causes(error):
        if not isinstance(cause, psycopg.OperationalError):
            continue
        sqlstate = cause.sqlstate or ""
        if not sqlstate or sqlstate.startswith(_CONNECTION_CLASSES) or sqlstate in _SHUTDOWN_CODES:
            return True
    return False
