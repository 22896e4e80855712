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

# The essential constraints of REFI-QDA's Codebook.xsd (codebook:1.0): CodeBook holds Codes and
# optionally Sets; a Code has an optional Description and nested Codes, a required guid, name and
# isCodable, and an optional #RRGGBB/#RGB colour; a Set holds MemberCode references by guid.
CODEBOOK_XSD = """<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="urn:QDA-XML:codebook:1.0"
    targetNamespace="urn:QDA-XML:codebook:1.0" elementFormDefault="qualified">
  <xsd:element name="CodeBook" type="CodeBookType"/>
  <xsd:complexType name="CodeBookType">
    <xsd:sequence>
      <xsd:element name="Codes" type="CodesType"/>
      <xsd:element name="Sets" type="SetsType" minOccurs="0"/>
    </xsd:sequence>
    <xsd:attribute name="origin" type="xsd:string"/>
  </xsd:complexType>
  <xsd:complexType name="CodesType">
    <xsd:sequence><xsd:element name="Code" type="CodeType" maxOccurs="unbounded"/></xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name="CodeType">
    <xsd:sequence>
      <xsd:element name="Description" type="xsd:string" minOccurs="0"/>
      <xsd:element name="Code" type="CodeType" minOccurs="0" maxOccurs="unbounded"/>
    </xsd:sequence>
    <xsd:attribute name="guid" type="GUIDType" use="required"/>
    <xsd:attribute name="name" type="xsd:string" use="required"/>
    <xsd:attribute name="isCodable" type="xsd:boolean" use="required"/>
    <xsd:attribute name="color" type="RGBType"/>
  </xsd:complexType>
  <xsd:complexType name="SetsType">
    <xsd:sequence><xsd:element name="Set" type="SetType" maxOccurs="unbounded"/></xsd:sequence>
  </xsd:complexType>
  <xsd:complexType name="SetType">
    <xsd:sequence>
      <xsd:element name="Description" type="xsd:string" minOccurs="0"/>
      <xsd:element name="MemberCode" type="CodeRefType" minOccurs="0" maxOccurs="unbounded"/>
    </xsd:sequence>
    <xsd:attribute name="guid" type="GUIDType" use="required"/>
    <xsd:attribute name="name" type="xsd:string" use="required"/>
  </xsd:complexType>
  <xsd:complexType name="CodeRefType">
    <xsd:attribute name="targetGUID" type="GUIDType" use="required"/>
  </xsd:complexType>
  <xsd:simpleType name="GUIDType">
    <xsd:restriction base="xsd:token">
      <xsd:pattern value="GUID_PATTERN"/>
    </xsd:restriction>
  </xsd:simpleType>
  <xsd:simpleType name="RGBType">
    <xsd:restriction base="xsd:token">
      <xsd:pattern value="#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})"/>
    </xsd:restriction>
  </xsd:simpleType>
</xsd:schema>
"""
UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
CODEBOOK_XSD = CODEBOOK_XSD.replace("GUID_PATTERN", f"({UUID})|(\\{{{UUID}\\}})")
NS = {"q": "urn:QDA-XML:codebook:1.0"}


def test_export_validates_against_the_codebook_schema(project) -> None:
    retire_code(project, ("sector", "Transport"))
    data = build_qdc(project_draft(project))
    schema = etree.XMLSchema(etree.fromstring(CODEBOOK_XSD.encode()))
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
    assert [m.get("targetGUID") for m in members] == [code.get("guid") for code in top]


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
    assert draft.codes[-1].retired


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
