"""Codebook exchange with other programs in the app: the mapping of a foreign .qdc is shown before
anything is applied, and Export Codebook… writes unique code names for QualCoder on request."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QFileDialog

from annotator.db.project import open_project
from annotator.services.codebooks.sync import project_draft
from annotator.services.demo import build_demo
from annotator.ui.actions import ActionId
from annotator.ui.codebook.transfer import ImportPreview

REFI = Path(__file__).parents[1] / "data" / "refi"
TAGUETTE = REFI / "taguette-1.4-codebook.qdc"
CODEBOOK_NS = "{urn:QDA-XML:codebook:1.0}"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def variables(path: Path) -> list[str]:
    with open_project(path, read_only=True) as project:
        return [variable.name for variable in project_draft(project).variables]


def test_importing_a_taguette_codebook_shows_how_it_was_mapped_first(
    make_window, demo, monkeypatch
):
    window = make_window(demo)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(TAGUETTE), ""))
    )
    shown: list[tuple[list[str], list[str], bool]] = []

    def look_and_cancel(preview: ImportPreview) -> int:
        mapping = [preview.mapping.item(n).text() for n in range(preview.mapping.count())]
        changes = [preview.list.item(n).text() for n in range(preview.list.count())]
        shown.append((mapping, changes, preview.mapping.isVisibleTo(preview)))
        return 0  # Cancel

    monkeypatch.setattr(ImportPreview, "exec", look_and_cancel)
    before = variables(demo)
    window.actions[ActionId.IMPORT_CODEBOOK].trigger()
    mapping, changes, visible = shown[0]
    assert mapping == [
        "Mapped: 3 top-level codes without sub-codes became codes of the variable 'code' "
        "(colours and descriptions kept)"
    ]
    assert visible and changes  # the changes are listed below the mapping
    assert variables(demo) == before  # cancelled: nothing applied
    assert window.statusBar().currentMessage() == "Nothing was imported."


def test_a_codebook_of_its_own_shows_no_mapping(make_window, demo, tmp_path, monkeypatch):
    window = make_window(demo)
    own = tmp_path / "own.qdc"
    window.research.export_codebook(str(own))
    seen: list[tuple[int, bool]] = []

    def look(preview: ImportPreview) -> bool:
        seen.append((preview.mapping.count(), preview.mapping.isVisibleTo(preview)))
        return False

    window.research.import_codebook(str(own), look)
    assert seen == [(0, False)]


def qdc_names(path: Path) -> Counter[str]:
    root = etree.parse(str(path)).getroot()
    etree.XMLSchema(etree.parse(str(REFI / "Codebook.xsd"))).assertValid(root)
    return Counter(code.get("name") for code in root.iter(f"{CODEBOOK_NS}Code"))


@pytest.mark.parametrize("qualcoder", [False, True])
def test_export_codebook_offers_unique_names_for_qualcoder(
    make_window, demo, tmp_path, monkeypatch, qualcoder
):
    window = make_window(demo)
    offered: list[list[str]] = []

    def save(_parent, _title, _suggested, filters, *args, **kwargs):
        offered.append(filters.split(";;"))
        chosen = next(f for f in offered[0] if ("QualCoder" in f) == qualcoder and "qdc" in f)
        return str(tmp_path / "codebook"), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    window.actions[ActionId.EXPORT_CODEBOOK].trigger()
    assert "REFI-QDA codebook with unique names, for QualCoder (*.qdc)" in offered[0]
    names = qdc_names(tmp_path / "codebook.qdc")
    if qualcoder:
        assert max(names.values()) == 1
        assert {"Other (sector)", "Other (framing)"} <= set(names) and "Other" not in names
    else:
        assert names["Other"] == 2
    assert window.statusBar().currentMessage().startswith("Wrote codebook.qdc")
