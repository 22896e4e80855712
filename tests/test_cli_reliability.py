"""Reliability figures for a paper: intervals in `agreement`, `--set`, `--report`, `sample-size`.

`--set` and the default reliability sample read ``annotator.services.assignments``
(``documents_in_set``, ``reliability_documents``, ``design_of``), which the `team` branch
builds; until it is merged these tests put a small fake of it in ``sys.modules``.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from annotator.db.models import Document
from annotator.db.project import open_project
from annotator.errors import NotFoundError
from annotator.services.demo import build_demo
from annotator.services.intercoder.sample_size import minimum_units, sample_size
from annotator.services.intercoder.sets import RELIABILITY_SAMPLE

INTERVAL_KEYS = ("krippendorff_alpha_ci", "krippendorff_alpha_q", "standard_errors",
                 "confidence_intervals", "cohen_kappa_standard_errors")  # fmt: skip
GWET_KEYS = ["percent_agreement", "fleiss_kappa", "brennan_prediger", "gwet_ac1"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo")


def _document_ids(path: Path) -> list[int]:
    with open_project(path, read_only=True) as project, project.reading() as session:
        return list(session.scalars(select(Document.id).order_by(Document.id)))


def _fake_assignments(monkeypatch, sets: dict[str, list[int]], sample: list[int] | None):
    module = types.ModuleType("annotator.services.assignments")

    def documents_in_set(project, name: str) -> list[int]:
        if name not in sets:
            raise NotFoundError(f"no assignment set {name!r} in this project")
        return sets[name]

    module.documents_in_set = documents_in_set
    module.reliability_documents = lambda project: sample
    module.design_of = lambda project, name: {
        "overlap": len(sets[name]), "seed": 7, "documents": 7, "stratify": ["outlet", "month"],
        "overlap_coders": "all",
    }  # fmt: skip
    monkeypatch.setitem(sys.modules, "annotator.services.assignments", module)


def test_sample_size_reproduces_krippendorffs_table(run_cli) -> None:
    # Krippendorff (2013) via ATLAS.ti's manual: four equally likely codes (P_c = .25), p = .05
    assert minimum_units(0.8, 0.05, 0.25) == 139
    assert minimum_units(0.667, 0.05, 0.25) == 81
    # stricter designs need more values
    assert minimum_units(0.9, 0.05, 0.25) > 139 > minimum_units(0.8, 0.1, 0.25)
    assert minimum_units(0.8, 0.05, 0.1) > 139 > minimum_units(0.8, 0.05, 0.5)
    assert sample_size(0.8, 0.05, 0.25).units == 70
    shown = run_cli("sample-size", "--alpha-min", "0.8", "--level", "0.05",
                    "--smallest-category", "0.25")  # fmt: skip
    assert shown.exit_code == 0, shown.err
    assert shown.out.startswith("139 pairable values: 70 units coded by two coders")
    data = json.loads(run_cli("sample-size", "--smallest-category", "0.25", "--json").out)
    assert data == {"alpha_min": 0.8, "level": 0.05, "smallest_category": 0.25,
                    "pairable_values": 139, "units": 70}  # fmt: skip
    for bad in (["--smallest-category", "0.7"], ["--smallest-category", "0.1", "--level", "0.6"],
                ["--smallest-category", "0.1", "--alpha-min", "1"]):  # fmt: skip
        refused = run_cli("sample-size", *bad)
        assert refused.exit_code == 2 and refused.out == ""
        assert len(refused.err.strip().splitlines()) == 1


def test_agreement_reports_intervals_per_variable(demo: Path, run_cli) -> None:
    first = run_cli("agreement", demo, "--json", "--seed", "5", "--bootstrap", "2000")
    assert first.exit_code == 0, first.err
    report = json.loads(first.out)
    assert report["bootstrap"] == {"samples": 2000, "seed": 5, "confidence": 0.95,
                                   "alpha_min": 0.667}  # fmt: skip
    claim = report["variables"]["claim"]
    for key in INTERVAL_KEYS:
        assert key in claim
    low, high = claim["krippendorff_alpha_ci"]
    assert low < claim["krippendorff_alpha"] <= high <= 1
    assert 0 < claim["krippendorff_alpha_q"] < 0.5
    assert list(claim["standard_errors"]) == GWET_KEYS == list(claim["confidence_intervals"])
    for key in GWET_KEYS:
        low, high = claim["confidence_intervals"][key]
        assert low <= claim[key] <= high and claim["standard_errors"][key] > 0
    assert list(claim["cohen_kappa_standard_errors"]) == ["alice|bob"]
    again = json.loads(
        run_cli("agreement", demo, "--json", "--seed", "5", "--bootstrap", "2000").out
    )
    assert again == report  # same seed, same figures
    wider = json.loads(run_cli("agreement", demo, "--json", "--seed", "5", "--ci", "0.99").out)
    ci99 = wider["variables"]["claim"]["confidence_intervals"]["fleiss_kappa"]
    ci95 = claim["confidence_intervals"]["fleiss_kappa"]
    assert ci99[0] < ci95[0]
    plain = json.loads(run_cli("agreement", demo, "--json", "--bootstrap", "0").out)
    assert plain["variables"]["claim"]["krippendorff_alpha_ci"] is None
    assert plain["variables"]["claim"]["standard_errors"]["gwet_ac1"] > 0
    table = run_cli("agreement", demo, "--seed", "5")
    assert "Intervals at 95%: alpha by bootstrap (10000 samples, seed 5" in table.out
    assert "\nclaim          alpha [" in table.out


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--ci", "95"], "confidence level"),
        (["--bootstrap", "-1"], "bootstrap samples"),
        (["--alpha-min", "2"], "smallest acceptable alpha"),
        (["--set", "training-1"], "assignment set"),
        (["--report", "/nonexistent-folder/methods.md"], "does not exist"),
    ],
)
def test_bad_options_fail_with_one_line(demo: Path, run_cli, arguments, words) -> None:
    refused = run_cli("agreement", demo, *arguments)
    assert refused.exit_code == 2, refused.err
    assert words in refused.err and len(refused.err.strip().splitlines()) == 1
    assert refused.out == ""


def test_set_and_the_default_reliability_sample(demo: Path, run_cli, monkeypatch) -> None:
    ids = _document_ids(demo)
    everything = json.loads(run_cli("agreement", demo, "--json", "--bootstrap", "0").out)
    _fake_assignments(monkeypatch, {"training-1": ids[:3], "training-2": ids[3:]}, ids[:3])
    sample = json.loads(run_cli("agreement", demo, "--json", "--bootstrap", "0").out)
    assert sample["selection"] == RELIABILITY_SAMPLE and sample["documents"] == 3
    assert sample["set"] is None and sample["units"] < everything["units"]
    one = json.loads(run_cli("agreement", demo, "--json", "--set", "training-1",
                             "--bootstrap", "0").out)  # fmt: skip
    assert one["set"] == "training-1" and one["units"] == sample["units"]

    both = run_cli("agreement", demo, "--json", "--set", "training-1", "--set", "training-2",
                   "--seed", "3", "--bootstrap", "500")  # fmt: skip
    assert both.exit_code == 0, both.err
    report = json.loads(both.out)
    assert list(report) == ["sets", "bootstrap"] and report["bootstrap"]["seed"] == 3
    assert list(report["sets"]) == ["training-1", "training-2"]
    first, second = report["sets"]["training-1"], report["sets"]["training-2"]
    assert first["units"] + second["units"] == everything["units"]  # units never span documents
    assert "krippendorff_alpha_ci" in second["variables"]["claim"]

    unknown = run_cli("agreement", demo, "--set", "nope")
    assert unknown.exit_code == 2 and "no assignment set 'nope'" in unknown.err


def test_several_sets_give_a_sheet_each_and_a_paragraph_each(
    demo: Path, run_cli, monkeypatch, tmp_path: Path
) -> None:
    ids = _document_ids(demo)
    _fake_assignments(monkeypatch, {"training-1": ids[:3], "training-2": ids[3:]}, None)
    workbook, methods = tmp_path / "rounds.xlsx", tmp_path / "methods.md"
    arguments = ["agreement", demo, "--set", "training-1", "--set", "training-2", "--seed", "3"]
    written = run_cli(*arguments, "-o", workbook, "--report", methods)
    assert written.exit_code == 0, written.err
    report = json.loads(run_cli(*arguments, "--json").out)
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert book.sheetnames[:3] == ["Summary", "Set training-1", "Set training-2"]
    for name in ("training-1", "training-2"):
        rows = list(book[f"Set {name}"].iter_rows(values_only=True))
        titles = list(rows[0])
        claim = next(row for row in rows if row[0] == "claim")
        alpha = claim[titles.index("Krippendorff's alpha")]
        assert alpha == pytest.approx(
            report["sets"][name]["variables"]["claim"]["krippendorff_alpha"]
        )
    text = methods.read_text(encoding="utf-8")
    assert "## Intercoder reliability: training-1" in text
    assert "## Intercoder reliability: training-2" in text
    assert (
        "drawn at random (seed 7) from the 7 documents of the set, stratified by outlet and month"
        in text
    )


def test_methods_paragraph_has_the_numbers_filled_in(demo: Path, run_cli, tmp_path: Path) -> None:
    target = tmp_path / "methods.md"
    written = run_cli("agreement", demo, "--seed", "11", "--report", target)
    assert written.exit_code == 0, written.err
    report = json.loads(run_cli("agreement", demo, "--seed", "11", "--json").out)
    text = target.read_text(encoding="utf-8")
    assert "two coders (alice and bob)" in text and "at least 50% of their combined extent" in text
    assert "10,000 bootstrap samples" in text and "seed 11" in text
    for name, item in report["variables"].items():
        alpha = f"{item['krippendorff_alpha']:.2f}".replace("0.", ".", 1)
        low, high = (f"{v:.2f}".replace("0.", ".", 1) for v in item["krippendorff_alpha_ci"])
        assert f"- *{name}* ({item['level']}): α = {alpha}, 95% CI [{low}, {high}]" in text
        assert f"{item['pairable_values']} pairable values in {item['units']} units" in text
    assert "Hayes, A. F., & Krippendorff, K. (2007)" in text
