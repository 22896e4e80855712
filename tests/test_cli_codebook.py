"""`annotator codebook ...` and `annotator new --codebook FILE.xlsx|.qdc` in use."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

CONFLICT_ROW = ("Codes", 34)  # the default codebook's framing = Conflict, which has shortcut 1


@pytest.fixture
def study(project_home: str, tmp_path: Path, run_cli) -> str:
    """A coded project, in a file or on the test server (each test runs on both)."""
    path = project_home
    assert run_cli("new", path).exit_code == 0
    article = tmp_path / "article.txt"
    article.write_text("Title\nThe minister said the conflict would end soon.\n", encoding="utf-8")
    assert run_cli("import", path, article).exit_code == 0
    for coder, frames in (("alice", ["Conflict", "Morality"]), ("bob", ["Conflict"])):
        sets = [f"--set=framing={frame}" for frame in frames]
        result = run_cli("annotate", path, "--coder", coder, "--document", "1", "--find",
                         "the conflict", *sets)  # fmt: skip
        assert result.exit_code == 0, result.err
    return path


def show(run_cli, project: Path | str) -> dict:
    result = run_cli("codebook", "show", project, "--json")
    assert result.exit_code == 0, result.err
    return json.loads(result.out)


def test_show(study: str, run_cli) -> None:
    text = run_cli("codebook", "show", study).out
    assert "framing — category, several codes per span" in text
    assert "  Conflict  ([1]  #FF9999  2 annotations)" in text
    data = show(run_cli, study)
    assert [v["name"] for v in data["variables"]] == ["actor", "claim", "sector", "framing"]
    conflict = data["variables"][3]["codes"][0]
    assert (conflict["label"], conflict["annotations"], conflict["shortcut"]) == (
        "Conflict",
        2,
        "1",
    )


def test_export_and_new_project_from_the_workbook(study: str, tmp_path: Path, run_cli) -> None:
    for name in ("codebook.xlsx", "codebook.qdc", "codebook.html"):
        result = run_cli("codebook", "export", study, "-o", tmp_path / name)
        assert result.exit_code == 0, result.err
        assert result.out == f"Wrote {tmp_path / name}: 4 variables, 38 codes.\n"
    sheets = openpyxl.load_workbook(tmp_path / "codebook.xlsx").sheetnames
    assert sheets == ["Study", "Variables", "Codes"]
    html = (tmp_path / "codebook.html").read_text(encoding="utf-8")
    assert "<h2>Framing</h2>" in html and "When not to use" in html
    for name in ("codebook.xlsx", "codebook.qdc"):
        copy = tmp_path / f"from-{name}.annot"
        result = run_cli("new", copy, "--codebook", tmp_path / name)
        assert result.exit_code == 0, result.err
        original, copied = show(run_cli, study), show(run_cli, copy)
        for variables in (original["variables"], copied["variables"]):
            for variable in variables:
                for code in variable["codes"]:
                    code.pop("annotations")
        assert copied == original  # same uuids: coders' projects will merge
    bad = run_cli("codebook", "export", study, "-o", tmp_path / "codebook.pdf")
    assert bad.exit_code == 2 and "cannot write a codebook as '.pdf'" in bad.err


def edit_workbook(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    codes = workbook["Codes"]
    for row in codes.iter_rows(min_row=2):
        if row[1].value == "Morality":
            row[1].value = "Morality and ethics"
        if row[1].value == "Economic consequences":
            row[3].value = "Gains and losses."
    codes.append(["framing", "Security", None, "Threats to safety.", "", "", "", "#336699"])
    workbook.save(path)


def test_import_dry_run_then_apply(study: str, tmp_path: Path, run_cli) -> None:
    path = tmp_path / "codebook.xlsx"
    run_cli("codebook", "export", study, "-o", path)
    edit_workbook(path)
    before = show(run_cli, study)
    dry = run_cli("codebook", "import", study, path, "--dry-run")
    assert dry.exit_code == 0, dry.err
    assert "  renamed     framing: Morality (to 'Morality and ethics')" in dry.out
    assert "  redefined   framing: Economic consequences (definition)" in dry.out
    assert "  added       framing: Security (top level)" in dry.out
    assert "3 change(s) would be made (dry run: nothing was changed)." in dry.out
    assert show(run_cli, study) == before
    applied = run_cli("codebook", "import", study, path, "--json")
    data = json.loads(applied.out)
    assert data["applied"] is True and data["problems"] == []
    assert {(c["action"], c["code"]) for c in data["changes"]} == {
        ("renamed", "Morality"),
        ("redefined", "Economic consequences"),
        ("added", "Security"),
    }
    annotations = json.loads(run_cli("annotations", study, "--json").out)
    assert annotations[0]["values"]["framing"] == ["Conflict", "Morality and ethics"]
    again = run_cli("codebook", "import", study, path)
    assert "already up to date" in again.out


def test_import_with_problems_changes_nothing(study: str, tmp_path: Path, run_cli) -> None:
    path = tmp_path / "codebook.xlsx"
    run_cli("codebook", "export", study, "-o", path)
    workbook = openpyxl.load_workbook(path)
    workbook["Codes"]["C5"] = "Nowhere"
    workbook["Codes"]["I6"] = "1"
    workbook["Variables"]["C2"] = "nominalish"
    workbook.save(path)
    before = show(run_cli, study)
    result = run_cli("codebook", "import", study, path)
    assert result.exit_code == 2
    lines = result.err.splitlines()
    assert lines[0].startswith(
        "annotator: error: codebook.xlsx: Variables, row 2, column C (Kind): unknown variable kind"
    )
    assert any("Codes, row 5, column C (Parent): unknown parent 'Nowhere'" in ln for ln in lines)
    conflict = f"Codes, row {CONFLICT_ROW[1]}, column I (Shortcut): shortcut '1' of 'Conflict'"
    assert any(conflict in ln and "also used by" in ln and "(row 6)" in ln for ln in lines)
    assert lines[-1].endswith("nothing was changed")
    as_json = run_cli("codebook", "import", study, path, "--json")
    assert as_json.exit_code == 2
    problems = json.loads(as_json.out)["problems"]
    assert {(p["sheet"], p["row"], p["column"]) for p in problems} == {
        ("Variables", 2, "C (Kind)"),
        ("Codes", 5, "C (Parent)"),
        (CONFLICT_ROW[0], CONFLICT_ROW[1], "I (Shortcut)"),
    }
    assert show(run_cli, study) == before
    copy = tmp_path / "copy.annot"
    refused = run_cli("new", copy, "--codebook", path)
    assert refused.exit_code == 2 and "unknown parent 'Nowhere'" in refused.err
    assert not copy.exists()


def test_rename_merge_retire(study: str, run_cli) -> None:
    renamed = run_cli("codebook", "rename", study, "framing", "human interest", "Human stories")
    assert renamed.out == "Renamed 'Human interest' to 'Human stories' in 'framing'.\n"
    dry = run_cli("codebook", "merge", study, "framing", "Conflict", "Morality", "--dry-run")
    assert "would recode 2 annotations, 1 already having the target code" in dry.out
    merged = run_cli("codebook", "merge", study, "framing", "Conflict", "Morality")
    assert merged.exit_code == 0, merged.err
    assert "2 annotations recoded (1 already had 'Morality')" in merged.out
    annotations = json.loads(run_cli("annotations", study, "--json").out)
    assert [a["values"]["framing"] for a in annotations] == [["Morality"], ["Morality"]]
    assert run_cli("codebook", "retire", study, "framing", "Morality").exit_code == 0
    refused = run_cli("annotate", study, "--coder", "carol", "--document", "1", "--find",
                      "minister", "--set", "framing=Morality")  # fmt: skip
    assert refused.exit_code == 2 and "retired" in refused.err
    assert run_cli("codebook", "retire", study, "framing", "Morality", "--reinstate").exit_code == 0
    unknown = run_cli("codebook", "rename", study, "framing", "Nope", "X")
    assert unknown.exit_code == 2 and "'framing' has no code 'Nope'" in unknown.err


def test_json_codebook_still_works(tmp_path: Path, run_cli) -> None:
    codebook = tmp_path / "mine.json"
    codebook.write_text(json.dumps({"name": "Mine", "variables": [
        {"name": "tone", "kind": "scale", "codes": [{"label": "negative"}, {"label": "positive"}]}
    ]}), encoding="utf-8")  # fmt: skip
    assert run_cli("new", tmp_path / "mine.annot", "--codebook", codebook).exit_code == 0
    data = show(run_cli, tmp_path / "mine.annot")
    assert [c["label"] for c in data["variables"][0]["codes"]] == ["negative", "positive"]
    dry = run_cli("codebook", "import", tmp_path / "mine.annot", codebook, "--dry-run")
    assert "already up to date" in dry.out


def test_an_import_retiring_every_code_needs_force(study: str, tmp_path: Path, run_cli) -> None:
    path = tmp_path / "codebook.xlsx"
    run_cli("codebook", "export", study, "-o", path)
    workbook = openpyxl.load_workbook(path)
    workbook["Codes"].delete_rows(2, workbook["Codes"].max_row)  # the headers alone
    workbook.save(path)
    before, file_before = show(run_cli, study), _file_bytes(study)
    what = "would retire 2 and remove 36 codes, all 38 codes of the project"

    refused = run_cli("codebook", "import", study, path)
    assert refused.exit_code == 2 and refused.out == ""
    assert refused.err == (
        f"annotator: error: {path}: importing it {what}; nothing was changed. Check the file "
        "(--dry-run lists the changes) and add --force to import it anyway.\n"
    )
    as_json = run_cli("codebook", "import", study, path, "--json")
    assert as_json.exit_code == 2
    data = json.loads(as_json.out)
    assert data["applied"] is False and data["needs_force"] == f"importing it {what}"
    assert show(run_cli, study) == before and _file_bytes(study) == file_before

    dry = run_cli("codebook", "import", study, path, "--dry-run")
    assert dry.exit_code == 0
    assert "  retired     framing: Conflict (not in the file; kept for 2 annotations)" in dry.out
    assert dry.out.splitlines()[-1] == (
        f"38 change(s) would be made (dry run: nothing was changed); importing it {what}, "
        "so it needs --force."
    )
    assert show(run_cli, study) == before

    forced = run_cli("codebook", "import", study, path, "--force")
    assert forced.exit_code == 0, forced.err
    framing = show(run_cli, study)["variables"][3]["codes"]
    assert [(c["label"], c["retired"]) for c in framing] == [
        ("Conflict", True),
        ("Morality", True),
    ]


def test_a_foreign_codebook_prints_its_mapping(tmp_path: Path, run_cli) -> None:
    from test_io_codebook_qdc import MIXED

    qdc = tmp_path / "atlas.qdc"
    qdc.write_text(MIXED, encoding="utf-8")
    project = tmp_path / "from-atlas.annot"
    result = run_cli("new", project, "--codebook", qdc)
    assert result.exit_code == 0, result.err
    assert "Mapped: 3 top-level codes without sub-codes became codes of the variable 'code'" in (
        result.out
    )
    assert "Mapped: Set 'Style' (2 codes: Irony, Quote) left out" in result.out
    variables = show(run_cli, project)["variables"]
    codes = {v["name"]: [c["label"] for c in v["codes"]] for v in variables}
    assert codes["code"] == ["Irony", "Quote", "Other"]
    again = run_cli("codebook", "import", project, qdc, "--json")
    assert again.exit_code == 0, again.err
    assert any("left out" in line for line in json.loads(again.out)["mapping"])


def test_export_unique_names(study: str, tmp_path: Path, run_cli) -> None:
    target = tmp_path / "qualcoder.qdc"
    result = run_cli("codebook", "export", study, "-o", target, "--unique-names")
    assert result.exit_code == 0, result.err
    assert 'name="Other (framing)"' in target.read_text(encoding="utf-8")
    bad = run_cli("codebook", "export", study, "-o", tmp_path / "c.xlsx", "--unique-names")
    assert bad.exit_code == 2
    assert bad.err.strip().endswith("--unique-names applies to .qdc codebooks only")


def test_taguettes_codebook_prints_its_mapping(tmp_path: Path, run_cli) -> None:
    qdc = Path(__file__).parent / "data" / "refi" / "taguette-1.4-codebook.qdc"
    result = run_cli("new", tmp_path / "t.annot", "--codebook", qdc)
    assert result.exit_code == 0, result.err
    assert result.out.splitlines() == [
        "Mapped: 3 top-level codes without sub-codes became codes of the variable 'code' "
        "(colours and descriptions kept)",
        f"Created {tmp_path / 't.annot'} with 1 variables (code).",
    ]


def _file_bytes(study: str) -> bytes:
    """A file project's bytes; nothing for a server project (its codebook is compared)."""
    return b"" if study.startswith("postgresql://") else Path(study).read_bytes()
