"""Several coders in the window: coder copies, the merge dialog, import as one undo step, export."""

from __future__ import annotations

import csv
import hashlib
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.distribute import distribute_project
from annotator.ui.actions import ActionId
from annotator.ui.coders import workflows as coder_workflows
from annotator.ui.coders.export_dialog import ExportDialog
from annotator.ui.coders.merge_dialog import MergeDialog
from annotator.ui.project.background import Job

TEXT = "The minister said gas prices will rise. Gas exports to Turkey fell, the gas board said."
OTHER = "Farmers protest. Gas is cheap here, said the farmers' union; GAS subsidies stay."


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def result_of(job: Job, qtbot):
    """The job's result once it has ended and its callbacks have run."""
    qtbot.waitUntil(lambda: job.outcome is not None and not job.running, timeout=20000)
    assert job.outcome is not None
    return job.outcome.result


def checked(window, inputs: list[Path], qtbot):
    """The merge dialog's check (a dry run into a new file): the report it hands on, or None."""
    arrived: list[object] = []
    job = window.file_tools.coders.dry_run_new(inputs, arrived.append)
    qtbot.waitUntil(lambda: job.outcome is not None and not job.running, timeout=20000)
    assert len(arrived) == 1
    return arrived[0]


def jobs_done(window, qtbot) -> None:
    """Wait until the window's background jobs (started by a menu command) have ended."""
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)


@pytest.fixture
def quiet(monkeypatch) -> list[str]:
    """Message boxes return at once; their texts are collected."""
    said: list[str] = []

    def information(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    return said


@pytest.fixture
def coded_copies(articles_project, tmp_path: Path) -> tuple[Path, list[Path]]:
    """A master with two articles and alice's and bob's copies, each with one annotation."""
    master = articles_project(TEXT, OTHER)
    report = distribute_project(master, ["alice", "bob"], tmp_path / "copies")
    copies = [Path(copy.path) for copy in report.copies]
    for path, coder, (start, end) in zip(
        copies, ("alice", "bob"), ((4, 12), (18, 21)), strict=True
    ):
        with open_project(path) as project:
            create_annotation(
                project,
                document=1,
                coder=coder,
                start=start,
                end=end,
                values={"sector": ["Energy"]},
            )
    return master, copies


def test_create_coder_copies_from_the_dialog(make_window, articles_project, tmp_path, quiet, qtbot):
    master = articles_project(TEXT)
    window = make_window(master)
    folder = tmp_path / "out"

    def fill(dialog) -> int:
        dialog.new_coders.setText("carol, dave")
        dialog._add_typed()
        assert "coding-carol.annot" in dialog.files.text()
        dialog.folder.setText(str(folder))
        return QDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as patch:
        from annotator.ui.coders.copies_dialog import CoderCopiesDialog

        patch.setattr(CoderCopiesDialog, "exec", fill)
        window.actions[ActionId.CREATE_CODER_COPIES].trigger()
    jobs_done(window, qtbot)
    assert sorted(p.name for p in folder.iterdir()) == ["coding-carol.annot", "coding-dave.annot"]
    assert "2 coder copies" in quiet[-1]


def test_merge_dialog_reports_then_merges_without_touching_inputs(
    make_window, coded_copies, tmp_path, monkeypatch, qtbot, quiet
):
    master, copies = coded_copies
    before = [digest(path) for path in copies]
    output = tmp_path / "merged.annot"
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(p) for p in copies], "")),
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(output), ""))
    )
    seen: dict[str, object] = {}

    def drive(dialog: MergeDialog) -> int:
        qtbot.waitUntil(lambda: dialog.checked_for is not None)  # Check runs by itself
        seen["report"] = dialog.report_view.toPlainText()
        assert not output.exists()  # a dry run writes nothing
        dialog.choose_output()
        assert dialog.merge_button.isEnabled()
        dialog.files.takeItem(1)  # a changed file list needs a new check
        seen["enabled after change"] = dialog.merge_button.isEnabled()
        dialog.add_files([copies[1]])
        dialog.run_check()
        qtbot.waitUntil(lambda: dialog.checked_for is not None)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", drive)
    window = make_window(master)
    window.actions[ActionId.MERGE_PROJECTS].trigger()
    jobs_done(window, qtbot)

    assert "coding-bob.annot" in seen["report"] and "bob (new)" in seen["report"]
    assert "2 annotations would be added" in seen["report"]
    assert seen["enabled after change"] is False
    with open_project(output, read_only=True) as merged:
        rows = list_annotations(merged)
    assert sorted((r.coder, r.start, r.end) for r in rows) == [("alice", 4, 12), ("bob", 18, 21)]
    assert [digest(path) for path in copies] == before


def test_merge_errors_name_the_file(make_window, coded_copies, tmp_path, quiet, qtbot):
    master, _copies = coded_copies
    bad = tmp_path / "notes.annot"
    bad.write_text("not a project")
    window = make_window(master)
    assert checked(window, [bad], qtbot) is None
    assert "notes.annot" in window.last_error


def test_import_coder_project_is_one_undoable_step(make_window, coded_copies, quiet, qtbot):
    master, copies = coded_copies
    window = make_window(master)
    project = window.workbench.project
    report = result_of(window.file_tools.coders.import_into([copies[1]]), qtbot)
    assert report is not None and report.annotations_added == 1
    assert [r.coder for r in list_annotations(project)] == ["bob"]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Import coder project coding-bob.annot")
    window.undo_stack.undo()
    assert list_annotations(project) == []
    window.undo_stack.redo()
    assert [r.coder for r in list_annotations(project)] == ["bob"]
    window.actions[ActionId.SHOW_ALL_CODERS].setChecked(True)
    assert [r.coder for r in window.article.records()] == ["bob"]  # the view was refreshed


def test_cancelling_an_import_leaves_the_project_as_it_was(
    make_window, coded_copies, monkeypatch, qtbot, quiet
):
    master, copies = coded_copies
    window = make_window(master)
    real = coder_workflows.merge_into

    def slow_merge(project, inputs, **kwargs):
        deadline = time.monotonic() + 10
        while not kwargs["should_cancel"]() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(project, inputs, **kwargs)

    monkeypatch.setattr(coder_workflows, "merge_into", slow_merge)
    QTimer.singleShot(
        600, lambda: window.findChild(QProgressDialog, "job_progress").canceled.emit()
    )
    report = result_of(window.file_tools.coders.import_into(copies), qtbot)
    assert report is not None and report.cancelled
    assert list_annotations(window.workbench.project) == []
    assert window.undo_stack.count() == 0
    assert "nothing was changed" in quiet[-1]


def outcome_of(job: Job, qtbot):
    """Start `job` and return its outcome once it has ended."""
    with qtbot.waitSignal(job.ended, timeout=20000) as ended:
        job.start()
    return ended.args[0]


def test_background_job_errors_come_back_as_messages(qtbot):
    def fail(_progress, _cancel):
        raise FileNotFoundError(2, "No such file or directory", "/data/a.annot")

    outcome = outcome_of(Job(None, fail, title="Test", label="Working…"), qtbot)
    assert outcome.error == "/data/a.annot: No such file or directory" and not outcome.ok

    def work(progress, _cancel) -> int:
        progress(1, 1, "")
        return 5

    done = outcome_of(Job(None, work, title="Test", label="Working…"), qtbot)
    assert done.ok and done.result == 5 and not done.cancelled


def test_export_codings_from_the_dialog_as_csv_and_xlsx(
    make_window, coded_copies, tmp_path, monkeypatch, quiet, qtbot
):
    master, copies = coded_copies
    window = make_window(master)
    result_of(window.file_tools.coders.import_into(copies), qtbot)
    target = tmp_path / "codings.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)"))
    )

    def fill(dialog: ExportDialog) -> int:
        dialog.choose_output()
        assert dialog.suffix() == ".csv"
        bob = dialog.coder_list.findItems("bob", Qt.MatchFlag.MatchExactly)[0]
        bob.setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill)
    window.actions[ActionId.EXPORT_CODINGS].trigger()
    jobs_done(window, qtbot)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {row["coder"] for row in rows} == {"alice"}
    assert "Wrote" in quiet[-1]

    workbook_path = tmp_path / "codings.xlsx"
    report = result_of(window.file_tools.coders.export(workbook_path, None), qtbot)
    assert report is not None and report.segments == 2
    from openpyxl import load_workbook

    workbook = load_workbook(workbook_path, read_only=True)
    assert "Segments" in workbook.sheetnames
    workbook.close()


def test_export_dialog_writes_a_spreadsheet_safe_csv_unless_exact_text_is_ticked(
    make_window, articles_project, tmp_path, monkeypatch, quiet, qtbot
):
    master = articles_project(TEXT)
    with open_project(master) as project:
        create_annotation(project, document=1, coder="alice", start=4, end=12, memo="=1+1")
    window = make_window(master)
    chosen: dict[str, bool] = {}

    def fill(dialog: ExportDialog) -> int:
        exact = dialog.findChild(type(dialog.exact_text), "exact_text")
        dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
        chosen["enabled for xlsx"] = exact.isEnabled()
        dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
        chosen["enabled for csv"] = exact.isEnabled()
        exact.setChecked(chosen["tick"])
        dialog.output.setText(str(tmp_path / f"tick-{chosen['tick']}.csv"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill)
    memos, said = {}, {}
    for tick in (False, True):
        chosen["tick"] = tick
        window.actions[ActionId.EXPORT_CODINGS].trigger()
        jobs_done(window, qtbot)
        with (tmp_path / f"tick-{tick}.csv").open(encoding="utf-8-sig", newline="") as handle:
            memos[tick] = next(csv.DictReader(handle))["memo"]
        said[tick] = quiet[-1]
    assert memos == {False: "'=1+1", True: "=1+1"}
    assert "1 cell starting with =" in said[False] and "starting with" not in said[True]
    assert not chosen["enabled for xlsx"] and chosen["enabled for csv"]


def test_the_merge_check_works_in_a_scratch_folder_the_next_merge_can_clean_up(
    make_window, coded_copies, monkeypatch, quiet, qtbot
):
    """A killed app leaves the check's folder; its name says whose it is (durable_files)."""
    master, copies = coded_copies
    window = make_window(master)
    outputs: list[Path] = []
    real_merge = coder_workflows.merge_projects

    def merge(inputs, output, **options):
        outputs.append(Path(output))
        return real_merge(inputs, output, **options)

    monkeypatch.setattr(coder_workflows, "merge_projects", merge)
    assert checked(window, copies, qtbot) is not None
    assert outputs[0].parent.name.startswith(f"annotator-merge-{os.getpid()}-")
    assert not outputs[0].parent.exists()


@pytest.fixture
def held_merge(monkeypatch):
    """The merge check's dry run waits until `release` is set or it is cancelled (at most 10 s);
    returns the event and whether the run saw a cancel."""
    import threading

    release = threading.Event()
    cancelled: list[bool] = []
    real = coder_workflows.merge_projects

    def held(inputs, output, **options):
        for _ in range(1000):
            if release.wait(0.01) or options["should_cancel"]():
                break
        cancelled.append(options["should_cancel"]())
        return real(inputs, output, **options)

    monkeypatch.setattr(coder_workflows, "merge_projects", held)
    return release, cancelled


def test_the_merge_dialog_says_it_is_checking_and_waits_with_its_buttons(
    make_window, coded_copies, tmp_path, held_merge, quiet, qtbot
):
    master, copies = coded_copies
    release, _cancelled = held_merge
    window = make_window(master)
    dialog = MergeDialog(window.file_tools.coders.dry_run_new, parent=window)
    qtbot.addWidget(dialog)
    dialog.add_files(copies)
    dialog.output.setText(str(tmp_path / "merged.annot"))
    dialog.run_check()
    try:
        assert "Checking what merging would do" in dialog.report_view.toPlainText()
        waiting = (dialog.check_button, dialog.merge_button, dialog.add_button)
        waiting += (dialog.remove_button,)
        assert [button.isEnabled() for button in waiting] == [False] * 4
    finally:
        release.set()
        jobs_done(window, qtbot)
    assert dialog.checked_for == copies
    assert "2 annotations would be added" in dialog.report_view.toPlainText()
    assert [button.isEnabled() for button in waiting] == [True] * 4


def test_cancel_in_the_merge_dialog_stops_its_check(
    make_window, coded_copies, held_merge, quiet, qtbot
):
    master, copies = coded_copies
    release, cancelled = held_merge
    window = make_window(master)
    dialog = MergeDialog(window.file_tools.coders.dry_run_new, parent=window)
    qtbot.addWidget(dialog)
    dialog.add_files(copies)
    dialog.run_check()
    job = dialog.checking
    assert job is not None

    dialog.reject()  # the Cancel button
    jobs_done(window, qtbot)
    assert cancelled == [True] and not release.is_set()
    assert job.outcome.cancelled and dialog.checked_for is None
