"""REFI-QDA codebooks (`.qdc`): codebooks to and from MAXQDA, ATLAS.ti, NVivo and QualCoder.

The exchange format (namespace `urn:QDA-XML:codebook:1.0`) knows only a tree of codes with a guid,
a name, a colour, a description and an `isCodable` flag. Annotator's codebook maps onto it so that
a round trip keeps everything:

- each **variable** is a top-level code with `isCodable="false"`, guid = the variable's uuid, and
  a last description line `Annotator variable: kind=…; multiple=yes|no; open=yes|no; label=…`;
- each **code** is nested under its variable (and parent code), guid = its uuid; a **retired**
  code has `isCodable="false"`; definition, when to use, when not to use, example and shortcut
  are paragraphs of the description, the rules introduced by `When to use:`, `When not to use:`,
  `Example:` and `Shortcut:`;
- the codebook's **name**, version and description travel as a `Set` holding the variables.

A `.qdc` from another program has no such markers: when its top-level codes have sub-codes each
becomes a variable (taking several codes per span, as in QDA tools); a flat list of codes becomes
one variable called `code`. Untrusted files are parsed without entities, DTDs or network access.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator import __version__
from annotator.core.codebook_draft import (
    COLOUR,
    DraftCode,
    DraftCodebook,
    DraftVariable,
    Location,
    Problem,
    normalise_uuid,
)
from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind
from annotator.errors import InvalidInputError
from annotator.io.atomic import atomic_output

if TYPE_CHECKING:
    from lxml.etree import _Element

NAMESPACE = "urn:QDA-XML:codebook:1.0"
VARIABLE_MARKER = "Annotator variable:"
CODEBOOK_MARKER = "Annotator codebook version:"
SECTIONS = (("include", "When to use:"), ("exclude", "When not to use:"),
            ("example", "Example:"), ("shortcut", "Shortcut:"))  # fmt: skip
_SECTION_START = re.compile(
    r"(?:^|\n\n)(" + "|".join(re.escape(title) for _f, title in SECTIONS) + r")[ \t]*"
)
_SET_NAMESPACE = uuid.UUID("0b6a4f3e-6c2b-5d4e-9a51-2f0e8d7c6b5a")


# --- writing ------------------------------------------------------------------------------------


def code_description(code: DraftCode) -> str:
    parts = [code.definition.strip()] if code.definition.strip() else []
    for field_name, title in SECTIONS:
        value = (getattr(code, field_name) or "").strip()
        if value:
            parts.append(f"{title} {value}")
    return "\n\n".join(parts)


def variable_description(variable: DraftVariable) -> str:
    kind = variable.kind.value if variable.kind else "category"
    marker = (
        f"{VARIABLE_MARKER} kind={kind}; multiple={'yes' if variable.multiple else 'no'}; "
        f"open={'yes' if variable.open else 'no'}; label={variable.label}"
    )
    return f"{variable.description.strip()}\n\n{marker}" if variable.description.strip() else marker


def _guid(value: str | None) -> str:
    return value or str(uuid.uuid4())


def build_qdc(draft: DraftCodebook) -> bytes:
    """The codebook as REFI-QDA XML (UTF-8, with declaration)."""
    from lxml import etree

    def element(parent: Any, tag: str, **attributes: str) -> Any:
        return etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attributes)

    def describe(node: Any, text: str) -> None:
        if text:
            element(node, "Description").text = text

    root = etree.Element(
        f"{{{NAMESPACE}}}CodeBook", {"origin": f"Annotator {__version__}"}, nsmap={None: NAMESPACE}
    )
    codes = element(root, "Codes")
    variable_guids: list[str] = []
    for variable in draft.variables:
        guid = _guid(variable.uuid)
        variable_guids.append(guid)
        node = element(codes, "Code", guid=guid, name=variable.name, isCodable="false")
        describe(node, variable_description(variable))
        nodes: dict[str, Any] = {}
        for code, _depth in draft.walk(variable.name):
            parent = nodes.get(label_key(code.parent), node) if code.parent else node
            attributes = {
                "guid": _guid(code.uuid),
                "name": code.label,
                "isCodable": "false" if code.retired else "true",
            }
            if code.colour:
                attributes["color"] = code.colour.upper()
            child = element(parent, "Code", **attributes)
            describe(child, code_description(code))
            nodes[label_key(code.label)] = child
    if draft.variables:
        sets = element(root, "Sets")
        name = draft.name or "Annotator codebook"
        guid = str(uuid.uuid5(_SET_NAMESPACE, "|".join([name, *variable_guids])))
        codebook_set = element(sets, "Set", guid=guid, name=name)
        description = draft.description.strip()
        marker = f"{CODEBOOK_MARKER} {draft.version}".rstrip()
        describe(codebook_set, f"{description}\n\n{marker}" if description else marker)
        for guid in variable_guids:
            element(codebook_set, "MemberCode", targetGUID=guid)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_codebook_qdc(draft: DraftCodebook, target: Path) -> None:
    data = build_qdc(draft)
    with atomic_output(target) as temporary:
        temporary.write_bytes(data)


# --- reading ------------------------------------------------------------------------------------


def _local(element: _Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: _Element, name: str) -> list[_Element]:
    return [child for child in element if _local(child) == name]


def _description(element: _Element) -> str:
    found = _children(element, "Description")
    return "".join(found[0].itertext()).strip().replace("\r\n", "\n") if found else ""


def parse_code_description(text: str) -> dict[str, str]:
    """Split a code's description into definition, include, exclude, example and shortcut."""
    titles = {title: field_name for field_name, title in SECTIONS}
    fields = {"definition": "", "include": "", "exclude": "", "example": "", "shortcut": ""}
    matches = list(_SECTION_START.finditer(text))
    fields["definition"] = text[: matches[0].start()].strip() if matches else text.strip()
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        fields[titles[match.group(1)]] = text[match.end() : end].strip()
    return fields


def _variable_fields(text: str) -> tuple[str, dict[str, str]] | None:
    lines = text.rstrip().split("\n")
    if not lines or not lines[-1].startswith(VARIABLE_MARKER):
        return None
    marker = lines[-1][len(VARIABLE_MARKER) :].strip()
    head, _sep, label = marker.partition("label=")
    fields = {"label": label.strip()}
    for pair in head.split(";"):
        key, _sep, value = pair.partition("=")
        if key.strip():
            fields[key.strip()] = value.strip()
    return "\n".join(lines[:-1]).strip(), fields


class _Reader:
    def __init__(self, name: str, draft: DraftCodebook) -> None:
        self.name, self.draft = name, draft

    def problem(self, message: str, element: _Element, attribute: str | None = None) -> None:
        location = Location(self.name, element.sourceline, attribute, "line", "attribute")
        self.draft.problems.append(Problem(message, location))

    def guid(self, element: _Element) -> str | None:
        try:
            return normalise_uuid(element.get("guid"))
        except ValueError:
            self.problem(f"{element.get('guid')!r} is not a guid", element, "guid")
            return None

    def colour(self, element: _Element) -> str | None:
        value = (element.get("color") or "").strip()
        if not value:
            return None
        if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
            value = "#" + "".join(character * 2 for character in value[1:])
        if not COLOUR.match(value):
            self.problem(f"colour {value!r} is not #RRGGBB", element, "color")
            return None
        return value.upper()

    def name_of(self, element: _Element) -> str:
        name = " ".join((element.get("name") or "").split())
        if not name:
            self.problem("a Code has no name", element, "name")
        return name

    def variable(self, element: _Element, foreign_multiple: bool = True) -> DraftVariable:
        name = self.name_of(element)
        description = _description(element)
        parsed = _variable_fields(description)
        variable = DraftVariable(
            name=name, label=name, multiple=foreign_multiple, description=description,
            uuid=self.guid(element), row=element.sourceline,
        )  # fmt: skip
        if parsed is not None:
            variable.description, fields = parsed
            variable.label = fields.get("label") or name
            variable.multiple = fields.get("multiple", "no") == "yes"
            variable.open = fields.get("open", "no") == "yes"
            try:
                variable.kind = VariableKind(fields.get("kind", "category"))
            except ValueError:
                variable.kind = None
                self.problem(
                    f"unknown variable kind {fields.get('kind')!r} (use category, scale or text)",
                    element,
                    "Description",
                )
        return variable

    def codes(self, element: _Element, variable: str, parent: str | None) -> None:
        for child in _children(element, "Code"):
            label = self.name_of(child)
            fields = parse_code_description(_description(child))
            self.draft.codes.append(
                DraftCode(
                    variable=variable, label=label, parent=parent,
                    definition=fields["definition"], include=fields["include"],
                    exclude=fields["exclude"], example=fields["example"],
                    colour=self.colour(child), shortcut=fields["shortcut"] or None,
                    retired=(child.get("isCodable") or "true").strip() in ("false", "0"),
                    uuid=self.guid(child), row=child.sourceline,
                )
            )  # fmt: skip
            self.codes(child, variable, label)


def _parse(path: Path) -> _Element:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        # libxml2 refuses elements nested over 256 deep (without huge_tree): not a codebook.
        if error.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in str(error.msg):
            raise InvalidInputError(f"{path}: nested too deeply to be a codebook") from error
        raise InvalidInputError(f"{path}: cannot be read as a .qdc codebook ({error})") from error
    except OSError as error:
        raise InvalidInputError(f"{path}: cannot be read as a .qdc codebook ({error})") from error


def read_codebook_qdc(path: Path) -> DraftCodebook:
    """Read a REFI-QDA codebook; problems are in `draft.problems` (see `check_draft`)."""
    root = _parse(path)
    if _local(root) != "CodeBook":
        raise InvalidInputError(f"{path}: is not a REFI-QDA codebook (no CodeBook element)")
    draft = DraftCodebook(
        variable_sheet=path.name, code_sheet=path.name, row_word="line", column_word="attribute",
        variable_columns={"name": "name", "uuid": "guid", "kind": "Description"},
        code_columns={"label": "name", "uuid": "guid", "colour": "color",
                      "shortcut": "Description"},
    )  # fmt: skip
    reader = _Reader(path.name, draft)
    top = [code for codes in _children(root, "Codes") for code in _children(codes, "Code")]
    ours = any(_variable_fields(_description(code)) for code in top)
    if ours or any(_children(code, "Code") for code in top):
        for element in top:
            variable = reader.variable(element)
            draft.variables.append(variable)
            reader.codes(element, variable.name, None)
    elif top:
        draft.variables.append(DraftVariable(name="code", label="Code", multiple=True))
        for wrapper in _children(root, "Codes"):
            reader.codes(wrapper, "code", None)
    for set_element in (s for sets in _children(root, "Sets") for s in _children(sets, "Set")):
        text = _description(set_element)
        lines = text.split("\n")
        if lines and lines[-1].startswith(CODEBOOK_MARKER):
            draft.name = (set_element.get("name") or "").strip()
            draft.version = lines[-1][len(CODEBOOK_MARKER) :].strip()
            draft.description = "\n".join(lines[:-1]).strip()
            break
    return draft
