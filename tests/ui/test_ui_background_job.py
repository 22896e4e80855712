"""The one job runner: work on a thread for one project, its outcome handed to the GUI thread
through callbacks, progress after 400 ms, cooperative Cancel, errors as values."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QDialog, QProgressDialog

from annotator.errors import AnnotatorError
from annotator.ui.project.background import Job
from annotator.ui.project.jobs import ProjectJobs

FIRST = "The minister said gas prices will rise."


def ended(job: Job) -> bool:
    return job.outcome is not None and not job.running


def test_start_returns_at_once_and_the_result_arrives_on_the_gui_thread(qtbot):
    release = threading.Event()
    threads: dict[str, threading.Thread] = {}
    got: list[int] = []

    def work(_progress, _cancel) -> int:
        threads["work"] = threading.current_thread()
        assert release.wait(10)
        return 42

    def success(result: int) -> None:
        threads["callback"] = threading.current_thread()
        got.append(result)

    job = Job(None, work, title="Test", label="Working…").on_success(success)
    with qtbot.waitSignal(job.ended, timeout=10000) as signal:
        job.start()
        assert job.running and job.outcome is None and got == []  # no waiting in start()
        release.set()
    assert got == [42]
    assert threads["callback"] is threading.main_thread()
    assert threads["work"] is not threading.main_thread()
    assert signal.args[0].ok and signal.args[0].result == 42


def test_progress_shows_after_a_delay_and_cancel_stops_the_work(qtbot):
    seen: dict[str, object] = {}

    def work(progress, should_cancel) -> str:
        progress(1, 3, "first.txt")
        for _ in range(1000):  # at most 10 s
            if should_cancel():
                break
            threading.Event().wait(0.01)
        return "partial"

    job = (
        Job(None, work, title="Import articles", label="Reading the files…")
        .on_success(lambda result: seen.setdefault("success", result))
        .on_cancelled(lambda result: seen.setdefault("cancelled", result))
    )
    started = time.monotonic()
    job.start()
    dialog = next(d for d in _progress_dialogs() if d.windowTitle() == "Import articles")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert time.monotonic() - started >= 0.4  # a quicker job ends without a dialog flashing up
    qtbot.waitUntil(lambda: dialog.labelText() == "Reading the files…\nfirst.txt")
    assert (dialog.value(), dialog.maximum()) == (1, 3)
    dialog.canceled.emit()  # the Cancel button
    qtbot.waitUntil(lambda: ended(job), timeout=10000)
    assert job.outcome is not None and job.outcome.cancelled and not job.outcome.ok
    assert seen == {"cancelled": "partial"}
    assert not any(d.isVisible() for d in _progress_dialogs())


def _progress_dialogs() -> list[QProgressDialog]:
    from PySide6.QtWidgets import QApplication

    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and widget.objectName() == "job_progress"
    ]


def test_a_quick_job_shows_no_progress_dialog(qtbot):
    job = Job(None, lambda _p, _c: 1, title="Quick", label="…").start()
    qtbot.waitUntil(lambda: ended(job), timeout=10000)
    assert not any(d.isVisible() for d in _progress_dialogs())


def test_expected_errors_come_back_as_one_message(qtbot):
    messages: list[str] = []

    def missing(_progress, _cancel):
        raise FileNotFoundError(2, "No such file or directory", "/data/a.annot")

    def refused(_progress, _cancel):
        raise AnnotatorError("first.annot is not an Annotator project")

    for work in (missing, refused):
        job = Job(None, work, title="Test").on_failure(messages.append)
        job.on_success(lambda _result: messages.append("success?"))
        with qtbot.waitSignal(job.ended, timeout=10000):
            job.start()
    assert messages == [
        "/data/a.annot: No such file or directory",
        "first.annot is not an Annotator project",
    ]


def test_an_unexpected_error_reaches_the_error_report_on_the_gui_thread(qtbot):
    called: list[str] = []

    def broken(_progress, _cancel):
        raise ZeroDivisionError("a bug")

    job = Job(None, broken, title="Test")
    job.on_success(lambda _r: called.append("success")).on_failure(called.append)
    with qtbot.captureExceptions() as exceptions:
        job.start()
        qtbot.waitUntil(lambda: ended(job), timeout=10000)
    assert [error_type for error_type, _error, _trace in exceptions] == [ZeroDivisionError]
    assert called == []


def test_a_job_started_in_a_dialog_belongs_to_its_window_and_its_project(
    make_window, articles_project, qtbot
):
    path: Path = articles_project(FIRST, name="first.annot")
    window = make_window(path)
    dialog = QDialog(window)  # a dialog is a window of its own; its jobs are its main window's
    release = threading.Event()
    done: list[str] = []

    def work(_progress, should_cancel) -> str:
        while not release.is_set() and not should_cancel():
            threading.Event().wait(0.01)
        return "cancelled" if should_cancel() else "done"

    job = Job(dialog, work, title="Agreement", project=path, what="An agreement computation")
    job.on_cancelled(done.append).start()
    jobs = ProjectJobs.of(dialog)
    assert jobs is window.jobs and jobs.busy and jobs.cancellable
    assert jobs.describe() == "An agreement computation is still running in first.annot."
    with qtbot.waitSignal(jobs.idle, timeout=10000):
        jobs.cancel()  # what "Cancel It and Open" does
    assert done == ["cancelled"] and not jobs.busy
    release.set()


def test_a_job_that_cannot_stop_halfway_offers_no_cancel(make_window, articles_project, qtbot):
    path: Path = articles_project(FIRST, name="first.annot")
    window = make_window(path)
    release = threading.Event()
    job = Job(window, lambda _p, _c: release.wait(10), title="Step", cancellable=False)
    job.start()
    assert window.jobs.busy and not window.jobs.cancellable
    job.cancel()
    assert not job.should_cancel()
    release.set()
    qtbot.waitUntil(lambda: ended(job), timeout=10000)
    assert job.outcome is not None and job.outcome.ok and job.outcome.result is True
