"""Writing to a server project through a lost connection: the same write again, in a new one.

On a server, a connection can die in the middle of a transaction: the server restarts, an
administrator ends the session (`pg_terminate_backend`), the network drops. Nothing of an
unfinished transaction lands, so running the write again on a fresh connection is right. But the
connection can also die after the server committed and before the answer arrived: the write
landed, and the caller was not told. A retry must then not write it twice.

So `write_retrying` runs a write function in a fresh transaction, up to `len(RETRY_DELAYS_S)`
times, when (and only when) the failure was the connection's; every other error is raised at
once. The write functions keep themselves idempotent: whatever identifies their row is chosen
before the first try (a new annotation's uuid, the `updated_at` stamp of a change), so a try that
finds its own row already committed returns it instead of writing again (`Attempts`). Files need
none of this: SQLite has no connection to lose, so a file's write runs once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from annotator.db.server_faults import connection_lost
from annotator.errors import ProjectFileError

if TYPE_CHECKING:
    from annotator.db.project import Project

T = TypeVar("T")
log = logging.getLogger(__name__)

# Pauses before each try: the first at once, then long enough together (about 8 s) for a
# restarting server to come back.
RETRY_DELAYS_S = (0.0, 0.1, 0.3, 0.6, 1.0, 2.0, 4.0)

# admin shutdown (pg_terminate_backend, a restart), crash shutdown, "the database system is
# starting up"; a serialization failure or deadlock also leaves nothing and may be run again.
_RETRIED_SQLSTATES = frozenset({"57P01", "57P02", "57P03", "40001", "40P01"})


def is_lost_connection(error: BaseException) -> bool:
    """True when `error` (SQLAlchemy's or the driver's) says the connection is gone or the server
    could not be reached (`db.server_faults.connection_lost`, which the app's banner also
    follows), or the server undid the transaction for a conflict: either way it did not finish
    and may be run again."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    original = getattr(error, "orig", error)
    sqlstate = getattr(original, "sqlstate", None) or ""
    return sqlstate in _RETRIED_SQLSTATES or connection_lost(error)


def _known_offline(project: Project) -> bool:
    """The app's change listener (db.notifications) already knows the server is out of reach:
    waiting through the retries would only freeze the window that asked for the write."""
    listener = getattr(project, "change_listener", None)
    return listener is not None and not listener.connected


def write_retrying(project: Project, work: Callable[[Session], T]) -> T:
    """`work(session)` in one committed write transaction; on a server project run again in a new
    transaction, on a new connection, while the connection is what failed (`RETRY_DELAYS_S`)."""
    tries = RETRY_DELAYS_S if project.on_server else RETRY_DELAYS_S[:1]
    for number, delay in enumerate(tries):
        if delay:
            time.sleep(delay)
        try:
            with project.writing() as session:
                return work(session)
        except ProjectFileError as error:
            cause = error.__cause__
            last = number == len(tries) - 1
            if cause is None or not is_lost_connection(cause) or last or _known_offline(project):
                raise
            reason = str(getattr(cause, "orig", cause)).strip().splitlines() or ["no reason"]
            log.warning("%s: connection lost (%s); trying the write again", project.path, reason[0])
            project.engine.dispose()  # the pool's other connections died with this one
    raise AssertionError("unreachable: the last try returns or raises")


class Attempts:
    """What one write learnt in an earlier try, so a later try can tell its own committed row
    from a row that was never written: `seen` is set inside the transaction, before commit."""

    def __init__(self) -> None:
        self.tries = 0
        self.seen: object = None

    def next_try(self) -> bool:
        """Count a try; True when an earlier one may have landed."""
        self.tries += 1
        return self.tries > 1
