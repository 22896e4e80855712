"""A second launch hands its project to the running app; file-open events are queued."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from annotator.ui.application import open_requested
from annotator.ui.single_instance import InstanceServer, Request, request_for, server_name

CLIENT = textwrap.dedent(
    """
    import sys
    from annotator.ui.single_instance import hand_over, request_for
    answer = hand_over(request_for(sys.argv[2:]), sys.argv[1])
    print(answer if answer is None else f"{answer.ok} {answer.message}", flush=True)
    """
)


@pytest.fixture
def name() -> str:
    return f"annotator-test-{uuid.uuid4().hex[:12]}"


def test_server_name_is_per_user_and_safe() -> None:
    assert server_name("anna") != server_name("bob")
    assert server_name("Anna Müller/x").startswith("org.annotator.Annotator-Anna_M")
    assert "/" not in server_name("a/b") and " " not in server_name("a b")


DESKTOP = {"XDG_RUNTIME_DIR": "/run/user/1000", "DISPLAY": ":0", "XDG_SESSION_ID": "2"}


@pytest.mark.parametrize(
    "other",
    [
        {**DESKTOP, "DISPLAY": ":1"},  # a second X display
        {**DESKTOP, "XDG_SESSION_ID": "7"},  # another login (e.g. a remote desktop)
        {"XDG_RUNTIME_DIR": "/run/user/1000", "WAYLAND_DISPLAY": "wayland-1"},
        {**DESKTOP, "QT_QPA_PLATFORM": "offscreen"},  # a headless run (a test run) sees no window
        {},  # a shell with no desktop session at all
    ],
)
def test_server_name_is_per_session(other: dict[str, str]) -> None:
    name = server_name("anna", DESKTOP)
    assert server_name("anna", other) != name
    assert server_name("anna", {**DESKTOP, "HOME": "/elsewhere", "PWD": "/tmp"}) == name
    assert len(name) <= 80 and re.fullmatch(r"[A-Za-z0-9_.-]+", name)


SERVER_DROPPED = textwrap.dedent(
    """
    import gc, sys, time
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtNetwork import QLocalSocket
    from annotator.ui.single_instance import InstanceServer, request_for

    app = QCoreApplication([])
    def wait(condition):
        deadline = time.monotonic() + 20
        while not condition():
            if time.monotonic() > deadline:
                sys.exit("timed out")
            app.processEvents()
    received = []
    server = InstanceServer(lambda request: received.append(request) or "", name=sys.argv[1])
    assert server.listen()
    client = QLocalSocket()
    client.connectToServer(sys.argv[1])
    client.write(request_for(["x.annot"]).to_line())
    wait(lambda: bool(received))
    client.disconnectFromServer()
    wait(lambda: not server.connection_count())  # the server let go of the socket it served
    server.close()
    del server
    gc.collect()
    for _ in range(3):
        app.processEvents()  # the socket's deferred deletion runs here
    print("OK", flush=True)
    """
)


def test_server_dropped_after_its_client_left_is_freed_cleanly(name) -> None:
    """The suite's old segfault, made certain: a socket's lambdas held the last reference to
    the server, so deleting the socket deleted the server, which deleted the socket again."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SERVER_DROPPED, name],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0 and result.stdout.strip() == "OK", result.stderr[-2000:]


def test_request_carries_absolute_paths() -> None:
    request = request_for(["study.annot"], demo=True)
    assert Path(request.paths[0]).is_absolute()
    assert Request.from_line(request.to_line()) == request


def test_second_process_hands_its_project_to_the_running_one(qtbot, name, tmp_path) -> None:
    received: list[Request] = []
    server = InstanceServer(lambda request: received.append(request) or "Opening it.", name=name)
    assert server.listen()
    try:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, name, "Проект.annot"],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        qtbot.waitUntil(lambda: bool(received), timeout=20_000)
        out, err = client.communicate(timeout=20)
    finally:
        server.close()
    assert client.returncode == 0, err
    assert out.strip() == "True Opening it."  # acknowledged, saying what the running one does
    assert received == [Request((str(tmp_path / "Проект.annot"),))]


def test_no_running_instance_means_none(name) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CLIENT, name, "x.annot"], capture_output=True, text=True, timeout=30
    )
    assert result.stdout.strip() == "None", result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="Unix domain socket files")
def test_stale_socket_of_a_crashed_instance_is_replaced(qtbot, name) -> None:
    path = Path(os.environ.get("TMPDIR") or tempfile.gettempdir()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: what a crash leaves behind
    assert path.exists()
    server = InstanceServer(lambda request: "", name=name)
    try:
        assert server.listen()
    finally:
        server.close()
        QLocalServer.removeServer(name)


def test_request_opens_a_project_or_raises_the_open_one(
    qtbot, make_window, articles_project
) -> None:
    first = articles_project("The minister said gas prices will rise.", name="first.annot")
    second = articles_project("Another article.", name="second.annot")
    window = make_window(first)
    bench = window.workbench
    assert open_requested(window, request_for([first]))  # answered at once, opened just after
    qtbot.wait(50)
    assert window.workbench is bench  # already open: only brought to the front
    open_requested(window, request_for([second]))
    qtbot.waitUntil(lambda: window.workbench is not bench)
    assert window.workbench.project.path.resolve() == second.resolve()


FILE_OPEN = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QFileOpenEvent
    from annotator.ui.application import AnnotatorApplication, start
    from annotator.ui.settings import Setting, Settings

    project, ini = sys.argv[1], sys.argv[2]
    app = AnnotatorApplication(["annotator"])
    QCoreApplication.postEvent(app, QFileOpenEvent(project))  # Finder, before any window
    app.processEvents()
    assert app.pending_files == [project], app.pending_files
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.set(Setting.CODER_NAME, "alice")
    window = start([], settings)
    def check():
        if window.workbench is not None:
            print("OPENED", window.workbench.project.path.name, flush=True)
            app.quit()
    timer = QTimer(); timer.timeout.connect(check); timer.start(20)
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    """
)


def test_file_open_event_before_the_window_opens_the_project(articles_project, tmp_path) -> None:
    project = articles_project("Finder sent this one.", name="finder.annot")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FILE_OPEN, str(project), str(tmp_path / "s.ini")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert "OPENED finder.annot" in result.stdout, result.stderr[-3000:]
