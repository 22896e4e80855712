"""The several-coders commands end to end: distribute, merge, export, import-codings."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import openpyxl

from annotator.services.demo import build_demo


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_distribute_code_merge_export_import(tmp_path: Path, run_cli) -> None:
    demo = build_demo(tmp_path / "demo")
    result = run_cli("distribute", demo, "--coders", "alice,carol", "--out", tmp_path / "copies")
    assert result.exit_code == 0, result.err
    alice, carol = (
        tmp_path / "copies" / "demo-alice.annot",
        tmp_path / "copies" / "demo-carol.annot",
    )
    assert "2 coder copies written" in result.out
    coded = run_cli("annotate", carol, "--coder", "carol", "--document", "1", "--find", "Putin",
                    "--set", "actor=Vladimir Putin", "--set", "claim=Prediction")  # fmt: skip
    assert coded.exit_code == 0, coded.err
    hashes = [digest(alice), digest(carol)]

    dry = run_cli("merge", alice, carol, "-o", tmp_path / "merged.annot", "--dry-run", "--json")
    assert dry.exit_code == 0, dry.err
    report = json.loads(dry.out)
    assert report["dry_run"] and report["annotations_added"] == 21
    assert not (tmp_path / "merged.annot").exists()

    merged = run_cli("merge", alice, carol, "-o", tmp_path / "merged.annot")
    assert merged.exit_code == 0, merged.err
    assert "added 7 documents and 21 annotations" in merged.out
    assert [digest(alice), digest(carol)] == hashes
    assert run_cli("verify", tmp_path / "merged.annot").exit_code == 0

    again = run_cli(
        "merge", tmp_path / "merged.annot", carol, "-o", tmp_path / "m2.annot", "--json"
    )
    second = json.loads(again.out)["inputs"][1]
    assert second["annotations_added"] == 0 and second["annotations_present"] == 1

    exported = run_cli("export", tmp_path / "merged.annot", "-o", tmp_path / "c.xlsx")
    assert exported.exit_code == 0, exported.err
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx")["Segments"]
    assert sheet.max_row == 22
    csv_out = run_cli("export", tmp_path / "merged.annot", "-o", tmp_path / "c.csv",
                      "--coders", "carol", "--json")  # fmt: skip
    assert json.loads(csv_out.out)["segments"] == 1

    run_cli("distribute", demo, "--coders", "pi", "--out", tmp_path / "fresh")
    fresh = tmp_path / "fresh" / "demo-pi.annot"
    imported = run_cli("import-codings", fresh, tmp_path / "c.csv", "--json")
    assert imported.exit_code == 0, imported.err
    assert json.loads(imported.out)["added"] == 1


def test_errors_are_one_line(tmp_path: Path, run_cli) -> None:
    demo = build_demo(tmp_path / "demo")
    missing = run_cli("merge", tmp_path / "nope.annot", "-o", tmp_path / "m.annot")
    assert missing.exit_code == 2 and "nope.annot: no such file" in missing.err
    bad = run_cli("export", demo, "-o", tmp_path / "c.pdf")
    assert bad.exit_code == 2 and ".xlsx or .csv" in bad.err
    (tmp_path / "bad.csv").write_text(
        "document_id,coder,start,end,quote\n1,alice,0,5,nope!\n", encoding="utf-8"
    )
    rejected = run_cli("import-codings", demo, tmp_path / "bad.csv")
    assert rejected.exit_code == 1 and "REJECTED line 2" in rejected.out


def test_csv_is_safe_to_open_in_a_spreadsheet_unless_exact_text(tmp_path: Path, run_cli) -> None:
    demo = build_demo(tmp_path / "demo")
    coded = run_cli("annotate", demo, "--coder", "mallory", "--document", "1", "--start", "0",
                    "--end", "5", "--set", "actor==HYPERLINK(1)", "--memo", "-1 point")  # fmt: skip
    assert coded.exit_code == 0, coded.err
    safe = run_cli("export", demo, "-o", tmp_path / "safe.csv", "--coders", "mallory")
    assert safe.exit_code == 0, safe.err
    assert "2 cells starting with = + - @" in safe.out
    exact = run_cli("export", demo, "-o", tmp_path / "exact.csv", "--coders", "mallory",
                    "--exact-text")  # fmt: skip
    assert exact.exit_code == 0 and "cells starting" not in exact.out
    cells = {}
    for name in ("safe", "exact"):
        with (tmp_path / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            row = next(csv.DictReader(handle))
        cells[name] = (row["value"], row["memo"])
    assert cells["safe"] == ("'=HYPERLINK(1)", "'-1 point")
    assert cells["exact"] == ("=HYPERLINK(1)", "-1 point")

    for name in ("safe", "exact"):
        run_cli("distribute", demo, "--coders", "pi", "--out", tmp_path / name)
        fresh = tmp_path / name / "demo-pi.annot"
        imported = run_cli("import-codings", fresh, tmp_path / f"{name}.csv", "--json")
        assert imported.exit_code == 0 and json.loads(imported.out)["added"] == 1, imported.out
        listed = json.loads(run_cli("annotations", fresh, "--coder", "mallory", "--json").out)
        assert [item["memo"] for item in listed] == ["-1 point"], name
