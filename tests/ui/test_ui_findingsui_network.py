"""Analysis ▸ Discourse Network on the demo: nodes and edges equal the service's network, the
threshold and time sliders hide and switch edges, another program's coding shows up, and every
export opens."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from annotator.core.findings.networks import NetworkOptions
from annotator.db.project import open_project
from annotator.services.coding.annotations import create_annotation
from annotator.services.findings.codings import CodingSelection
from annotator.services.findings.network import NetworkRequest, compute_network
from annotator.ui.actions import ActionId
from annotator.ui.demo_copy import demo_copy_path, fresh_demo
from annotator.ui.findings.network_window import NetworkWindow
from annotator.ui.main_window import MainWindow

SUPPORT_MAP = "Support or endorsement=1, Criticism or rejection=0"


def open_network(make_window, folder: Path, monkeypatch, qtbot) -> tuple[MainWindow, NetworkWindow]:
    monkeypatch.setattr("annotator.ui.main_window.fresh_demo", lambda: fresh_demo(folder))
    monkeypatch.setattr("annotator.ui.main_window.demo_copy_path", lambda: demo_copy_path(folder))
    window = make_window(coder="alice")
    window.open_demo()
    window.actions[ActionId.DISCOURSE_NETWORK].trigger()
    dialog = window.findings.network
    assert isinstance(dialog, NetworkWindow) and dialog.isVisible()
    settle(qtbot, dialog)
    return window, dialog


def settle(qtbot, dialog: NetworkWindow) -> None:
    """Wait for the computation off the GUI thread to arrive."""
    qtbot.waitUntil(lambda: not dialog.updating(), timeout=10000)


def service(path: Path, request: NetworkRequest, **selection):
    with open_project(path) as project:
        return compute_network(project, request, CodingSelection(**selection))


def counts(matrix, one_mode: bool) -> tuple[int, int]:
    """Nodes and edges the service's matrix makes (one-mode: each pair once)."""
    nodes = len(matrix.rows) + (0 if one_mode else len(matrix.columns))
    edges = sum(
        1
        for i, row in enumerate(matrix.matrix)
        for j, weight in enumerate(row)
        if weight != 0 and (not one_mode or j > i)
    )
    return nodes, edges


def drawn(dialog: NetworkWindow) -> tuple[int, int]:
    return len(dialog.scene.node_items), len(dialog.scene.visible_edges())


def test_two_mode_and_one_mode_networks_match_the_service(
    make_window, tmp_path, monkeypatch, qtbot
):
    window, dialog = open_network(make_window, tmp_path / "data", monkeypatch, qtbot)
    path = window.workbench.project.path
    expected = service(path, NetworkRequest("actor", "claim"))
    assert drawn(dialog) == counts(expected.networks[0], one_mode=False)
    assert "Factual assertion" in {item.toolTip().split(" (")[0] for item in
                                   dialog.scene.node_items.values()}  # fmt: skip

    dialog.set_choice(dialog.network_type, "onemode")
    dialog.set_choice(dialog.qualifier, "claim")
    dialog.set_choice(dialog.variable2, "sector")
    dialog.qualifier_map.setText(SUPPORT_MAP)
    dialog.set_choice(dialog.aggregation, "congruence")
    dialog.refresh()
    settle(qtbot, dialog)
    options = NetworkOptions("onemode", "congruence")
    expected = service(path, NetworkRequest("actor", "sector", "claim", SUPPORT_MAP, options))
    assert dialog.result.to_json() == expected.to_json()
    assert drawn(dialog) == counts(expected.networks[0], one_mode=True)
    assert dialog.aggregation.findData("combine") == -1  # DNA defines it for two-mode only

    dialog.set_choice(dialog.aggregation, "ignore")
    dialog.selection.set_coder("bob")
    dialog.refresh()
    settle(qtbot, dialog)
    expected = service(
        path, NetworkRequest("actor", "sector", "claim", SUPPORT_MAP, NetworkOptions("onemode")),
        coders=["bob"],
    )  # fmt: skip
    assert drawn(dialog) == counts(expected.networks[0], one_mode=True)
    assert "coder bob, all dates" in dialog.summary.text()


def test_colour_and_shape_by_actor_type_or_variable(make_window, tmp_path, monkeypatch, qtbot):
    _window, dialog = open_network(make_window, tmp_path / "data", monkeypatch, qtbot)
    categories = dialog.scene.categories
    assert {"Government", "Civil society", "Claim"} <= set(categories)
    assert len({shape for _colour, shape in categories.values()}) >= 4
    assert "Government" in dialog.legend.text()
    dialog.set_choice(dialog.colour_by, "variable")
    assert set(dialog.scene.categories) == {"Actor", "Claim"}
    (_, first), (_, second) = dialog.scene.categories.values()
    assert first != second  # circles and squares


def test_threshold_and_time_sliders(make_window, tmp_path, monkeypatch, qtbot):
    window, dialog = open_network(make_window, tmp_path / "data", monkeypatch, qtbot)
    weights = [abs(edge.weight) for _line, edge in dialog.scene.edge_items]
    assert not dialog.time.isEnabled()
    dialog.threshold.setValue(dialog.threshold.maximum())
    heaviest = max(weights)
    assert drawn(dialog)[1] == sum(1 for w in weights if w >= heaviest) < len(weights)
    assert f"≥ {heaviest:g}" in dialog.threshold_label.text()
    dialog.threshold.setValue(0)
    assert drawn(dialog)[1] == len(weights)

    dialog.window_days.setValue(365)
    dialog.step_days.setValue(120)
    dialog.refresh()
    settle(qtbot, dialog)
    path = window.workbench.project.path
    expected = service(path, NetworkRequest("actor", "claim", window=365, step=120))
    assert len(expected.networks) > 2 and dialog.time.isEnabled()
    assert dialog.time.maximum() == len(expected.networks) - 1
    for position in (0, 2):
        dialog.time.setValue(position)
        matrix = expected.networks[position]
        assert drawn(dialog)[1] == counts(matrix, one_mode=False)[1]
        assert f"Window {position + 1} of {len(expected.networks)}" in dialog.time_label.text()
        assert str(matrix.start) in dialog.time_label.text()


def test_another_programs_coding_shows_in_the_open_network(
    make_window, tmp_path, monkeypatch, qtbot
):
    window, dialog = open_network(make_window, tmp_path / "data", monkeypatch, qtbot)
    window.external_changes.timer.stop()
    assert "1:Sanna Rautio" in dialog.scene.node_items
    assert "2:Prediction" in dialog.scene.node_items
    before = drawn(dialog)
    with open_project(window.workbench.project.path) as other:
        create_annotation(
            other, document=1, coder="bob", start=0, end=5,
            values={"actor": ["Sanna Rautio"], "claim": ["Prediction"]},
        )  # fmt: skip
    assert window.external_changes.check()
    qtbot.waitUntil(lambda: drawn(dialog)[1] == before[1] + 1, timeout=3000)


def test_exports_open(make_window, tmp_path, monkeypatch, qtbot):
    _window, dialog = open_network(make_window, tmp_path / "data", monkeypatch, qtbot)
    nodes, edges = drawn(dialog)
    png = dialog.export_picture(str(tmp_path / "net.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = dialog.export_picture(str(tmp_path / "net.svg"))
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Vladimir Putin" in text
    [graphml] = dialog.export_file(str(tmp_path / "net.graphml"))
    root = ET.parse(graphml).getroot()
    namespace = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", namespace)) == nodes
    assert len(root.findall(".//g:edge", namespace)) == edges
    [gexf] = dialog.export_file(str(tmp_path / "net.gexf"))
    assert ET.parse(gexf).getroot().tag.endswith("gexf")
    assert "Wrote 1 file: net.gexf" in dialog.summary.text()


def test_an_aggregation_without_qualifier_says_what_to_choose(
    make_window, tmp_path, monkeypatch, qtbot
):
    _window, dialog = open_network(make_window, tmp_path / "data", monkeypatch, qtbot)
    dialog.set_choice(dialog.aggregation, "subtract")
    dialog.refresh()
    settle(qtbot, dialog)
    assert dialog.result is None and drawn(dialog) == (0, 0)
    assert "aggregation “subtract” needs a qualifier" in dialog.summary.text()
    assert not dialog.export_file_button.isEnabled()
    dialog.set_choice(dialog.qualifier, "claim")
    dialog.qualifier_map.setText(SUPPORT_MAP)
    dialog.refresh()
    settle(qtbot, dialog)
    assert dialog.result is not None and drawn(dialog)[0] > 0
