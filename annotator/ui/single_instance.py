"""One running app per user and desktop session: a later launch hands its request to it and exits.

Double-clicking a project while Annotator runs must open it in the running app, never start a
second process writing the same file. The first instance listens on a local socket named from the
app id, the user name and the desktop session (`QLocalServer`, accessible to this user only), so a
launch on another display, in another login or headless (a test run) never reaches a window it
cannot show. A later launch connects, sends `{"open": [absolute paths], "demo": bool}` as one JSON
line, waits for `{"ok": true, "message": "…"}` (what the running app does with it, one line for the
launching process to print) and exits 0. A socket left behind by a crashed instance is removed
before listening.

Object lifetimes matter here: a socket's signals are connected to slots of the server, never to
lambdas holding the server or the socket, so deleting a socket can never delete the server that
owns it (that double deletion was a segfault).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from annotator import APP_ID, APP_NAME
from annotator.db.location import is_server_location

log = logging.getLogger(__name__)
CONNECT_MS = 500
ACK_MS = 5000
MAX_REQUEST_BYTES = 1 << 20
SESSION_VARIABLES = ("XDG_RUNTIME_DIR", "XDG_SESSION_ID", "DISPLAY", "WAYLAND_DISPLAY")
ON_SCREEN_PLATFORMS = ("", "xcb", "wayland", "wayland-egl", "windows", "cocoa")


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
    """Files as absolute paths; a `postgresql://` URL (a team project) as it was written."""
    return Request(
        tuple(
            str(path).strip() if is_server_location(path) else str(Path(path).absolute())
            for path in paths
        ),
        demo,
    )


@dataclass(frozen=True)
class Answer:
    """The running instance's reply: whether it took the request, and what it does with it."""

    ok: bool
    message: str = ""

    def to_line(self) -> bytes:
        return json.dumps({"ok": self.ok, "message": self.message}).encode() + b"\n"

    @classmethod
    def from_line(cls, line: bytes) -> Answer:
        try:
            data = json.loads(line.decode("utf-8") or "{}")
            return cls(bool(data.get("ok")), str(data.get("message") or ""))
        except (ValueError, AttributeError):
            return cls(False)


def _windows_session_id() -> str:
    """The Windows session of this process (named pipes are shared by every session)."""
    import ctypes

    session = ctypes.c_ulong()
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if kernel32.ProcessIdToSessionId(os.getpid(), ctypes.byref(session)):
        return str(session.value)
    return os.environ.get("SESSIONNAME", "")


def session_key(environ: Mapping[str, str] | None = None) -> str:
    """A short digest of the desktop session this process shows its windows in: the login
    session, runtime folder and display on Linux, the session id on Windows, and whether Qt
    draws off screen (a headless run is a session of its own)."""
    environ = os.environ if environ is None else environ
    parts = [f"{variable}={environ.get(variable, '')}" for variable in SESSION_VARIABLES]
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    parts.append(f"qpa={'' if platform in ON_SCREEN_PLATFORMS else platform}")
    if sys.platform == "win32":
        parts.append(f"session={_windows_session_id()}")
    text = "\0".join(parts).encode("utf-8", "surrogateescape")
    return hashlib.sha256(text).hexdigest()[:16]


def server_name(user: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The socket's name: app id, user name and desktop session, so neither two users nor two
    sessions of one user meet (short enough for a socket path, only safe characters)."""
    try:
        user = user or getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = "user"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"{APP_ID}-{user[:32]}-{session_key(environ)}")


def hand_over(request: Request, name: str | None = None) -> Answer | None:
    """Send `request` to a running instance: its answer (not ok when one runs but did not
    answer in time), or None when none runs (the caller becomes the instance)."""
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
    return Answer.from_line(answer)


@dataclass
class _Connection:
    socket: QLocalSocket
    buffer: bytes = field(default=b"")


class InstanceServer(QObject):
    """Listens for later launches and answers each request with what `handler` says it does.

    `handler` must return quickly (it runs while the launching process waits for the answer):
    it decides, schedules the work and returns one line for the launching process to print.
    """

    def __init__(
        self, handler: Callable[[Request], str], name: str | None = None, parent=None
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

    def connection_count(self) -> int:
        """Launches connected now (answered ones until they hang up)."""
        return len(self._connections)

    def close(self) -> None:
        """Stop listening and drop open connections; their signals then find nothing to do."""
        connections, self._connections = self._connections, []
        for connection in connections:
            if shiboken6.isValid(connection.socket):
                connection.socket.abort()
                connection.socket.deleteLater()
        self.server.close()

    @Slot()
    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._connections.append(_Connection(socket))
            socket.readyRead.connect(self._read_ready)
            socket.disconnected.connect(self._hung_up)

    def _connection_of(self, sender: QObject | None) -> _Connection | None:
        return next((c for c in self._connections if c.socket is sender), None)

    @Slot()
    def _hung_up(self) -> None:
        connection = self._connection_of(self.sender())
        if connection is not None:
            self._connections.remove(connection)
            connection.socket.deleteLater()

    @Slot()
    def _read_ready(self) -> None:
        connection = self._connection_of(self.sender())
        if connection is None:
            return
        connection.buffer += bytes(connection.socket.readAll().data())
        if b"\n" not in connection.buffer:
            if len(connection.buffer) > MAX_REQUEST_BYTES:
                log.warning(
                    "single instance: dropped a request of over %d bytes", MAX_REQUEST_BYTES
                )
                connection.socket.abort()
            return
        line, connection.buffer = connection.buffer.split(b"\n", 1)
        connection.socket.write(self._answer(line).to_line())
        connection.socket.flush()

    def _answer(self, line: bytes) -> Answer:
        try:
            request = Request.from_line(line)
        except (ValueError, AttributeError, TypeError):
            log.warning("single instance: ignored a malformed request %r", line[:200])
            text = QCoreApplication.translate(
                "InstanceServer", "The running {app} could not read the request."
            )
            return Answer(False, text.format(app=APP_NAME))
        try:
            return Answer(True, self.handler(request))
        except Exception:  # the launching process must get its answer; the log keeps the cause
            log.exception("single instance: a handed-over request failed")
            text = QCoreApplication.translate(
                "InstanceServer", "The running {app} could not take the request (see its log)."
            )
            return Answer(False, text.format(app=APP_NAME))
