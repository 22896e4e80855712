"""Names typed with decomposed accents or in another case find what exists (`label_key` in use).

"José" typed precomposed (U+00E9) and decomposed (e + U+0301) is one name for the command line,
codebook import, merge, the document filter and spreadsheet headers; what is stored stays as typed.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from annotator.core.document_filter import parse_filter
from annotator.errors import InvalidInputError
from annotator.io.imports.columns import guess_mapping, unique_headers
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import add_variable, update_variable
from annotator.services.codebooks.reading import list_codebook
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.distribute import backup_copy, coder_uuid
from annotator.services.imports.articles import import_documents
from annotator.services.merging import report as kinds
from annotator.services.merging.merge import merge_projects
from annotator.services.projects import new_project

COMPOSED, DECOMPOSED = "José Martí", "Jose\u0301 Marti\u0301"
TEXT = "José Martí spoke in Havana about the new agreement.\n"


def test_the_two_spellings_differ_as_bytes() -> None:
    assert COMPOSED != DECOMPOSED
    assert unicodedata.normalize("NFC", DECOMPOSED) == COMPOSED


@pytest.fixture
def study(tmp_path: Path, run_cli) -> Path:
    path = tmp_path / "study.annot"
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert run_cli("new", path).exit_code == 0
    assert run_cli("import", path, article).exit_code == 0
    return path


def annotate(run_cli, study: Path, coder: str, actor: str):
    return run_cli("annotate", study, "--coder", coder, "--document", "1", "--find", "Havana",
                   "--set", f"actor={actor}", "--json")  # fmt: skip


def actor_codes(run_cli, study: Path) -> list[str]:
    shown = json.loads(run_cli("codebook", "show", study, "--json").out)
    actor = next(v for v in shown["variables"] if v["name"] == "actor")
    return [code["label"] for code in actor["codes"]]


def test_annotate_with_a_decomposed_actor_finds_the_existing_code(study: Path, run_cli) -> None:
    assert annotate(run_cli, study, "alice", COMPOSED).exit_code == 0
    before = actor_codes(run_cli, study)
    result = annotate(run_cli, study, "bob", DECOMPOSED.upper())
    assert result.exit_code == 0, result.err
    assert json.loads(result.out)["values"]["actor"] == [COMPOSED]
    assert actor_codes(run_cli, study) == before  # no second "José Martí"
    assert before.count(COMPOSED) == 1


def test_a_coder_typed_decomposed_is_the_same_coder(study: Path, run_cli) -> None:
    assert annotate(run_cli, study, "José", "Government").exit_code == 0
    assert annotate(run_cli, study, "JOSE\u0301", COMPOSED).exit_code == 0
    info = json.loads(run_cli("info", study, "--json").out)
    assert info["coders"] == ["José"]  # stored as first typed
    listed = json.loads(run_cli("annotations", study, "--coder", "jose\u0301", "--json").out)
    assert [a["coder"] for a in listed] == ["José", "José"]


def test_a_codebook_import_row_with_a_decomposed_label_matches_the_code(
    tmp_path: Path, run_cli
) -> None:
    def codebook(label: str) -> Path:
        path = tmp_path / "codebook.json"
        path.write_text(json.dumps({"name": "Mine", "variables": [
            {"name": "tone", "kind": "scale", "codes": [{"label": label}, {"label": "neutral"}]}
        ]}), encoding="utf-8")  # fmt: skip
        return path

    project = tmp_path / "mine.annot"
    assert run_cli("new", project, "--codebook", codebook("négatif")).exit_code == 0
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert run_cli("import", project, tmp_path / "a.txt").exit_code == 0
    coded = run_cli("annotate", project, "--coder", "alice", "--document", "1", "--find",
                    "Havana", "--set", "tone=négatif")  # fmt: skip
    assert coded.exit_code == 0, coded.err
    result = run_cli("codebook", "import", project, codebook("ne\u0301gatif"), "--json")
    assert result.exit_code == 0, result.err
    actions = {change["action"] for change in json.loads(result.out)["changes"]}
    assert actions <= {"renamed"}  # the same code, spelled as the file spells it
    shown = json.loads(run_cli("codebook", "show", project, "--json").out)
    labels = [code["label"] for code in shown["variables"][0]["codes"]]
    assert len(labels) == 2 and unicodedata.normalize("NFC", labels[0]) == "négatif"
    (annotation,) = json.loads(run_cli("annotations", project, "--json").out)
    assert annotation["values"]["tone"] == [labels[0]]


def test_a_variable_name_differing_only_in_non_ascii_case_is_refused(project) -> None:
    add_variable(project, "Ärger")
    with pytest.raises(InvalidInputError, match="there is already a variable 'Ärger'"):
        add_variable(project, "ärger")
    with pytest.raises(InvalidInputError, match="there is already a variable 'Ärger'"):
        add_variable(project, "A\u0308rger")
    update_variable(project, "a\u0308rger", label="Anger")  # found under either spelling
    assert next(v.label for v in list_codebook(project) if v.name == "Ärger") == "Anger"


def test_coder_copies_get_one_uuid_for_every_spelling() -> None:
    assert coder_uuid("José") == coder_uuid("Jose\u0301") == coder_uuid(" JOSÉ ")
    assert coder_uuid("José") != coder_uuid("Jose")


def _master(path: Path) -> Path:
    with new_project(path) as project:
        parsed = ParsedDocument(text=TEXT, title="Havana", source_file="a.txt")
        import_documents(project, [(Path("a.txt"), parsed)])
    return path


def _code(path: Path, coder: str, fragment: str) -> None:
    from annotator.db.project import open_project

    start = TEXT.index(fragment)
    with open_project(path) as project:
        create_annotation(project, document=1, coder=coder, start=start,
                          end=start + len(fragment), values={"actor": ["Government"]})  # fmt: skip


def _coders(path: Path) -> set[str]:
    from annotator.db.project import open_project

    with open_project(path, read_only=True) as project:
        return {record.coder for record in list_annotations(project)}


def test_merge_matches_coders_by_name_across_spellings(tmp_path: Path) -> None:
    master = _master(tmp_path / "study.annot")
    first, second = tmp_path / "a.annot", tmp_path / "b.annot"
    backup_copy(master, first)
    backup_copy(master, second)
    _code(first, "José", "Havana")
    _code(second, "Jose\u0301", "agreement")  # another uuid, the same name decomposed
    joined = merge_projects([first, second], tmp_path / "j.annot", coders_by_name=True)
    assert joined.conflicts == []
    assert _coders(tmp_path / "j.annot") == {"José"}
    apart = merge_projects([first, second], tmp_path / "m.annot")
    assert [c.kind for c in apart.conflicts] == [kinds.CODER_NAME_TAKEN]
    assert len(_coders(tmp_path / "m.annot")) == 2


def _row(**fields: object) -> SimpleNamespace:
    values = {"title": "", "outlet": "", "author": "", "language": "", "published": None,
              "extra": {}}  # fmt: skip
    return SimpleNamespace(**{**values, **fields})


def test_the_document_filter_finds_outlets_and_fields_however_accents_were_typed() -> None:
    row = _row(title="Entretien", outlet="Le Réveil", published=date(2022, 3, 5),
               extra={"Région": "Île-de-France"})  # fmt: skip
    assert parse_filter("outlet:re\u0301veil").matches(row)
    assert parse_filter("RE\u0301VEIL").matches(row)
    assert parse_filter("re\u0301gion:i\u0302le").matches(row)
    assert not parse_filter("outlet:reveil").matches(row)  # an accent is not a case


def test_spreadsheet_headers_match_however_accents_were_typed() -> None:
    decomposed = "U\u0308berschrift"
    assert guess_mapping(["Text", decomposed]).title == decomposed
    assert unique_headers(["Überschrift", decomposed]) == ["Überschrift", f"{decomposed} (2)"]


def test_a_coders_statuses_are_found_under_either_spelling(project) -> None:
    parsed = ParsedDocument(text=TEXT, title="Havana", source_file="a.txt")
    import_documents(project, [(Path("a.txt"), parsed)])
    set_status(project, 1, "José", "done")
    assert statuses_of(project, "JOSE\u0301") == statuses_of(project, "José") != {}
    assert statuses_of(project, "Jose") == {}
