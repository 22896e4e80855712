"""Analysis ▸ Frequencies on the demo: table cells equal the service's, coding updates them,
the chart is drawn and every export opens."""

from __future__ import annotations

from pathlib import Path

from conftest import utf16
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from annotator.db.project import open_project
from annotator.services.findings.codings import CodingSelection
from annotator.services.findings.table import frequency_table
from annotator.ui.actions import ActionId
from annotator.ui.demo_copy import demo_copy_path, fresh_demo
from annotator.ui.findings.frequencies import FrequenciesWindow
from annotator.ui.findings.table_model import COLUMN_PERCENT
from annotator.ui.main_window import MainWindow


def open_demo(make_window, folder: Path, monkeypatch) -> MainWindow:
    monkeypatch.setattr("annotator.ui.main_window.fresh_demo", lambda: fresh_demo(folder))
    monkeypatch.setattr("annotator.ui.main_window.demo_copy_path", lambda: demo_copy_path(folder))
    window = make_window(coder="alice")
    window.open_demo()
    assert window.workbench is not None
    return window


def open_frequencies(window: MainWindow, qtbot) -> FrequenciesWindow:
    window.actions[ActionId.FREQUENCIES].trigger()
    dialog = window.findings.frequencies
    assert isinstance(dialog, FrequenciesWindow) and dialog.isVisible()
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog: FrequenciesWindow) -> None:
    """Wait for the computation off the GUI thread to arrive."""
    qtbot.waitUntil(lambda: not dialog.updating(), timeout=10000)


def shown(dialog: FrequenciesWindow) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def expected(window: MainWindow, rows: str, columns: str | None, **options) -> list[list[str]]:
    """The service's table as the window should show it (counts, totals last)."""
    count = options.pop("count", "spans")
    with open_project(window.workbench.project.path) as project:
        table = frequency_table(project, rows, columns, CodingSelection(**options), count).table
    body = [
        [*map(str, line), str(total)]
        for line, total in zip(table.counts, table.row_totals, strict=True)
    ]
    return [*body, [*map(str, table.column_totals), str(table.total)]]


def choose(qtbot, dialog: FrequenciesWindow, combo_name: str, data) -> None:
    combo = getattr(dialog, combo_name)
    combo.setCurrentIndex(combo.findData(data))
    dialog.refresh()  # what the debounce timer does a moment later
    settle(qtbot, dialog)


def test_table_follows_the_options_and_matches_the_service(
    make_window, tmp_path: Path, monkeypatch, qtbot
):
    window = open_demo(make_window, tmp_path / "data", monkeypatch)
    dialog = open_frequencies(window, qtbot)
    assert dialog.rows.currentData() == "actor" and dialog.columns.currentData() == "outlet"
    assert shown(dialog) == expected(window, "actor", "outlet")
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    assert dialog.model.headerData(0, vertical) == "Government"
    assert dialog.model.headerData(dialog.model.columnCount() - 1, horizontal) == "Total"
    choose(qtbot, dialog, "rows", "sector")
    choose(qtbot, dialog, "columns", "month")
    assert shown(dialog) == expected(window, "sector", "month")
    choose(qtbot, dialog, "count", "documents")
    assert shown(dialog) == expected(window, "sector", "month", count="documents")
    dialog.selection.set_coder("bob")
    dialog.refresh()
    settle(qtbot, dialog)
    assert shown(dialog) == expected(window, "sector", "month", count="documents", coders=["bob"])
    assert "coder bob, all dates" in dialog.summary.text()
    choose(qtbot, dialog, "columns", None)  # one variable: its count and the total
    assert dialog.model.headerData(0, horizontal) == "Count"
    assert shown(dialog) == expected(window, "sector", None, count="documents", coders=["bob"])
    choose(qtbot, dialog, "show_as", COLUMN_PERCENT)
    assert dialog.model.rowCount() == len(dialog.result.table.rows)  # no totals row
    assert shown(dialog)[0][0] == f"{dialog.result.table.column_percent()[0][0]:.1f}"


def test_coding_a_span_and_undoing_it_updates_the_open_table(
    make_window, tmp_path: Path, monkeypatch, qtbot
):
    window = open_demo(make_window, tmp_path / "data", monkeypatch)
    dialog = open_frequencies(window, qtbot)
    choose(qtbot, dialog, "rows", "sector")
    choose(qtbot, dialog, "columns", None)
    energy = dialog.model.result.table.rows.index("Energy")
    before = dialog.model.value(energy, 0)
    window.activateWindow()
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, 0))
    cursor.setPosition(utf16(text, text.index(" ", 12)), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()
    qtbot.keyClick(window.article, "e")  # Energy (sector), a new span of alice's
    qtbot.waitUntil(lambda: dialog.model.value(energy, 0) == before + 1, timeout=3000)
    assert shown(dialog)[energy][0] == str(before + 1)
    window.actions[ActionId.UNDO].trigger()
    qtbot.waitUntil(lambda: dialog.model.value(energy, 0) == before, timeout=3000)


def test_chart_is_drawn_and_every_export_opens(make_window, tmp_path: Path, monkeypatch, qtbot):
    from openpyxl import load_workbook

    window = open_demo(make_window, tmp_path / "data", monkeypatch)
    dialog = open_frequencies(window, qtbot)
    choose(qtbot, dialog, "rows", "sector")
    choose(qtbot, dialog, "columns", "outlet")
    assert dialog.canvas is not None and dialog.canvas.isVisible()
    assert dialog.chart is not None and dialog.chart.kind == "bars"
    assert dialog.chart.groups == dialog.result.table.columns
    choose(qtbot, dialog, "kind", "timeline")
    assert dialog.chart.kind == "timeline" and dialog.chart.groups[0][:2] == "20"
    choose(qtbot, dialog, "kind", "heatmap")
    choose(qtbot, dialog, "columns", None)
    assert dialog.canvas is None and "heatmap needs columns" in dialog.chart_message.text()
    assert not dialog.export_chart_button.isEnabled()
    choose(qtbot, dialog, "columns", "outlet")

    workbook = dialog.export_table(str(tmp_path / "sector-by-outlet.xlsx"))
    assert workbook is not None and "Wrote sector-by-outlet.xlsx" in dialog.summary.text()
    sheet = load_workbook(workbook)["Counts"]
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    table = dialog.result.table
    assert cells[0] == ["sector \\ outlet", *table.columns, "Total"]
    assert cells[1] == [table.rows[0], *table.counts[0], table.row_totals[0]]
    assert cells[-1] == ["Total", *table.column_totals, table.total]
    csv = dialog.export_table(str(tmp_path / "table.csv"))
    assert csv.read_text(encoding="utf-8-sig").startswith("sector,outlet,count")

    png = dialog.export_chart(str(tmp_path / "chart.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = dialog.export_chart(str(tmp_path / "chart.svg"))
    assert "<svg" in svg.read_text(encoding="utf-8") and "Energy" in svg.read_text("utf-8")
    pdf = dialog.export_chart(str(tmp_path / "chart"))  # no suffix: a PNG
    assert pdf.name == "chart.png" and pdf.exists()
    assert dialog.export_chart(str(tmp_path / "chart.pdf")).read_bytes()[:5] == b"%PDF-"


def test_closing_the_project_closes_the_window(make_window, tmp_path: Path, monkeypatch, qtbot):
    window = open_demo(make_window, tmp_path / "data", monkeypatch)
    dialog = open_frequencies(window, qtbot)
    window.close_project()
    assert not dialog.isVisible() and window.findings.frequencies is None
    assert not window.actions[ActionId.FREQUENCIES].isEnabled()


def test_opening_another_project_closes_the_findings_windows(
    make_window, articles_project, tmp_path: Path, monkeypatch, qtbot
):
    window = open_demo(make_window, tmp_path / "data", monkeypatch)
    dialog = open_frequencies(window, qtbot)
    window.actions[ActionId.DISCOURSE_NETWORK].trigger()
    network = window.findings.network
    qtbot.waitUntil(lambda: not network.updating(), timeout=10000)
    assert window.open_path(articles_project("Putin met Scholz in Berlin."))
    assert not dialog.isVisible() and not network.isVisible()
    assert window.findings.frequencies is None and window.findings.network is None
    again = open_frequencies(window, qtbot)
    assert again is not dialog and again.project.path.name == "coding.annot"
