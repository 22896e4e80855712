"""Writing a REFI-QDA project (`.qdpx`): a ZIP of `project.qde` (namespace
`urn:QDA-XML:project:1.0`, valid against the standard's Project.xsd) and `sources/<guid>.txt`.

The writer knows nothing about the database: the service hands it plain records, sources as an
iterator, so that a project of any size is written with the memory of one document. Texts go
into the archive first (one entry each), then `project.qde` is streamed with lxml's incremental
writer. Positions are the standard's: Unicode code points from 0, end exclusive (REFI-QDA 1.5,
section 10.2) - which is what Annotator stores, so no conversion is needed on the way out.

Annotator's own extras travel in descriptions that other programs show as text and that
`annotator.io.exchange.qdpx_read` reads back: a code's rules (as in the .qdc), a variable's
settings (`Annotator variable: ...`), and a selection's text values (`Annotator text values:`
followed by JSON).
"""

from __future__ import annotations

import itertools
import json
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from annotator import __version__
from annotator.core.codebook_draft import DraftCodebook
from annotator.io.atomic import atomic_output
from annotator.io.codebooks.qdc import CODEBOOK_MARKER, write_code_tree

NAMESPACE = "urn:QDA-XML:project:1.0"
SCHEMA_LOCATION = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
TEXT_VALUES_MARKER = "Annotator text values:"
SOURCES_FOLDER = "sources"
_DERIVED = uuid.UUID("5f0c6a1e-2b7d-5e3a-9c41-8d2e6f0b7a93")


def derived_guid(*parts: str) -> str:
    """A stable guid for something Annotator has no uuid of (a coding, a memo's note)."""
    return str(uuid.uuid5(_DERIVED, "|".join(parts)))


@dataclass(frozen=True)
class QdpxUser:
    guid: str
    name: str


@dataclass(frozen=True)
class QdpxVariable:
    """A document property (outlet, author, ...) as a REFI-QDA variable."""

    guid: str
    name: str
    type: str  # Text, Date, ... (typeOfVariableType)
    description: str = ""


@dataclass
class QdpxSelection:
    guid: str
    start: int  # code points, end exclusive
    end: int
    name: str
    user: str  # the coder's guid
    created: datetime
    modified: datetime
    codes: list[str] = field(default_factory=list)  # code guids
    text_values: dict[str, str] = field(default_factory=dict)  # variable name -> text
    note: str | None = None  # the memo note's guid


@dataclass
class QdpxSource:
    guid: str
    name: str
    created: datetime
    values: list[tuple[QdpxVariable, Any]] = field(default_factory=list)
    description: str = ""
    selections: list[QdpxSelection] = field(default_factory=list)


@dataclass(frozen=True)
class QdpxNote:
    guid: str
    name: str
    text: str
    user: str | None
    created: datetime


@dataclass
class QdpxProject:
    """What a .qdpx holds; `texts`, `sources` and `notes` are read lazily, once, in that order."""

    name: str
    users: list[QdpxUser]
    codebook: DraftCodebook
    variables: list[QdpxVariable]
    texts: Callable[[], Iterable[tuple[str, str]]]  # (source guid, plain text)
    sources: Callable[[], Iterable[QdpxSource]]
    notes: Callable[[], Iterable[QdpxNote]]
    description: str = ""


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _value_element(kind: str, value: Any) -> tuple[str, str]:
    if kind == "Date" and isinstance(value, date):
        return "DateValue", value.isoformat()
    return "TextValue", str(value)


class _Elements:
    """Builds the small subtrees (one source, one note) that the incremental writer emits."""

    def __init__(self) -> None:
        from lxml import etree

        self.etree = etree

    def make(self, tag: str, **attributes: str) -> Any:
        return self.etree.Element(f"{{{NAMESPACE}}}{tag}", attributes, nsmap={None: NAMESPACE})

    def child(self, parent: Any, tag: str, **attributes: str) -> Any:
        return self.etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attributes)

    def source(self, source: QdpxSource) -> Any:
        node = self.make(
            "TextSource",
            guid=source.guid,
            name=source.name,
            plainTextPath=f"internal://{source.guid}.txt",
            creationDateTime=_stamp(source.created),
        )
        if source.description:
            self.child(node, "Description").text = source.description
        for selection in source.selections:
            self.selection(node, selection)
        for variable, value in source.values:
            holder = self.child(node, "VariableValue")
            self.child(holder, "VariableRef", targetGUID=variable.guid)
            tag, text = _value_element(variable.type, value)
            self.child(holder, tag).text = text
        return node

    def selection(self, parent: Any, selection: QdpxSelection) -> None:
        node = self.child(
            parent,
            "PlainTextSelection",
            guid=selection.guid,
            name=selection.name,
            startPosition=str(selection.start),
            endPosition=str(selection.end),
            creatingUser=selection.user,
            creationDateTime=_stamp(selection.created),
            modifyingUser=selection.user,
            modifiedDateTime=_stamp(selection.modified),
        )
        if selection.text_values:
            text = json.dumps(selection.text_values, ensure_ascii=False, sort_keys=True)
            self.child(node, "Description").text = f"{TEXT_VALUES_MARKER} {text}"
        for code in selection.codes:
            coding = self.child(
                node,
                "Coding",
                guid=derived_guid(selection.guid, code),
                creatingUser=selection.user,
                creationDateTime=_stamp(selection.created),
            )
            self.child(coding, "CodeRef", targetGUID=code)
        if selection.note:
            self.child(node, "NoteRef", targetGUID=selection.note)

    def note(self, note: QdpxNote) -> Any:
        attributes = {"guid": note.guid, "name": note.name}
        if note.user:
            attributes["creatingUser"] = note.user
        attributes["creationDateTime"] = _stamp(note.created)
        node = self.make("Note", **attributes)
        self.child(node, "PlainTextContent").text = note.text
        return node

    def codebook_set(self, draft: DraftCodebook) -> Any:
        """The codebook's name, version and description, as the .qdc carries them."""
        sets = self.make("Sets")
        guids = [variable.uuid or "" for variable in draft.variables]
        name = draft.name or "Annotator codebook"
        node = self.child(sets, "Set", guid=derived_guid("codebook", name, *guids), name=name)
        marker = f"{CODEBOOK_MARKER} {draft.version}".rstrip()
        description = draft.description.strip()
        self.child(node, "Description").text = (
            f"{description}\n\n{marker}" if description else marker
        )
        for guid in guids:
            if guid:
                self.child(node, "MemberCode", targetGUID=guid)
        return sets

    def codebook(self, draft: DraftCodebook, unique_names: bool) -> Any:
        node = self.make("CodeBook")
        codes = self.child(node, "Codes")
        write_code_tree(
            draft,
            codes,
            lambda parent, tag, **attributes: self.child(parent, tag, **attributes),
            unique_names=unique_names,
        )
        return node


def _peek(items: Iterable[Any]) -> tuple[bool, Iterator[Any]]:
    """Whether `items` has any, and an iterator over all of them (the first one put back)."""
    iterator = iter(items)
    first = next(iterator, _NOTHING)
    if first is _NOTHING:
        return False, iter(())
    return True, itertools.chain((first,), iterator)


_NOTHING = object()


def write_qdpx(project: QdpxProject, target: Path, *, unique_names: bool = False) -> None:
    """Write the project as a .qdpx archive, atomically."""
    from lxml import etree

    build = _Elements()
    with (
        atomic_output(target) as temporary,
        zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for guid, text in project.texts():
            archive.writestr(f"{SOURCES_FOLDER}/{guid}.txt", text.encode("utf-8"))
        with (
            archive.open("project.qde", "w") as stream,
            etree.xmlfile(stream, encoding="utf-8") as xml,
        ):
            xml.write_declaration()
            attributes = {
                "name": project.name,
                "origin": f"Annotator {__version__}",
                "creationDateTime": _stamp(datetime.now(UTC)),
                f"{{{XSI}}}schemaLocation": f"{NAMESPACE} {SCHEMA_LOCATION}",
            }
            namespaces = {None: NAMESPACE, "xsi": XSI}
            with xml.element(f"{{{NAMESPACE}}}Project", attributes, nsmap=namespaces):
                if project.users:
                    users = build.make("Users")
                    for user in project.users:
                        build.child(users, "User", guid=user.guid, name=user.name)
                    xml.write(users)
                if project.codebook.variables:
                    xml.write(build.codebook(project.codebook, unique_names))
                if project.variables:
                    variables = build.make("Variables")
                    for variable in project.variables:
                        node = build.child(
                            variables,
                            "Variable",
                            guid=variable.guid,
                            name=variable.name,
                            typeOfVariable=variable.type,
                        )
                        if variable.description:
                            build.child(node, "Description").text = variable.description
                    xml.write(variables)
                has_sources, sources = _peek(project.sources())
                if has_sources:
                    with xml.element(f"{{{NAMESPACE}}}Sources"):
                        for source in sources:
                            xml.write(build.source(source))
                has_notes, notes = _peek(project.notes())
                if has_notes:
                    with xml.element(f"{{{NAMESPACE}}}Notes"):
                        for note in notes:
                            xml.write(build.note(note))
                if project.codebook.variables:
                    xml.write(build.codebook_set(project.codebook))
                if project.description:
                    description = build.make("Description")
                    description.text = project.description
                    xml.write(description)
