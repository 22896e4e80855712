"""Filtering the document list by words, outlet, language, date and extra fields, as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def visible_titles(panel) -> list[str]:
    model = panel.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "titles"),
    [
        ("gas", ["Gas deal signed", "Gas prices rise"]),
        ("outlet:guardian", ["Gas deal signed", "Gas prices rise"]),
        ("lang:ru", ["Газовая сделка"]),
        ("date:2022-01-01..2022-06-30", ["Gas deal signed"]),
        ("date:2022", ["Gas deal signed", "Газовая сделка"]),
        ("section:economy", ["Газовая сделка", "Gas prices rise"]),
        ("section:economy gas", ["Gas prices rise"]),
        ("-section:*", ["Die Wende"]),
    ],
)
def test_typing_a_filter_shows_the_matching_documents(
    make_window, metadata_project, qtbot, typed: str, titles: list[str]
):
    window = make_window(metadata_project)
    panel = window.document_panel
    assert panel.count.text() == "4 documents"
    qtbot.keyClicks(panel.filter_box, typed)
    assert visible_titles(panel) == titles
    assert panel.count.text() == f"{len(titles)} of 4 documents"
    assert panel.filter_problem.isHidden()
    panel.filter_box.clear()
    assert len(visible_titles(panel)) == 4 and panel.count.text() == "4 documents"


def test_the_filter_box_explains_itself_and_its_mistakes(make_window, metadata_project, qtbot):
    window = make_window(metadata_project)
    panel = window.document_panel
    assert "outlet:" in panel.filter_box.placeholderText()
    assert "date:2022-01-01..2022-06-30" in panel.filter_box.toolTip()
    qtbot.keyClicks(panel.filter_box, "date:2022-13 gas")
    assert not panel.filter_problem.isHidden()
    assert "date:2022-13: not a date" in panel.filter_problem.text()
    assert visible_titles(panel) == ["Gas deal signed", "Gas prices rise"]  # the rest still works
    panel.filter_box.setText("sektion:economy")
    assert "no document has a field “sektion”" in panel.filter_problem.text()
    assert visible_titles(panel) == [] and panel.count.text() == "0 of 4 documents"


def test_outlet_box_and_status_box_narrow_the_typed_filter(make_window, metadata_project, qtbot):
    window = make_window(metadata_project)
    panel = window.document_panel
    box = panel.outlet_box
    items = [box.itemText(n) for n in range(box.count())]
    assert items == ["All outlets", "Kommersant (1)", "The Guardian (2)", "(no outlet) (1)"]
    box.setCurrentIndex(box.findData("The Guardian"))
    assert visible_titles(panel) == ["Gas deal signed", "Gas prices rise"]
    qtbot.keyClicks(panel.filter_box, "date:2022")
    assert visible_titles(panel) == ["Gas deal signed"]
    assert panel.count.text() == "1 of 4 documents"
    panel.filter_box.clear()
    box.setCurrentIndex(box.findData(""))
    assert visible_titles(panel) == ["Die Wende"]
    box.setCurrentIndex(0)
    panel.status_box.setCurrentIndex(panel.status_box.findText("Done"))
    assert visible_titles(panel) == [] and panel.count.text() == "0 of 4 documents"


def test_sorting_keeps_the_filter_and_the_reading_position(make_window, metadata_project, qtbot):
    window = make_window(metadata_project)
    panel = window.document_panel
    qtbot.keyClicks(panel.filter_box, "outlet:guardian")
    panel.model.sort(2, Qt.SortOrder.AscendingOrder)  # by date
    assert visible_titles(panel) == ["Gas prices rise", "Gas deal signed"]
    panel.select_document(3)
    assert window.workbench.document_id == 3
    panel.filter_box.setText("outlet:guardian gas")
    assert window.workbench.document_id == 3 and panel.table.currentIndex().row() == 0


def test_the_list_opens_in_import_order(make_window, metadata_project):
    from annotator.db.project import open_project
    from annotator.services.coding.annotations import create_annotation

    with open_project(metadata_project) as project:
        create_annotation(project, document=2, coder="alice", start=0, end=5)
    window = make_window(metadata_project)
    assert window.document_panel.model.visible_ids() == [1, 2, 3, 4]  # not by "Mine"


def many_rows(count: int):
    from annotator.core.vocabulary import CodingStatus
    from annotator.services.coding.overview import DocumentRow

    return [
        DocumentRow(
            id=number,
            title=f"{'Pipeline' if number % 100 == 0 else 'Budget'} story {number}",
            outlet="Daily Ledger",
            published=None,
            status=CodingStatus.NOT_STARTED,
            annotations=0,
        )
        for number in range(1, count + 1)
    ]


def test_a_large_list_filters_once_typing_pauses_and_at_once_on_enter(qtbot):
    from annotator.ui.documents.listing import FILTER_AT_ONCE_ROWS, DocumentPanel

    panel = DocumentPanel()
    qtbot.addWidget(panel)
    count = FILTER_AT_ONCE_ROWS + 100
    panel.set_rows(many_rows(count))
    qtbot.keyClicks(panel.filter_box, "pipe")
    # every key is cheap: the list stays as it was while the coder is still typing
    assert panel.model.shown_count() == count
    qtbot.waitUntil(lambda: panel.model.shown_count() == count // 100, timeout=3000)
    assert panel.count.text() == f"{count // 100} of {count} documents"
    qtbot.keyClicks(panel.filter_box, "x")
    qtbot.keyClick(panel.filter_box, Qt.Key.Key_Return)  # Enter filters without waiting
    assert panel.model.shown_count() == 0


def test_a_small_list_filters_at_every_key(qtbot):
    from annotator.ui.documents.listing import DocumentPanel

    panel = DocumentPanel()
    qtbot.addWidget(panel)
    panel.set_rows(many_rows(1000))
    qtbot.keyClicks(panel.filter_box, "pipe")
    assert panel.model.shown_count() == 10
