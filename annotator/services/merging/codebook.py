"""Matching an input's codebook to the merged project's: variables and codes by uuid, then by name.

A variable matches by uuid, else by name; a code by uuid, else by its variable and label (both
case-insensitively). What matches keeps the merged project's wording — a code renamed in one copy
is reported, not renamed. What does not match is added with its uuid, definition and place in the
code tree, and reported when the merged project already had a codebook (coders add named actors
as they meet them, so "present in one copy only" is common and harmless). A variable whose kind
differs (codes in one copy, free text in the other) cannot take the input's values: it is reported
and its values are not merged.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from annotator.core.labels import label_key
from annotator.db.models import Code, Variable
from annotator.services.merging import report as kinds
from annotator.services.merging.report import InputReport, MergeUndo


@dataclass
class CodebookMap:
    """Input ids → merged-project ids, and what the merged side allows."""

    variables: dict[int, int] = field(default_factory=dict)
    codes: dict[int, int] = field(default_factory=dict)
    unusable_variables: set[int] = field(default_factory=set)  # input variable ids
    text_variables: set[int] = field(default_factory=set)  # merged-project ids
    multiple: set[int] = field(default_factory=set)  # merged-project ids allowing several values
    code_variable: dict[int, int] = field(default_factory=dict)  # merged code id → variable id
    names: dict[int, str] = field(default_factory=dict)  # merged variable id → name


class CodebookMatcher:
    """The merged project's codebook, indexed once and kept current while inputs are added."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.variables: dict[int, dict[str, Any]] = {}
        self.variable_by_uuid: dict[uuid_module.UUID, int] = {}
        self.variable_by_name: dict[str, int] = {}
        for row in session.execute(select(Variable.__table__)).mappings():
            self._index_variable(dict(row))
        self.codes: dict[int, dict[str, Any]] = {}
        self.code_by_uuid: dict[uuid_module.UUID, int] = {}
        self.code_by_label: dict[tuple[int, str], int] = {}
        for row in session.execute(select(Code.__table__)).mappings():
            self._index_code(dict(row))

    def _index_variable(self, row: dict[str, Any]) -> None:
        self.variables[row["id"]] = row
        self.variable_by_uuid[row["uuid"]] = row["id"]
        self.variable_by_name[label_key(row["name"])] = row["id"]

    def _index_code(self, row: dict[str, Any]) -> None:
        self.codes[row["id"]] = row
        self.code_by_uuid[row["uuid"]] = row["id"]
        self.code_by_label[(row["variable_id"], label_key(row["label"]))] = row["id"]

    def _insert(self, table: Any, row: dict[str, Any]) -> int:
        self.session.execute(insert(table), [row])
        return self.session.scalar(select(table.c.id).where(table.c.uuid == row["uuid"]))

    def match(
        self,
        variables: list[dict[str, Any]],
        codes: list[dict[str, Any]],
        report: InputReport,
        undo: MergeUndo,
    ) -> CodebookMap:
        mapping = CodebookMap()
        had_codebook = bool(self.variables)
        known_before = set(self.variables)
        new_variables: set[int] = set()
        for variable in variables:
            target_id = self._match_variable(variable, report, undo, had_codebook)
            if target_id is None:
                mapping.unusable_variables.add(variable["id"])
                continue
            mapping.variables[variable["id"]] = target_id
            if target_id not in known_before:
                new_variables.add(target_id)
        for code in codes:
            target_variable = mapping.variables.get(code["variable_id"])
            if target_variable is None:
                continue
            notify = had_codebook and target_variable not in new_variables
            mapping.codes[code["id"]] = self._match_code(
                code, target_variable, mapping.codes, report, undo, notify
            )
        for target_id, row in self.variables.items():
            mapping.names[target_id] = row["name"]
            if row["kind"].value == "text":
                mapping.text_variables.add(target_id)
            if row["multiple"]:
                mapping.multiple.add(target_id)
        mapping.code_variable = {code_id: row["variable_id"] for code_id, row in self.codes.items()}
        return mapping

    def _match_variable(
        self, variable: dict[str, Any], report: InputReport, undo: MergeUndo, notify: bool
    ) -> int | None:
        name = variable["name"]
        target_id = self.variable_by_uuid.get(variable["uuid"])
        kept = self.variables[target_id]["name"] if target_id is not None else name
        if label_key(kept) != label_key(name):
            report.conflict(
                kinds.VARIABLE_RENAMED,
                str(variable["uuid"]),
                f"variable {name!r} is called {kept!r} in the merged project; kept {kept!r}",
            )
        if target_id is None:
            target_id = self.variable_by_name.get(label_key(name))
        if target_id is not None:
            target = self.variables[target_id]
            if target["kind"] != variable["kind"]:
                report.conflict(
                    kinds.VARIABLE_KIND_DIFFERS,
                    str(variable["uuid"]),
                    f"variable {name!r} is {variable['kind'].value} here but "
                    f"{target['kind'].value} in the merged project; its values are not merged",
                )
                return None
            return target_id
        position = max((row["position"] for row in self.variables.values()), default=-1) + 1
        row = {key: variable[key] for key in variable if key != "id"} | {"position": position}
        row["id"] = self._insert(Variable.__table__, row)
        self._index_variable(row)
        undo.variables.append(str(row["uuid"]))
        report.variables_added += 1
        if notify:
            report.conflict(
                kinds.VARIABLE_ADDED, str(row["uuid"]), f"variable {name!r} is only here; added"
            )
        return row["id"]

    def _match_code(
        self,
        code: dict[str, Any],
        variable_id: int,
        mapped: dict[int, int],
        report: InputReport,
        undo: MergeUndo,
        notify: bool,
    ) -> int:
        label = code["label"]
        variable_name = self.variables[variable_id]["name"]
        target_id = self.code_by_uuid.get(code["uuid"])
        if target_id is not None and self.codes[target_id]["variable_id"] != variable_id:
            target_id = None  # same uuid under another variable: not the same code
        if target_id is not None:
            kept = self.codes[target_id]["label"]
            if kept != label:
                report.conflict(
                    kinds.CODE_RENAMED,
                    str(code["uuid"]),
                    f"code {label!r} of {variable_name!r} is {kept!r} in the merged project "
                    f"(renamed in one copy); kept {kept!r}",
                )
            return target_id
        target_id = self.code_by_label.get((variable_id, label_key(label)))
        if target_id is not None:
            return target_id
        parent_id = mapped.get(code["parent_id"]) if code["parent_id"] is not None else None
        siblings = [
            row["position"]
            for row in self.codes.values()
            if row["variable_id"] == variable_id and row["parent_id"] == parent_id
        ]
        row = {key: code[key] for key in code if key != "id"}
        row |= {
            "variable_id": variable_id,
            "parent_id": parent_id,
            "position": max(siblings, default=-1) + 1,
        }
        if row["uuid"] in self.code_by_uuid:
            row["uuid"] = uuid_module.uuid4()
        row["id"] = self._insert(Code.__table__, row)
        self._index_code(row)
        undo.codes.append(str(row["uuid"]))
        report.codes_added += 1
        if notify:
            report.conflict(
                kinds.CODE_ADDED,
                str(row["uuid"]),
                f"code {label!r} of {variable_name!r} is only in this copy; added",
            )
        return row["id"]
