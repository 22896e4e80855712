"""`annotator remove`: documents by id or uuid, a refusal when annotations would go, --force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def study(tmp_path: Path, run_cli) -> Path:
    path = tmp_path / "study.annot"
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in (("a", "Gas deal signed today."), ("b", "Farmers protest."), ("c", "Rain.")):
        (articles / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run_cli("new", path).exit_code == 0
    assert run_cli("import", path, articles).exit_code == 0
    coded = run_cli("annotate", path, "--coder", "alice", "--document", 1, "--find", "Gas deal")
    assert coded.exit_code == 0, coded.err
    return path


def documents(run_cli, path: Path) -> list[dict]:
    return json.loads(run_cli("documents", path, "--json").out)


def test_remove_by_id_and_uuid(study: Path, run_cli) -> None:
    uuid = documents(run_cli, study)[2]["uuid"]
    result = run_cli("remove", study, 2, uuid)
    assert result.exit_code == 0, result.err
    assert "removed  #2  Farmers protest." in result.out and "removed  #3  Rain." in result.out
    assert "2 documents removed, with 0 annotations." in result.out
    assert [document["id"] for document in documents(run_cli, study)] == [1]
    assert run_cli("verify", study).exit_code == 0


def test_annotations_need_force(study: Path, run_cli) -> None:
    refused = run_cli("remove", study, 1, 2)
    assert refused.exit_code == 2
    assert "these 2 documents carry 1 annotation (by alice)" in refused.err
    assert "--force" in refused.err and "Nothing was changed" in refused.err
    assert len(documents(run_cli, study)) == 3
    result = run_cli("remove", study, 1, "--force", "--json")
    assert result.exit_code == 0, result.err
    summary = json.loads(result.out)
    assert summary["annotations"] == 1 and summary["documents"][0]["id"] == 1
    assert run_cli("annotations", study, "--json").out.strip() == "[]"


def test_unknown_documents_change_nothing(study: Path, run_cli) -> None:
    result = run_cli("remove", study, 2, 42, "not-a-uuid")
    assert result.exit_code == 2
    assert "no document 42, not-a-uuid in this project" in result.err
    assert len(documents(run_cli, study)) == 3
