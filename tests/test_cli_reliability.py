"""Reliability figures for a paper: intervals in `agreement`, `--set`, `--report`, `sample-size`.

`--set` and the default reliability sample read the project's assignments: these tests draw them
with `annotator assign` on a copy of the demo project (two coders, seven documents).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from annotator.services.demo import build_demo
from annotator.services.intercoder.sample_size import minimum_units, sample_size
from annotator.services.intercoder.sets import RELIABILITY_SAMPLE

INTERVAL_KEYS = ("krippendorff_alpha_ci", "krippendorff_alpha_q", "standard_errors",
                 "confidence_intervals", "cohen_kappa_standard_errors")  # fmt: skip
GWET_KEYS = ["percent_agreement", "fleiss_kappa", "brennan_prediger", "gwet_ac1"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo")


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


def _study(demo: Path, tmp_path: Path, run_cli, *assignments: list[str]) -> Path:
    """A copy of the demo project with `annotator assign` run once per argument list."""
    study = tmp_path / "study.annot"
    shutil.copyfile(demo, study)
    for arguments in assignments:
        made = run_cli("assign", study, "--coders", "alice,bob", "--seed", "7", *arguments)
        assert made.exit_code == 0, made.err
    return study


TRAINING = (["--set", "training-1", "--documents", "1,2,3", "--overlap", "100%"],
            ["--set", "training-2", "--documents", "4,5,6,7", "--overlap", "100%"])  # fmt: skip
MAIN = ["--overlap", "3", "--stratify", "outlet"]  # three of the seven coded by both


def test_set_and_the_default_reliability_sample(demo: Path, run_cli, tmp_path: Path) -> None:
    everything = json.loads(run_cli("agreement", demo, "--json", "--bootstrap", "0").out)
    study = _study(demo, tmp_path, run_cli, *TRAINING)
    untouched = study.read_bytes()
    refused = run_cli("agreement", study, "--bootstrap", "0")
    assert refused.exit_code == 2 and refused.out == ""
    assert "no document is assigned to two or more coders outside training sets" in refused.err
    assert "study.annot" in refused.err and len(refused.err.strip().splitlines()) == 1
    assert study.read_bytes() == untouched

    made = run_cli("assign", study, "--coders", "alice,bob", "--seed", "7", *MAIN)
    assert made.exit_code == 0, made.err
    main = json.loads(run_cli("assignments", study, "--json").out)["sets"]["main"]
    both = set(main["alice"]) & set(main["bob"])
    assert len(both) == 3
    sample = json.loads(run_cli("agreement", study, "--json", "--bootstrap", "0").out)
    assert sample["selection"] == RELIABILITY_SAMPLE and sample["documents"] == 3
    assert sample["set"] is None and sample["units"] < everything["units"]
    one = json.loads(run_cli("agreement", study, "--json", "--set", "training-1",
                             "--bootstrap", "0").out)  # fmt: skip
    assert one["set"] == "training-1" and one["documents"] == 3

    rounds = run_cli("agreement", study, "--json", "--set", "training-1", "--set", "training-2",
                     "--seed", "3", "--bootstrap", "500")  # fmt: skip
    assert rounds.exit_code == 0, rounds.err
    report = json.loads(rounds.out)
    assert list(report) == ["sets", "bootstrap"] and report["bootstrap"]["seed"] == 3
    assert list(report["sets"]) == ["training-1", "training-2"]
    first, second = report["sets"]["training-1"], report["sets"]["training-2"]
    assert first["units"] + second["units"] == everything["units"]  # units never span documents
    assert "krippendorff_alpha_ci" in second["variables"]["claim"]

    unknown = run_cli("agreement", study, "--set", "nope")
    assert unknown.exit_code == 2 and "no assignment set 'nope'" in unknown.err


def test_several_sets_give_a_sheet_each_and_a_paragraph_each(
    demo: Path, run_cli, tmp_path: Path
) -> None:
    study = _study(demo, tmp_path, run_cli, *TRAINING)
    workbook, methods = tmp_path / "rounds.xlsx", tmp_path / "methods.md"
    arguments = ["agreement", study, "--set", "training-1", "--set", "training-2", "--seed", "3"]
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
        assert claim[titles.index("SE Gwet's AC1")] == pytest.approx(
            report["sets"][name]["variables"]["claim"]["standard_errors"]["gwet_ac1"]
        )  # each set's own intervals
    text = methods.read_text(encoding="utf-8")
    assert "## Intercoder reliability: training-1" in text
    assert "## Intercoder reliability: training-2" in text
    assert (
        "All 4 documents of the set were coded by more than one coder, and each was assigned to "
        "every coder." in text
    )


def test_the_default_sample_says_how_it_was_drawn(demo: Path, run_cli, tmp_path: Path) -> None:
    study = _study(demo, tmp_path, run_cli, TRAINING[0], MAIN)
    methods = tmp_path / "methods.md"
    written = run_cli("agreement", study, "--seed", "4", "--bootstrap", "200", "--report", methods)
    assert written.exit_code == 0, written.err
    text = methods.read_text(encoding="utf-8")
    assert (
        "Reliability was assessed on the three documents assigned to two or more coders in the "
        "assignment set \u201cmain\u201d" in text
    )
    assert "drawn at random (seed 7) from the 7 documents of the set, stratified by outlet" in text


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


def test_the_summary_sheet_ends_with_the_intervals(demo: Path, run_cli, tmp_path: Path) -> None:
    workbook = tmp_path / "agreement.xlsx"
    arguments = ["agreement", demo, "--seed", "5", "--bootstrap", "500", "--alpha-min", "0.8"]
    written = run_cli(*arguments, "-o", workbook)
    assert written.exit_code == 0, written.err
    claim = json.loads(run_cli(*arguments, "--json").out)["variables"]["claim"]
    rows = list(openpyxl.load_workbook(workbook, read_only=True)["Summary"].iter_rows(
        values_only=True))  # fmt: skip
    titles = list(rows[0])
    before = titles.index("Cohen's kappa alice|bob")  # the columns the app reads, unchanged
    assert titles[: before + 1] == [
        "Variable", "Code", "Level", "Units", "Pairable values", "Krippendorff's alpha",
        "Reading", "Percent agreement", "Fleiss' kappa", "Brennan-Prediger", "Gwet's AC1",
        "Alpha nominal", "Alpha ordinal", "Alpha interval", "MASI alpha",
        "Cohen's kappa alice|bob",
    ]  # fmt: skip
    added = ["Alpha 95% CI low", "Alpha 95% CI high", "q (alpha < 0.8)", "SE percent agreement",
             "SE Fleiss' kappa", "SE Brennan-Prediger", "SE Gwet's AC1",
             "SE Cohen's kappa alice|bob"]  # fmt: skip
    assert titles[before + 1 :] == added
    row = dict(zip(titles, next(row for row in rows if row[0] == "claim"), strict=False))
    assert [row["Alpha 95% CI low"], row["Alpha 95% CI high"]] == pytest.approx(
        claim["krippendorff_alpha_ci"]
    )
    assert row["q (alpha < 0.8)"] == pytest.approx(claim["krippendorff_alpha_q"])
    assert row["SE Gwet's AC1"] == pytest.approx(claim["standard_errors"]["gwet_ac1"])
    assert row["SE Cohen's kappa alice|bob"] == pytest.approx(
        claim["cohen_kappa_standard_errors"]["alice|bob"]
    )
    legend = {row[0]: row[1] for row in rows if row and row[0] == "Intervals"}
    assert "500 bootstrap samples, seed 5" in legend["Intervals"]
