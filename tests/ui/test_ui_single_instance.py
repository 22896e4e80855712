"""A second launch hands its project to the running app (per session, never replacing an open
one); the server outlives its clients cleanly; file-open events are queued."""

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
from PySide6.QtWidgets import QApplication

from annotator.ui.single_instance import InstanceServer, Request, request_for, server_name
from annotator.ui.windows import Windows

ROOT = Path(__file__).resolve().parents[2]

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


def test_a_request_the_running_app_fails_on_is_answered_with_the_reason(
    qtbot, name, hand_over_to
) -> None:
    def broken(request: Request) -> str:
        raise RuntimeError("a bug in the running app")

    server = InstanceServer(broken, name=name)
    assert server.listen()
    try:
        out = hand_over_to("study.annot")
    finally:
        server.close()
    assert out == "False The running Annotator could not take the request (see its log)."


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


@pytest.fixture
def hand_over_to(qtbot, name: str, tmp_path: Path):
    """Run a second process that hands `paths` to the server called `name` (this process keeps
    serving events meanwhile); its stdout."""

    def run(*paths: Path | str) -> str:
        client = subprocess.Popen(
            [sys.executable, "-c", CLIENT, name, *map(str, paths)],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=60_000)
        out, err = client.communicate()
        assert client.returncode == 0, err
        return out.strip()

    return run


def test_handed_over_project_opens_in_a_new_window_and_the_open_one_stays(
    qtbot, make_window, ui_settings, articles_project, name, hand_over_to
) -> None:
    first = articles_project("The minister said gas prices will rise.", name="first.annot")
    second = articles_project("Another article.", name="second.annot")
    window = make_window(first)
    bench = window.workbench
    windows = Windows(ui_settings, window)
    server = InstanceServer(windows.accept, name=name)
    assert server.listen()
    try:
        out = hand_over_to(second)
        assert out == "True Opening second.annot in a new window of the running Annotator."
        qtbot.waitUntil(lambda: len(windows.windows()) == 2, timeout=20_000)
        added = windows.windows()[1]
        qtbot.waitUntil(lambda: added.workbench is not None, timeout=20_000)
        assert window.workbench is bench  # nothing was closed behind the user's back
        assert bench.project.path.resolve() == first.resolve()
        assert added.workbench.project.path.resolve() == second.resolve()
        assert added.undo_stack is not window.undo_stack  # each window its own undo history

        out = hand_over_to(first)  # already open: its window is raised, nothing else
        assert out == (
            "True first.annot is already open in the running Annotator; "
            "its window is brought to the front."
        )
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
        assert windows.windows() == [window, added] and window.workbench is bench
    finally:
        server.close()
        for extra in windows.windows()[1:]:
            extra.close()
    assert windows.windows() == [window]  # a closed extra window is forgotten (and deleted)


def test_a_window_on_the_welcome_page_takes_the_project(
    qtbot, make_window, ui_settings, articles_project
) -> None:
    project = articles_project("Finder sent this one.", name="finder.annot")
    window = make_window()  # the welcome page: no project to keep
    windows = Windows(ui_settings, window)
    assert windows.accept(request_for([project])) == (
        "Opening finder.annot in the running Annotator window."
    )
    qtbot.waitUntil(lambda: window.workbench is not None)
    assert windows.windows() == [window]
    assert window.workbench.project.path.resolve() == project.resolve()


def test_a_project_that_cannot_be_opened_leaves_no_extra_window(
    qtbot, make_window, ui_settings, articles_project, tmp_path
) -> None:
    window = make_window(articles_project("An article.", name="open.annot"))
    bench = window.workbench
    damaged = tmp_path / "damaged.annot"
    damaged.write_bytes(b"not a project at all" * 100)
    windows = Windows(ui_settings, window)
    windows.open_paths([damaged])  # a file-open event from Finder, say
    assert windows.windows() == [window] and window.workbench is bench


def test_an_open_demo_is_raised_not_replaced_by_a_fresh_copy(
    qtbot, make_window, ui_settings, articles_project, monkeypatch
) -> None:
    demo = articles_project("The demo, coded for an hour.", name="demo.annot")
    monkeypatch.setattr("annotator.ui.windows.demo_copy_path", lambda: demo)
    window = make_window(demo)
    bench, stamp = window.workbench, demo.stat().st_mtime_ns
    windows = Windows(ui_settings, window)
    carried_out: list[bool] = []
    open_paths = windows.open_paths
    windows.open_paths = lambda *args: carried_out.append(open_paths(*args) is None)
    assert windows.accept(request_for([], demo=True)) == (
        "The demo is already open in the running Annotator; its window is brought to the front."
    )
    qtbot.waitUntil(lambda: bool(carried_out))  # the hand-over ran (after the answer)
    assert windows.windows() == [window] and window.workbench is bench
    assert demo.stat().st_mtime_ns == stamp  # no fresh copy written over the open file


def test_a_plain_second_launch_raises_the_running_window(make_window, ui_settings) -> None:
    window = make_window()
    windows = Windows(ui_settings, window)
    assert windows.accept(request_for([])) == (
        "Annotator is already running; its window is brought to the front."
    )
    assert windows.windows() == [window]


def test_the_launching_process_prints_what_happened(
    qtbot, make_window, ui_settings, articles_project, tmp_path
) -> None:
    """`annotator study.annot` while Annotator runs in the same session: one line, exit 0."""
    project = articles_project("An article.", name="study.annot")
    window = make_window(articles_project("Another.", name="open.annot"))
    windows = Windows(ui_settings, window)
    session = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_SESSION_ID=uuid.uuid4().hex)
    session.update(XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    session["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    server = InstanceServer(windows.accept, name=server_name(environ=session))
    assert server.listen()
    try:
        launch = subprocess.Popen(
            [sys.executable, "-m", "annotator", str(project)],
            cwd=tmp_path, env=session, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=60_000)
        out, err = launch.communicate()
        assert launch.returncode == 0, err
        assert out == "Opening study.annot in a new window of the running Annotator.\n"
        qtbot.waitUntil(lambda: len(windows.windows()) == 2, timeout=20_000)
    finally:
        server.close()
        for extra in windows.windows()[1:]:
            extra.close()


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


def test_file_open_in_a_second_window_shows_the_window_that_has_it(
    qtbot, make_window, ui_settings, articles_project, monkeypatch
) -> None:
    """One file, one window: File ▸ Open (or Open Demo) of a project another window has open
    brings that window forward instead of opening the file twice (two undo histories)."""
    project = articles_project("The minister said gas prices will rise.", name="study.annot")
    window = make_window(project)
    bench, stamp = window.workbench, project.stat().st_mtime_ns
    windows = Windows(ui_settings, window)
    other = windows.new_window()
    try:
        assert other.open_path(project)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=20_000)
        assert other.workbench is None and window.workbench is bench

        monkeypatch.setattr("annotator.ui.main_window.demo_copy_path", lambda: project)
        assert other.open_demo()  # the demo open elsewhere: no fresh copy over that file
        assert other.workbench is None and project.stat().st_mtime_ns == stamp
    finally:
        other.close()
