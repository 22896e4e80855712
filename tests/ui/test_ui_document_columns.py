"""A narrow document list keeps its titles readable: the outlet column gives way first."""

from __future__ import annotations

from annotator.ui.documents.listing import DocumentPanel


def test_a_narrow_list_keeps_room_for_the_titles(qtbot):
    panel = DocumentPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()
    width = panel.table.viewport().width()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= 0.3 * width)
    assert header.sectionSize(1) >= 50  # the outlet stays visible

    panel.resize(900, 500)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 800)
    header.resizeSection(1, 200)  # the coder widens the outlet column on a wide list
    panel.resize(880, 500)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < panel.width())
    assert header.sectionSize(1) == 200
