"""`annotator import-qdpx study.qdpx PROJECT`: a new project from a REFI-QDA project.

What maps to what (README, "Exchanging whole projects"):

- the code tree becomes the codebook by the .qdc's rules (`annotator.io.codebooks.qdc`; a file
  Annotator wrote comes back exactly, uuids included);
- users become coders (uuid = the user's guid);
- text sources, and the plain-text representation of PDF sources, become documents (uuid = the
  source's guid; line ends made LF); variables named outlet, author, published, url or language
  fill those fields, other variables go to the document's extra fields;
- each coded selection becomes one annotation per user who coded it (the first keeps the
  selection's guid as its uuid), holding the codes that user applied; the notes the selection or
  its codings refer to become the annotation's memo.

A code with sub-codes that became a variable but was itself used for coding (ATLAS.ti and NVivo
parent codes are codable) gets a code of its own name, first in its variable, with its colour.
Anything else is listed in the report, never dropped silently: pictures, audio and video and
their selections, PDF regions, graphs, links, cases, code groups, selections outside their text.
The project is created in one go: when something fails, or the user cancels (`should_cancel`,
asked between sources), no project file is left behind.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from annotator.core.codebook_draft import DraftCode, check_draft
from annotator.core.labels import label_key
from annotator.core.offsets import span_problem
from annotator.core.text import text_sha256
from annotator.core.vocabulary import VariableKind
from annotator.db.models import Coder, Document
from annotator.errors import InvalidInputError
from annotator.io.exchange.qdpx_read import (
    QdpxContents,
    QdpxTextSelection,
    QdpxTextSource,
    open_qdpx,
)
from annotator.io.exchange.qdpx_write import derived_guid
from annotator.services.codebooks.sync import CodebookProblems, new_project_from_draft
from annotator.services.coding.annotations import insert_annotation
from annotator.services.references import CODER_PALETTE

DOCUMENT_FIELDS = ("outlet", "author", "published", "url", "language")
FALLBACK_CODER = "imported"
Progress = Callable[[int, int, str], None]  # done, total, the source being read


class _Cancelled(Exception):
    """The user cancelled; the half-made project is removed on the way out."""


@dataclass
class QdpxImportReport:
    source: str
    project: str
    origin: str = ""
    documents: int = 0
    coders: list[str] = field(default_factory=list)
    variables: int = 0
    codes: int = 0
    annotations: int = 0
    memos: int = 0
    positions: dict[str, str] = field(default_factory=dict)  # document -> convention read
    mapping: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    cancelled: bool = False  # nothing was created

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def _fields(source: QdpxTextSource) -> tuple[dict[str, Any], dict[str, Any]]:
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in source.values.items():
        key = name.strip().lower()
        if key in DOCUMENT_FIELDS and key not in known:
            if key == "published" and not isinstance(value, date):
                extra[name] = value
                continue
            known[key] = value if key == "published" else str(value)[:500]
        else:
            extra[name] = value.isoformat() if isinstance(value, date) else value
    return known, extra


class _Importer:
    def __init__(self, session: Session, contents: QdpxContents, report: QdpxImportReport):
        self.session, self.contents, self.report = session, contents, report
        self.left_out: Counter[str] = Counter()
        draft = contents.codebook
        self.codes: dict[str, tuple[str, str]] = {
            code.uuid: (code.variable, code.label) for code in draft.codes if code.uuid
        }
        self.variable_guids = {v.uuid for v in draft.variables if v.uuid}
        self.text_variables = {
            label_key(v.name): v.name for v in draft.variables if v.kind is VariableKind.TEXT
        }
        self.coders: dict[str, str] = {}  # user guid -> coder name
        self.names: set[str] = set()

    def coder(self, guid: str | None) -> str:
        if guid in self.coders:
            return self.coders[guid]
        name = self.contents.users.get(guid or "") or FALLBACK_CODER
        base, number = name[:200], 1
        while label_key(name) in self.names:  # two users of one name stay two coders
            number += 1
            name = f"{base} ({number})"
        self.names.add(label_key(name))
        colour = CODER_PALETTE[len(self.report.coders) % len(CODER_PALETTE)]  # as the app does
        coder = Coder(name=name, colour=colour)
        if guid:
            coder.uuid = uuid_module.UUID(guid)
        self.session.add(coder)
        self.session.flush()
        self.coders[guid or ""] = name
        if guid is None:
            self.coders[""] = name
        self.report.coders.append(name)
        return name

    def document(self, source: QdpxTextSource) -> Document | None:
        if not source.text.strip():
            self.left_out["sources with an empty text"] += 1
            return None
        known, extra = _fields(source)
        if source.kind == "PDF":
            extra["REFI-QDA source"] = "plain-text representation of a PDF"
        row = Document(
            sha256=text_sha256(source.text), title=(source.name or "untitled")[:1000],
            source_file=self.report.source, text=source.text, extra=extra, **known,
        )  # fmt: skip
        if source.guid:
            row.uuid = uuid_module.UUID(source.guid)
        if source.created:
            row.imported_at = source.created
        self.session.add(row)
        self.session.flush()
        self.report.documents += 1
        self.report.positions[row.title] = source.convention
        return row

    def annotations(self, document: Document, selection: QdpxTextSelection) -> None:
        problem = selection.problem or span_problem(document.text, selection.start, selection.end)
        if problem:
            self.left_out[f"selections outside their text ({problem})"] += 1
            return
        by_user: dict[str | None, dict[str, list[str]]] = {}
        for coding in selection.codings:
            values = by_user.setdefault(coding.user or selection.user, {})
            if coding.code in self.codes:
                variable, label = self.codes[coding.code]
                if label not in values.setdefault(variable, []):
                    values[variable].append(label)
            elif coding.code in self.variable_guids:
                self.left_out["codings of a code that became a variable"] += 1
            else:
                self.left_out["codings of a code the codebook does not have"] += 1
        if not by_user:
            by_user[selection.user] = {}
        memo = "\n\n".join(
            self.contents.notes[guid] for guid in dict.fromkeys(selection.notes)
            if guid in self.contents.notes
        )  # fmt: skip
        text_values = {
            self.text_variables[label_key(name)]: [value]
            for name, value in selection.text_values.items()
            if label_key(name) in self.text_variables
        }
        for index, (user, values) in enumerate(by_user.items()):
            if not values and not memo and not text_values:
                self.left_out["selections without codes or notes"] += 1
                continue
            guid = selection.guid if index == 0 else None
            coder = self.coder(user)
            try:
                with self.session.begin_nested():  # a selection that does not fit leaves no trace
                    insert_annotation(
                        self.session, document=str(document.uuid), coder=coder,
                        start=selection.start, end=selection.end,
                        values={**values, **text_values}, memo=memo, annotation_uuid=guid,
                        created_at=selection.created,
                        updated_at=selection.modified or selection.created,
                    )  # fmt: skip
            except InvalidInputError as error:
                self.left_out[f"selections that do not fit ({error})"] += 1
                continue
            self.report.annotations += 1
            self.report.memos += bool(memo)


_COLOUR_LINE = re.compile(r"(?:^|\n)Colour: (#[0-9A-Fa-f]{6})$")


def _keep_parent_codings(contents: QdpxContents) -> dict[str, tuple[str, str]]:
    """A code with sub-codes that became a variable, but that spans were coded with (ATLAS.ti
    and NVivo parent codes are codable), gets a code of its own name in its variable, first,
    with its colour. Returns the parent's guid -> (variable, label) for those."""
    draft = contents.codebook
    coded = {
        coding.code
        for source in contents.sources
        for selection in source.selections
        for coding in selection.codings
    }
    kept: dict[str, tuple[str, str]] = {}
    for variable in draft.variables:
        if not variable.uuid or variable.uuid not in coded:
            continue
        labels = {label_key(code.label) for code in draft.codes_of(variable.name)}
        label = variable.name if label_key(variable.name) not in labels else (
            f"{variable.name} (itself)"
        )  # fmt: skip
        colour = _COLOUR_LINE.search(variable.description)
        code = DraftCode(
            variable=variable.name, label=label, colour=colour.group(1).upper() if colour else None,
            uuid=derived_guid("coded parent", variable.uuid),
        )  # fmt: skip
        first = next(
            (i for i, c in enumerate(draft.codes) if c.variable == variable.name), len(draft.codes)
        )
        draft.codes.insert(first, code)
        kept[variable.uuid] = (variable.name, label)
        draft.mapping.append(
            f"codings of the code {variable.name!r} itself are kept as its code {label!r}"
        )
    return kept


def import_qdpx(
    source: Path | str,
    target: Path | str,
    *,
    positions: str = "auto",
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> QdpxImportReport:
    """Create the project `target` from the .qdpx `source`; see the module docstring. A cancelled
    import returns a report with `cancelled` set and leaves no file."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise InvalidInputError(f"{target}: already exists (import-qdpx creates a new project)")
    with open_qdpx(source, positions) as contents:
        try:
            report = _import(contents, source, target, progress, should_cancel)
        except _Cancelled:
            return QdpxImportReport(str(source), str(target), cancelled=True)
    return report


def _import(
    contents: QdpxContents,
    source: Path,
    target: Path,
    progress: Progress | None,
    should_cancel: Callable[[], bool] | None,
) -> QdpxImportReport:
    draft = contents.codebook
    parents = _keep_parent_codings(contents)
    problems = check_draft(draft)
    if problems:
        raise CodebookProblems(source.name, problems)
    report = QdpxImportReport(
        str(source), str(target), origin=contents.origin, variables=len(draft.variables),
        codes=len(draft.codes), mapping=list(draft.mapping),
    )  # fmt: skip
    project = new_project_from_draft(target, draft, source.name)
    try:
        with project.writing() as session:
            importer = _Importer(session, contents, report)
            importer.codes.update(parents)
            for user in contents.users:
                importer.coder(user)
            for done, item in enumerate(contents.sources):
                if should_cancel is not None and should_cancel():
                    raise _Cancelled
                if progress is not None:
                    progress(done, len(contents.sources), item.name)
                problem = item.load()
                if problem:
                    importer.left_out[f"{item.kind} source {item.name!r}: {problem}"] += 1
                    if item.selections:
                        importer.left_out["coded selections of sources that could not be read"] += (
                            len(item.selections)
                        )
                    continue
                document = importer.document(item)
                if document is not None:
                    for selection in item.selections:
                        importer.annotations(document, selection)
                item.release()
                session.flush()
                session.expunge_all()
    except BaseException:
        project.close()
        target.unlink(missing_ok=True)
        raise
    project.close()
    left = contents.left_out + importer.left_out
    report.left_out = [f"{what}: {count}" for what, count in left.items()]
    return report
