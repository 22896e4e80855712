"""The project as `import-codings` looks things up in it: coders, codebook and documents in memory.

Checking 100,000 rows one query at a time took minutes; here the coders and the codebook are read
once, the documents (with their text) and the annotations a batch of rows may match are read a
batch at a time, and every check of `services.imports.codings` runs against these dictionaries.
The rules and messages are those of `services.references` (`find_document`, `find_coder`,
`find_or_add_coder`) and `services.codebooks.reading` (`find_variable`, `find_code`, `add_code`,
`resolve_values`); a coder or code a group adds is written only when the whole group fits.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from annotator.core.labels import label_key
from annotator.core.vocabulary import VariableKind
from annotator.db.models import Annotation, AnnotationValue, Code, Coder, Document, Variable
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.fast_rows import (
    insert_tuples,
    select_stored,
    uses_stored_forms,
)
from annotator.services.references import CODER_PALETTE, parse_uuid

CHUNK = 500  # values per IN (...) query
RESOLVED_KEPT = 5_000  # variables' codes resolved, kept for the next rows that repeat them
CODE_COLUMNS = (
    "id", "uuid", "variable_id", "parent_id", "label", "definition", "include", "exclude",
    "example", "colour", "shortcut", "position", "retired",
)  # fmt: skip
ValueKey = frozenset[tuple[str, str]]  # (variable name key, label key) of each value
_UUID_TEXT = re.compile(
    r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"
)


def uuid_key_of(text: str) -> str | None:
    """`text` as a stored uuid key (32 lowercase hex digits), None if it is not a uuid (as
    `parse_uuid` reads it; the usual spellings without building a UUID)."""
    if len(text) in (32, 36) and _UUID_TEXT.fullmatch(text):
        return text.replace("-", "").lower()
    parsed = parse_uuid(text)
    return parsed.hex if parsed is not None else None


class KnownDocument(NamedTuple):
    id: int  # (its uuid is not kept: nothing needs it, and making 100,000 of them cost 0.3 s)
    text: str


@dataclass
class KnownCode:
    id: int | None  # None until the group that adds it is written
    label: str
    retired: bool
    position: int
    parent_id: int | None = None


@dataclass
class KnownVariable:
    row: Variable
    codes: list[KnownCode] = field(default_factory=list)
    by_label: dict[str, KnownCode] = field(default_factory=dict)  # the first code per label key
    id: int = 0  # row.id, read once (an ORM attribute costs a descriptor call per value)

    def __post_init__(self) -> None:
        self.id = self.row.id

    def add(self, code: KnownCode) -> None:
        self.codes.append(code)
        self.by_label.setdefault(label_key(code.label.strip()), code)

    def valid_labels(self) -> str:
        labels = [
            code.label
            for code in sorted(self.codes, key=lambda c: (c.position, c.id or 1 << 62))
            if not code.retired
        ]
        return ", ".join(labels) if labels else "none"


@dataclass(frozen=True)
class ResolvedItem:
    variable: KnownVariable
    code: KnownCode | None
    text: str | None


class ProjectIndex:
    """Coders and codebook of the project (read once) and documents read a batch at a time."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.coders: list[tuple[str, int]] = [
            (label_key(name), coder_id)
            for coder_id, name in session.execute(select(Coder.id, Coder.name).order_by(Coder.id))
        ]
        variables = list(session.scalars(select(Variable)))
        self.variable_names = [
            row.name for row in sorted(variables, key=lambda row: row.position)
        ]  # stable sort: as `ORDER BY position` returns them
        self._coder_ids: dict[str, list[int]] = {}  # `coder_id`'s answers, by name as given
        self.variables: dict[str, KnownVariable] = {}
        by_id: dict[int, KnownVariable] = {}
        for row in variables:
            known = by_id[row.id] = KnownVariable(row)
            self.variables.setdefault(label_key(row.name.strip()), known)
        for code_id, variable_id, label, retired, position, parent_id in session.execute(
            select(Code.id, Code.variable_id, Code.label, Code.retired, Code.position,
                   Code.parent_id)
        ):  # fmt: skip
            by_id[variable_id].add(KnownCode(code_id, label, retired, position, parent_id))
        self.documents: dict[str, KnownDocument] = {}
        self._labels: dict[int | None, str] = {}
        self._labels_made_for = -1  # the number of codes `_labels` holds
        self._resolved: dict[tuple, list[ResolvedItem]] = {}
        self._new_codes: list[tuple] = []
        self._next_code_id = (session.scalar(select(func.max(Code.id))) or 0) + 1
        self.stored = uses_stored_forms(session)  # SQLite: read rows straight from the driver
        self._driver = session.connection().connection.driver_connection if self.stored else None

    # documents -----------------------------------------------------------------------------

    def load_documents(self, references: Iterable[str]) -> None:
        """Read the documents named by `references` (ids or uuids) for the next batch."""
        self.documents = {}
        ids: dict[int, list[str]] = {}
        keys: dict[str, list[str]] = {}  # by stored uuid key
        for reference in references:
            if reference.isdigit():
                ids.setdefault(int(reference), []).append(reference)
            else:
                key = uuid_key_of(reference)
                if key is not None:
                    keys.setdefault(key, []).append(reference)
        if self.stored:
            self._load_documents_stored(ids, keys)
            return
        uuids = {uuid_module.UUID(hex=key): references for key, references in keys.items()}
        columns = (Document.id, Document.uuid, Document.text)
        for column, wanted in ((Document.id, ids), (Document.uuid, uuids)):
            chosen = list(wanted)
            for offset in range(0, len(chosen), CHUNK):
                chunk = chosen[offset : offset + CHUNK]
                for row in self.session.execute(select(*columns).where(column.in_(chunk))):
                    document = KnownDocument(row.id, row.text)
                    for reference in wanted[row.id if column is Document.id else row.uuid]:
                        self.documents[reference] = document

    def _load_documents_stored(self, ids: dict[int, list[str]], keys: dict[str, list[str]]) -> None:
        """`load_documents` on SQLite: rows straight from the driver, uuids as stored keys."""
        for column, wanted in (("id", ids), ("uuid", keys)):
            chosen = list(wanted)
            for offset in range(0, len(chosen), CHUNK):
                chunk = chosen[offset : offset + CHUNK]
                sql = (
                    f"SELECT id, uuid, text FROM document WHERE {column} IN "
                    f"({', '.join('?' * len(chunk))})"
                )
                for document_id, key, text in self._driver.execute(sql, chunk):
                    document = KnownDocument(document_id, text)
                    for reference in wanted[document_id if column == "id" else key]:
                        self.documents[reference] = document

    def document(self, reference: str) -> KnownDocument:
        """As `find_document`: by id or uuid, NotFoundError when absent."""
        text = reference.strip()
        document = self.documents.get(text)
        if document is None:
            if not text.isdigit() and parse_uuid(text) is None:
                raise InvalidInputError(f"{text!r} is neither a document id nor a document uuid")
            raise NotFoundError(f"no document {text} in this project")
        return document

    def present_uuid_keys(self, wanted: Sequence[str]) -> set[str]:
        """The annotation uuids among `wanted` (stored keys: 32 lowercase hex digits) that the
        project holds."""
        present: set[str] = set()
        for offset in range(0, len(wanted), CHUNK):
            chunk = wanted[offset : offset + CHUNK]
            if self.stored:
                sql = f"SELECT uuid FROM annotation WHERE uuid IN ({', '.join('?' * len(chunk))})"
                present.update(key for (key,) in self._driver.execute(sql, chunk))
                continue
            typed = [uuid_module.UUID(hex=key) for key in chunk]
            present.update(
                found.hex
                for found in self.session.scalars(
                    select(Annotation.uuid).where(Annotation.uuid.in_(typed))
                )
            )
        return present

    def _rows(self, statement: Select) -> Iterable[tuple]:
        """The rows of a SELECT of plain columns (ids, numbers, text): from the driver on SQLite."""
        if self.stored:
            return select_stored(self.session, statement)
        return self.session.execute(statement)

    def spans_with_values(
        self, spans: set[tuple[int, int, int, int]]
    ) -> dict[tuple[int, int, int, int], list[ValueKey]]:
        """For each (document id, coder id, start, end) in `spans`, the value keys of the
        annotations the project holds there (the match `import-codings` counts as present)."""
        if not spans:
            return {}
        names = {known.id: label_key(known.row.name) for known in self.variables.values()}
        labels = self._code_labels()
        documents = sorted({span[0] for span in spans})
        matches: dict[int, tuple[int, int, int, int]] = {}
        for offset in range(0, len(documents), CHUNK):
            rows = self._rows(
                select(Annotation.id, Annotation.document_id, Annotation.coder_id,
                       Annotation.start, Annotation.end)
                .where(Annotation.document_id.in_(documents[offset : offset + CHUNK]))
            )  # fmt: skip
            for annotation_id, *key in rows:
                if tuple(key) in spans:
                    matches[annotation_id] = tuple(key)  # type: ignore[assignment]
        values: dict[int, set[tuple[str, str]]] = {number: set() for number in matches}
        ids = sorted(matches)
        for offset in range(0, len(ids), CHUNK):
            rows = self._rows(
                select(AnnotationValue.annotation_id, AnnotationValue.variable_id,
                       AnnotationValue.code_id, AnnotationValue.text)
                .where(AnnotationValue.annotation_id.in_(ids[offset : offset + CHUNK]))
            )  # fmt: skip
            for annotation_id, variable_id, code_id, text in rows:
                label = labels[code_id] if code_id else label_key((text or "").strip())
                values[annotation_id].add((names[variable_id], label))
        found: dict[tuple[int, int, int, int], list[ValueKey]] = {}
        for annotation_id, key in matches.items():
            found.setdefault(key, []).append(frozenset(values[annotation_id]))
        return found

    def _code_labels(self) -> dict[int | None, str]:
        """Each code's label key by id; made again only when codes were added (every batch of a
        large codebook would otherwise walk all its codes)."""
        count = sum(len(known.codes) for known in self.variables.values())
        if self._labels_made_for != count:
            self._labels = {
                code.id: label_key(code.label.strip())
                for known in self.variables.values()
                for code in known.codes
            }
            self._labels_made_for = count
        return self._labels

    # coders --------------------------------------------------------------------------------

    def coder_id(self, name: str) -> int | None:
        """As `find_coder`: the id of the coder called `name`, None if new, an error if two are."""
        matches = self._coder_ids.get(name)
        if matches is None:
            wanted = label_key(name.strip())
            matches = self._coder_ids[name] = [i for key, i in self.coders if key == wanted]
        if len(matches) > 1:
            raise InvalidInputError(
                f"{len(matches)} coders are called {name!r}; rename one of them to tell them apart"
            )
        return matches[0] if matches else None

    def add_coder(self, name: str) -> int:
        """As `find_or_add_coder` for a new name: written now, with the next palette colour."""
        coder = Coder(name=name, colour=CODER_PALETTE[len(self.coders) % len(CODER_PALETTE)])
        self.session.add(coder)
        self.session.flush()
        self.coders.append((label_key(name), coder.id))
        self._coder_ids = {}
        return coder.id

    # codebook ------------------------------------------------------------------------------

    def variable(self, name: str) -> KnownVariable:
        """As `find_variable`."""
        known = self.variables.get(label_key(name.strip()))
        if known is None:
            raise NotFoundError(
                f"no variable {name!r} in this codebook "
                f"(variables: {', '.join(self.variable_names) or 'none'})"
            )
        return known

    def resolve(self, values: dict[str, list[str]]) -> list[ResolvedItem]:
        """As `resolve_values`, with a code new to an open variable kept unwritten (id None).

        Rows repeat a few values per variable: a variable's codes, when none is new, are resolved
        once (codes are only ever added, so they resolve the same way again); a text variable's
        texts, mostly each its own, are not kept (a million of them would fill the memory)."""
        resolved: list[ResolvedItem] = []
        added: dict[tuple[int, str], KnownCode] = {}
        for name, raw_items in values.items():
            key = (name, tuple(raw_items))
            items = self._resolved.get(key)
            if items is None:
                items = self._resolve_variable(name, raw_items, added)
                if all(item.code is not None and item.code.id is not None for item in items):
                    if len(self._resolved) >= RESOLVED_KEPT:
                        self._resolved.clear()
                    self._resolved[key] = items
            resolved.extend(items)
        if len(values) > 1 and len({item.variable.id for item in resolved}) < len(values):
            seen = set()  # two spellings of one variable's name: a value may be given twice
            for item in resolved:
                pair = (item.variable.id, id(item.code) if item.code else item.text)
                if pair in seen:  # two spellings of one variable's name, one value twice
                    raise InvalidInputError(
                        f"{item.variable.row.name!r} is given the same value twice"
                    )
                seen.add(pair)
        return resolved

    def _resolve_variable(
        self, name: str, raw_items: list[str], added: dict[tuple[int, str], KnownCode]
    ) -> list[ResolvedItem]:
        known = self.variable(name)
        variable = known.row
        items = [item.strip() for item in raw_items if item.strip()]
        if not items:
            return []
        if len({label_key(item) for item in items}) < len(items):
            raise InvalidInputError(f"{variable.name!r} is given the same value twice")
        if len(items) > 1 and not variable.multiple:
            raise InvalidInputError(
                f"{variable.name!r} takes one value per span, got {len(items)}: {', '.join(items)}"
            )
        resolved = []
        for item in items:
            if variable.kind is VariableKind.TEXT:
                resolved.append(ResolvedItem(known, None, item))
                continue
            key = label_key(item)
            code = known.by_label.get(key) or added.get((variable.id, key))
            if code is None and variable.open:
                code = added[(variable.id, key)] = KnownCode(None, item, False, 0)
            if code is None:
                raise InvalidInputError(
                    f"{variable.name!r} has no code {item!r}; valid codes: {known.valid_labels()}"
                )
            if code.retired:
                raise InvalidInputError(
                    f"code {code.label!r} of {variable.name!r} is retired and cannot be "
                    "used for new codings"
                )
            resolved.append(ResolvedItem(known, code, None))
        return resolved

    def write_new_codes(self, resolved: Sequence[ResolvedItem]) -> None:
        """As `add_code`: give the codes `resolve` added, once their group fits, the next id and
        a place at the end of their variable's top level; `flush_codes` writes them."""
        for item in resolved:
            code = item.code
            if code is None or code.id is not None:
                continue
            known = item.variable
            top = [other.position for other in known.codes if other.parent_id is None]
            code.position = max(top) + 1 if top else 0
            code.id = self._next_code_id
            self._next_code_id += 1
            known.add(code)
            self._new_codes.append(
                (code.id, uuid_module.uuid4(), known.row.id, None, code.label, "", "", "", "",
                 None, None, code.position, False)
            )  # fmt: skip

    def flush_codes(self) -> None:
        """Insert the codes added since the last call (before the values that use them)."""
        insert_tuples(self.session, Code.__table__, CODE_COLUMNS, self._new_codes)
        self._new_codes = []
