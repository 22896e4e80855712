"""The team chain from the command line: assign, distribute, code the copies, merge, progress.

On a generated corpus of 2,000 articles (`project_generator`: five outlets over 700 days), the lead
assigns three coders with a 10% overlap stratified by outlet and month, makes the coder copies,
each coder codes (scripted with `annotate`), the lead merges the copies back and reads progress.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

from annotator.db.project import open_project
from annotator.services.assignments import reliability_documents
from annotator.services.coding.statuses import set_status
from annotator.services.merging.merge import merge_into
from annotator.services.merging.undo import undo_merge

CODERS = ("alice", "bob", "carol")
CLAIMS = ("Support or endorsement", "Criticism or rejection")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "study.annot"
    load_benchmark("project_generator").generate_project(
        path, documents=2_000, annotations=0, coders=1
    )
    return path


def _sorted(table: dict) -> dict:
    return {
        name: {coder: sorted(uuids) for coder, uuids in coders.items()}
        for name, coders in table["sets"].items()
    }


def _json(result) -> dict:
    assert result.exit_code == 0, result.err
    return json.loads(result.out)


def test_assign_distribute_code_merge_progress_on_2000_articles(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    study.write_bytes(corpus.read_bytes())
    arguments = ["--coders", ",".join(CODERS), "--overlap", "10%", "--stratify", "outlet,month"]
    plan = _json(run_cli("assign", study, *arguments, "--seed", "17", "--json"))
    assert plan["overlap"] == 200 and plan["documents"] == 2000
    assert {name: share["documents"] for name, share in plan["coders"].items()} == {
        "alice": 800, "bob": 800, "carol": 800,
    }  # fmt: skip
    assert len(plan["strata"]) > 100  # 5 outlets x 23 months, each with its share
    table = _json(run_cli("assignments", study, "--json"))["sets"]["main"]
    counts = Counter(uuid for documents in table.values() for uuid in documents)
    overlap = sorted(uuid for uuid, n in counts.items() if n == 3)
    assert len(overlap) == 200 and len(counts) == 2000

    copies = tmp_path / "copies"
    made = _json(
        run_cli("distribute", study, "--coders", ",".join(CODERS), "--out", copies, "--json")
    )
    assert [copy["documents"] for copy in made["copies"]] == [800, 800, 800]

    coded = 30  # the first 30 overlap documents, and the first document of their own
    for index, coder in enumerate(CODERS):
        copy = copies / f"study-{coder}.annot"
        own = next(uuid for uuid in table[coder] if counts[uuid] == 1)
        for number, document in enumerate([*overlap[:coded], own]):
            claim = CLAIMS[1] if (coder == "carol" and number % 5 == 0) else CLAIMS[0]
            result = run_cli(
                "annotate", copy, "--coder", coder, "--document", document,
                "--start", 0, "--end", 12 + index, "--set", f"claim={claim}",
            )  # fmt: skip
            assert result.exit_code == 0, result.err
        with open_project(copy) as project:
            for document in overlap[:10]:
                set_status(project, document, coder, "done")
        other = next(uuid for uuid in table[CODERS[index - 1]] if counts[uuid] == 1)
        assert run_cli("text", copy, other).exit_code == 2  # not in this coder's copy

    merged = tmp_path / "merged.annot"
    merged_report = _json(
        run_cli("merge", *(copies / f"study-{c}.annot" for c in CODERS), "-o", merged, "--json")
    )
    assert [item["assignments_added"] for item in merged_report["inputs"]] == [800, 800, 800]
    merged_table = _json(run_cli("assignments", merged, "--json"))["sets"]["main"]
    assert {coder: sorted(uuids) for coder, uuids in merged_table.items()} == {
        coder: sorted(uuids) for coder, uuids in table.items()
    }  # the merged project numbers its documents anew: same uuids, another order

    progress = _json(run_cli("progress", merged, "--json"))
    for coder in CODERS:
        row = progress["sets"]["main"][coder]
        assert row["assigned"] == 800
        assert (row["done"], row["in_progress"], row["not_started"]) == (10, 21, 769)
        assert row["annotations"] == 31
        assert row["last_activity"] is not None
    assert progress["coders"]["alice"]["assigned"] == 800

    with open_project(merged) as project:
        compared = reliability_documents(project)
        assert compared is not None and len(compared) == 200
    # The reliability figures: the default selection is the reliability sample (the 200
    # documents all three coders were given), with bootstrap intervals and the methods paragraph.
    methods = tmp_path / "methods.md"
    figures = ["--variables", "claim", "--bootstrap", "1000", "--seed", "17"]
    written = run_cli("agreement", merged, *figures, "--report", methods)
    assert written.exit_code == 0, written.err
    agreement = _json(run_cli("agreement", merged, *figures, "--json"))
    assert (agreement["selection"], agreement["set"]) == ("documents assigned to two or more "
                                                          "coders", None)  # fmt: skip
    assert agreement["documents"] == 200 and agreement["bootstrap"]["samples"] == 1000
    claim = agreement["variables"]["claim"]
    assert agreement["coders"] == list(CODERS)
    assert claim["pairable_values"] == 3 * coded  # the overlap documents all three coded
    assert 0 < claim["percent_agreement"] < 1  # carol chose another claim in 6 of them
    low, high = claim["krippendorff_alpha_ci"]
    assert low <= claim["krippendorff_alpha"] <= high and 0 <= claim["krippendorff_alpha_q"] <= 1
    gwet = ["percent_agreement", "fleiss_kappa", "brennan_prediger", "gwet_ac1"]
    assert list(claim["standard_errors"]) == gwet == list(claim["confidence_intervals"])
    text = methods.read_text(encoding="utf-8")
    assert (
        "Reliability was assessed on the 200 documents assigned to two or more coders in the "
        "assignment set \u201cmain\u201d, which three coders (alice, bob, and carol) coded"
    ) in text
    assert (
        "The 200 documents coded by more than one coder were drawn at random (seed 17) from the "
        "2,000 documents of the set, stratified by outlet and month, and each was assigned to "
        "every coder."
    ) in text
    assert "1,000 bootstrap samples (Hayes & Krippendorff, 2007; seed 17)" in text

    def apa(value: float, digits: int = 2) -> str:
        return f"{value:.{digits}f}".replace("0.", ".", 1)

    assert (
        f"- *claim* (nominal): \u03b1 = {apa(claim['krippendorff_alpha'])}, 95% CI "
        f"[{apa(low)}, {apa(high)}], q(\u03b1 < .667) = {apa(claim['krippendorff_alpha_q'], 3)}"
    ) in text
    assert f"; {3 * coded} pairable values in {claim['units']} units" in text


def test_merging_again_or_with_the_master_adds_no_assignment_twice(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    study.write_bytes(corpus.read_bytes())
    assert (
        run_cli(
            "assign", study, "--coders", "alice,bob", "--overlap", "50", "--seed", "1"
        ).exit_code
        == 0
    )
    assert run_cli("assign", study, "--coders", "alice,bob", "--set", "training-1",
                   "--documents", "1,2,3", "--overlap", "100%").exit_code == 0  # fmt: skip
    before = _json(run_cli("assignments", study, "--json"))
    copies = tmp_path / "copies"
    assert run_cli("distribute", study, "--coders", "alice,bob", "--out", copies).exit_code == 0
    alice = _json(run_cli("assignments", copies / "study-alice.annot", "--json"))
    assert alice == {
        "sets": {name: {"alice": coders["alice"]} for name, coders in before["sets"].items()}
    }
    merged = tmp_path / "merged.annot"
    inputs = [study, copies / "study-alice.annot", copies / "study-bob.annot"]
    assert run_cli("merge", *inputs, "-o", merged).exit_code == 0
    assert _sorted(_json(run_cli("assignments", merged, "--json"))) == _sorted(before)
    with open_project(merged) as project:
        again = merge_into(project, inputs)
        assert sum(item.assignments_added for item in again.inputs) == 0
    fresh = tmp_path / "fresh.annot"
    assert run_cli("new", fresh).exit_code == 0
    with open_project(fresh) as project:
        report = merge_into(project, [copies / "study-bob.annot"])
        undo_merge(project, report.undo)
    assert _json(run_cli("assignments", fresh, "--json")) == {"sets": {}}


def test_distribute_all_documents_and_a_coder_without_assignments(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    study.write_bytes(corpus.read_bytes())
    assert run_cli("assign", study, "--coders", "alice,bob", "--seed", "1").exit_code == 0
    result = run_cli("distribute", study, "--coders", "alice,dave", "--out", tmp_path / "c")
    assert result.exit_code == 2 and "dave has no assigned documents" in result.err
    assert not (tmp_path / "c").exists()
    made = _json(run_cli("distribute", study, "--coders", "dave", "--out", tmp_path / "c",
                         "--all-documents", "--json"))  # fmt: skip
    assert made["copies"][0]["documents"] == 2000


def test_reassign_and_bad_input_from_the_command_line(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    study.write_bytes(corpus.read_bytes())
    assert run_cli("assign", study, "--coders", "alice,bob,carol", "--seed", "2").exit_code == 0
    carol = _json(run_cli("assignments", study, "--coder", "carol", "--json"))["sets"]["main"][
        "carol"
    ]
    result = run_cli(
        "annotate", study, "--coder", "carol", "--document", carol[0], "--start", 0, "--end", 5
    )
    assert result.exit_code == 0, result.err
    moved = _json(run_cli("assign", study, "--reassign", "carol", "--to", "dave", "--json"))
    assert (moved["moved"], moved["kept"]) == (len(carol) - 1, 1)
    table = _json(run_cli("assignments", study, "--json"))["sets"]["main"]
    assert table["carol"] == [carol[0]] and len(table["dave"]) == len(carol) - 1
    before = study.read_bytes()
    for arguments, message in [
        (["--coders", "alice,bob", "--set", "main"], "exists already"),
        (["--coders", "alice,bob", "--set", "x", "--overlap", "ten"], "neither a count"),
        (["--coders", "alice", "--set", "x", "--overlap", "5"], "at least two coders"),
        (["--coders", "alice,bob", "--set", "x", "--documents", "99999"], "no document 99999"),
        (["--reassign", "carol"], "--reassign CODER --to CODER"),
        (["--reassign", "nobody", "--to", "dave"], "no coder 'nobody'"),
        ([], "--coders"),
    ]:
        result = run_cli("assign", study, *arguments)
        assert result.exit_code == 2, (arguments, result.err)
        assert message in result.err and result.err.count("\n") == 1
    assert study.read_bytes() == before
    result = run_cli("progress", tmp_path / "missing.annot")
    assert result.exit_code == 2 and "missing.annot" in result.err


def test_without_assignments_the_commands_say_so(project, run_cli) -> None:
    project.close()
    assert "No assignments yet" in run_cli("assignments", project.path).out
    assert "No assignments yet" in run_cli("progress", project.path).out
    assert _json(run_cli("progress", project.path, "--json")) == {"sets": {}, "coders": {}}


def test_a_coder_copy_keeps_the_documents_its_coder_coded_before_the_assignment(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    study.write_bytes(corpus.read_bytes())
    assert run_cli("assign", study, "--coders", "alice,bob", "--seed", "3").exit_code == 0
    bobs = _json(run_cli("assignments", study, "--coder", "bob", "--json"))["sets"]["main"]["bob"]
    coded = run_cli("annotate", study, "--coder", "alice", "--document", bobs[0], "--start", 0,
                    "--end", 9)  # fmt: skip
    assert coded.exit_code == 0, coded.err
    made = _json(
        run_cli("distribute", study, "--coders", "alice", "--out", tmp_path / "c", "--json")
    )
    assert made["copies"][0] == made["copies"][0] | {"documents": 1001, "annotations": 1}


def test_overlap_auto_takes_krippendorffs_sample_size(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    study.write_bytes(corpus.read_bytes())
    coders = ["--coders", ",".join(CODERS), "--seed", "5", "--dry-run", "--json"]
    # alpha >= .8 at p = .05, rarest category .1: 294 pairable values (Krippendorff 2013);
    # every overlap document coded by all three coders gives three: 98 documents
    plan = _json(run_cli("assign", study, *coders, "--overlap", "auto"))
    assert plan["overlap"] == 98
    assert plan["overlap_rule"] == {
        "rule": "Krippendorff (2013)", "alpha_min": 0.8, "level": 0.05,
        "smallest_category": 0.1, "pairable_values": 294, "coders_per_document": 3,
        "documents": 98,
    }  # fmt: skip
    pairs = _json(run_cli("assign", study, *coders, "--overlap", "auto", "--overlap-coders", "2",
                          "--smallest-category", "0.25"))  # fmt: skip
    assert pairs["overlap"] == 70 == pairs["overlap_rule"]["documents"]  # 139 values, 2 each
    shown = run_cli("assign", study, "--coders", "alice,bob", "--overlap", "auto", "--seed", "5",
                    "--alpha-min", "0.667", "--smallest-category", "0.25")  # fmt: skip
    assert shown.exit_code == 0, shown.err
    assert "overlap 41 documents" in shown.out  # 81 values / 2 coders
    assert "Krippendorff (2013): 81 pairable values" in shown.out
    table = _json(run_cli("assignments", study, "--json"))["sets"]["main"]
    shared = sorted(set(table["alice"]) & set(table["bob"]))
    assert len(shared) == 41
    for coder in ("alice", "bob"):
        coded = run_cli("annotate", study, "--coder", coder, "--document", shared[0], "--start",
                        0, "--end", 9, "--set", f"claim={CLAIMS[0]}")  # fmt: skip
        assert coded.exit_code == 0, coded.err
    methods = tmp_path / "methods.md"
    reported = run_cli("agreement", study, "--bootstrap", "0", "--report", methods)
    assert reported.exit_code == 0, reported.err
    assert (
        "Their number follows Krippendorff\u2019s (2013) sample-size rule: 81 pairable values "
        "to show alpha \u2265 .667 at p = .05 when the rarest category has probability .25, "
        "that is 41 documents coded by two coders each."
    ) in methods.read_text(encoding="utf-8")

    before = study.read_bytes()
    for arguments, message in [
        (["--overlap", "10%", "--alpha-min", "0.7"], "only with --overlap auto"),
        (["--overlap", "auto", "--smallest-category", "0.7"], "smallest category"),
        (["--overlap", "auto", "--documents", "1,2,3"], "needs 147 documents"),
        (["--coders", "alice", "--overlap", "auto"], "at least two coders"),
    ]:
        names = [] if "--coders" in arguments else ["--coders", "alice,bob"]
        result = run_cli("assign", study, *names, "--set", "x", *arguments)
        assert result.exit_code == 2, (arguments, result.err)
        assert message in result.err and result.err.count("\n") == 1, result.err
    assert study.read_bytes() == before


def test_a_set_of_the_same_name_from_another_study_is_kept_apart_on_merge(
    corpus: Path, tmp_path: Path, run_cli
) -> None:
    ours, theirs = tmp_path / "ours.annot", tmp_path / "theirs.annot"
    for path, coders in ((ours, "alice,bob"), (theirs, "carol,dave")):
        path.write_bytes(corpus.read_bytes())
        drawn = run_cli("assign", path, "--coders", coders, "--documents", "1,2,3,4", "--seed", "1")
        assert drawn.exit_code == 0, drawn.err  # two "main" sets, drawn apart: two uuids
    merged = tmp_path / "merged.annot"
    report = _json(run_cli("merge", ours, theirs, "-o", merged, "--json"))
    conflicts = report["inputs"][1]["conflicts"]
    assert [conflict["kind"] for conflict in conflicts] == ["assignment_set_differs"]
    assert conflicts[0]["message"] == (
        "assignment set 'main' of theirs.annot was drawn apart from this project's 'main' "
        "(another set with the same name); its assignments were added as set 'main-theirs'"
    )
    sets = _json(run_cli("assignments", merged, "--json"))["sets"]
    assert {name: sorted(coders) for name, coders in sets.items()} == {
        "main": ["alice", "bob"], "main-theirs": ["carol", "dave"],
    }  # fmt: skip
    printed = run_cli("merge", ours, theirs, "-o", tmp_path / "again.annot")
    assert "! assignment set 'main' of theirs.annot was drawn apart" in printed.out
    with open_project(merged) as project:
        again = merge_into(project, [theirs])  # the renamed set is found again by its uuid
        assert again.inputs[0].assignments_added == 0 and not again.inputs[0].conflicts
