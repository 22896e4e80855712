"""`annotator annotate --toggle`: a code applied on the command line as its key in the app does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TEXT = "Putin stressed that Russia's energy companies are interested in Turkmenistan.\n"


@pytest.fixture
def study(tmp_path: Path, run_cli) -> Path:
    path = tmp_path / "study.annot"
    (tmp_path / "putin.txt").write_text(TEXT, encoding="utf-8")
    assert run_cli("new", path).exit_code == 0
    assert run_cli("import", path, tmp_path / "putin.txt").exit_code == 0
    return path


def annotations(run_cli, study: Path) -> list[dict]:
    return json.loads(run_cli("annotations", study, "--json").out)


def toggle(run_cli, study: Path, *options: str):
    return run_cli(
        "annotate", study, "--coder", "alice", "--document", "1", "--find", "Putin stressed",
        *options, "--json",
    )  # fmt: skip


def test_toggle_codes_a_new_span_then_recodes_it(run_cli, study: Path) -> None:
    first = toggle(run_cli, study, "--toggle", "framing=Conflict")
    assert first.exit_code == 0, first.err
    created = json.loads(first.out)
    assert created["values"] == {"framing": ["Conflict"]}

    second = toggle(run_cli, study, "--toggle", "framing=morality", "--toggle", "sector=Energy")
    assert second.exit_code == 0, second.err
    assert json.loads(second.out)["uuid"] == created["uuid"]
    third = toggle(run_cli, study, "--toggle", "framing=conflict", "--memo", "lead")
    assert third.exit_code == 0, third.err
    (only,) = annotations(run_cli, study)
    assert only["uuid"] == created["uuid"]
    assert only["values"] == {"sector": ["Energy"], "framing": ["Morality"]}
    assert only["memo"] == "lead"


def test_without_toggle_annotate_still_codes_a_new_span_each_time(run_cli, study: Path) -> None:
    for _ in range(2):
        assert toggle(run_cli, study, "--set", "sector=Energy").exit_code == 0
    assert len(annotations(run_cli, study)) == 2


def test_a_refused_toggle_exits_2_with_one_line_and_changes_nothing(run_cli, study: Path) -> None:
    assert toggle(run_cli, study, "--toggle", "framing=Conflict").exit_code == 0
    before = annotations(run_cli, study)
    for options, problem in [
        (["--toggle", "framing"], "--toggle 'framing': write it as VARIABLE=VALUE"),
        (["--toggle", "sector=Weather"], "'sector' has no code 'Weather'"),
        (["--toggle", "tone=Calm"], "no variable 'tone'"),
    ]:
        result = toggle(run_cli, study, *options)
        assert result.exit_code == 2, result.err
        assert problem in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert annotations(run_cli, study) == before
