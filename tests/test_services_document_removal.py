"""Removing documents with their annotations, and restoring them so the file is as it was."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.vocabulary import VariableKind
from annotator.db.project import open_project
from annotator.errors import InvalidInputError, NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import add_variable
from annotator.services.coding.annotations import create_annotation
from annotator.services.coding.statuses import set_status
from annotator.services.corpus.documents import list_documents
from annotator.services.corpus.removal import (
    plan_removal,
    remove_documents,
    restore_documents,
)
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project
from annotator.services.verify import verify_project

TEXTS = [
    "Putin stressed that Russia's energy companies are interested in Turkmenistan.",
    "Путин заявил: «Газпром» готов. Café prices 👍🏽 rose 🔥 again.",
    "Farmers blocked the roads on Monday.",
    "A fourth article nobody coded.",
]


def fill(project) -> None:
    import_documents(
        project,
        [
            (
                Path(f"{n}.html"),
                ParsedDocument(
                    text,
                    f"Article {n}",
                    f"{n}.html",
                    outlet="Daily",
                    published=date(2022, 1, n + 1),
                    language="en",
                    raw=f"<p>{text}</p>",
                    extra={"section": "Politics", "tags": ["gas", n], "page": n},
                ),
            )
            for n, text in enumerate(TEXTS)
        ],
    )
    add_variable(project, "note", kind=VariableKind.TEXT)
    for document in (1, 2, 3):
        for coder, start in (("alice", 0), ("bob", 3)):
            create_annotation(
                project,
                document=document,
                coder=coder,
                start=start,
                end=start + 10,
                values={"actor": ["Government"], "framing": ["Conflict"], "note": [coder]},
                memo="lead",
            )
    set_status(project, 1, "alice", "done")
    set_status(project, 4, "bob", "in_progress")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, byte for byte (sorted: SQLite's hidden rowids may differ)."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)
            for table in tables
        }
    finally:
        connection.close()


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("removal") / "study.annot"
    with new_project(path) as project:
        fill(project)
    return path


@pytest.fixture
def copy(master: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(master, tmp_path / "copy.annot"))


def test_remove_takes_annotations_values_and_statuses(copy: Path) -> None:
    statuses = dump(copy)["document_status"]
    with open_project(copy) as project:
        plan = plan_removal(project, ["2", 1, "1"])
        assert plan.document_ids == (2, 1)  # in the order given, once each
        assert plan.titles == ("Article 1", "Article 0")
        assert (plan.annotations, plan.coders) == (4, ("alice", "bob"))
        removed = remove_documents(project, [1, 2])
        assert removed.document_ids == [1, 2]
        assert removed.to_json()["annotations"] == 4
        assert removed.to_json()["values"] == 12
        assert removed.to_json()["statuses"] == sum(1 for row in statuses if row[0] in (1, 2))
        assert [document.id for document in list_documents(project)] == [3, 4]
        assert verify_project(project) == []
    rows = dump(copy)
    assert len(rows["annotation"]) == 2 and len(rows["annotation_value"]) == 6
    assert rows["document_status"] == [row for row in statuses if row[0] not in (1, 2)]


def test_restore_puts_back_exactly_what_was_there(copy: Path, master: Path) -> None:
    with open_project(copy) as project:
        removed = remove_documents(
            project, [(document.uuid) for document in list_documents(project)]
        )
        assert list_documents(project) == []
        restore_documents(project, removed)
        assert verify_project(project) == []
    assert dump(copy) == dump(master)


def test_unknown_documents_are_named_and_nothing_changes(copy: Path, master: Path) -> None:
    with open_project(copy) as project:
        with pytest.raises(NotFoundError, match="no document 99, nonsense in this project"):
            remove_documents(project, [1, 99, "nonsense"])
        with pytest.raises(NotFoundError, match="00000000-0000-0000-0000-000000000000"):
            plan_removal(project, ["00000000-0000-0000-0000-000000000000"])
    assert dump(copy) == dump(master)


def test_restoring_twice_is_refused_without_change(copy: Path) -> None:
    with open_project(copy) as project:
        removed = remove_documents(project, [3])
        restore_documents(project, removed)
        before = dump(copy)
        with pytest.raises(InvalidInputError, match="already in the project"):
            restore_documents(project, removed)
    assert dump(copy) == before


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    removals=st.lists(
        st.lists(st.integers(1, len(TEXTS)), min_size=1, max_size=len(TEXTS)),
        min_size=1,
        max_size=3,
    )
)
def test_removals_undone_in_reverse_leave_the_file_identical(
    master: Path, removals: list[list[int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(shutil.copy(master, Path(folder) / "study.annot"))
        done = []
        with open_project(path) as project:
            for ids in removals:
                present = {document.id for document in list_documents(project)}
                wanted = [document_id for document_id in ids if document_id in present]
                if wanted:
                    done.append(remove_documents(project, wanted))
            for removed in reversed(done):
                restore_documents(project, removed)
        assert dump(path) == dump(master)
