"""`annotator agreement`: the human table, JSON of the issue's shape, the workbook with -o."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from annotator.services.demo import build_demo


def test_demo_agreement_table_json_and_workbook(tmp_path: Path, run_cli) -> None:
    path = build_demo(tmp_path / "demo")
    table = run_cli("agreement", path)
    assert table.exit_code == 0, table.err
    assert "Agreement of alice, bob" in table.out
    for name in ("actor", "claim", "sector", "framing"):
        assert f"\n{name} " in table.out
    assert "0.667" in table.out and "0.8" in table.out
    assert "Cohen's kappa: alice|bob" in table.out and "alpha_u" in table.out

    report = json.loads(run_cli("agreement", path, "--json").out)
    assert list(report)[:5] == ["coders", "overlap", "units", "variables", "unitizing"]
    assert report["coders"] == ["alice", "bob"] and report["overlap"] == 0.5
    claim = report["variables"]["claim"]
    for key in ("level", "units", "krippendorff_alpha", "percent_agreement", "cohen_kappa",
                "fleiss_kappa", "brennan_prediger", "gwet_ac1"):  # fmt: skip
        assert key in claim
    assert claim["level"] == "nominal" and list(claim["cohen_kappa"]) == ["alice|bob"]
    assert {"alpha_u", "per_code"} <= set(report["unitizing"])
    assert "claim" in report["unitizing"]["per_code"]

    target = tmp_path / "comparison.xlsx"
    written = run_cli("agreement", path, "--variables", "claim,framing", "-o", target)
    assert written.exit_code == 0, written.err
    book = openpyxl.load_workbook(target)
    assert {"Summary", "Units", "Disagreements", "Pairwise", "Confusion claim"} <= set(
        book.sheetnames
    )


def test_options_change_the_comparison(tmp_path: Path, run_cli) -> None:
    path = build_demo(tmp_path / "demo")
    strict = json.loads(run_cli("agreement", path, "--json", "--overlap", "1").out)
    loose = json.loads(run_cli("agreement", path, "--json", "--overlap", "0.2").out)
    assert strict["units"] > loose["units"] and strict["overlap"] == 1.0
    missing = json.loads(run_cli("agreement", path, "--json", "--missing-as-category").out)
    default = json.loads(run_cli("agreement", path, "--json").out)
    assert missing["variables"]["claim"]["units"] > default["variables"]["claim"]["units"]


def test_agreement_counts_what_is_left_to_adjudicate(tmp_path: Path, run_cli) -> None:
    path = build_demo(tmp_path / "demo")
    listing = json.loads(run_cli("adjudicate", path, "--json").out)
    total = listing["total"]
    assert total >= 2 and listing["settled"] == 0
    before = run_cli("agreement", path)
    assert f"0 of {total} disagreements settled, {total} to adjudicate." in before.out

    first = listing["disagreements"][0]["id"]
    taken = run_cli("adjudicate", path, "--unit", first, "--take", "alice")
    assert taken.exit_code == 0, taken.err
    after = run_cli("agreement", path)
    assert f"1 of {total} disagreements settled, {total - 1} to adjudicate." in after.out
    assert f"; {total} to adjudicate" not in after.out

    report = json.loads(run_cli("agreement", path, "--json").out)
    assert list(report)[:5] == ["coders", "overlap", "units", "variables", "unitizing"]
    assert report["disagreements"] == total
    assert report["settled"] == 1 and report["to_adjudicate"] == total - 1
