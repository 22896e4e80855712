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

A `.qdc` from another program has no such markers. Its top-level codes with sub-codes become
variables (taking several codes per span, as in QDA tools; the code's colour is kept as a
`Colour: #RRGGBB` line of the variable's description); its top-level codes without sub-codes
become codes of one variable called `code`, so that a flat or mixed code system stays codable.
A non-codable code of another program is a category (QualCoder's categories and sub-categories),
not a retired code. Code groups (`Sets`, as ATLAS.ti writes them) have no place in Annotator's
codebook and are reported as left out. Every such decision is a sentence of `draft.mapping`.

`unique_names=True` (for QualCoder, which needs unique code names across the whole tree) writes a
label used more than once as `Label (variable)`, e.g. `Other (claim)`; the variable's marker says
`names=unique`, so reading the file back takes the suffix off again.

Untrusted files are parsed without entities, DTDs or network access.
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


def variable_description(variable: DraftVariable, unique_names: bool = False) -> str:
    kind = variable.kind.value if variable.kind else "category"
    names = "names=unique; " if unique_names else ""
    marker = (
        f"{VARIABLE_MARKER} kind={kind}; multiple={'yes' if variable.multiple else 'no'}; "
        f"open={'yes' if variable.open else 'no'}; {names}label={variable.label}"
    )
    return f"{variable.description.strip()}\n\n{marker}" if variable.description.strip() else marker


def _guid(value: str | None) -> str:
    return value or str(uuid.uuid4())


def unique_code_names(draft: DraftCodebook) -> dict[int, str]:
    """Each code's name (by `id(code)`) unique across the whole tree, variables included: a label
    used more than once becomes `Label (variable)`, e.g. `Other (claim)`."""
    counts: dict[str, int] = {}
    for name in [v.name for v in draft.variables] + [c.label for c in draft.codes]:
        counts[label_key(name)] = counts.get(label_key(name), 0) + 1
    return {
        id(code): code.label if counts[label_key(code.label)] == 1
        else f"{code.label} ({code.variable})"
        for code in draft.codes
    }  # fmt: skip


def build_qdc(draft: DraftCodebook, *, unique_names: bool = False) -> bytes:
    """The codebook as REFI-QDA XML (UTF-8, with declaration), valid against Codebook.xsd."""
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
    variable_guids = write_code_tree(draft, codes, element, unique_names=unique_names)
    if draft.variables:
        sets = element(root, "Sets")
        name = draft.name or "Annotator codebook"
        guid = str(uuid.uuid5(_SET_NAMESPACE, "|".join([name, *variable_guids])))
        codebook_set = element(sets, "Set", guid=guid, name=name)
        description = draft.description.strip()
        marker = f"{CODEBOOK_MARKER} {draft.version}".rstrip()
        describe(codebook_set, f"{description}\n\n{marker}" if description else marker)
        for guid in variable_guids:
            element(codebook_set, "MemberCode", guid=guid)  # Codebook.xsd: guid, not targetGUID
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_code_tree(
    draft: DraftCodebook, codes: Any, element: Any, *, unique_names: bool = False
) -> list[str]:
    """Write each variable as a non-codable Code holding its codes under `codes` (a .qdc's or a
    .qde's Codes element; `element(parent, tag, **attributes)` makes a child in the right
    namespace). Returns the variables' guids."""
    names = unique_code_names(draft) if unique_names else {}
    variable_guids: list[str] = []
    for variable in draft.variables:
        guid = _guid(variable.uuid)
        variable_guids.append(guid)
        node = element(codes, "Code", guid=guid, name=variable.name, isCodable="false")
        description = variable_description(variable, unique_names)
        element(node, "Description").text = description
        nodes: dict[str, Any] = {}
        for code, _depth in draft.walk(variable.name):
            parent = nodes.get(label_key(code.parent), node) if code.parent else node
            attributes = {
                "guid": _guid(code.uuid),
                "name": names.get(id(code), code.label),
                "isCodable": "false" if code.retired else "true",
            }
            if code.colour:
                attributes["color"] = code.colour.upper()
            child = element(parent, "Code", **attributes)
            text = code_description(code)
            if text:
                element(child, "Description").text = text
            nodes[label_key(code.label)] = child
    return variable_guids


def write_codebook_qdc(draft: DraftCodebook, target: Path, *, unique_names: bool = False) -> None:
    data = build_qdc(draft, unique_names=unique_names)
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
        self.categories = 0  # non-codable codes of another program
        self.labels: dict[str, str] = {}  # guid -> label, for naming Set members

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

    def codes(
        self,
        element: _Element,
        variable: str,
        parent: str | None,
        *,
        ours: bool,
        suffix: str = "",
    ) -> None:
        """The codes under `element`, into `variable`. In our own files a non-codable code is
        retired; in other programs' files it is a category (QualCoder), kept codable."""
        for child in _children(element, "Code"):
            label = self.name_of(child)
            if suffix and label.endswith(suffix):
                label = label[: -len(suffix)]
            self.code(child, variable, parent, label, ours=ours)
            self.codes(child, variable, label, ours=ours, suffix=suffix)

    def code(
        self, child: _Element, variable: str, parent: str | None, label: str, *, ours: bool
    ) -> None:
        fields = parse_code_description(_description(child))
        codable = (child.get("isCodable") or "true").strip() not in ("false", "0")
        if not ours and not codable:
            self.categories += 1
        guid = self.guid(child)
        if guid:
            self.labels[guid] = label
        self.draft.codes.append(
            DraftCode(
                variable=variable, label=label, parent=parent,
                definition=fields["definition"], include=fields["include"],
                exclude=fields["exclude"], example=fields["example"],
                colour=self.colour(child), shortcut=fields["shortcut"] or None,
                retired=ours and not codable, uuid=guid, row=child.sourceline,
            )
        )  # fmt: skip


FLAT_VARIABLE = "code"


def _variable_name_for_flat_codes(taken: set[str]) -> str:
    name, number = FLAT_VARIABLE, 1
    while label_key(name) in taken:
        number += 1
        name = f"{FLAT_VARIABLE} {number}"
    return name


def draft_from_code_elements(
    top: list[_Element], sets: list[_Element], source: str, draft: DraftCodebook
) -> DraftCodebook:
    """Fill `draft` from a code tree's top-level Code elements and its Set elements (of a .qdc or
    a .qde: only local names count), with the mapping rules of the module docstring."""
    reader = _Reader(source, draft)
    ours = any(_variable_fields(_description(code)) for code in top)
    nested = [code for code in top if _children(code, "Code")]
    flat = [code for code in top if not _children(code, "Code")]
    if ours:
        for element in top:
            variable = reader.variable(element)
            fields = _variable_fields(_description(element))
            unique = bool(fields and fields[1].get("names") == "unique")
            draft.variables.append(variable)
            suffix = f" ({variable.name})" if unique else ""
            reader.codes(element, variable.name, None, ours=True, suffix=suffix)
    else:
        for element in nested:
            variable = reader.variable(element)
            colour = reader.colour(element)
            if colour:
                variable.description = "\n\n".join(
                    part for part in (variable.description, f"Colour: {colour}") if part
                )
            draft.variables.append(variable)
            reader.codes(element, variable.name, None, ours=False)
        if nested:
            draft.mapping.append(
                f"{len(nested)} top-level codes with sub-codes became variables (several codes "
                f"per span; their own colours kept in the description): "
                + ", ".join(variable.name for variable in draft.variables)
            )
        if flat:
            name = _variable_name_for_flat_codes({label_key(v.name) for v in draft.variables})
            draft.variables.append(DraftVariable(name=name, label=name.capitalize(), multiple=True))
            for element in flat:
                reader.code(element, name, None, reader.name_of(element), ours=False)
            draft.mapping.append(
                f"{len(flat)} top-level codes without sub-codes became codes of the variable "
                f"{name!r} (colours and descriptions kept)"
            )
        if reader.categories:
            draft.mapping.append(
                f"{reader.categories} non-codable codes (categories) became ordinary codes, "
                "not retired ones"
            )
    for set_element in sets:
        text = _description(set_element)
        lines = text.split("\n")
        if lines and lines[-1].startswith(CODEBOOK_MARKER):
            draft.name = (set_element.get("name") or "").strip()
            draft.version = lines[-1][len(CODEBOOK_MARKER) :].strip()
            draft.description = "\n".join(lines[:-1]).strip()
            continue
        members = []
        for member in _children(set_element, "MemberCode"):
            reference = member.get("guid") or member.get("targetGUID") or ""
            try:
                members.append(reader.labels.get(normalise_uuid(reference) or "", reference))
            except ValueError:
                members.append(reference)
        draft.mapping.append(
            f"Set {set_element.get('name') or '(no name)'!r} ({len(members)} codes"
            + (f": {', '.join(members)}" if members else "")
            + ") left out: Annotator's codebook has no code groups"
        )
    return draft


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
    top = [code for codes in _children(root, "Codes") for code in _children(codes, "Code")]
    sets = [s for group in _children(root, "Sets") for s in _children(group, "Set")]
    return draft_from_code_elements(top, sets, path.name, draft)
