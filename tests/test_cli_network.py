"""`annotator network` on a real project: DNA's networks as JSON, GraphML, GEXF and CSV, time
windows as a sequence, whose codings count, and one-line errors (hand-checked numbers: see
tests/findings_project.py and tests/test_core_findings_networks.py)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx
import pytest

from tests.findings_project import QUALIFIER_MAP, A, B, C, D, build_findings_project

ROWS = sorted([A, B, C, D])  # Business and industry (C), Civil society (B), Experts (D), Gov (A)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_findings_project(tmp_path_factory.mktemp("findings"))


def network(run_cli, project: Path, *options: object) -> dict:
    result = run_cli("network", project, "--variable2", "sector", "--json", *options)
    assert result.exit_code == 0, result.err
    return json.loads(result.out)


def by_name(data: dict) -> dict[tuple[str, str], float]:
    return {
        (row, column): data["matrix"][i][j]
        for i, row in enumerate(data["rows"])
        for j, column in enumerate(data["columns"])
    }


def test_one_mode_conflict_with_claims_mapped_to_agreement(project: Path, run_cli) -> None:
    data = network(
        run_cli, project, "--type", "onemode", "--coders", "alice", "--qualifier", "claim",
        "--qualifier-map", QUALIFIER_MAP, "--aggregation", "conflict",
    )  # fmt: skip
    assert list(data)[:3] == ["rows", "columns", "matrix"]
    assert data["rows"] == data["columns"] == ROWS
    weights = by_name(data)
    # conflict: A,B disagree on Health; A,C and B,C on Energy; nobody else
    assert weights[(A, B)] == weights[(B, A)] == 1
    assert weights[(A, C)] == weights[(B, C)] == 1
    assert weights[(C, D)] == weights[(A, D)] == weights[(B, D)] == 0
    assert data["qualifier_levels"] == [0, 1] and data["coders"] == "coders alice"
    assert data["statements"] == data["statements_counted"] == 9


def test_every_coder_counts_unless_duplicates_are_dropped(project: Path, run_cli) -> None:
    everyone = by_name(network(run_cli, project))
    assert everyone[(A, "Energy")] == 2  # alice and bob both coded it
    once = network(run_cli, project, "--duplicates", "document")
    assert by_name(once)[(A, "Energy")] == 1 and by_name(once)[(D, "Transport")] == 2
    assert once["coders"] == "all coders (alice, bob)" and once["statements_counted"] == 8


def test_two_mode_subtract_and_dates(project: Path, run_cli) -> None:
    data = network(
        run_cli, project, "--coders", "alice", "--qualifier", "claim", "--qualifier-map",
        QUALIFIER_MAP, "--aggregation", "subtract", "--from", "2022-01-10", "--to", "2022-02-07",
    )  # fmt: skip
    assert data["rows"] == sorted([B, C]) and data["columns"] == ["Energy", "Health", "Transport"]
    assert by_name(data)[(B, "Health")] == -1 and by_name(data)[(C, "Energy")] == -1
    assert data["period"] == "2022-01-10 to 2022-02-07"


def test_graphml_and_gexf_load_in_networkx(project: Path, run_cli, tmp_path: Path) -> None:
    common = ["--type", "onemode", "--coders", "alice", "--variable2", "sector",
              "--normalization", "jaccard"]  # fmt: skip
    for suffix, read in ((".graphml", networkx.read_graphml), (".gexf", networkx.read_gexf)):
        target = tmp_path / f"net{suffix}"
        result = run_cli("network", project, *common, "-o", target)
        assert result.exit_code == 0, result.err
        assert f"Wrote {target}" in result.out
        graph = read(target)
        labels = {node: graph.nodes[node]["label"] for node in graph.nodes}
        names = {label: node for node, label in labels.items()}
        assert sorted(labels.values()) == ROWS
        assert graph.number_of_edges() == 4  # no qualifier: jaccard 1, 1/3, 1/3, 3/4
        weight = graph.edges[names[C], names[D]]["weight"]
        assert weight == pytest.approx(0.75)
        assert graph.edges[names[A], names[B]]["weight"] == 1
        assert graph.edges[names[A], names[C]]["weight"] == pytest.approx(1 / 3)


def test_two_mode_graphml_has_both_modes(project: Path, run_cli, tmp_path: Path) -> None:
    target = tmp_path / "two.graphml"
    assert run_cli("network", project, "--variable2", "sector", "-o", target).exit_code == 0
    graph = networkx.read_graphml(target)
    modes = {graph.nodes[node]["label"]: graph.nodes[node]["mode"] for node in graph.nodes}
    assert modes[A] == 1 and modes["Energy"] == 2
    assert {graph.nodes[node]["variable"] for node in graph.nodes} == {"actor", "sector"}


def test_csv_matrix(project: Path, run_cli, tmp_path: Path) -> None:
    target = tmp_path / "net.csv"
    assert run_cli("network", project, "--variable2", "sector", "--coders", "alice",
                   "-o", target).exit_code == 0  # fmt: skip
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["", "Energy", "Health", "Transport"]
    assert rows[1:] == [[C, "1", "0", "1"], [B, "1", "1", "0"], [D, "0", "0", "3"],
                        [A, "1", "1", "0"]]  # fmt: skip


def test_time_windows_make_a_sequence(project: Path, run_cli, tmp_path: Path) -> None:
    data = network(run_cli, project, "--coders", "alice", "--window", "15", "--step", "7")
    assert [w["date"] for w in data["windows"]] == [
        "2022-01-10", "2022-01-17", "2022-01-24", "2022-01-31", "2022-02-07", "2022-02-14"
    ]  # fmt: skip
    assert (
        data["windows"][0]["start"] == "2022-01-03" and data["windows"][0]["stop"] == "2022-01-17"
    )
    assert data["windows"][0]["rows"] == sorted([A, B]) and data["window"] == 15
    target = tmp_path / "seq.graphml"
    result = run_cli("network", project, "--coders", "alice", "--window", "15", "--step", "7",
                     "-o", target)  # fmt: skip
    assert result.exit_code == 0, result.err
    assert sorted(path.name for path in tmp_path.glob("seq-*.graphml"))[0] == (
        "seq-2022-01-10.graphml"
    )
    assert len(list(tmp_path.glob("seq-*.graphml"))) == 6


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--variable2", "colour"], "no variable 'colour' in this codebook"),
        (["--type", "onemode", "--aggregation", "combine", "--qualifier", "claim"],
         "not defined for a onemode network"),
        (["--type", "onemode", "--aggregation", "congruence"], "needs a --qualifier"),
        (["--qualifier", "claim", "--qualifier-map", "Support=1,Criticism or rejection=0"],
         "claim has no code 'Support'"),
        (["--qualifier", "claim", "--qualifier-map", "Support or endorsement=yes"],
         "is not a whole number"),
        (["--from", "2022-03-01", "--to", "2022-01-01"], "--from 2022-03-01 is after --to"),
        (["--from", "March"], "--from 'March' is not a date"),
        (["--coders", "carol"], "no coder 'carol'"),
        (["--consensus"], "the consensus coder 'consensus' has no annotations yet"),
        (["-o", "net.jpg"], "give a file name ending in .graphml, .gexf, .csv, .json, .png"),
        (["-o", "missing/net.csv"], "the folder missing does not exist"),
        (["--window", "0"], "at least 1"),
    ],
)  # fmt: skip
def test_bad_options_fail_with_one_line(project: Path, run_cli, options, words) -> None:
    result = run_cli("network", project, *options)
    assert result.exit_code == 2, result.out
    assert words in result.err and result.err.count("\n") == 1


def test_a_picture_of_the_network(project: Path, run_cli, tmp_path: Path) -> None:
    from PIL import Image

    target = tmp_path / "net.png"
    result = run_cli("network", project, "--type", "onemode", "--variable2", "sector", "-o", target)
    assert result.exit_code == 0, result.err
    with Image.open(target) as image:
        assert image.format == "PNG" and image.size == (1600, 1400)
        # a node of actor A is drawn in its codebook colour somewhere in the picture
        colours = {colour for _count, colour in image.convert("RGB").getcolors(1 << 20)}
    from annotator.db.project import open_project
    from annotator.services.findings.codings import code_colours

    with open_project(project, read_only=True) as opened:
        government = code_colours(opened, "actor")[A]
    assert tuple(int(government[i : i + 2], 16) for i in (1, 3, 5)) in colours
    sequence = tmp_path / "seq.svg"
    result = run_cli("network", project, "--window", "15", "--step", "7", "-o", sequence)
    assert result.exit_code == 0 and "Wrote 6 files" in result.out
    assert (tmp_path / "seq-2022-01-10.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_no_window_within_the_dates_writes_nothing(project: Path, run_cli, tmp_path) -> None:
    result = run_cli("network", project, "--window", "365", "-o", tmp_path / "net.csv")
    assert result.exit_code == 0, result.err
    assert "Wrote no files (no window lies within the dates)" in result.out
    assert list(tmp_path.iterdir()) == []
