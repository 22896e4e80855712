"""Merging the rows of one input: documents, annotations with their values, coders' statuses.

Split from `merge` (which matches coders and the codebook and runs the transaction) because this is
where the volume is: 20,000 annotations per coder copy are checked in plain Python (span inside
the text, quote equal to it, values that fit the merged codebook) as plain tuples of stored values
and written in batches (`merging.stored.AnnotationStore`). Rows that cannot be merged are counted
and reported, never guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, insert, update

from annotator.core.offsets import span_problem
from annotator.db.models import Document, DocumentStatus
from annotator.services.fast_rows import dashed
from annotator.services.merging import report as kinds
from annotator.services.merging.codebook import CodebookMap
from annotator.services.merging.input_files import InputData
from annotator.services.merging.report import InputReport, MergeUndo

if TYPE_CHECKING:
    from annotator.services.merging.merge import MergeTarget


def map_documents(
    target: MergeTarget, data: InputData, report: InputReport, undo: MergeUndo
) -> tuple[dict[int, int], dict[int, str]]:
    """Input document id → merged id, and the text of every mergeable input document."""
    mapping: dict[int, int] = {}
    texts: dict[int, str] = {}
    pending: dict[str, Any] = {}  # sha256 → uuid of the row about to be added
    to_add: list[dict[str, Any]] = []
    waiting: list[tuple[int, Any]] = []  # (input id, uuid of the added row it resolves to)
    for document in data.documents:
        sha256 = document["computed_sha256"]
        label = f"document {document['id']} ({document['title'][:60]!r}, {document['uuid']})"
        if sha256 != document["sha256"]:
            report.documents_skipped += 1
            report.conflict(
                kinds.DOCUMENT_DAMAGED,
                str(document["uuid"]),
                f"{label}: its text does not match its stored hash; not merged",
            )
            continue
        found = target.document_by_uuid.get(document["uuid"])
        if found is not None and found[1] != sha256:
            report.documents_skipped += 1
            report.conflict(
                kinds.DOCUMENT_TEXT_DIFFERS,
                str(document["uuid"]),
                f"{label}: same uuid as a merged document but a different text; the document "
                f"and its annotations are not merged",
            )
            continue
        texts[document["id"]] = document["text"]
        if found is not None:
            mapping[document["id"]] = found[0]
            report.documents_matched += 1
        elif sha256 in target.document_by_sha:
            mapping[document["id"]] = target.document_by_sha[sha256]
            report.documents_matched += 1
            report.documents_matched_by_text += 1
        elif sha256 in pending:
            waiting.append((document["id"], pending[sha256]))
            report.documents_matched += 1
            report.documents_matched_by_text += 1
        else:
            row = {
                key: value
                for key, value in document.items()
                if key not in ("id", "computed_sha256")
            }
            pending[sha256] = row["uuid"]
            to_add.append(row)
            waiting.append((document["id"], row["uuid"]))
            report.documents_added += 1
    added = target.bulk_insert(Document.__table__, to_add)
    for row in to_add:
        target.document_by_uuid[row["uuid"]] = (added[row["uuid"]], row["sha256"])
        target.document_by_sha.setdefault(row["sha256"], added[row["uuid"]])
        undo.documents.append(str(row["uuid"]))
    for input_id, row_uuid in waiting:
        mapping[input_id] = added[row_uuid]
    return mapping, texts


Value = tuple[int, int | None, str | None]  # merged variable id, code id, text


class ValueMapper:
    """Maps an annotation's values to the merged codebook, or says why they cannot be mapped.

    What an input (variable, code) pair maps to is worked out once per input and remembered, so
    each of 20,000 annotations costs one dict look-up per value.
    """

    def __init__(self, codebook: CodebookMap) -> None:
        self.codebook = codebook
        self.names = codebook.names
        # (input variable id, input code id) → the merged value (text: code and text None) or
        # the reason it cannot be merged
        self.known: dict[tuple[Any, Any], Value | str] = {}

    def _resolve(self, variable_id: Any, code_id: Any) -> Value | str:
        codebook = self.codebook
        target_variable = codebook.variables.get(variable_id)
        if target_variable is None:
            return f"a value of a variable that cannot be merged (input variable {variable_id})"
        if target_variable in codebook.text_variables:
            return (target_variable, None, None)
        target_code = codebook.codes.get(code_id) if code_id is not None else None
        if target_code is None or codebook.code_variable[target_code] != target_variable:
            return f"a value of {self.names[target_variable]!r} is not one of its codes"
        return (target_variable, target_code, None)

    def map(self, values: list[tuple]) -> tuple[list[Value], str | None]:
        """Input value rows (annotation, variable, code, text) mapped, or why they cannot be."""
        mapped: list[Value] = []
        known = self.known
        for _annotation, variable_id, code_id, text in values:
            item = known.get((variable_id, code_id))
            if item is None:
                item = known[(variable_id, code_id)] = self._resolve(variable_id, code_id)
            if type(item) is str:
                return [], item
            if item[1] is None:  # a text variable
                if text is None:
                    return [], f"text variable {self.names[item[0]]!r} holds a code"
                if type(text) is not str:
                    return [], f"a value of text variable {self.names[item[0]]!r} is not text"
                item = (item[0], None, text)
            if item not in mapped:
                mapped.append(item)
        if len(mapped) > 1 and len({item[0] for item in mapped}) < len(mapped):
            counts: dict[int, int] = {}
            for variable_id, _code, _text in mapped:
                counts[variable_id] = counts.get(variable_id, 0) + 1
            for variable_id, count in counts.items():
                if count > 1 and variable_id not in self.codebook.multiple:
                    return [], f"{count} values for {self.names[variable_id]!r}, which takes one"
        return mapped, None


def merge_annotations(
    target: MergeTarget,
    data: InputData,
    maps: tuple[dict[int, int], dict[int, str], dict[int, int]],
    codebook: CodebookMap,
    report: InputReport,
    undo: MergeUndo,
) -> None:
    """Add the input's annotations that are new, valid and fit the merged codebook.

    Works on stored keys (`fast_rows`): uuids and timestamps are compared and written as the
    strings SQLite stores, never converted per row. (On SQLite, `merging.attached` copies the
    rows that need no checking in Python with INSERT…SELECT and hands the rest to
    `check_annotations`.)
    """
    accepted = check_annotations(
        data.annotations, data.values, target.annotations, maps, codebook, report
    )
    rows = [row for _input_id, row, _values in accepted]
    added = target.store.add_annotations(rows)
    value_rows = [
        (added[row[0]], variable_id, code_id, text)
        for _input_id, row, values in accepted
        for variable_id, code_id, text in values
    ]
    target.store.add_values(value_rows)
    report.annotations_added += len(rows)
    undo.annotations.extend_keys(row[0] for row in rows)


def check_annotations(
    annotations: list[tuple],
    values_by_annotation: dict[int, list[tuple]],
    present_rows: dict[str, tuple[int, int, str]],
    maps: tuple[dict[int, int], dict[int, str], dict[int, int]],
    codebook: CodebookMap,
    report: InputReport,
) -> list[tuple[int, tuple, list[Value]]]:
    """The annotations (`ANNOTATION_FIELDS` tuples) to add: (input id, row, mapped values).

    Counts and reports every other one; `present_rows` (uuid key → start, end, updated_at key of
    the merged project's annotations) learns the accepted ones.
    """
    documents, texts, coders = maps
    mapper = ValueMapper(codebook)
    no_values: list[tuple] = []
    accepted: list[tuple[int, tuple, list[Value]]] = []
    for (
        annotation_id,
        key,
        document_id,
        coder_id,
        start,
        end,
        quote,
        memo,
        created,
        updated,
    ) in annotations:
        present = present_rows.get(key)
        if present is not None:
            report.annotations_present += 1
            if present != (start, end, updated):
                report.conflict(
                    kinds.ANNOTATION_CHANGED,
                    dashed(key),
                    f"annotation {dashed(key)} was changed since it was merged "
                    f"({start}-{end}); kept the merged project's version",
                )
            continue
        text = texts.get(document_id)
        if text is None or document_id not in documents:
            report.annotations_skipped += 1  # its document's conflict says why
            continue
        problem = _span_problem(text, start, end, quote, memo)
        values, value_problem = mapper.map(values_by_annotation.get(annotation_id, no_values))
        problem = problem or value_problem
        if problem is None and coder_id not in coders:
            problem = "its coder is missing"
        if problem is not None:
            report.annotations_skipped += 1
            report.conflict(
                kinds.ANNOTATION_INVALID,
                dashed(key),
                f"annotation {dashed(key)} not merged: {problem}",
            )
            continue
        document, coder = documents[document_id], coders[coder_id]
        row = (key, document, coder, start, end, quote, memo, created, updated)
        accepted.append((annotation_id, row, values))
        present_rows[key] = (start, end, updated)
    return accepted


def _span_problem(text: str, start: Any, end: Any, quote: Any, memo: Any) -> str | None:
    """Why an annotation's span, quote or memo cannot be merged, or None."""
    if type(start) is not int or type(end) is not int:
        return "its offsets are not whole numbers"
    problem = span_problem(text, start, end)
    if problem is None and text[start:end] != quote:
        problem = "its quote is not the document's text at its offsets"
    if problem is None and type(memo) is not str:
        problem = "its memo is not text"
    return problem


def merge_statuses(
    target: MergeTarget,
    data: InputData,
    documents: dict[int, int],
    coders: dict[int, int],
    report: InputReport,
    undo: MergeUndo,
) -> None:
    """Add the coders' statuses the merged project lacks; a later, different status wins.

    Decided row by row (two input documents may be one merged document), written in two batches.
    """
    table = DocumentStatus.__table__
    uuids = {document_id: key for key, (document_id, _sha) in target.document_by_uuid.items()}
    coder_uuids = {coder_id: key for key, (coder_id, _name) in target.coder_by_uuid.items()}
    inserts: dict[tuple[int, int], dict[str, Any]] = {}
    updates: dict[tuple[int, int], dict[str, Any]] = {}
    for status in data.statuses:
        document_id = documents.get(status["document_id"])
        coder_id = coders.get(status["coder_id"])
        if document_id is None or coder_id is None:
            continue
        key = (document_id, coder_id)
        current = target.statuses.get(key)
        new = (status["status"], status["updated_at"])
        if current is None:
            inserts[key] = {
                "document_id": document_id,
                "coder_id": coder_id,
                "status": new[0],
                "updated_at": new[1],
            }
            report.statuses_added += 1
            previous = None
        elif current[0] != new[0] and new[1] > current[1]:
            if key in inserts:  # added by this input already: add it with its later status
                inserts[key] |= {"status": new[0], "updated_at": new[1]}
            else:
                updates[key] = {"d": document_id, "c": coder_id, "s": new[0], "u": new[1]}
            report.statuses_updated += 1
            previous = current[0].value
        else:
            continue
        target.statuses[key] = new
        undo.statuses.append((str(uuids[document_id]), str(coder_uuids[coder_id]), previous))
    if inserts:
        target.session.execute(insert(table), list(inserts.values()))
    if updates:
        target.session.execute(
            update(table)
            .where(table.c.document_id == bindparam("d"), table.c.coder_id == bindparam("c"))
            .values(status=bindparam("s"), updated_at=bindparam("u")),
            list(updates.values()),
        )
