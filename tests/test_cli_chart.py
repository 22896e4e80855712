"""`annotator chart`: the data drawn (hand-counted on tests/findings_project.py), the codebook's
colours, the caption, real PNG/SVG/PDF files, no GUI backend, and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from annotator.db.project import open_project
from annotator.services.findings.chart import chart_data
from annotator.services.findings.codings import CodingSelection, code_colours
from tests.findings_project import build_findings_project


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_findings_project(tmp_path_factory.mktemp("findings"))


def test_bars_count_the_codes_in_codebook_order_and_colours(project: Path) -> None:
    with open_project(project, read_only=True) as opened:
        data = chart_data(opened, "bars", "sector", CodingSelection(coders=["alice"]))
        colours = code_colours(opened, "sector")
    assert data.codes == ["Energy", "Transport", "Health"]  # used codes, codebook order
    assert data.counts == [[3], [4], [2]] and data.groups == [""]
    assert data.colours["Energy"] == colours["Energy"]
    assert data.caption.startswith(
        "Coded spans of coders alice; documents dated 2022-01-03 to 2022-02-21; n = 9 spans."
    )


def test_timeline_and_heatmap_data(project: Path) -> None:
    with open_project(project, read_only=True) as opened:
        timeline = chart_data(opened, "timeline", "claim", CodingSelection(), per="month")
        heatmap = chart_data(opened, "heatmap", "claim", CodingSelection(), by="outlet",
                             count="documents")  # fmt: skip
    assert timeline.groups == ["2022-01", "2022-02"]
    assert timeline.codes == ["Criticism or rejection", "Support or endorsement"]
    assert timeline.counts == [[1, 1], [5, 4]]  # bob's two supports in January count too
    assert heatmap.groups == ["Daily", "Weekly"] and heatmap.counts == [[1, 1], [3, 2]]
    assert "n = 5 documents" in heatmap.caption


@pytest.mark.parametrize("kind", ["bars", "timeline", "heatmap"])
def test_png_files_are_drawn(project: Path, run_cli, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.png"
    grouping = {"bars": ["--by", "outlet"], "timeline": ["--per", "month"],
                "heatmap": ["--per", "month"]}[kind]  # fmt: skip
    result = run_cli("chart", project, "--kind", kind, "--variable", "sector", *grouping,
                     "-o", target)  # fmt: skip
    assert result.exit_code == 0, result.err
    assert result.out.startswith(f"Wrote {target}: Coded spans of all coders (alice, bob)")
    with Image.open(target) as image:
        assert image.format == "PNG" and image.width >= 1200 and image.height >= 600
        assert "n = 11 spans" in image.info["Description"]


def test_svg_carries_the_codebook_colour_and_pdf_is_a_pdf(
    project: Path, run_cli, tmp_path: Path
) -> None:
    with open_project(project, read_only=True) as opened:
        energy = code_colours(opened, "sector")["Energy"].lower()
    svg = tmp_path / "bars.svg"
    assert run_cli("chart", project, "--variable", "sector", "-o", svg).exit_code == 0
    assert f"fill: {energy}" in svg.read_text(encoding="utf-8")
    pdf = tmp_path / "bars.pdf"
    assert run_cli("chart", project, "--variable", "sector", "--title", "Sectors",
                   "-o", pdf).exit_code == 0  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")


def test_no_gui_backend_is_loaded(project: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from annotator.app import main; "
        f"code = main(['chart', {str(project)!r}, '--variable', 'claim', '-o', "
        f"{str(tmp_path / 'c.png')!r}]); "
        "assert code == 0; assert 'matplotlib.pyplot' not in sys.modules; "
        "assert not any(name.startswith(('PySide6', 'tkinter')) for name in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).parent.parent)  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--kind", "heatmap"], "a heatmap needs --by (e.g. outlet) or --per"),
        (["--kind", "timeline", "--by", "outlet"], "give --per month or year, not --by"),
        (["--per", "month"], "bars compare groups"),
        (["--from", "2030-01-01"], "nothing to draw: no coded spans"),
        (["-o", "chart.jpg"], "give a file name ending in .png, .svg, .pdf"),
    ],
)
def test_bad_options_fail_with_one_line(project: Path, run_cli, tmp_path, options, words) -> None:
    target = ["-o", tmp_path / "c.png"] if "-o" not in options else []
    result = run_cli("chart", project, "--variable", "sector", *target, *options)
    assert result.exit_code == 2 and words in result.err and result.err.count("\n") == 1
    assert not (tmp_path / "c.png").exists()


def test_without_matplotlib_the_error_is_one_line(project: Path, run_cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as in a build without it
    result = run_cli("chart", project, "--variable", "sector", "-o", tmp_path / "c.png")
    assert result.exit_code == 2 and "need matplotlib" in result.err
    result = run_cli("network", project, "-o", tmp_path / "n.png")
    assert result.exit_code == 2 and "need matplotlib" in result.err
    assert list(tmp_path.iterdir()) == []
