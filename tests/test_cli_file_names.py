"""File names that are not valid UTF-8 (possible on Linux) never sink a folder import."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform in ("darwin", "win32"), reason="this system allows only Unicode file names"
)


def make_file(folder: bytes, name: bytes, text: str) -> None:
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(text.encode("utf-8"))


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    root = os.fsencode(tmp_path / "articles")
    make_file(root, b"caf\xe9.txt", "Cafe owners protest\nThe owners of cafes protested today.\n")
    make_file(root, b"good.txt", "A good headline\nA body of an article about good news.\n")
    make_file(os.path.join(root, b"d\xfcsseldorf"), b"x.txt", "Rhine news\nThe Rhine is high.\n")
    make_file(root, b"\xff\xfe.txt", "")  # fails (empty), with its undecodable name
    return tmp_path / "articles"


def test_a_folder_with_undecodable_names_imports_and_reports_valid_json(
    articles: Path, tmp_path: Path, run_cli
) -> None:
    study = tmp_path / "study.annot"
    assert run_cli("new", study).exit_code == 0

    result = run_cli("import", study, articles, "--json")

    assert result.exit_code == 1, result.err  # the empty file failed; the rest imported
    report = json.loads(result.out)
    imported = sorted(Path(item["path"]).name for item in report["imported"])
    assert imported == ["caf\\xe9.txt", "good.txt", "x.txt"]
    assert any("d\\xfcsseldorf" in item["path"] for item in report["imported"])
    (failed,) = report["failed"]
    assert Path(failed["path"]).name == "\\xff\\xfe.txt"
    assert "\udce9" not in result.out and "\ufffd" not in result.out
    documents = json.loads(run_cli("documents", study, "--json").out)
    assert sorted(document["title"] for document in documents) == [
        "A good headline",
        "Cafe owners protest",
        "Rhine news",
    ]
    assert run_cli("verify", study).exit_code == 0


def test_the_plain_report_names_the_file_readably(articles: Path, tmp_path: Path, run_cli) -> None:
    study = tmp_path / "study.annot"
    run_cli("new", study)
    result = run_cli("import", study, articles)
    assert result.exit_code == 1
    assert "\\xff\\xfe.txt" in result.out + result.err
    assert "internal error" not in result.err
