"""REFI-QDA codebooks: the export validates against the published schema's shape, a round trip
keeps variables and every code field, other programs' files import, hostile XML stays inert."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from annotator.core.codebook_draft import check_draft
from annotator.errors import InvalidInputError
from annotator.io.codebooks.qdc import build_qdc, parse_code_description, read_codebook_qdc
from annotator.services.codebooks.edit import retire_code
from annotator.services.codebooks.sync import new_project_from_draft, plan_import, project_draft

# The official schema (REFI-QDA Codebook.xsd, MIT licence; see tests/data/refi/SOURCE.md).
CODEBOOK_XSD = Path(__file__).parent / "data" / "refi" / "Codebook.xsd"
NS = {"q": "urn:QDA-XML:codebook:1.0"}


def test_export_validates_against_the_codebook_schema(project) -> None:
    retire_code(project, ("sector", "Transport"))
    data = build_qdc(project_draft(project))
    schema = etree.XMLSchema(etree.parse(str(CODEBOOK_XSD)))
    document = etree.fromstring(data)
    schema.assertValid(document)
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    top = document.findall("q:Codes/q:Code", NS)
    assert [code.get("name") for code in top] == ["actor", "claim", "sector", "framing"]
    assert {code.get("isCodable") for code in top} == {"false"}
    government = top[0].find("q:Code", NS)
    assert (government.get("name"), government.get("color")) == ("Government", "#F4A3A3")
    assert government.find("q:Code", NS).get("name") == "Head of state or government"
    transport = document.find(".//q:Code[@name='Transport']", NS)
    assert transport.get("isCodable") == "false"  # retired
    members = document.findall("q:Sets/q:Set/q:MemberCode", NS)
    assert [m.get("guid") for m in members] == [code.get("guid") for code in top]


def test_round_trip_keeps_variables_and_every_field(project, tmp_path: Path) -> None:
    retire_code(project, ("sector", "Transport"))
    path = tmp_path / "codebook.qdc"
    path.write_bytes(build_qdc(project_draft(project)))
    draft = read_codebook_qdc(path)
    assert check_draft(draft) == []
    with new_project_from_draft(tmp_path / "copy.annot", draft, "codebook.qdc") as copy:
        assert project_draft(copy) == project_draft(project)
        assert build_qdc(project_draft(copy)) == build_qdc(project_draft(project))
    assert plan_import(project, draft).changes == []


def test_description_sections() -> None:
    fields = parse_code_description(
        "A definition.\n\nSecond paragraph.\n\nWhen to use: Often.\n\nWhen not to use: Never "
        'on Sundays.\n\nExample: "Quote."\n\nShortcut: k'
    )
    assert fields == {
        "definition": "A definition.\n\nSecond paragraph.",
        "include": "Often.",
        "exclude": "Never on Sundays.",
        "example": '"Quote."',
        "shortcut": "k",
    }


FOREIGN = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
  <Codes>
    <Code guid="{D2C8A0E4-3F4B-4C47-9E51-0A1B2C3D4E5F}" name="Frames" isCodable="true">
      <Description>Generic frames</Description>
      <Code guid="9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b" name="Conflict" isCodable="true"
          color="#F00">
        <Description>Disagreement between parties.</Description>
      </Code>
      <Code guid="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" name="Morality" isCodable="true"/>
    </Code>
    <Code guid="2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e" name="Tone" isCodable="true">
      <Code guid="3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f" name="Negative" isCodable="false"/>
    </Code>
  </Codes>
</CodeBook>
"""


def test_another_programs_codebook_imports(tmp_path: Path) -> None:
    path = tmp_path / "maxqda.qdc"
    path.write_text(FOREIGN, encoding="utf-8")
    draft = read_codebook_qdc(path)
    assert check_draft(draft) == []
    assert [(v.name, v.multiple, v.description) for v in draft.variables] == [
        ("Frames", True, "Generic frames"), ("Tone", True, "")]  # fmt: skip
    conflict = draft.codes[0]
    assert (conflict.label, conflict.colour, conflict.definition) == (
        "Conflict", "#FF0000", "Disagreement between parties.")  # fmt: skip
    assert conflict.uuid == "9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"
    assert draft.variables[0].uuid == "d2c8a0e4-3f4b-4c47-9e51-0a1b2c3d4e5f"
    assert not draft.codes[-1].retired  # a non-codable code of another program: a category


def test_a_flat_codebook_becomes_one_variable(tmp_path: Path) -> None:
    path = tmp_path / "flat.qdc"
    path.write_text(
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        '<Code guid="9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b" name="Economy" isCodable="true"/>'
        '<Code guid="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" name="Health" isCodable="true"/>'
        "</Codes></CodeBook>"
    )
    draft = read_codebook_qdc(path)
    assert [v.name for v in draft.variables] == ["code"]
    assert [(c.variable, c.label) for c in draft.codes] == [("code", "Economy"), ("code", "Health")]


def test_problems_name_the_line_and_attribute(project, tmp_path: Path) -> None:
    path = tmp_path / "bad.qdc"
    path.write_text(FOREIGN.replace('color="#F00"', 'color="red"').replace(
        'name="Morality"', 'name="Conflict"'), encoding="utf-8")  # fmt: skip
    problems = [str(p) for p in check_draft(read_codebook_qdc(path))]
    assert "bad.qdc, line 7, attribute color: colour 'red' is not #RRGGBB" in problems
    assert any(p.startswith("bad.qdc, line 10, attribute name: duplicate label") for p in problems)


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    path = tmp_path / "evil.qdc"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
        '<Code guid="9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b" name="A" isCodable="false">'
        "<Description>&x;</Description>"
        '<Code guid="1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" name="B" isCodable="true">'
        "<Description>before &x; after</Description></Code></Code></Codes></CodeBook>"
    )
    draft = read_codebook_qdc(path)
    assert "TOP SECRET" not in repr(draft)


def test_not_a_codebook(tmp_path: Path) -> None:
    path = tmp_path / "broken.qdc"
    path.write_text("<CodeBook><Codes>")
    with pytest.raises(InvalidInputError, match=r"cannot be read as a \.qdc codebook"):
        read_codebook_qdc(path)
    path.write_text("<Project/>")
    with pytest.raises(InvalidInputError, match="not a REFI-QDA codebook"):
        read_codebook_qdc(path)


# An ATLAS.ti-style code system: two codes with sub-codes, three flat codes, colours on all of
# them, and a code group (Set) with members given by `guid=` as ATLAS.ti writes them.
MIXED = """<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti for Windows 23.2">
  <Codes>
    <Code guid="A1000000-0000-4000-8000-000000000001" name="Actors" isCodable="true"
        color="#112233">
      <Description>Who speaks</Description>
      <Code guid="A1000000-0000-4000-8000-000000000002" name="Unions" isCodable="true"
          color="#223344"/>
    </Code>
    <Code guid="A1000000-0000-4000-8000-000000000003" name="Issues" isCodable="false">
      <Code guid="A1000000-0000-4000-8000-000000000004" name="Wages" isCodable="false">
        <Code guid="A1000000-0000-4000-8000-000000000005" name="Minimum wage"
            isCodable="true"/>
      </Code>
    </Code>
    <Code guid="A1000000-0000-4000-8000-000000000006" name="Irony" isCodable="true"
        color="#334455"><Description>Says the opposite</Description></Code>
    <Code guid="A1000000-0000-4000-8000-000000000007" name="Quote" isCodable="true"
        color="#445566"/>
    <Code guid="A1000000-0000-4000-8000-000000000008" name="Other" isCodable="true"
        color="#556677"/>
  </Codes>
  <Sets>
    <Set guid="A1000000-0000-4000-8000-000000000009" name="Style">
      <MemberCode guid="A1000000-0000-4000-8000-000000000006"/>
      <MemberCode guid="A1000000-0000-4000-8000-000000000007"/>
    </Set>
  </Sets>
</CodeBook>
"""


def test_a_mixed_code_system_stays_codable_with_every_colour(tmp_path: Path) -> None:
    path = tmp_path / "atlas.qdc"
    path.write_text(MIXED, encoding="utf-8")
    draft = read_codebook_qdc(path)
    assert check_draft(draft) == []
    assert [v.name for v in draft.variables] == ["Actors", "Issues", "code"]
    flat = [(c.label, c.colour, c.definition) for c in draft.codes_of("code")]
    assert flat == [("Irony", "#334455", "Says the opposite"), ("Quote", "#445566", ""),
                    ("Other", "#556677", "")]  # fmt: skip
    actors = draft.variables[0]
    assert actors.description == "Who speaks\n\nColour: #112233"
    assert [c.colour for c in draft.codes_of("Actors")] == ["#223344"]
    # every colour of the file is somewhere in the draft: 4 on codes, 1 on a variable
    colours = {c.colour for c in draft.codes} | {"#112233"}
    assert colours >= {"#112233", "#223344", "#334455", "#445566", "#556677"}
    report = "\n".join(draft.mapping)
    assert "Actors, Issues" in report and "'code'" in report
    assert "Set 'Style' (2 codes: Irony, Quote) left out" in report


def test_qualcoder_sub_categories_are_not_retired(tmp_path: Path) -> None:
    path = tmp_path / "atlas.qdc"
    path.write_text(MIXED, encoding="utf-8")
    draft = read_codebook_qdc(path)
    wages = next(c for c in draft.codes if c.label == "Wages")
    assert (wages.parent, wages.retired) == (None, False)
    assert not any(code.retired for code in draft.codes)
    assert any("non-codable" in line for line in draft.mapping)


def test_unique_names_for_qualcoder(project, tmp_path: Path) -> None:
    draft = project_draft(project)
    labels = [code.label for code in draft.codes]
    repeated = {label for label in labels if labels.count(label) > 1}
    assert "Other" in repeated  # the default codebook has "Other" under several variables
    data = build_qdc(draft, unique_names=True)
    etree.XMLSchema(etree.parse(str(CODEBOOK_XSD))).assertValid(etree.fromstring(data))
    names = [c.get("name") for c in etree.fromstring(data).iterfind(".//q:Code", NS)]
    assert len(names) == len({name.casefold() for name in names})
    assert {"Other (sector)", "Other (framing)"} <= set(names)
    path = tmp_path / "unique.qdc"
    path.write_bytes(data)
    again = read_codebook_qdc(path)
    assert check_draft(again) == []
    assert [(c.variable, c.label) for c in again.codes] == [
        (c.variable, c.label) for c in draft.codes]  # fmt: skip


def test_taguettes_codebook_imports_with_its_mapping() -> None:
    draft = read_codebook_qdc(Path(__file__).parent / "data" / "refi" / "taguette-1.4-codebook.qdc")
    assert check_draft(draft) == []
    assert [v.name for v in draft.variables] == ["code"]
    assert [c.label for c in draft.codes] == ["interesting", "people", "interesting.places"]
    assert draft.mapping == [
        "3 top-level codes without sub-codes became codes of the variable 'code' "
        "(colours and descriptions kept)"
    ]
