"""REFI-QDA projects in the app: File ▸ Export Project (.qdpx)… and New Project from .qdpx….

Driven through the real menu actions (file dialogs answered by monkeypatching, as the other
workflow tests do); the exported archive is opened and validated against the official schema,
the imported project's database is counted, and the report dialog's texts are checked.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QFileDialog, QProgressDialog
from sqlalchemy import func, select

from annotator.db.models import Annotation, Coder, Document
from annotator.db.project import open_project
from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId
from annotator.ui.exchange import qdpx_workflows
from annotator.ui.exchange.qdpx_workflows import EXPORT_FILTERS

REFI = Path(__file__).parents[1] / "data" / "refi"
NVIVO = REFI / "nvivo-12-oltas.qdpx"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def jobs_done(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30000)


def answer_save(monkeypatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), chosen))
    )


def answer_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def report_of(window) -> tuple[str, list[str]]:
    dialog = window.file_tools.qdpx.report_dialog
    assert dialog is not None and dialog.isVisible()
    lines = [dialog.lines.item(row).text() for row in range(dialog.lines.count())]
    return dialog.summary.text(), lines


def code_names(path: Path) -> Counter[str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    etree.XMLSchema(etree.parse(str(REFI / "Project.xsd"))).assertValid(root)
    return Counter(code.get("name") for code in root.iter("{urn:QDA-XML:project:1.0}Code"))


def counts(path: Path) -> tuple[int, int, int]:
    with open_project(path, read_only=True) as project, project.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Document, Coder, Annotation)
        )


def test_export_project_writes_a_valid_qdpx_and_reports_what_was_left_out(
    make_window, demo, tmp_path, monkeypatch, qtbot
):
    window = make_window(demo)
    action = window.actions[ActionId.EXPORT_QDPX]
    assert action.isEnabled()
    target = tmp_path / "study.qdpx"
    answer_save(monkeypatch, tmp_path / "study", EXPORT_FILTERS[0])  # the suffix is added
    action.trigger()
    jobs_done(window, qtbot)
    assert code_names(target)["Other"] == 2  # two variables each have an "Other"
    summary, lines = report_of(window)
    assert re.fullmatch(
        r"Wrote study\.qdpx: 7 documents, 40 annotations by alice, bob, 57 codes, 2 memos\.",
        summary,
    ), summary
    assert lines == ["Left out: 14 coding statuses (REFI-QDA has no place for a coder's progress)"]
    with open_project(demo, read_only=True) as project, project.reading() as session:
        assert session.scalar(select(func.count()).select_from(Annotation)) == 40  # unchanged


def test_export_for_qualcoder_makes_code_names_unique(
    make_window, demo, tmp_path, monkeypatch, qtbot
):
    window = make_window(demo)
    target = tmp_path / "for-qualcoder.qdpx"
    answer_save(monkeypatch, target, EXPORT_FILTERS[1])
    window.actions[ActionId.EXPORT_QDPX].trigger()
    jobs_done(window, qtbot)
    names = code_names(target)
    assert max(names.values()) == 1
    assert {"Other (sector)", "Other (framing)"} <= set(names) and "Other" not in names
    assert "unique, as QualCoder needs them" in report_of(window)[0]


def wait_for_cancel(real):
    """A service that waits until the user cancels, then runs (and sees the cancel at once)."""

    def slow(*args, **kwargs):
        deadline = time.monotonic() + 10
        while not kwargs["should_cancel"]() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(*args, **kwargs)

    return slow


def cancel_when_shown(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "job_progress") is not None)
    window.findChild(QProgressDialog, "job_progress").canceled.emit()


def test_cancelling_the_export_writes_no_file(make_window, demo, tmp_path, monkeypatch, qtbot):
    window = make_window(demo)
    monkeypatch.setattr(qdpx_workflows, "export_qdpx", wait_for_cancel(qdpx_workflows.export_qdpx))
    target = tmp_path / "study.qdpx"
    job = window.file_tools.qdpx.export(target)
    cancel_when_shown(window, qtbot)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=20000)
    assert job.outcome.result.cancelled
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo", "settings.ini"]
    assert report_of(window)[0] == "Cancelled: study.qdpx was not written."


def test_new_project_from_an_nvivo_qdpx_opens_it_with_the_mapping_report(
    make_window, tmp_path, monkeypatch, qtbot
):
    window = make_window()
    action = window.actions[ActionId.NEW_FROM_QDPX]
    assert action.isEnabled()  # also on the welcome page
    target = tmp_path / "oltas.annot"
    answer_open(monkeypatch, NVIVO)
    answer_save(monkeypatch, tmp_path / "oltas")  # the suffix is added
    action.trigger()
    jobs_done(window, qtbot)
    qtbot.waitUntil(lambda: window.file_tools.qdpx.report_dialog is not None)
    assert window.project_path == target
    assert counts(target) == (2, 2, 303)
    assert window.document_panel.model.rowCount() == 2
    summary, lines = report_of(window)
    assert re.fullmatch(
        r"Created oltas\.annot from nvivo-12-oltas\.qdpx \(NVivo for Windows 12\.6\): "
        r"2 documents, 2 coders, 12 variables, 140 codes, 303 annotations, 0 memos\.",
        summary,
    ), summary
    assert any(line.startswith("Mapped: 12 top-level codes with sub-codes") for line in lines)
    assert lines[-1] == (
        "Positions counted in UTF-16 units (as NVivo writes them) in 1 of 2 documents."
    )


def test_cancelling_the_import_leaves_no_project_file(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    monkeypatch.setattr(qdpx_workflows, "import_qdpx", wait_for_cancel(qdpx_workflows.import_qdpx))
    target = tmp_path / "oltas.annot"
    job = window.file_tools.qdpx.new_from(NVIVO, target)
    cancel_when_shown(window, qtbot)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=20000)
    assert job.outcome.result.cancelled
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]
    assert window.project_path is None
    assert report_of(window)[0] == "Cancelled: no project was created."


def test_a_bad_archive_is_one_line_naming_the_file(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window()
    broken = tmp_path / "broken.qdpx"
    broken.write_text("this is not a zip archive", encoding="utf-8")
    answer_open(monkeypatch, broken)
    answer_save(monkeypatch, tmp_path / "new.annot")
    window.actions[ActionId.NEW_FROM_QDPX].trigger()
    jobs_done(window, qtbot)
    assert "broken.qdpx" in window.last_error and "\n" not in window.last_error
    assert not (tmp_path / "new.annot").exists()
    assert window.project_path is None and window.file_tools.qdpx.report_dialog is None


def test_an_existing_project_is_never_overwritten(make_window, demo, tmp_path, qtbot):
    window = make_window()
    before = demo.read_bytes()
    assert window.file_tools.qdpx.new_from(NVIVO, demo) is None
    assert window.last_error == f"{demo}: already exists; choose a new name for the project."
    assert demo.read_bytes() == before and not window.jobs.busy
