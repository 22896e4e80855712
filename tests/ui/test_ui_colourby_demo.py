"""The demo opens with every coder's annotations shown; real projects stay blind by default."""

from __future__ import annotations

from pathlib import Path

from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation
from annotator.ui.actions import ActionId
from annotator.ui.demo_copy import demo_copy_path, fresh_demo
from annotator.ui.settings import Setting


def demo_in(folder: Path, monkeypatch) -> None:
    monkeypatch.setattr("annotator.ui.main_window.fresh_demo", lambda: fresh_demo(folder))
    monkeypatch.setattr("annotator.ui.main_window.demo_copy_path", lambda: demo_copy_path(folder))


def test_demo_shows_both_coders_on_first_open_and_remembers_the_choice(
    make_window, ui_settings, tmp_path: Path, monkeypatch
):
    demo_in(tmp_path / "data", monkeypatch)
    window = make_window(coder="maria")  # a newcomer: none of the demo's spans are hers
    show_all = window.actions[ActionId.SHOW_ALL_CODERS]
    window.actions[ActionId.OPEN_DEMO].trigger()
    assert window.workbench is not None
    assert show_all.isChecked()
    shown = window.article.records()
    assert shown and {r.coder for r in shown} == {"alice", "bob"}
    assert window.colour_legend.isVisible()
    assert window.hidden_label.text() == ""
    assert ui_settings.get(Setting.SHOW_ALL_CODERS) is False  # real projects stay blind

    show_all.setChecked(False)  # the newcomer's own choice for the demo
    assert window.article.records() == []
    window.actions[ActionId.OPEN_DEMO].trigger()
    assert not show_all.isChecked() and window.article.records() == []


def test_a_real_project_opens_blind_even_after_the_demo(
    make_window, articles_project, tmp_path: Path, monkeypatch
):
    demo_in(tmp_path / "data", monkeypatch)
    path = articles_project("Putin met Scholz in Berlin.")
    with open_project(path) as project:
        create_annotation(project, document=1, coder="bob", start=0, end=5, values={})
    window = make_window(coder="maria")
    window.open_demo()
    assert window.actions[ActionId.SHOW_ALL_CODERS].isChecked()
    assert window.open_path(path)
    assert not window.actions[ActionId.SHOW_ALL_CODERS].isChecked()
    assert window.article.records() == []
    assert "1 span by other coders hidden" in window.hidden_label.text()
