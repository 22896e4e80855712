"""Coding assignments: which coder codes which documents, in named sets, stored in the project.

A lead splits a corpus among coders (`assign`): the overlap sample that every coder (or a rotating
pair) codes, for reliability, and an even split of the rest (`core.workload` holds the rules). Sets
have names ("main", "training-1", "reliability"); a document may be in several. How a set was drawn
(coders, overlap, strata, seed, and Krippendorff's rule when `--overlap auto` sized the
overlap) is kept with it, for the methods section. When a coder leaves,
`reassign` moves the documents they have not touched to another coder and leaves what they coded.

`documents_in_set` and `reliability_documents` tell the agreement commands which documents to
compare; the reliability sample leaves training sets (names starting with "training") out. New
coders get the uuid `distribute.coder_uuid` gives their name, so the coder in the master and in
their copy is one person on merge.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.core.document_filter import field_key, parse_filter
from annotator.core.labels import label_key
from annotator.core.workload import WorkItem, plan_work
from annotator.db.base import utc_now
from annotator.db.models import (
    Assignment,
    AssignmentSet,
    Coder,
    Document,
)
from annotator.db.ordering import in_code_point_order
from annotator.db.project import Project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.services.references import CODER_PALETTE, find_coder, parse_uuid

DEFAULT_SET = "main"
TRAINING_PREFIX = "training"
STRATA_FIELDS = ("outlet", "month", "year", "language", "author")
CHUNK = 500


@dataclass(frozen=True)
class _Candidate:
    """A document as selection and stratification read it (`document_filter.FilterRow`)."""

    id: int
    length: int
    title: str
    outlet: str
    author: str
    language: str
    published: date | None
    extra: dict[str, Any]


@dataclass
class CoderShare:
    documents: int = 0
    overlap: int = 0
    characters: int = 0


@dataclass(frozen=True)
class OverlapRule:
    """The design `--overlap auto` sizes the overlap for (Krippendorff 2013; `sample_size`)."""

    alpha_min: float = 0.8
    level: float = 0.05
    smallest_category: float = 0.1


def overlap_by_rule(rule: OverlapRule, coders_per_document: int) -> dict[str, Any]:
    """How many overlap documents Krippendorff's rule asks for, as the set's design records it.

    His table gives pairable values (`sample_size(...).values`); a document coded by m coders
    gives m of them, so the overlap needs ceil(values / m) documents -- his two-coder units when
    m = 2, fewer documents (but more coding) when every one of more coders codes each.
    """
    from annotator.services.intercoder.sample_size import sample_size

    size = sample_size(rule.alpha_min, rule.level, rule.smallest_category)
    return {
        "rule": "Krippendorff (2013)",
        "alpha_min": size.alpha_min,
        "level": size.level,
        "smallest_category": size.smallest_category,
        "pairable_values": size.values,
        "coders_per_document": coders_per_document,
        "documents": math.ceil(size.values / coders_per_document),
    }


@dataclass
class AssignReport:
    set_name: str
    seed: int
    documents: int
    overlap: int
    overlap_coders: str
    stratify: list[str]
    balance: str
    dry_run: bool
    coders: dict[str, CoderShare] = field(default_factory=dict)
    strata: dict[str, int] = field(default_factory=dict)  # overlap documents per stratum
    overlap_rule: dict[str, Any] | None = None  # `--overlap auto`: `overlap_by_rule`

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.set_name,
            "seed": self.seed,
            "documents": self.documents,
            "overlap": self.overlap,
            "overlap_coders": self.overlap_coders,
            "stratify": self.stratify,
            "balance": self.balance,
            "dry_run": self.dry_run,
            "coders": {name: vars(share) for name, share in self.coders.items()},
            "strata": self.strata,
            "overlap_rule": self.overlap_rule,
        }


def check_set_name(name: str) -> str:
    name = name.strip()
    if not re.fullmatch(r"[\w.-]{1,100}", name):
        raise InvalidInputError(
            f"set name {name!r} is not usable; use letters, digits, '-', '_' or '.' "
            "(e.g. main, training-1)"
        )
    return name


def free_set_name(wanted: str, taken: Iterable[str]) -> str:
    """`wanted` made usable (`check_set_name`) and not taken ("main", else "main-2", …);
    names compare as `label_key` does."""
    base = re.sub(r"[^\w.-]+", "-", wanted)[:90].strip("-") or "set"
    keys = {label_key(name) for name in taken}
    name, number = base, 2
    while label_key(name) in keys:
        name, number = f"{base}-{number}", number + 1
    return name


def parse_overlap(text: str | int | None, documents: int) -> int:
    """The overlap sample's size from "10%", "120" or 120, checked against the documents."""
    if text is None or text == "" or text == 0:
        return 0
    raw = str(text).strip()
    if raw.endswith("%"):
        try:
            percent = float(raw[:-1])
        except ValueError:
            percent = -1
        if not 0 <= percent <= 100:
            raise InvalidInputError(f"overlap {raw!r} is not a percentage between 0% and 100%")
        return round(documents * percent / 100)
    if not raw.isdigit():
        raise InvalidInputError(f"overlap {raw!r} is neither a count (120) nor a percentage (10%)")
    if int(raw) > documents:
        raise InvalidInputError(f"overlap {raw} is more than the {documents} documents assigned")
    return int(raw)


def _check_coder_names(coders: Sequence[str]) -> list[str]:
    names = [name.strip() for name in coders if name.strip()]
    if not names:
        raise InvalidInputError("name at least one coder (e.g. --coders alice,bob)")
    keys = [label_key(name) for name in names]
    for name, key in zip(names, keys, strict=True):
        if keys.count(key) > 1:
            raise InvalidInputError(f"coder {name!r} is named twice")
    return names


def coder_row(session: Session, name: str) -> Coder:
    """The coder named `name`, added (with a palette colour) when new."""
    from annotator.services.distribute import coder_uuid

    coder = find_coder(session, name)
    if coder is None:
        count = session.scalar(select(func.count()).select_from(Coder)) or 0
        coder = Coder(
            uuid=coder_uuid(name), name=name, colour=CODER_PALETTE[count % len(CODER_PALETTE)]
        )
        session.add(coder)
        session.flush()
    return coder


def _candidates(session: Session) -> list[_Candidate]:
    columns = (
        Document.id,
        func.length(Document.text),
        Document.title,
        Document.outlet,
        Document.author,
        Document.language,
        Document.published,
        Document.extra,
    )
    return [
        _Candidate(
            row[0],
            row[1] or 0,
            row[2] or "",
            row[3] or "",
            row[4] or "",
            row[5] or "",
            row[6],
            row[7] if isinstance(row[7], dict) else {},
        )
        for row in session.execute(select(*columns).order_by(Document.id))
    ]


def _select(
    session: Session, candidates: list[_Candidate], documents: str | Sequence[int | str]
) -> list[_Candidate]:
    if isinstance(documents, str):
        text = documents.strip()
        if text.casefold() in ("", "all"):
            return candidates
        wanted = parse_filter(text)
        if wanted.problems:
            raise InvalidInputError(f"documents filter: {'; '.join(wanted.problems)}")
        chosen = [candidate for candidate in candidates if wanted.matches(candidate)]
        if not chosen:
            raise InvalidInputError(f"no document matches the filter {text!r}")
        return chosen
    by_id = {candidate.id: candidate for candidate in candidates}
    by_uuid = {str(u): i for u, i in session.execute(select(Document.uuid, Document.id))}
    chosen_ids: list[int] = []
    for reference in documents:
        text = str(reference).strip()
        if text.isdigit() and int(text) in by_id:
            chosen_ids.append(int(text))
        elif parse_uuid(text) is not None and str(parse_uuid(text)) in by_uuid:
            chosen_ids.append(by_uuid[str(parse_uuid(text))])
        else:
            raise NotFoundError(f"no document {text} in this project")
    return [by_id[document_id] for document_id in sorted(set(chosen_ids))]


def select_documents(project: Project, documents: str | Sequence[int | str]) -> list[int]:
    """The ids of the documents `documents` names, in document order: "all", ids or uuids, or a
    filter in the document list's language (`outlet:guardian date:2022`), as `assign` takes it."""
    with project.reading() as session:
        return [candidate.id for candidate in _select(session, _candidates(session), documents)]


def _check_strata_fields(fields: Sequence[str], chosen: Sequence[_Candidate]) -> None:
    """A misspelt field would put every document in one stratum: refuse it instead."""
    for name in fields:
        if name in STRATA_FIELDS:
            continue
        if not any(field_key(key) == name for c in chosen for key in c.extra):
            raise InvalidInputError(
                f"stratify: no document has a field {name!r} (use {', '.join(STRATA_FIELDS)} or "
                "a metadata column)"
            )


def _stratum(candidate: _Candidate, fields: Sequence[str]) -> tuple[str, ...]:
    key: list[str] = []
    for name in fields:
        if name == "outlet":
            key.append(candidate.outlet or "(no outlet)")
        elif name == "month":
            key.append(
                candidate.published.strftime("%Y-%m") if candidate.published else "(no date)"
            )
        elif name == "year":
            key.append(str(candidate.published.year) if candidate.published else "(no date)")
        elif name == "language":
            key.append(candidate.language or "(no language)")
        elif name == "author":
            key.append(candidate.author or "(no author)")
        else:
            value = next(
                (v for k, v in candidate.extra.items() if field_key(k) == name), None
            )  # a spreadsheet column, named as the filter language names it
            key.append("(none)" if value in (None, "") else str(value))
    return tuple(key)


def assign(
    project: Project,
    coders: Sequence[str],
    *,
    set_name: str = DEFAULT_SET,
    documents: str | Sequence[int | str] = "all",
    overlap: str | int | None = None,
    overlap_coders: str | int = "all",
    stratify: Sequence[str] = (),
    balance: str = "count",
    seed: int | None = None,
    replace: bool = False,
    dry_run: bool = False,
    rule: OverlapRule | None = None,
) -> AssignReport:
    """Assign documents to `coders` in the set `set_name`, in one transaction; see the module.

    `overlap` "auto" sizes the overlap by Krippendorff's rule for `rule` (`overlap_by_rule`).
    """
    names = _check_coder_names(coders)
    set_name = check_set_name(set_name)
    if balance not in ("count", "length"):
        raise InvalidInputError(f"balance {balance!r} is neither 'count' nor 'length'")
    group = _overlap_group(overlap_coders, len(names))
    fields = [field_key(name) for name in stratify if name.strip()]
    seed = random.SystemRandom().randrange(1, 10**9) if seed is None else int(seed)
    with project.writing() as session:
        existing = session.scalar(select(AssignmentSet).where(AssignmentSet.name == set_name))
        if existing is not None and not replace:
            raise InvalidInputError(
                f"set {set_name!r} exists already; choose another name with --set, or redraw it "
                "with --replace"
            )
        chosen = _select(session, _candidates(session), documents)
        if not chosen:
            raise InvalidInputError("the project has no documents to assign")
        by_rule = None
        if str(overlap).strip().casefold() == "auto":
            if len(names) < 2:
                raise InvalidInputError("an overlap needs at least two coders")
            by_rule = overlap_by_rule(rule or OverlapRule(), group)
            if by_rule["documents"] > len(chosen):
                raise InvalidInputError(
                    f"--overlap auto needs {by_rule['documents']} documents "
                    f"({by_rule['pairable_values']} pairable values by Krippendorff's rule, "
                    f"{group} coders each), but only {len(chosen)} are assigned"
                )
            sample = by_rule["documents"]
        else:
            sample = parse_overlap(overlap, len(chosen))
        if sample and len(names) < 2:
            raise InvalidInputError("an overlap needs at least two coders")
        _check_strata_fields(fields, chosen)
        items = [WorkItem(c.id, c.length, _stratum(c, fields)) for c in chosen]
        plan = plan_work(
            items,
            len(names),
            overlap_size=sample,
            overlap_coders=group,
            stratified=bool(fields),
            by_length=balance == "length",
            rng=random.Random(seed),
        )
        report = AssignReport(
            set_name, seed, len(chosen), len(plan.overlap),
            "all" if group >= len(names) else str(group), fields, balance, dry_run,
            overlap_rule=by_rule,
        )  # fmt: skip
        lengths = {item.id: item.length for item in items}
        overlap_ids = set(plan.overlap)
        for name, ids in zip(names, plan.by_coder, strict=True):
            report.coders[name] = CoderShare(
                len(ids), len(overlap_ids.intersection(ids)), sum(lengths[i] for i in ids)
            )
        strata = {item.id: item.stratum for item in items}
        for document_id in plan.overlap:
            key = " / ".join(strata[document_id]) if fields else "all"
            report.strata[key] = report.strata.get(key, 0) + 1
        report.strata = dict(sorted(report.strata.items()))
        if dry_run:
            session.rollback()
            return report
        if existing is not None:
            session.delete(existing)
            session.flush()
        design = report.to_json() | {
            "coder_names": names,
            "selection": documents if isinstance(documents, str) else "document ids",
            "overlap_asked": str(overlap) if overlap else "0",
        }
        assignment_set = AssignmentSet(name=set_name, design=design)
        session.add(assignment_set)
        session.flush()
        now = utc_now()
        rows = []
        for name, ids in zip(names, plan.by_coder, strict=True):
            coder_id = coder_row(session, name).id
            rows += [
                {"set_id": assignment_set.id, "document_id": i, "coder_id": coder_id,
                 "assigned_at": now}
                for i in ids
            ]  # fmt: skip
        if rows:
            session.execute(Assignment.__table__.insert(), rows)
    return report


def _overlap_group(overlap_coders: str | int, coders: int) -> int:
    text = str(overlap_coders).strip().casefold()
    if text == "all":
        return coders
    if not text.isdigit() or int(text) < 2:
        raise InvalidInputError(
            f"overlap coders {overlap_coders!r} is neither 'all' nor a number of coders (2 or more)"
        )
    if int(text) > coders:
        raise InvalidInputError(f"overlap coders {text} is more than the {coders} coders named")
    return int(text)


def set_names(project: Project) -> list[str]:
    with project.reading() as session:
        return list(session.scalars(select(AssignmentSet.name).order_by(AssignmentSet.id)))


def has_assignments(project: Project) -> bool:
    with project.reading() as session:
        return session.scalar(select(func.count()).select_from(Assignment)) > 0


def assignment_table(project: Project, coder: str | None = None) -> dict[str, Any]:
    """`{"sets": {"main": {"alice": [uuid, ...], ...}, ...}}`, sets in the order they were made,
    coders by name, document uuids in document order; only `coder` when given."""
    with project.reading() as session:
        query = (
            select(AssignmentSet.name, Coder.name, Document.uuid)
            .join(Assignment, Assignment.set_id == AssignmentSet.id)
            .join(Coder, Coder.id == Assignment.coder_id)
            .join(Document, Document.id == Assignment.document_id)
            .order_by(AssignmentSet.id, in_code_point_order(Coder.name), Document.id)
        )
        if coder is not None:
            row = find_coder(session, coder)
            if row is None:
                raise NotFoundError(f"no coder {coder!r} in this project")
            query = query.where(Coder.id == row.id)
        sets: dict[str, dict[str, list[str]]] = {
            name: {}
            for name in session.scalars(select(AssignmentSet.name).order_by(AssignmentSet.id))
        }
        for set_name, coder_name, document_uuid in session.execute(query):
            sets[set_name].setdefault(coder_name, []).append(str(document_uuid))
    return {"sets": sets}


def documents_in_set(project: Project, name: str) -> list[int]:
    """The ids of the documents in the set `name` (any coder), in document order."""
    with project.reading() as session:
        set_id = session.scalar(select(AssignmentSet.id).where(AssignmentSet.name == name))
        if set_id is None:
            known = ", ".join(session.scalars(select(AssignmentSet.name))) or "none yet"
            raise NotFoundError(f"no assignment set {name!r} in this project (sets: {known})")
        query = select(Assignment.document_id).where(Assignment.set_id == set_id).distinct()
        return sorted(session.scalars(query))


def is_training_set(name: str) -> bool:
    """Training rounds ("training", "training-1", "Training_2") are practice, not the study."""
    return name.casefold().startswith(TRAINING_PREFIX)


def _study_sets(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(select(AssignmentSet.id, AssignmentSet.name).order_by(AssignmentSet.id))
    return [(set_id, name) for set_id, name in rows if not is_training_set(name)]


def reliability_documents(project: Project) -> list[int] | None:
    """The reliability sample: the ids of the documents assigned to two or more coders, counted
    over every set except training sets (`is_training_set`), so a set named "reliability" given
    to coders who split "main" counts too; [] when no such document exists; None when the
    project has no assignments at all (then every coded document is compared)."""
    with project.reading() as session:
        if not session.scalar(select(func.count()).select_from(Assignment)):
            return None
        set_ids = [set_id for set_id, _ in _study_sets(session)]
        query = (
            select(Assignment.document_id)
            .where(Assignment.set_id.in_(set_ids))
            .group_by(Assignment.document_id)
            .having(func.count(Assignment.coder_id.distinct()) >= 2)
            .order_by(Assignment.document_id)
        )
        return list(session.scalars(query))


def reliability_sets(project: Project) -> list[str]:
    """The sets (training sets left out) in which some document has two or more coders: where
    the reliability sample was drawn, for the methods paragraph."""
    with project.reading() as session:
        names = []
        for set_id, name in _study_sets(session):
            shared = (
                select(Assignment.document_id)
                .where(Assignment.set_id == set_id)
                .group_by(Assignment.document_id)
                .having(func.count(Assignment.coder_id.distinct()) >= 2)
                .limit(1)
            )
            if session.scalar(shared) is not None:
                names.append(name)
        return names


def assigned_document_ids(session: Session, coder_id: int) -> set[int]:
    """Every document assigned to the coder, in any set (for coder copies)."""
    query = select(Assignment.document_id).where(Assignment.coder_id == coder_id).distinct()
    return set(session.scalars(query))


def design_of(project: Project, name: str) -> dict[str, Any]:
    """How the set `name` was drawn (as `assign` recorded it), for a methods paragraph."""
    with project.reading() as session:
        design = session.scalar(select(AssignmentSet.design).where(AssignmentSet.name == name))
    if design is None:
        raise NotFoundError(f"no assignment set {name!r} in this project")
    return json.loads(json.dumps(design))
