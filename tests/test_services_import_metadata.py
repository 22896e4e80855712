"""Editing document metadata: one transaction, old values returned for undo, text untouched."""

from __future__ import annotations

import datetime
import json

import pytest
from import_samples import DATA

from annotator.errors import InvalidInputError
from annotator.services.corpus.documents import document_text, get_document
from annotator.services.corpus.metadata import document_metadata, edit_metadata
from annotator.services.imports.articles import import_paths


@pytest.fixture
def page_id(project) -> int:
    return import_paths(project, [DATA / "news_page.html"]).imported[0].id


def test_edit_and_undo(project, page_id: int) -> None:
    text = document_text(project, page_id)
    before = document_metadata(project, page_id)
    edit = edit_metadata(
        project,
        page_id,
        {"title": "  Gas deal  ", "outlet": "", "published": "2022-06-11", "language": "EN"},
        extra_updates={"tone": "negative", "hostname": None},
    )
    assert edit.old == {
        "title": "Gas deal: Turkmenistan and Russia agree on new supplies",
        "outlet": "The Caspian Herald",
        "published": datetime.date(2022, 6, 10),
        "extra": before["extra"],
    }
    assert edit.new["extra"] == {"tags": ["Gas", "Russia"], "tone": "negative"}
    document = get_document(project, page_id)
    assert (document.title, document.outlet, document.published, document.language) == (
        "Gas deal", None, datetime.date(2022, 6, 11), "en"
    )  # fmt: skip
    assert "language" not in edit.new  # "EN" normalised to the stored "en": no change
    undo = edit_metadata(project, page_id, edit.old)
    assert undo.old == edit.new
    assert document_metadata(project, page_id) == before
    assert document_text(project, page_id) == text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": "new"}, "text cannot be changed"),
        ({"sha256": "x"}, "not a metadata field"),
        ({"title": " "}, "title cannot be empty"),
        ({"published": "10/06/2022"}, "YYYY-MM-DD"),
        ({"language": "English please"}, "not a language code"),
        ({"extra": {"when": datetime.time(1)}}, "plain values"),
    ],
)
def test_invalid_edits_change_nothing(project, page_id: int, changes, message: str) -> None:
    before = document_metadata(project, page_id)
    with pytest.raises(InvalidInputError, match=message):
        edit_metadata(project, page_id, {"outlet": "Changed", **changes})
    assert document_metadata(project, page_id) == before


def test_cli_edit_document(project, page_id: int, run_cli, tmp_path) -> None:
    project.close()
    path = tmp_path / "study.annot"
    result = run_cli(
        "edit-document", path, page_id, "--author", "L. Hoffmann", "--set-extra", "section=Economy"
    )
    assert result.exit_code == 0, result.err
    assert f"document #{page_id}  author: 'Lena Hoffmann' -> 'L. Hoffmann'" in result.out
    result = run_cli("edit-document", path, page_id, "--published", "", "--json")
    assert json.loads(result.out) == {
        "document": page_id, "old": {"published": "2022-06-10"}, "new": {"published": None}
    }  # fmt: skip
    bad = run_cli("edit-document", path, page_id, "--published", "June")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.err
    assert run_cli("edit-document", path, page_id).exit_code == 2


def test_cli_sets_and_removes_extra_fields(project, page_id: int, run_cli, tmp_path) -> None:
    project.close()
    path = tmp_path / "study.annot"
    result = run_cli(
        "edit-document", path, page_id, "--set-extra", "section=Politics",
        "--set-extra", "page=A3=B", "--unset-extra", "tags", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.err
    new = json.loads(result.out)["new"]["extra"]
    assert new["section"] == "Politics" and new["page"] == "A3=B" and "tags" not in new
    result = run_cli("edit-document", path, page_id, "--unset-extra", "section", "--json")
    assert "section" not in json.loads(result.out)["new"]["extra"]
    bad = run_cli("edit-document", path, page_id, "--set-extra", "no equals sign")
    assert bad.exit_code == 2 and "KEY=VALUE" in bad.err
