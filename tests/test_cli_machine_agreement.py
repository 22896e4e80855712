"""`annotator agreement --machine-vs-humans` on a generated reliability set with known agreement.

Three human coders code 60 documents identically (one span each; claim and sector vary over the
codebook's codes); machine coder "model-a" codes exactly as they do, "model-b" gets claim wrong on
every fifth document (12 of 60) and sector right.  The machines' spans are stored the way
`annotator machine-code` stores them (a run with provenance, spans linked to it).  Figures are
checked against a direct computation with the `krippendorff` package.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import krippendorff
import numpy as np
import openpyxl
import pytest

from annotator.db.project import open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation
from annotator.services.imports.articles import import_documents
from annotator.services.machine.storage import (
    MachineSpan,
    RunSettings,
    begin_run,
    finish_run,
    store_document,
)
from annotator.services.projects import default_codebook, new_project

UNITS = 60
HUMANS = ("hanna", "ivan", "jana")
SPAN = (0, 31)
CODEBOOK = {variable.name: variable for variable in default_codebook().variables}
CLAIMS = [code.label for code in CODEBOOK["claim"].codes]
SECTORS = [code.label for code in CODEBOOK["sector"].codes]


def human_claim(unit: int) -> str:
    return CLAIMS[unit % len(CLAIMS)]


def wrong(unit: int) -> bool:
    return unit % 5 == 0  # 12 of 60 units


def machine_b_claim(unit: int) -> str:
    return CLAIMS[(unit + 1) % len(CLAIMS)] if wrong(unit) else human_claim(unit)


def sector(unit: int) -> str:
    return SECTORS[unit % len(SECTORS)]


def settings(coder: str) -> RunSettings:
    return RunSettings(coder=coder, model=f"{coder}-7b", endpoint_host="localhost:11434",
                       prompt_version="1", prompt_hash="ab" * 32, codebook_version="1.0",
                       variables=("claim", "sector"), temperature=0.0, seed=42)  # fmt: skip


def build_study(path: Path) -> Path:
    with new_project(path) as project:
        parsed = [
            (Path(f"article-{unit}.txt"),
             ParsedDocument(text=f"Article {unit:02d}: the minister said prices rise. More text.",
                            title=f"Article {unit}", source_file=f"article-{unit}.txt",
                            published=date(2026, 1, 1)))
            for unit in range(UNITS)
        ]  # fmt: skip
        import_documents(project, parsed)
        for unit in range(UNITS):
            for human in HUMANS:
                create_annotation(project, document=unit + 1, coder=human, start=SPAN[0],
                                  end=SPAN[1], values={"claim": [human_claim(unit)],
                                                       "sector": [sector(unit)]})  # fmt: skip
        for coder, claim in (("model-a", human_claim), ("model-b", machine_b_claim)):
            run = begin_run(project, settings(coder))
            for unit in range(UNITS):
                span = MachineSpan(*SPAN, {"claim": [claim(unit)], "sector": [sector(unit)]})
                store_document(project, run, document_id=unit + 1,
                               document_sha256=f"{unit:064d}", response="{}",
                               spans=[span])  # fmt: skip
            finish_run(project, run, {"coded": UNITS})
    return path


@pytest.fixture(scope="module")
def unassigned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_study(tmp_path_factory.mktemp("machine") / "study.annot")


@pytest.fixture(scope="module")
def study(unassigned: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from annotator.app import main

    path = tmp_path_factory.mktemp("assigned") / "study.annot"
    shutil.copyfile(unassigned, path)
    assert main(["assign", str(path), "--coders", ",".join(HUMANS), "--set", "reliability",
                 "--overlap", "100%", "--seed", "1"]) == 0  # fmt: skip
    return path


def direct_alpha(rows: list[list[str]]) -> float:
    """Nominal alpha by the `krippendorff` package (labels as numbers)."""
    labels = sorted({label for row in rows for label in row})
    data = np.array([[labels.index(label) for label in row] for row in rows], dtype=float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def test_agreement_counts_a_machine_coder_like_any_coder(study: Path, run_cli) -> None:
    shown = run_cli("agreement", study, "--set", "reliability", "--json", "--bootstrap", "0")
    assert shown.exit_code == 0, shown.err
    report = json.loads(shown.out)
    assert report["coders"] == [*HUMANS, "model-a", "model-b"]
    claim = [[human_claim(u) for u in range(UNITS)]] * 4 + [
        [machine_b_claim(u) for u in range(UNITS)]
    ]
    assert report["variables"]["claim"]["krippendorff_alpha"] == pytest.approx(direct_alpha(claim))
    assert report["variables"]["claim"]["units"] == UNITS


def test_machine_vs_humans_figures_and_verdicts(study: Path, run_cli) -> None:
    shown = run_cli("agreement", study, "--set", "reliability", "--machine-vs-humans", "--json",
                    "--seed", "3", "--bootstrap", "2000")  # fmt: skip
    assert shown.exit_code == 0, shown.err
    report = json.loads(shown.out)
    assert report["human_coders"] == list(HUMANS)
    assert report["machine_coders"] == ["model-a", "model-b"]
    assert report["set"] == "reliability" and report["documents"] == UNITS
    assert report["bootstrap"] == {"samples": 2000, "seed": 3, "confidence": 0.95,
                                   "alpha_min": 0.667}  # fmt: skip
    assert report["rule"].startswith(
        "the machine is as reliable as a human coder when its alpha against the humans is not "
        "below the humans' alpha among themselves, interval included"
    )
    assert "upper bound of the machine's bootstrap interval" in report["rule"]
    claim = report["variables"]["claim"]
    assert claim["level"] == "nominal"
    assert claim["humans"] == {"alpha": 1.0, "ci": [1.0, 1.0], "units": UNITS,
                               "pairable_values": 3 * UNITS}  # fmt: skip
    machine_a = claim["machines"]["model-a"]
    assert machine_a["vs_humans"]["alpha"] == pytest.approx(claim["humans"]["alpha"])
    assert machine_a["as_reliable"] is True and machine_a["verdict"] == "as reliable"
    assert machine_a["vs_consensus"]["alpha"] == 1.0
    assert machine_a["vs_consensus"]["units_without_majority"] == 0

    machine_b = claim["machines"]["model-b"]
    humans_row = [human_claim(u) for u in range(UNITS)]
    b_row = [machine_b_claim(u) for u in range(UNITS)]
    pairwise = direct_alpha([b_row, humans_row])
    pooled = direct_alpha([b_row * 3, humans_row * 3])
    assert pairwise < 0.85
    for human in HUMANS:
        figure = machine_b["vs_each_human"][human]
        assert figure["alpha"] == pytest.approx(pairwise)
        assert figure["units"] == UNITS and figure["pairable_values"] == 2 * UNITS
    assert machine_b["vs_consensus"]["alpha"] == pytest.approx(pairwise)
    assert machine_b["vs_humans"]["alpha"] == pytest.approx(pooled)
    assert machine_b["vs_humans"]["units"] == UNITS
    assert machine_b["vs_humans"]["pairs"] == 3 * UNITS  # one column per machine-human pair
    low, high = machine_b["vs_humans"]["ci"]
    assert low < pooled < high < 1.0
    assert machine_b["as_reliable"] is False and machine_b["verdict"] == "not as reliable"
    # sector: model-b is right everywhere, so as reliable as the humans
    assert report["variables"]["sector"]["machines"]["model-b"]["as_reliable"] is True
    again = run_cli("agreement", study, "--set", "reliability", "--machine-vs-humans", "--json",
                    "--seed", "3", "--bootstrap", "2000")  # fmt: skip
    assert json.loads(again.out) == report  # same seed, same figures


def test_machine_vs_humans_prints_the_rule_and_a_verdict_per_variable_and_machine(
    study: Path, run_cli
) -> None:
    shown = run_cli("agreement", study, "--set", "reliability", "--machine-vs-humans",
                    "--seed", "3", "--bootstrap", "2000")  # fmt: skip
    assert shown.exit_code == 0, shown.err
    text = shown.out
    assert "Machine vs humans on reliability (60 documents): humans hanna, ivan, jana; " in text
    assert "Rule: the machine is as reliable as a human coder when its alpha against the " in text
    assert "Consensus: the humans' consensus of a unit is the value more than half" in text
    assert "model-a is as reliable as a human coder on claim: its alpha against the humans, " \
        "1.000 [1.000, 1.000], reaches the humans' 1.000." in text  # fmt: skip
    assert "model-b is not as reliable as a human coder on claim: its alpha against the " in text
    assert "model-b is as reliable as a human coder on sector" in text
    assert text.count(" is as reliable as a human coder on ") == 3
    assert "model-b vs consensus" in text and "0 without a majority left out" in text


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--coders", "hanna,ivan"], "none of the compared coders is a machine coder"),
        (["--coders", "hanna,model-a"], "at least two human coders"),
        (["-o", "comparison.csv"], "written as .xlsx"),
        (["-o", "/nonexistent-folder/machines.xlsx"], "does not exist"),
    ],
)
def test_machine_vs_humans_refuses_with_one_line(study: Path, run_cli, arguments, words) -> None:
    before = study.read_bytes()
    refused = run_cli("agreement", study, "--set", "reliability", "--machine-vs-humans",
                      *arguments)  # fmt: skip
    assert refused.exit_code == 2, refused.err
    assert refused.out == ""
    assert len(refused.err.strip().splitlines()) == 1
    assert words in refused.err
    assert study.read_bytes() == before


def test_machine_vs_humans_needs_a_reliability_set_and_a_machine(
    unassigned: Path, study: Path, tmp_path: Path, run_cli
) -> None:
    refused = run_cli("agreement", unassigned, "--machine-vs-humans")
    assert refused.exit_code == 2 and refused.out == ""
    assert "no reliability set" in refused.err and str(unassigned) in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    missing = run_cli("agreement", study, "--set", "pilot", "--machine-vs-humans")
    assert missing.exit_code == 2 and "no assignment set 'pilot'" in missing.err
    people_only = tmp_path / "people.annot"
    with new_project(people_only) as project:
        article = ParsedDocument(text="Some article text.", title="A", source_file="a.txt")
        import_documents(project, [(Path("a.txt"), article)])
        for human in HUMANS:
            create_annotation(project, document=1, coder=human, start=0, end=4,
                              values={"claim": [CLAIMS[0]]})  # fmt: skip
    assert run_cli("assign", people_only, "--coders", ",".join(HUMANS), "--overlap",
                   "100%").exit_code == 0  # fmt: skip
    refused = run_cli("agreement", people_only, "--machine-vs-humans")
    assert refused.exit_code == 2 and refused.out == ""
    assert "no machine coder in this project" in refused.err
    with open_project(people_only) as project:  # a machine codes a document outside the sample
        other = ParsedDocument(text="Another article.", title="B", source_file="b.txt")
        import_documents(project, [(Path("b.txt"), other)])
        run = begin_run(project, settings("model-c"))
        span = MachineSpan(0, 7, {"claim": [CLAIMS[0]]})
        store_document(project, run, document_id=2, document_sha256="c" * 64, response="{}",
                       spans=[span])  # fmt: skip
    refused = run_cli("agreement", people_only, "--machine-vs-humans")
    assert refused.exit_code == 2 and refused.out == ""
    assert "model-c coded none of the compared documents" in refused.err
    assert len(refused.err.strip().splitlines()) == 1


def test_methods_paragraph_names_the_model_and_its_provenance(
    study: Path, tmp_path: Path, run_cli
) -> None:
    connection = sqlite3.connect(study)
    try:
        days = {row[0][:10] for row in connection.execute("SELECT started_at FROM machine_run")}
    finally:
        connection.close()
    assert len(days) == 1
    report = tmp_path / "methods.md"
    made = run_cli("agreement", study, "--set", "reliability", "--bootstrap", "500",
                   "--seed", "1", "--report", report)  # fmt: skip
    assert made.exit_code == 0, made.err
    text = report.read_text("utf-8")
    for coder in ("model-a", "model-b"):
        assert (
            f"{coder} was a machine coder: the language model {coder}-7b at localhost:11434, "
            f"prompt template version 1 (SHA-256 {'ab' * 32}), codebook version 1.0, "
            f"temperature 0, seed 42, run on {next(iter(days))}."
        ) in text
    assert text.count(" was a machine coder") == 2
    people = tmp_path / "people.md"
    made = run_cli("agreement", study, "--set", "reliability", "--bootstrap", "0",
                   "--coders", ",".join(HUMANS), "--report", people)  # fmt: skip
    assert made.exit_code == 0, made.err
    assert "machine coder" not in people.read_text("utf-8")
    assert "language model" not in people.read_text("utf-8")


def test_machine_vs_humans_report_has_provenance_design_and_verdicts(
    study: Path, tmp_path: Path, run_cli
) -> None:
    report = tmp_path / "machines.md"
    made = run_cli("agreement", study, "--set", "reliability", "--machine-vs-humans",
                   "--variables", "claim", "--seed", "3", "--bootstrap", "2000",
                   "--report", report)  # fmt: skip
    assert made.exit_code == 0, made.err
    assert made.out.endswith(f"Wrote {report}.\n")
    text = report.read_text("utf-8")
    assert text.startswith("## Machine coders versus human coders\n")
    assert "model-b was a machine coder: the language model model-b-7b at localhost:11434" in text
    assert "the three human coders (hanna, ivan, and jana)" in text
    assert "the upper bound of the interval of its alpha against the humans reached" in text
    assert "model-a \u03b1 = 1.00 [1.00, 1.00] against the humans" in text
    assert "against their consensus (0 units without a majority): not as reliable as a human " \
        "coder." in text  # fmt: skip


def test_machine_vs_humans_workbook_holds_the_figures_and_the_rule(
    study: Path, tmp_path: Path, run_cli
) -> None:
    target = tmp_path / "machines.xlsx"
    arguments = ("agreement", study, "--set", "reliability", "--machine-vs-humans",
                 "--variables", "claim", "--seed", "3", "--bootstrap", "2000")  # fmt: skip
    made = run_cli(*arguments, "-o", target)
    assert made.exit_code == 0, made.err
    assert made.out.endswith(f"Wrote {target}.\n")
    figures = json.loads(run_cli(*arguments, "--json").out)["variables"]["claim"]
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Machine vs humans", "About"]
    rows = list(book["Machine vs humans"].iter_rows(values_only=True))
    assert rows[0][:6] == ("set", "variable", "level", "coder", "compared with", "alpha")
    by_key = {(row[3], row[4]): row for row in rows[1:]}
    assert len(rows) == 1 + 1 + 2 * (1 + len(HUMANS) + 1)
    assert by_key[("humans", "each other")][5:9] == (1, 1, 1, UNITS)
    pooled = by_key[("model-b", "humans (pooled)")]
    expected = figures["machines"]["model-b"]["vs_humans"]
    assert pooled[5] == pytest.approx(expected["alpha"])
    assert [pooled[6], pooled[7]] == pytest.approx(expected["ci"])
    assert pooled[8:11] == (UNITS, expected["pairable_values"], 3 * UNITS)
    assert pooled[12] == "not as reliable"
    assert by_key[("model-b", "consensus")][11] == 0
    assert by_key[("model-a", "hanna")][5] == 1
    about = dict(list(book["About"].iter_rows(values_only=True))[1:])
    assert about["rule"].startswith("the machine is as reliable as a human coder when")
    assert about["set"] == "reliability" and about["seed"] == 3


def test_machine_vs_humans_on_several_sets(study: Path, tmp_path: Path, run_cli) -> None:
    copy = tmp_path / "two-sets.annot"
    shutil.copyfile(study, copy)
    half = ",".join(str(document) for document in range(1, 31))
    made = run_cli("assign", copy, "--coders", ",".join(HUMANS), "--set", "first-half",
                   "--documents", half, "--overlap", "100%")  # fmt: skip
    assert made.exit_code == 0, made.err
    shown = run_cli("agreement", copy, "--set", "reliability", "--set", "first-half",
                    "--machine-vs-humans", "--json", "--bootstrap", "0")  # fmt: skip
    assert shown.exit_code == 0, shown.err
    report = json.loads(shown.out)
    assert list(report["sets"]) == ["reliability", "first-half"]
    assert report["bootstrap"]["samples"] == 0
    first = report["sets"]["first-half"]
    assert first["documents"] == 30
    machine_b = first["variables"]["claim"]["machines"]["model-b"]
    rows = [[machine_b_claim(u) for u in range(30)], [human_claim(u) for u in range(30)]]
    assert machine_b["vs_each_human"]["hanna"]["alpha"] == pytest.approx(direct_alpha(rows))
    assert machine_b["vs_humans"]["ci"] is None and machine_b["as_reliable"] is False
    assert "without a bootstrap the point estimates are compared" in first["rule"]
    text = run_cli("agreement", copy, "--set", "reliability", "--set", "first-half",
                   "--machine-vs-humans", "--bootstrap", "0").out  # fmt: skip
    assert "Machine vs humans on first-half (30 documents)" in text
