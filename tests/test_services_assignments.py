"""Assignments: the overlap sample, its strata, an even split, same seed same plan, reassigning."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

from annotator.core.workload import proportional_allocation
from annotator.db.project import Project, open_project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.assignments import (
    assign,
    assignment_table,
    design_of,
    documents_in_set,
    reliability_documents,
    reliability_sets,
)
from annotator.services.coding.annotations import create_annotation
from annotator.services.imports.articles import import_documents
from annotator.services.reassignment import reassign

CODERS = ["alice", "bob", "carol"]


@pytest.fixture
def corpus(tmp_path: Path) -> Project:
    """300 articles from 5 outlets over 700 days (`project_generator`), no annotations."""
    path = tmp_path / "study.annot"
    load_benchmark("project_generator").generate_project(path, documents=300, annotations=0)
    with open_project(path) as project:
        yield project


def _by_coder(project: Project, set_name: str = "main") -> dict[str, list[str]]:
    return assignment_table(project)["sets"][set_name]


def test_same_seed_same_plan_and_another_seed_another(corpus: Project, tmp_path: Path) -> None:
    assign(corpus, CODERS, overlap="10%", stratify=["outlet"], seed=7)
    first = _by_coder(corpus)
    assign(corpus, CODERS, overlap="10%", stratify=["outlet"], seed=7, replace=True)
    assert _by_coder(corpus) == first
    assign(corpus, CODERS, overlap="10%", stratify=["outlet"], seed=8, replace=True)
    assert _by_coder(corpus) != first


def test_overlap_goes_to_every_coder_and_the_rest_is_split_evenly(corpus: Project) -> None:
    report = assign(corpus, CODERS, overlap="10%", seed=1)
    table = _by_coder(corpus)
    counts = Counter(uuid for documents in table.values() for uuid in documents)
    assert sum(1 for n in counts.values() if n == 3) == 30 == report.overlap
    assert sum(1 for n in counts.values() if n == 1) == 270
    assert sorted(len(documents) for documents in table.values()) == [120, 120, 120]
    assert len(reliability_documents(corpus)) == 30
    assert documents_in_set(corpus, "main") == list(range(1, 301))


def test_a_rotating_pair_codes_each_overlap_document(corpus: Project) -> None:
    assign(corpus, CODERS, overlap=60, overlap_coders=2, seed=3)
    table = _by_coder(corpus)
    counts = Counter(uuid for documents in table.values() for uuid in documents)
    assert sorted(Counter(counts.values()).items()) == [(1, 240), (2, 60)]
    overlap_per_coder = [sum(counts[u] == 2 for u in documents) for documents in table.values()]
    assert overlap_per_coder == [40, 40, 40]
    assert sorted(len(documents) for documents in table.values()) == [120, 120, 120]


def test_stratified_overlap_is_proportional_per_outlet_and_month(corpus: Project) -> None:
    report = assign(corpus, CODERS, overlap="10%", stratify=["outlet"], seed=5)
    assert report.strata == {
        "Daily Ledger": 6, "Le Quotidien": 6, "Morning Post": 6, "Nachrichten": 6,
        "The Courier": 6,
    }  # fmt: skip
    report = assign(
        corpus, CODERS, set_name="months", overlap=30, stratify=["outlet", "month"], seed=5
    )
    assert sum(report.strata.values()) == 30
    assert max(report.strata.values()) == 1  # 50 strata of about 6: one each for 30 of them
    design = design_of(corpus, "months")
    assert design["stratify"] == ["outlet", "month"] and design["seed"] == 5
    assert (design["overlap"], design["overlap_asked"], design["selection"]) == (30, "30", "all")
    assert design["coder_names"] == CODERS and design["coders"]["alice"]["documents"] == 120


def test_allocation_gives_each_non_empty_stratum_one_when_the_sample_allows() -> None:
    assert proportional_allocation({"big": 90, "small": 10}, 10) == {"big": 9, "small": 1}
    assert proportional_allocation({"big": 98, "a": 1, "b": 1}, 10) == {"big": 8, "a": 1, "b": 1}
    assert proportional_allocation({"big": 98, "a": 1, "b": 1}, 2) == {"big": 2, "a": 0, "b": 0}
    assert proportional_allocation({"x": 3, "y": 0}, 10) == {"x": 3, "y": 0}


def test_balance_by_length_evens_out_characters(project: Project) -> None:
    lengths = [900, 800, 700, 100, 100, 100, 100, 100, 100]
    parsed = [
        (Path(f"{n}.txt"), ParsedDocument(f"{n}" + "x" * (length - 1), f"doc {n}", f"{n}.txt"))
        for n, length in enumerate(lengths)
    ]
    import_documents(project, parsed)
    report = assign(project, ["alice", "bob"], balance="length", seed=1)
    assert sorted(share.characters for share in report.coders.values()) == [1500, 1500]
    report = assign(project, ["alice", "bob"], set_name="count", seed=1)
    assert sorted(share.documents for share in report.coders.values()) == [4, 5]


def test_dry_run_changes_nothing_and_bad_input_is_one_clear_message(corpus: Project) -> None:
    report = assign(corpus, CODERS, overlap="10%", seed=1, dry_run=True)
    assert report.overlap == 30
    assert assignment_table(corpus) == {"sets": {}}
    assert reliability_documents(corpus) is None
    for kwargs, message in [
        ({"overlap": "150%"}, "percentage"),
        ({"overlap": "400"}, "more than the 300 documents"),
        ({"overlap_coders": "5", "overlap": "10"}, "more than the 3 coders"),
        ({"set_name": "two words"}, "set name"),
        ({"documents": "outlet:nowhere"}, "no document matches"),
        ({"balance": "speed"}, "balance"),
        ({"overlap": "10%", "stratify": ["outlett"]}, "no document has a field 'outlett'"),
    ]:
        with pytest.raises(InvalidInputError, match=message):
            assign(corpus, CODERS, **kwargs)
    assign(corpus, CODERS, seed=1)
    with pytest.raises(InvalidInputError, match="exists already"):
        assign(corpus, CODERS, seed=1)
    with pytest.raises(NotFoundError, match=r"no assignment set 'training-1'.*sets: main"):
        documents_in_set(corpus, "training-1")


def test_documents_by_id_or_filter_and_sets_may_share_documents(corpus: Project) -> None:
    assign(corpus, CODERS, set_name="training-1", documents=["1", "2", "3"], overlap="100%")
    assign(corpus, ["alice", "bob"], documents="outlet:courier", seed=2)
    assert documents_in_set(corpus, "training-1") == [1, 2, 3]
    assert len(documents_in_set(corpus, "main")) == 60
    assert assignment_table(corpus, coder="alice")["sets"]["training-1"]["alice"]


def test_the_reliability_sample_leaves_training_sets_out(corpus: Project) -> None:
    assign(corpus, CODERS, set_name="training-1", documents=["1", "2", "3"], overlap="100%")
    assert reliability_documents(corpus) == []  # assignments, but only practice is shared
    assert reliability_sets(corpus) == []
    assign(corpus, ["alice", "bob"], documents=["4", "5", "6", "7"], seed=3)  # split, no overlap
    assign(corpus, ["carol"], set_name="reliability", documents=["4", "5"])
    assert reliability_documents(corpus) == [4, 5]  # alice or bob in main, carol in reliability
    assert reliability_sets(corpus) == []  # no one set holds two coders of a document
    assign(corpus, ["alice", "bob"], set_name="main", documents=["4", "5", "6", "7"],
           overlap="2", seed=3, replace=True)  # fmt: skip
    assert reliability_sets(corpus) == ["main"]
    assert set(reliability_documents(corpus)) >= {4, 5} and 1 not in reliability_documents(corpus)


def test_reassign_moves_only_what_the_leaving_coder_has_not_touched(corpus: Project) -> None:
    assign(corpus, CODERS, overlap="10%", seed=4)
    bob = _by_coder(corpus)["bob"]
    with corpus.reading() as session:
        from sqlalchemy import select

        from annotator.db.models import Document

        ids = {str(u): i for u, i in session.execute(select(Document.uuid, Document.id))}
    coded = ids[bob[0]]
    create_annotation(corpus, document=coded, coder="bob", start=0, end=3)
    report = reassign(corpus, "bob", "dave")
    table = _by_coder(corpus)
    assert table["bob"] == [bob[0]]
    assert report.moved + report.already_with_target == len(bob) - 1 and report.kept == 1
    assert len(table["dave"]) == report.moved
    with pytest.raises(NotFoundError, match="no coder 'zoe'"):
        reassign(corpus, "zoe", "dave")


def test_removing_a_document_and_undoing_it_keeps_its_assignments(corpus: Project) -> None:
    from annotator.services.corpus.removal import remove_documents, restore_documents

    assign(corpus, CODERS, overlap="10%", seed=9)
    before = assignment_table(corpus)
    removed = remove_documents(corpus, [1, 2])
    assert 1 not in documents_in_set(corpus, "main")
    restore_documents(corpus, removed)
    assert assignment_table(corpus) == before
