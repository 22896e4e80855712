"""One running app per user: a second launch hands its request to the first and exits.

Double-clicking a project while Annotator runs must open it in the running app, never start a
second process writing the same file. The first instance listens on a local socket named from the
app id and the user name (`QLocalServer`, accessible to this user only); a later launch connects,
sends `{"open": [absolute paths], "demo": bool}` as one JSON line, waits for `{"ok": true}` and
exits 0. A socket left behind by a crashed instance is removed before listening.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from annotator import APP_ID

log = logging.getLogger(__name__)
CONNECT_MS = 500
ACK_MS = 5000


@dataclass(frozen=True)
class Request:
    """What a launch asks for: projects to open (absolute paths) and/or a fresh demo."""

    paths: tuple[str, ...] = ()
    demo: bool = False

    def to_line(self) -> bytes:
        return json.dumps({"open": list(self.paths), "demo": self.demo}).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Request:
        data = json.loads(line.decode("utf-8"))
        return cls(tuple(str(path) for path in data.get("open", [])), bool(data.get("demo")))


def request_for(paths: Sequence[str | Path], demo: bool = False) -> Request:
    return Request(tuple(str(Path(path).absolute()) for path in paths), demo)


def server_name(user: str | None = None) -> str:
    """The socket's name: app id and user name, so two users on one machine do not meet."""
    try:
        user = user or getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"{APP_ID}-{user}")


def hand_over(request: Request, name: str | None = None) -> bool | None:
    """Send `request` to a running instance: True when it acknowledged, False when one runs but
    did not answer in time, None when none runs (the caller becomes the instance)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write(request.to_line())
    socket.waitForBytesWritten(ACK_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(ACK_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        return bool(json.loads(answer.decode("utf-8") or "{}").get("ok"))
    except ValueError:
        return False


@dataclass
class _Connection:
    socket: QLocalSocket
    buffer: bytes = field(default=b"")


class InstanceServer(QObject):
    """Listens for later launches and passes each request to `handler` (then acknowledges)."""

    def __init__(
        self, handler: Callable[[Request], None], name: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.handler = handler
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._connections: list[_Connection] = []

    def listen(self) -> bool:
        """Listen; call after `hand_over` found no running instance, so a socket file that
        is in the way was left behind by one that crashed and is removed."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning(
            "single instance: cannot listen on %s: %s", self.name, self.server.errorString()
        )
        return False

    def close(self) -> None:
        """Stop listening and drop open connections without letting their signals fire later
        into a half-deleted object."""
        for connection in self._connections:
            for signal in (connection.socket.readyRead, connection.socket.disconnected):
                with contextlib.suppress(RuntimeError, TypeError):  # nothing connected any more
                    signal.disconnect()
            connection.socket.abort()
            connection.socket.deleteLater()
        self._connections.clear()
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = _Connection(self.server.nextPendingConnection())
            self._connections.append(connection)
            connection.socket.readyRead.connect(lambda c=connection: self._read(c))
            connection.socket.disconnected.connect(lambda c=connection: self._drop(c))

    def _drop(self, connection: _Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)
            connection.socket.deleteLater()

    def _read(self, connection: _Connection) -> None:
        connection.buffer += bytes(connection.socket.readAll().data())
        if b"\n" not in connection.buffer:
            return
        line = connection.buffer.split(b"\n", 1)[0]
        ok = True
        try:
            request = Request.from_line(line)
        except (ValueError, AttributeError):
            log.warning("single instance: ignored a malformed request %r", line[:200])
            ok = False
        connection.socket.write(json.dumps({"ok": ok}).encode() + b"\n")
        connection.socket.flush()
        if ok:
            self.handler(request)  # after the answer: opening may show a dialog
