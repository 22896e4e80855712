"""`annotator import-qdpx`: real projects from other programs import with a printed mapping report
and counts; Annotator -> .qdpx -> Annotator keeps documents, codebook, annotations, coders and
memos with their uuids; hostile archives change nothing and write nothing outside the target."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from test_exchange_qdpx_export import study  # noqa: F401 (a fixture)

from annotator.db.project import open_project
from annotator.services.codebooks.sync import project_draft
from annotator.services.coders import list_coders
from annotator.services.coding.annotations import list_annotations
from annotator.services.corpus.documents import document_text, list_documents

REFI = Path(__file__).parent / "data" / "refi"
NVIVO = REFI / "nvivo-12-oltas.qdpx"


def test_an_nvivo_project_imports_with_its_mapping_and_counts(tmp_path: Path, run_cli) -> None:
    target = tmp_path / "nvivo.annot"
    result = run_cli("import-qdpx", NVIVO, target)
    assert result.exit_code == 0, result.err
    assert "Mapped: 12 top-level codes with sub-codes became variables" in result.out
    assert "Positions counted in UTF-16 units (as NVivo writes them) in 1 of 2" in result.out
    assert (
        "(NVivo for Windows 12.6): 2 documents, 2 coders, 12 variables, 140 codes, "
        "303 annotations, 0 memos." in result.out
    )
    with open_project(target, read_only=True) as project:
        coders = {coder.name: coder.uuid for coder in list_coders(project)}
        assert coders == {"Gergo": "29518289-d0e3-447b-b7dd-ae1d8cd880a0",
                          "floriansipos": "eaac2cd0-f7f0-415a-abdd-ae1d8f6762de"}  # fmt: skip
        first = next(
            a for a in list_annotations(project)
            if a.uuid == "7154a758-6873-4134-badd-ae1dc04d3086"
        )  # fmt: skip
        # NVivo counts UTF-16 units in a CRLF file: read that way the span is a whole comment
        assert first.quote.startswith("Senkit nem lehet kötelezni oltásra")
        assert first.values == {"2. Attitűd szint az oltáshoz": ["piros"]}
    assert run_cli("verify", target).exit_code == 0


def test_counting_code_points_in_an_nvivo_file_misplaces_the_spans(tmp_path: Path, run_cli):
    target = tmp_path / "nvivo.annot"
    result = run_cli("import-qdpx", NVIVO, target, "--positions", "codepoints", "--json")
    assert result.exit_code == 0, result.err
    with open_project(target, read_only=True) as project:
        quotes = [a.quote for a in list_annotations(project)]
    assert not any(q.startswith("Senkit nem lehet kötelezni oltásra") for q in quotes)


def test_round_trip_keeps_the_whole_project(study: Path, tmp_path: Path, run_cli) -> None:  # noqa: F811
    report = _round_trip(study, tmp_path, run_cli)
    assert (report["documents"], report["annotations"], report["memos"]) == (1, 2, 1)


def test_round_trip_of_the_demo(tmp_path: Path, run_cli) -> None:
    assert run_cli("demo", tmp_path / "demo").exit_code == 0
    report = _round_trip(tmp_path / "demo" / "demo.annot", tmp_path, run_cli)
    assert (report["documents"], report["annotations"], report["memos"]) == (7, 40, 2)


def _round_trip(original: Path, tmp_path: Path, run_cli) -> dict:
    exported = tmp_path / "study.qdpx"
    assert run_cli("export", original, "-o", exported).exit_code == 0
    copy = tmp_path / "copy.annot"
    result = run_cli("import-qdpx", exported, copy, "--json")
    assert result.exit_code == 0, result.err
    report = json.loads(result.out)
    assert report["mapping"] == [] and report["left_out"] == []
    with (
        open_project(original, read_only=True) as before,
        open_project(copy, read_only=True) as after,
    ):
        assert project_draft(after) == project_draft(before)

        def coders(project):  # colours are not in the format
            return [(coder.uuid, coder.name) for coder in list_coders(project)]

        assert coders(after) == coders(before)

        def documents(project):
            return [(d.uuid, d.title, d.outlet, d.author, d.published, d.url, d.language,
                     d.sha256, document_text(project, d.id))
                    for d in list_documents(project)]  # fmt: skip

        assert documents(after) == documents(before)

        def annotations(project):
            return sorted(
                (a.uuid, a.document_uuid, a.coder, a.start, a.end, a.quote, a.memo,
                 json.dumps(a.values, sort_keys=True))
                for a in list_annotations(project)
            )  # fmt: skip

        assert annotations(after) == annotations(before)
    return report


def _qdpx(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


PROJECT = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="test">'
    "<Sources>"
    '<TextSource guid="11111111-1111-4111-8111-111111111111" name="escape" '
    'plainTextPath="internal://../../escaped.txt"/>'
    '<TextSource guid="22222222-2222-4222-8222-222222222222" name="kept" '
    'plainTextPath="internal://22222222-2222-4222-8222-222222222222.txt"/>'
    "</Sources></Project>"
)


def test_a_path_leaving_the_archive_is_not_followed(tmp_path: Path, run_cli) -> None:
    work = tmp_path / "work"
    work.mkdir()
    archive = _qdpx(tmp_path / "evil.qdpx", {
        "project.qde": PROJECT.encode(),
        "../escaped.txt": b"outside",
        "sources/../../escaped.txt": b"outside",
        "sources/22222222-2222-4222-8222-222222222222.txt": b"Inside the archive.",
    })  # fmt: skip
    result = run_cli("import-qdpx", archive, work / "p.annot")
    assert result.exit_code == 0, result.err
    assert "Left out: text source 'escape': its text 'internal://../../escaped.txt' is not in " in (
        result.out
    )
    assert "1 documents" in result.out
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["evil.qdpx", "p.annot", "work"]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"project.qde": b"<!DOCTYPE x [<!ENTITY a 'b'>]><Project/>"}, "declares XML entities"),
        ({"project.qde": PROJECT.encode(), "sources/big.txt": b"0" * (2 * 1024 * 1024)},
         "(a ZIP bomb?)"),
        ({"other.xml": b"<x/>"}, "no project.qde inside"),
        ({"project.qde": b"<CodeBook/>"}, "no Project element"),
    ],
)  # fmt: skip
def test_hostile_or_wrong_archives_change_nothing(
    tmp_path: Path, run_cli, entries: dict[str, bytes], message: str
) -> None:
    archive = _qdpx(tmp_path / "bad.qdpx", entries)
    result = run_cli("import-qdpx", archive, tmp_path / "p.annot")
    assert result.exit_code == 2
    assert message in result.err and "bad.qdpx" in result.err
    assert result.err.count("\n") == 1
    assert not (tmp_path / "p.annot").exists()


def test_not_a_zip_and_an_existing_project(tmp_path: Path, run_cli, project) -> None:
    junk = tmp_path / "junk.qdpx"
    junk.write_bytes(io.BytesIO(b"not a zip").getvalue())
    result = run_cli("import-qdpx", junk, tmp_path / "p.annot")
    assert result.exit_code == 2 and "not a valid ZIP" in result.err
    existing = _qdpx(tmp_path / "ok.qdpx", {"project.qde": PROJECT.encode()})
    result = run_cli("import-qdpx", existing, project.path)
    assert result.exit_code == 2 and "already exists" in result.err


MIXED_SOURCES = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project xmlns="urn:QDA-XML:project:1.0" name="m" origin="MAXQDA 2022">'
    '<Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="Ana"/></Users>'
    '<CodeBook><Codes><Code guid="CCCCCCCC-0000-4000-8000-000000000001" name="Crisis" '
    'isCodable="true" color="#FF0000"/></Codes></CodeBook>'
    "<Sources>"
    '<PDFSource guid="BBBBBBBB-0000-4000-8000-000000000001" name="report.pdf" '
    'path="internal://BBBBBBBB-0000-4000-8000-000000000001.pdf">'
    '<PDFSelection guid="BBBBBBBB-0000-4000-8000-000000000009" firstX="1" firstY="1" '
    'secondX="9" secondY="9" page="1"/>'
    '<Representation guid="BBBBBBBB-0000-4000-8000-000000000002" name="report.txt" '
    'plainTextPath="internal://BBBBBBBB-0000-4000-8000-000000000002.txt">'
    '<PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000001" startPosition="4" '
    'endPosition="10" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">'
    '<Coding guid="EEEEEEEE-0000-4000-8000-000000000001" '
    'creatingUser="AAAAAAAA-0000-4000-8000-000000000001">'
    '<CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000001"/></Coding>'
    '<NoteRef targetGUID="FFFFFFFF-0000-4000-8000-000000000001"/>'
    "</PlainTextSelection></Representation></PDFSource>"
    '<PictureSource guid="BBBBBBBB-0000-4000-8000-000000000003" name="photo.jpg">'
    '<PictureSelection guid="BBBBBBBB-0000-4000-8000-000000000004" firstX="1" firstY="1" '
    'secondX="2" secondY="2"/></PictureSource>'
    "</Sources>"
    '<Notes><Note guid="FFFFFFFF-0000-4000-8000-000000000001" name="memo">'
    "<PlainTextContent>Check the date.</PlainTextContent></Note></Notes>"
    '<Graphs><Graph guid="99999999-0000-4000-8000-000000000001"/></Graphs>'
    "</Project>"
)


def test_a_pdfs_text_imports_and_what_cannot_is_listed(tmp_path: Path, run_cli) -> None:
    archive = _qdpx(tmp_path / "maxqda.qdpx", {
        "project.qde": MIXED_SOURCES.encode(),
        "Sources/BBBBBBBB-0000-4000-8000-000000000002.txt": b"The crisis deepened.",
        "Sources/BBBBBBBB-0000-4000-8000-000000000001.pdf": b"%PDF-1.4",
    })  # fmt: skip
    target = tmp_path / "m.annot"
    result = run_cli("new", target, "--from", archive)
    assert result.exit_code == 0, result.err
    for line in (
        "Mapped: 1 top-level codes without sub-codes became codes of the variable 'code'",
        "Left out: PDF region selections (areas of a page): 1",
        "Left out: picture sources: 1",
        "Left out: picture selections: 1",
        "Left out: graphs: 1",
        "1 documents, 1 coders, 1 variables, 1 codes, 1 annotations, 1 memos.",
    ):
        assert line in result.out
    with open_project(target, read_only=True) as project:
        (annotation,) = list_annotations(project)
    assert (annotation.quote, annotation.coder, annotation.memo) == (
        "crisis", "Ana", "Check the date.")  # fmt: skip
    assert annotation.values == {"code": ["Crisis"]}


def test_unique_names_for_qualcoder_still_round_trip(tmp_path: Path, run_cli) -> None:
    from lxml import etree
    from test_exchange_qdpx_export import PROJECT_XSD

    assert run_cli("demo", tmp_path / "demo").exit_code == 0
    original = tmp_path / "demo" / "demo.annot"
    exported = tmp_path / "qualcoder.qdpx"
    assert run_cli("export", original, "-o", exported, "--unique-names").exit_code == 0
    with zipfile.ZipFile(exported) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    etree.XMLSchema(etree.parse(str(PROJECT_XSD))).assertValid(root)
    names = [code.get("name") for code in root.iter("{urn:QDA-XML:project:1.0}Code")]
    assert len(names) == len({name.casefold() for name in names})
    assert "Other (framing)" in names
    copy = tmp_path / "copy.annot"
    assert run_cli("import-qdpx", exported, copy).exit_code == 0
    with open_project(original, read_only=True) as a, open_project(copy, read_only=True) as b:
        assert project_draft(b) == project_draft(a)


PARENT_CODED = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project xmlns="urn:QDA-XML:project:1.0" name="a" origin="ATLAS.ti for Windows 23.2">'
    '<Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="Enric"/></Users>'
    '<CodeBook><Codes><Code guid="CCCCCCCC-0000-4000-8000-000000000001" name="Commits" '
    'isCodable="true" color="#00FF00"><Code guid="CCCCCCCC-0000-4000-8000-000000000002" '
    'name="Early" isCodable="true"/></Code></Codes></CodeBook>'
    '<Sources><TextSource guid="BBBBBBBB-0000-4000-8000-000000000001" name="log" '
    'plainTextPath="internal://BBBBBBBB-0000-4000-8000-000000000001.txt">'
    '<PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000001" startPosition="0" '
    'endPosition="5" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">'
    '<Coding guid="EEEEEEEE-0000-4000-8000-000000000001">'
    '<CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000001"/></Coding>'
    '<Coding guid="EEEEEEEE-0000-4000-8000-000000000002">'
    '<CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000002"/></Coding>'
    "</PlainTextSelection></TextSource></Sources></Project>"
)


def test_codings_of_a_parent_code_are_kept(tmp_path: Path, run_cli) -> None:
    archive = _qdpx(tmp_path / "atlas.qdpx", {
        "project.qde": PARENT_CODED.encode(),
        "sources/BBBBBBBB-0000-4000-8000-000000000001.txt": b"First commit.",
    })  # fmt: skip
    target = tmp_path / "a.annot"
    result = run_cli("import-qdpx", archive, target)
    assert result.exit_code == 0, result.err
    assert "Left out" not in result.out
    assert "Mapped: codings of the code 'Commits' itself are kept as its code 'Commits'" in (
        result.out
    )
    with open_project(target, read_only=True) as project:
        (annotation,) = list_annotations(project)
        draft = project_draft(project)
    assert annotation.values == {"Commits": ["Commits", "Early"]}
    assert [(c.label, c.colour) for c in draft.codes] == [("Commits", "#00FF00"), ("Early", None)]


def test_a_selection_that_does_not_fit_is_listed_and_the_rest_imports(tmp_path: Path, run_cli):
    twice = PARENT_CODED.replace(
        "</PlainTextSelection>",
        "</PlainTextSelection>"
        '<PlainTextSelection guid="DDDDDDDD-0000-4000-8000-000000000001" startPosition="6" '
        'endPosition="12" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">'
        '<Coding guid="EEEEEEEE-0000-4000-8000-000000000003">'
        '<CodeRef targetGUID="CCCCCCCC-0000-4000-8000-000000000002"/></Coding>'
        "</PlainTextSelection>",
    )
    archive = _qdpx(tmp_path / "twice.qdpx", {
        "project.qde": twice.encode(),
        "sources/BBBBBBBB-0000-4000-8000-000000000001.txt": b"First commit.",
    })  # fmt: skip
    result = run_cli("import-qdpx", archive, tmp_path / "t.annot")
    assert result.exit_code == 0, result.err
    assert (
        "Left out: selections that do not fit (annotation dddddddd-0000-4000-8000-000000000001 "
        "already exists): 1" in result.out
    )
    assert "1 annotations" in result.out
