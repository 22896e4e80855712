"""Reading a REFI-QDA project (`.qdpx`) from MAXQDA, ATLAS.ti, NVivo, QualCoder or Annotator.

The archive is untrusted. It is checked like every other ZIP import (`annotator.io.archives`:
entry count, declared sizes, compression ratio), `project.qde` is refused when it declares a DTD
or entities and is parsed without entities, DTDs or network access, and nothing is ever unpacked
to disk: sources are read from the archive by name, and a source path that leaves the archive's
`sources` folder (`internal://../x`, `absolute://`, a name with a slash) is not followed.

What `open_qdpx` yields (`QdpxContents`) knows nothing about the database: users, the codebook as
a draft (mapped as a `.qdc` is, `annotator.io.codebooks.qdc`), text sources whose text each
`load()` reads from the archive (placing their selections in it) and `release()` drops again, so
that only one source's text is held at a time, notes, and a list of what it could not represent
(pictures, audio, video, PDF regions, graphs, links, cases), each with a count.

Positions: the standard counts Unicode code points; NVivo 12 counts UTF-16 units (measured on a
real export: 295 of 303 selections fall on word boundaries counted that way, 26 counted in code
points). `positions="auto"` takes, per source with characters beyond U+FFFF, the convention whose
selections fall on word boundaries more often.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.codebook_draft import DraftCodebook, normalise_uuid
from annotator.core.offsets import FilePositions
from annotator.errors import InvalidInputError
from annotator.io.archives import open_zip, read_part
from annotator.io.codebooks.qdc import draft_from_code_elements
from annotator.io.exchange.qdpx_write import TEXT_VALUES_MARKER
from annotator.io.imports.documents import ImportProblem
from annotator.io.imports.limits import MB

if TYPE_CHECKING:
    from lxml.etree import _Element

MAX_ARCHIVE_BYTES = 500 * MB
KIND = "REFI-QDA project"
CONVENTIONS = ("auto", "codepoints", "utf16")
_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_SAFE_NAME = re.compile(r"[^/\\:]+")
_WORD = re.compile(r"\w")


@dataclass
class QdpxCoding:
    code: str  # the code's guid
    user: str | None


@dataclass
class QdpxTextSelection:
    guid: str | None
    written: tuple[int, int] | None  # positions as the file counts them (None: unreadable)
    user: str | None
    created: datetime | None
    modified: datetime | None
    codings: list[QdpxCoding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # note guids
    text_values: dict[str, str] = field(default_factory=dict)
    start: int = 0  # stored-text positions, once the source is loaded
    end: int = 0
    problem: str | None = None  # why it cannot become an annotation


@dataclass
class QdpxTextSource:
    """A text source; its text is read from the archive by `load()` and dropped by `release()`,
    so that an import holds one source's text at a time."""

    guid: str | None
    name: str
    kind: str  # "text", or "PDF" for a PDF's plain-text representation
    read: Callable[[], tuple[str | None, str | None]]  # (text as written, None) or (None, why)
    wanted: str = "auto"  # the position counting asked for
    values: dict[str, str | date] = field(default_factory=dict)
    selections: list[QdpxTextSelection] = field(default_factory=list)
    created: datetime | None = None
    text: str = ""  # the stored text (LF line ends), after load()
    convention: str = "codepoints"

    def load(self) -> str | None:
        """Read the text and place the selections in it; None, or why the text cannot be read."""
        raw, problem = self.read()
        if raw is None:
            return problem or "no plain text"
        spans = [selection.written for selection in self.selections if selection.written]
        self.convention = _convention(raw, self.wanted, spans)
        positions = FilePositions.for_text(raw, self.convention)
        self.text = positions.text
        for selection in self.selections:
            if selection.written is None:
                selection.problem = "no start or end position"
                continue
            try:
                selection.start = positions.to_stored(selection.written[0])
                selection.end = positions.to_stored(selection.written[1])
            except ValueError as error:
                selection.problem = f"position outside the text ({error})"
        return None

    def release(self) -> None:
        self.text = ""


@dataclass
class QdpxContents:
    name: str
    origin: str
    users: dict[str, str]  # guid -> name
    codebook: DraftCodebook
    sources: list[QdpxTextSource]
    notes: dict[str, str]  # guid -> text
    left_out: Counter[str] = field(default_factory=Counter)


def _local(element: _Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: _Element, name: str) -> list[_Element]:
    return [child for child in element if _local(child) == name]


def _child(element: _Element, name: str) -> _Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: _Element | None) -> str:
    return "".join(element.itertext()).replace("\r\n", "\n") if element is not None else ""


def _guid(value: str | None) -> str | None:
    try:
        return normalise_uuid(value)
    except ValueError:
        return None


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _archive(path: Path) -> zipfile.ZipFile:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InvalidInputError(f"{path}: cannot be read ({error.strerror or error})") from error
    if size > MAX_ARCHIVE_BYTES:
        raise InvalidInputError(
            f"{path}: {size // MB:,} MB is more than a project import takes "
            f"({MAX_ARCHIVE_BYTES // MB} MB)"
        )
    try:
        return open_zip(path, KIND)
    except ImportProblem as error:
        raise InvalidInputError(f"{path}: {error}") from error
    except OSError as error:
        raise InvalidInputError(f"{path}: cannot be read ({error.strerror or error})") from error


def _parse_project(path: Path, archive: zipfile.ZipFile) -> _Element:
    from lxml import etree

    names = {name.lower(): name for name in archive.namelist()}
    if "project.qde" not in names:
        raise InvalidInputError(f"{path}: is not a REFI-QDA project (no project.qde inside)")
    try:
        data = read_part(archive, names["project.qde"], KIND)
    except ImportProblem as error:
        raise InvalidInputError(f"{path}: {error}") from error
    if _DECLARATIONS.search(data):
        raise InvalidInputError(
            f"{path}: refused: project.qde declares XML entities or a DTD (never needed in a "
            "project, a known attack)"
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InvalidInputError(f"{path}: project.qde is not valid XML ({error})") from error
    if _local(root) != "Project":
        raise InvalidInputError(f"{path}: is not a REFI-QDA project (no Project element)")
    return root


class _Sources:
    """Reads plain texts out of the archive by their `internal://` names, safely."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.by_name: dict[str, str] = {}
        for name in archive.namelist():
            folder, _sep, base = name.replace("\\", "/").rpartition("/")
            if folder.lower() == "sources" and _SAFE_NAME.fullmatch(base):
                self.by_name[base.lower()] = name

    def reader(self, element: _Element) -> Callable[[], tuple[str | None, str | None]]:
        """Reads the element's text when called (the archive must still be open)."""
        return lambda: self.text(element)

    def text(self, element: _Element) -> tuple[str | None, str | None]:
        """(text as written, None) or (None, why it cannot be read)."""
        content = _child(element, "PlainTextContent")
        if content is not None:
            return _text(content), None
        path = (element.get("plainTextPath") or "").strip()
        if not path:
            return None, "no plain text"
        if not path.lower().startswith("internal://"):
            return None, f"its text is outside the archive ({path})"
        name = path[len("internal://") :]
        if not _SAFE_NAME.fullmatch(name) or name.lower() not in self.by_name:
            return None, f"its text {path!r} is not in the archive's sources folder"
        try:
            data = read_part(self.archive, self.by_name[name.lower()], KIND)
        except ImportProblem as error:
            return None, str(error)
        encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            return None, "its text is not UTF-8"


def _boundary_score(raw: str, convention: str, spans: list[tuple[int, int]]) -> int:
    positions = FilePositions.for_text(raw, convention)
    text, score = positions.text, 0
    for start, end in spans:
        try:
            first, last = positions.to_stored(start), positions.to_stored(end)
        except ValueError:
            continue
        before = text[first - 1] if first > 0 else " "
        after = text[last] if last < len(text) else " "
        score += not (_WORD.match(before) and first < len(text) and _WORD.match(text[first]))
        score += not (_WORD.match(after) and last > 0 and _WORD.match(text[last - 1]))
    return score


def _convention(raw: str, wanted: str, spans: list[tuple[int, int]]) -> str:
    if wanted != "auto":
        return wanted
    if raw.isascii() or not spans or not re.search("[\U00010000-\U0010ffff]", raw):
        return "codepoints"
    utf16 = _boundary_score(raw, "utf16", spans)
    return "utf16" if utf16 > _boundary_score(raw, "codepoints", spans) else "codepoints"


class _Reader:
    def __init__(self, path: Path, root: _Element, archive: zipfile.ZipFile, positions: str):
        self.path, self.root, self.positions = path, root, positions
        self.sources_in_archive = _Sources(archive)
        self.left_out: Counter[str] = Counter()
        self.variables: dict[str, tuple[str, str]] = {}
        for group in _children(root, "Variables"):
            for variable in _children(group, "Variable"):
                guid = _guid(variable.get("guid"))
                if guid:
                    self.variables[guid] = (
                        (variable.get("name") or "").strip(),
                        variable.get("typeOfVariable") or "Text",
                    )

    def values(self, element: _Element) -> dict[str, str | date]:
        values: dict[str, str | date] = {}
        for holder in _children(element, "VariableValue"):
            reference = _child(holder, "VariableRef")
            known = self.variables.get(_guid(reference.get("targetGUID")) or "") if (
                reference is not None
            ) else None  # fmt: skip
            if known is None:
                continue
            for value in holder:
                if _local(value) == "DateValue":
                    try:
                        values[known[0]] = date.fromisoformat(_text(value).strip()[:10])
                    except ValueError:
                        values[known[0]] = _text(value).strip()
                elif _local(value) != "VariableRef":
                    values[known[0]] = _text(value).strip()
        return values

    def source(self, element: _Element, kind: str, name: str) -> QdpxTextSource:
        source = QdpxTextSource(
            guid=_guid(element.get("guid")), name=name, kind=kind,
            read=self.sources_in_archive.reader(element), wanted=self.positions,
            created=_moment(element.get("creationDateTime")),
        )  # fmt: skip
        for selection in _children(element, "PlainTextSelection"):
            source.selections.append(self.selection(selection))
        whole = len(_children(element, "Coding"))
        if whole:
            self.left_out["codings of whole sources (not of a text span)"] += whole
        return source

    def selection(self, element: _Element) -> QdpxTextSelection:
        user = _guid(element.get("creatingUser"))
        try:
            written = (int(element.get("startPosition")), int(element.get("endPosition")))
        except (TypeError, ValueError):
            written = None
        selection = QdpxTextSelection(
            guid=_guid(element.get("guid")), written=written, user=user,
            created=_moment(element.get("creationDateTime")),
            modified=_moment(element.get("modifiedDateTime")),
        )  # fmt: skip
        for coding in _children(element, "Coding"):
            reference = _child(coding, "CodeRef")
            code = _guid(reference.get("targetGUID")) if reference is not None else None
            if code:
                selection.codings.append(
                    QdpxCoding(code, _guid(coding.get("creatingUser")) or user)
                )
            selection.notes += [
                guid for ref in _children(coding, "NoteRef")
                if (guid := _guid(ref.get("targetGUID")))
            ]  # fmt: skip
        selection.notes += [
            guid for ref in _children(element, "NoteRef") if (guid := _guid(ref.get("targetGUID")))
        ]
        description = _text(_child(element, "Description")).strip()
        if description.startswith(TEXT_VALUES_MARKER):
            try:
                values = json.loads(description[len(TEXT_VALUES_MARKER) :])
                selection.text_values = {str(k): str(v) for k, v in values.items()}
            except (ValueError, AttributeError):
                self.left_out["selection descriptions that look like ours but are not"] += 1
        return selection

    def sources(self) -> list[QdpxTextSource]:
        found: list[QdpxTextSource] = []
        for group in _children(self.root, "Sources"):
            for element in group:
                kind, name = _local(element), (element.get("name") or "").strip()
                if kind == "TextSource":
                    source = self.source(element, "text", name)
                elif kind == "PDFSource":
                    representation = _child(element, "Representation")
                    pdf_regions = len(_children(element, "PDFSelection"))
                    if pdf_regions:
                        self.left_out["PDF region selections (areas of a page)"] += pdf_regions
                    if representation is None:
                        self.left_out["PDF sources without a plain-text representation"] += 1
                        continue
                    source = self.source(representation, "PDF", name)
                elif kind in ("PictureSource", "AudioSource", "VideoSource"):
                    self.left_out[f"{kind.removesuffix('Source').lower()} sources"] += 1
                    selections = sum(1 for child in element.iter() if "Selection" in _local(child))
                    if selections:
                        self.left_out[f"{kind.removesuffix('Source').lower()} selections"] += (
                            selections
                        )
                    continue
                else:
                    continue
                source.values = self.values(element)
                found.append(source)
        return found

    def notes(self) -> dict[str, str]:
        notes: dict[str, str] = {}
        for group in _children(self.root, "Notes"):
            for note in _children(group, "Note"):
                guid = _guid(note.get("guid"))
                text, _problem = self.sources_in_archive.text(note)
                if guid and text and text.strip():
                    notes[guid] = text.replace("\r\n", "\n").strip()
        return notes

    def others(self) -> None:
        for name, what in (("Graphs", "graphs"), ("Links", "links"), ("Cases", "cases")):
            count = sum(len(group) for group in _children(self.root, name))
            if count:
                self.left_out[what] += count


@contextmanager
def open_qdpx(path: Path, positions: str = "auto") -> Iterator[QdpxContents]:
    """Open a .qdpx; see the module docstring. The sources' texts can be loaded while the block
    runs. InvalidInputError when the file cannot be used."""
    path = Path(path)
    if positions not in CONVENTIONS:
        raise InvalidInputError(f"unknown position counting {positions!r}")
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such file")
    with _archive(path) as archive:
        root = _parse_project(path, archive)
        reader = _Reader(path, root, archive, positions)
        codebook = _child(root, "CodeBook")
        codes = _child(codebook, "Codes") if codebook is not None else None
        top = _children(codes, "Code") if codes is not None else []
        sets = [s for group in _children(root, "Sets") for s in _children(group, "Set")]
        draft = DraftCodebook(
            variable_sheet=path.name, code_sheet=path.name, row_word="line",
            column_word="attribute",
        )  # fmt: skip
        draft_from_code_elements(top, sets, path.name, draft)
        users = {
            guid: (user.get("name") or user.get("id") or "").strip() or f"user {guid[:8]}"
            for group in _children(root, "Users")
            for user in _children(group, "User")
            if (guid := _guid(user.get("guid")))
        }
        sources = reader.sources()
        notes = reader.notes()
        reader.others()
        yield QdpxContents(
            name=(root.get("name") or path.stem).strip(),
            origin=(root.get("origin") or "an unnamed program").strip(),
            users=users,
            codebook=draft,
            sources=sources,
            notes=notes,
            left_out=reader.left_out,
        )
