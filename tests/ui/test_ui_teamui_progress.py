"""Analysis → Team Progress: the table, the done-per-day chart, exports, and live refresh."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from annotator.db.project import open_project
from annotator.services.assignments import assign, assignment_table
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.team_progress import ALL_SETS
from annotator.ui.actions import ActionId


def _project(articles_project) -> tuple[Path, dict[str, list[str]]]:
    path = articles_project(*(f"Article text number {n}, about gas." for n in range(12)))
    with open_project(path) as project:
        assign(project, ["alice", "bob"], seed=5, overlap="2")
        table = assignment_table(project)["sets"]["main"]
    return path, table


def test_progress_shows_each_coders_counts_and_follows_changes(
    make_window, articles_project, qtbot, tmp_path
):
    path, table = _project(articles_project)
    with open_project(path) as project:
        for uuid in table["bob"][:3]:
            set_status(project, uuid, "bob", "done")
        create_annotation(project, document=table["bob"][3], coder="bob", start=0, end=7)
    window = make_window(path, coder="alice")
    window.external_changes.timer.stop()
    window.actions[ActionId.TEAM_PROGRESS].trigger()
    progress = window.team.progress
    assert progress is not None and progress.isVisible()
    bob = len(table["bob"])
    assert progress.cell("main", "bob", "Assigned") == str(bob)
    assert progress.cell("main", "bob", "Done") == "3"
    assert progress.cell("main", "bob", "In progress") == "1"
    assert progress.cell("main", "bob", "Not started") == str(bob - 4)
    assert progress.cell("main", "bob", "Annotations") == "1"
    assert progress.cell(ALL_SETS, "alice", "Done") == "0"
    assert progress.cell(ALL_SETS, "alice", "Last activity (UTC)") == "—"
    assert progress.table.item(progress.table.rowCount() - 1, 0).text() == "All sets"
    assert sum(progress.chart.days["bob"].values()) == 3
    assert "alice" not in progress.chart.days

    # The coder in the window marks a document done: the table follows at once.
    first = window.document_panel.model.document_at(0).id
    window.document_panel.select_document(first)
    window.actions[ActionId.MARK_DONE].trigger()
    qtbot.waitUntil(lambda: progress.cell("main", "alice", "Done") == "1")
    assert sum(progress.chart.days["alice"].values()) == 1
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: progress.cell("main", "alice", "Done") == "0")

    # Another program codes: the window notices and the table follows.
    with open_project(path) as other:
        set_status(other, table["bob"][4], "bob", "done")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(lambda: progress.cell("main", "bob", "Done") == "4")


def test_the_table_and_chart_export(make_window, articles_project, tmp_path):
    path, table = _project(articles_project)
    with open_project(path) as project:
        set_status(project, table["alice"][0], "alice", "done")
    window = make_window(path)
    progress = window.team.open_progress()
    assert progress is not None

    progress.export_table(str(tmp_path / "progress.xlsx"))
    sheet = load_workbook(tmp_path / "progress.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("set", "coder", "assigned", "not_started", "in_progress", "done")
    assert ("main", "alice", len(table["alice"]), len(table["alice"]) - 1, 0, 1) in [
        row[:6] for row in rows
    ]
    assert rows[-1][0] == ALL_SETS

    progress.export_table(str(tmp_path / "progress.csv"))
    with (tmp_path / "progress.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[1][:6] == ["main", "alice", str(len(table["alice"])), str(len(table["alice"]) - 1),
                            "0", "1"]  # fmt: skip

    progress.save_chart(str(tmp_path / "chart.png"))
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() == 1600 and not image.isNull()
    progress.save_chart(str(tmp_path / "chart.svg"))
    assert "<svg" in (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert progress.summary.text() == "Wrote chart.svg."

    progress.export_table(str(tmp_path / "missing" / "progress.xlsx"))
    assert "not written" in progress.summary.text() and "progress.xlsx" in progress.summary.text()


def test_without_assignments_the_window_says_how_to_start(make_window, articles_project):
    window = make_window(articles_project("One.", "Two."))
    progress = window.team.open_progress()
    assert progress.table.rowCount() == 0
    assert "Assign Documents" in progress.summary.text()
    window.close_project()
    assert window.team.progress is None
