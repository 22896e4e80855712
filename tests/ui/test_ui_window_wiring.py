"""The window hands each gesture to the open project's workbench; none while no project is open."""

from __future__ import annotations

from annotator.core.vocabulary import CodingStatus
from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations
from annotator.services.coding.search import SearchHit, SearchOptions
from annotator.services.coding.statuses import statuses_of
from annotator.ui.actions import ActionId
from annotator.ui.coding.workbench import Workbench

TEXT = "The minister said gas prices will rise. Gas exports to Turkey fell."


def emit_every_gesture(window) -> None:
    hit = SearchHit(1, "Article 1", 18, 21, "said ", "gas", " prices")
    window.document_panel.documentChosen.emit(1)
    window.article.codeKeyPressed.emit("e")
    window.codebook_panel.codeClicked.emit("sector", "Energy")
    window.annotation_table.deleteRequested.emit("0f6b0e0e-0000-4000-8000-000000000000")
    window.annotation_table.model_.memoEdited.emit("0f6b0e0e-0000-4000-8000-000000000000", "m")
    window.search_panel.searchRequested.emit("gas", SearchOptions())
    window.search_panel.hitActivated.emit(hit)
    window.search_panel.autoCodeRequested.emit("sector", "Energy", [])
    window.on_workbench(Workbench.open_popup)()
    window.on_workbench(Workbench.set_done)(True)


def test_gestures_while_no_project_is_open_do_nothing(make_window, articles_project):
    window = make_window()  # the welcome page: no workbench
    emit_every_gesture(window)  # a slot reaching for a missing workbench would raise here
    window.open_path(articles_project(TEXT))
    window.close_project()
    emit_every_gesture(window)  # the closed project's workbench is not reached either
    assert window.workbench is None
    assert window.last_error == ""


def test_signals_reach_the_workbench_of_the_project_open_now(make_window, articles_project):
    path = articles_project(TEXT, "Second article.")
    window = make_window(path)
    window.article.select_span(18, 21)
    window.codebook_panel.codeClicked.emit("sector", "Energy")
    window.article.select_span(40, 43)
    window.article.set_current("")
    window.article.codeKeyPressed.emit("e")  # Energy's shortcut in the default codebook
    window.actions[ActionId.MARK_DONE].trigger()
    with open_project(path, read_only=True) as project:
        spans = list_annotations(project)
        assert [(r.quote, r.values) for r in spans] == [
            ("gas", {"sector": ["Energy"]}),
            ("Gas", {"sector": ["Energy"]}),
        ]
        assert statuses_of(project, "alice")[1] is CodingStatus.DONE

    window.annotation_table.model_.memoEdited.emit(spans[0].uuid, "lead")
    window.annotation_table.deleteRequested.emit(spans[1].uuid)
    window.document_panel.documentChosen.emit(2)
    assert window.article.text == "Second article."
    with open_project(path, read_only=True) as project:
        assert [(r.quote, r.memo) for r in list_annotations(project)] == [("gas", "lead")]
