"""A job stays bound to the project it started on: opening another project while it runs waits
for it (or cancels it), says so, and never switches the window under the job."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from annotator.ui.imports import article_import
from annotator.ui.imports.preview import ImportPreviewDialog

FIRST = "The minister said gas prices will rise. Gas exports to Turkey fell."
SECOND = ("Farmers protest on Monday.", "Coal mines close.", "Wind farms grow.")


def shown_project(window) -> Path | None:
    """The file of the project the window shows (None on the welcome page)."""
    return window.workbench.project.path if window.workbench is not None else None


def titles(path: Path) -> list[str]:
    """The documents' titles, read with plain sqlite3 (independent of the app's code)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT title FROM document ORDER BY id").fetchall()
    connection.close()
    return [title for (title,) in rows]


@pytest.fixture
def answer(monkeypatch) -> Callable[[str], list[str]]:
    """`answer("Don't Open")`: message boxes click the button with that text; returns the texts
    the boxes showed (text and informative text), so tests can check what the user was told."""
    shown: list[str] = []

    def set_answer(choice: str) -> list[str]:
        def exec_(box: QMessageBox) -> int:
            shown.append(f"{box.text()}\n{box.informativeText()}")
            buttons = {button.text().replace("&", ""): button for button in box.buttons()}
            assert choice in buttons, f"no {choice!r} among {sorted(buttons)}"
            buttons[choice].click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return shown

    return set_answer


@pytest.fixture
def two_projects(articles_project) -> tuple[Path, Path]:
    first = articles_project(FIRST, name="first.annot")
    second = articles_project(*SECOND, name="second.annot")
    return first, second


@pytest.fixture
def blocked_import(tmp_path: Path, monkeypatch):
    """An article file, and an import whose storing waits until `release` is set."""
    source = tmp_path / "new.txt"
    source.write_text("Gas deal signed\n\nThe two presidents signed a gas deal.\n")
    release = threading.Event()
    real = article_import.import_previews

    def blocked(project, previews, **kwargs):
        assert release.wait(10), "the test never released the job"
        return real(project, previews, **kwargs)

    monkeypatch.setattr(article_import, "import_previews", blocked)
    return source, release


def imported(window, source: Path, qtbot):
    """Import `source` (read, preview, store) and return the storing job's report once every
    job has ended."""
    articles = window.file_tools.articles
    assert articles.import_paths([source]) is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    job = articles.storing
    assert job is not None and job.outcome is not None and not job.running
    return job.outcome.result


def import_while_opening(
    window, source: Path, other: Path, release: threading.Event, monkeypatch, qtbot
):
    """Import `source`; while its storing job runs, ask the window to open `other` (as File ▸
    Open, a recent file, a drop or another launch would); release it; wait for the job's end."""
    seen: dict[str, object] = {}

    def open_during_job() -> None:
        seen["opened"] = window.open_path(other)
        seen["during"] = window.workbench.project.path if window.workbench else None
        release.set()

    def accept(dialog: ImportPreviewDialog) -> int:
        QTimer.singleShot(0, open_during_job)  # fires while the storing job runs
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    report = imported(window, source, qtbot)
    if window.file_tools.articles.summary is not None:
        window.file_tools.articles.summary.close()
    if window.isVisible():  # the user comes back to the window (shortcuts need it active)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return report, seen


def press_undo(window, qtbot) -> None:
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_second_project_is_not_opened_under_a_running_import(
    make_window, two_projects, blocked_import, answer, monkeypatch, qtbot
):
    first, second = two_projects
    source, release = blocked_import
    window = make_window(first)
    shown = answer("Don't Open")

    report, seen = import_while_opening(window, source, second, release, monkeypatch, qtbot)

    assert report is not None and len(report.imported) == 1
    assert seen == {"opened": False, "during": first}
    assert len(shown) == 1 and "import" in shown[0] and "first.annot" in shown[0]
    assert "second.annot" in shown[0]
    assert window.workbench is not None and window.workbench.project.path == first
    assert titles(first) == ["Article 1", "Gas deal signed"]
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]
    press_undo(window, qtbot)  # takes back the import, in the project it went into
    assert titles(first) == ["Article 1"]
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]
    assert [row.title for row in window.document_panel.model.all_rows()] == ["Article 1"]


def test_the_second_project_opens_once_the_import_has_finished(
    make_window, two_projects, blocked_import, answer, monkeypatch, qtbot
):
    first, second = two_projects
    source, release = blocked_import
    window = make_window(first)
    shown = answer("Open When Finished")

    report, seen = import_while_opening(window, source, second, release, monkeypatch, qtbot)

    assert report is not None and len(report.imported) == 1
    assert seen == {"opened": False, "during": first}  # not yet: the job was still running
    assert "An import is still running in first.annot." in shown[0]
    qtbot.waitUntil(lambda: shown_project(window) == second)
    assert titles(first) == ["Article 1", "Gas deal signed"]
    assert window.undo_stack.count() == 0  # the import's undo went with first.annot
    press_undo(window, qtbot)
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]
    assert titles(first) == ["Article 1", "Gas deal signed"]


def test_cancelling_the_import_opens_the_second_project_with_nothing_imported(
    make_window, two_projects, blocked_import, answer, monkeypatch, qtbot
):
    first, second = two_projects
    source, release = blocked_import
    window = make_window(first)
    answer("Cancel It and Open")

    report, _seen = import_while_opening(window, source, second, release, monkeypatch, qtbot)

    assert report is not None and report.cancelled and not report.imported
    qtbot.waitUntil(lambda: shown_project(window) == second)
    assert titles(first) == ["Article 1"]
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]
    assert window.undo_stack.count() == 0


def test_a_project_dropped_while_a_dialog_waits_opens_after_it(
    make_window, two_projects, tmp_path, answer, monkeypatch, qtbot
):
    """A hand-over or drop while the import preview is open: the import goes on into the project
    it was started on, and the other project opens only after the import."""
    first, second = two_projects
    source = tmp_path / "new.txt"
    source.write_text("Gas deal signed\n\nThe two presidents signed a gas deal.\n")
    window = make_window(first)
    shown = answer("Open When Finished")
    real_exec = ImportPreviewDialog.exec
    during: list[object] = []

    def review(dialog: ImportPreviewDialog) -> int:
        def drop_second() -> None:
            window.file_tools.articles.dropped([second])
            during.append(shown_project(window))
            dialog.accept()

        QTimer.singleShot(0, drop_second)
        return real_exec(dialog)

    monkeypatch.setattr(ImportPreviewDialog, "exec", review)
    report = imported(window, source, qtbot)
    window.file_tools.articles.summary.close()

    assert report is not None and len(report.imported) == 1
    assert during == [first]
    assert "“Import articles — preview” is still open for first.annot." in shown[0]
    qtbot.waitUntil(lambda: shown_project(window) == second)
    assert titles(first) == ["Article 1", "Gas deal signed"]
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]


def test_quitting_during_a_job_waits_for_it(make_window, two_projects, answer, qtbot):
    from annotator.ui.project.background import Job

    first, _second = two_projects
    window = make_window(first)
    shown = answer("Don't Close")
    closed: list[bool] = []

    def close_now() -> None:
        closed.append(window.close())

    def job(_progress, _cancel) -> int:
        release.wait(10)
        return 1

    release = threading.Event()
    QTimer.singleShot(0, lambda: (close_now(), release.set()))
    export = Job(window, job, title="Export codings", label="Writing…", project=first,
                 what="An export")  # fmt: skip
    with qtbot.waitSignal(export.ended, timeout=20000) as ended:
        export.start()
    outcome = ended.args[0]
    assert outcome.ok and closed == [False]
    assert "An export is still running in first.annot." in shown[0]
    assert window.isVisible() and shown_project(window) == first


def test_the_undo_stack_takes_only_the_open_projects_commands(make_window, two_projects, qtbot):
    from annotator.db.project import open_project
    from annotator.ui.undo.study import ImportArticles

    first, second = two_projects
    window = make_window(first)
    failed: list[str] = []
    with open_project(second) as other:
        stray = ImportArticles(other, [2], lambda _shown: None, failed.append)
        window.undo_stack.push(stray)  # made for second.annot, which is not open here
        assert window.undo_stack.count() == 0
        press_undo(window, qtbot)
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]
    window.document_panel.select_document(1)
    window.article.select_span(4, 12)
    window.codebook_panel.codeClicked.emit("sector", "Energy")  # an edit of first.annot
    assert window.undo_stack.count() == 1
    assert window.open_path(second)
    assert window.undo_stack.count() == 0  # its edits went with it
    press_undo(window, qtbot)
    with sqlite3.connect(first) as connection:
        assert connection.execute("SELECT count(*) FROM annotation").fetchone() == (1,)
    connection.close()
    assert titles(second) == ["Article 1", "Article 2", "Article 3"]
    assert not failed


def test_no_switch_while_the_agreement_is_computed(
    make_window, two_projects, answer, monkeypatch, qtbot
):
    from annotator.ui.intercoder import agreement_dialog

    first, second = two_projects
    window = make_window(first)
    release = threading.Event()
    real = agreement_dialog.compute_agreement

    def blocked(project, **options):
        assert release.wait(10), "the test never released the computation"
        return real(project, **options)

    monkeypatch.setattr(agreement_dialog, "compute_agreement", blocked)
    shown = answer("Don't Open")
    dialog = window.research.open_agreement()
    assert dialog.job is not None  # computing, in the background
    assert not window.open_path(second)
    assert "An agreement computation is still running in first.annot." in shown[0]
    assert shown_project(window) == first and dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert window.open_path(second)  # free again
    assert len(shown) == 1
