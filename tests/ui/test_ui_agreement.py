"""Analysis → Inter-coder Agreement: results for the demo, chart export, adjudication and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def open_dialog(qtbot, window):
    assert window.actions[ActionId.AGREEMENT].isEnabled()
    dialog = window.research.open_agreement()
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=20000)
    return dialog


def consensus(path: Path) -> list:
    with open_project(path, read_only=True) as project:
        return list_annotations(project, coder="consensus") if _has(project) else []


def _has(project) -> bool:
    from annotator.services.coders import list_coders

    return any(coder.name == "consensus" for coder in list_coders(project))


def test_results_chart_and_workbook_for_the_demo(qtbot, make_window, demo, tmp_path):
    window = make_window(demo)
    dialog = open_dialog(qtbot, window)
    model = dialog.stats_model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "actor",
        "claim",
        "sector",
        "framing",
    ]
    claim = next(row for row in range(model.rowCount()) if model.index(row, 0).data() == "claim")
    assert (
        model.index(claim, 2).data() == f"{dialog.result.variables['claim'].krippendorff_alpha:.3f}"
    )
    assert "alice|bob" in model.index(claim, 5).data()
    assert dialog.coders.count() == 2 and "units" in dialog.summary.text()
    assert [name for name, _ in dialog.chart.bars] == ["actor", "claim", "sector", "framing"]
    dialog.save_chart(str(tmp_path / "alpha.png"))
    dialog.save_chart(str(tmp_path / "alpha.svg"))
    assert (tmp_path / "alpha.png").stat().st_size > 1000
    assert "<svg" in (tmp_path / "alpha.svg").read_text()
    dialog.export_workbook(str(tmp_path / "comparison.xlsx"))
    assert (tmp_path / "comparison.xlsx").exists()

    dialog.overlap.setValue(0.9)
    dialog.compute()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert dialog.result.overlap == pytest.approx(0.9)


def progress_text(settled: int, total: int) -> str:
    """The dialog's progress line: settled so far and what is left (it never goes stale)."""
    return f"<b>{settled} of {total} disagreements settled, {total - settled} to adjudicate</b>"


def test_settle_a_disagreement_then_undo(qtbot, make_window, demo):
    window = make_window(demo)
    dialog = open_dialog(qtbot, window)
    total = dialog.disagreement_model.rowCount()
    assert total > 0
    assert dialog.progress.text() == progress_text(0, total)
    row = next(n for n, unit in enumerate(dialog.disagreement_model.units) if "bob" in unit.spans)
    unit = dialog.disagreement_model.units[row]
    comparison = dialog.comparison(row)
    assert set(comparison.views) == {"alice", "bob"}
    assert comparison.views["bob"].extraSelections()  # bob's span is highlighted
    comparison.take_buttons["bob"].click()

    settled = consensus(demo)
    assert len(settled) == 1
    assert (settled[0].start, settled[0].end) == (unit.spans["bob"].start, unit.spans["bob"].end)
    assert dialog.progress.text() == progress_text(1, total)
    assert "to adjudicate" not in dialog.summary.text()  # the count lives where it is kept current
    assert "bob" in dialog.disagreement_model.index(row, 2).data()

    window.undo_stack.undo()
    assert consensus(demo) == []
    assert dialog.progress.text() == progress_text(0, total)
    window.undo_stack.redo()
    assert [r.uuid for r in consensus(demo)] == [settled[0].uuid]

    units = dialog.disagreement_model.units
    other = next(n for n, u in enumerate(units) if "alice" in u.spans and n != row)
    edited = dialog.disagreement_model.units[other]
    assert dialog.settle(edited, take="alice", values={"claim": ["Proposal"]})  # edited codes
    mine = [r for r in consensus(demo) if r.start == edited.spans["alice"].start]
    assert mine and mine[0].values["claim"] == ["Proposal"]
    assert dialog.progress.text() == progress_text(2, total)


def test_closing_during_a_comparison_closes_once_it_has_ended(
    qtbot, make_window, demo, monkeypatch
):
    import threading

    from annotator.ui.intercoder import agreement_dialog

    window = make_window(demo)
    open_dialog(qtbot, window)
    dialog = window.research.agreement
    release = threading.Event()
    real = agreement_dialog.compute_agreement

    def held(project, **options):
        release.wait(10)
        return real(project, **options)

    monkeypatch.setattr(agreement_dialog, "compute_agreement", held)
    dialog.overlap.setValue(0.9)
    dialog.compute()
    try:
        dialog.close()  # the comparison cannot stop halfway: the dialog stays until it ends
        assert dialog.isVisible() and dialog.job is not None
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.job is None and dialog.result.overlap == pytest.approx(0.9)
    assert not window.jobs.busy
