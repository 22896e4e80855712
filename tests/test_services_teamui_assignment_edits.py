"""The undo records of an assignment, and what the document list reads of assignments."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.db.models import AssignmentSet
from annotator.errors import ChangedElsewhereError, NotFoundError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.assignment_edits import assign_undoable, assignment_view
from annotator.services.assignments import assign, assignment_table, design_of, set_names
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project


@pytest.fixture
def project(tmp_path: Path):
    with new_project(tmp_path / "p.annot") as project:
        import_documents(
            project,
            [(Path(f"{n}.txt"), ParsedDocument(f"Text {n}.", f"T{n}", f"{n}.txt"))
             for n in range(10)],
        )  # fmt: skip
        yield project


def test_undo_removes_the_set_and_redo_restores_it_exactly(project):
    report, record = assign_undoable(project, ["alice", "bob"], overlap="2", seed=4)
    table, design = assignment_table(project), design_of(project, "main")
    restore = record.apply(project)
    assert set_names(project) == []
    again = restore.apply(project)
    assert assignment_table(project) == table and design_of(project, "main") == design
    assert again.name == "main" and report.overlap == 2


def test_records_refuse_what_another_program_changed(project):
    _report, record = assign_undoable(project, ["alice", "bob"], seed=4)
    restore = record.apply(project)
    assign(project, ["carol"], seed=1)  # another program makes a set "main" meanwhile
    with pytest.raises(ChangedElsewhereError):
        restore.apply(project)
    assert set(assignment_table(project)["sets"]["main"]) == {"carol"}
    with project.writing() as session:
        session.query(AssignmentSet).delete()
    _report, record = assign_undoable(project, ["alice"], seed=2)
    with project.writing() as session:  # the set is removed elsewhere: undo refuses
        session.query(AssignmentSet).delete()
    with pytest.raises(NotFoundError):
        record.apply(project)


def test_assignment_view_per_set_mine_and_anyone(project):
    assign(project, ["alice", "bob"], seed=3, documents=[1, 2, 3, 4], set_name="training-1")
    assign(project, ["alice", "bob"], seed=3, overlap="2")
    view = assignment_view(project, "alice")
    assert list(view.anyone) == ["training-1", "main"]
    assert view.anyone["training-1"] == {1, 2, 3, 4}
    assert view.mine["training-1"] < view.anyone["training-1"]
    assert len(view.anyone["main"]) == 10 and 2 < len(view.mine["main"]) < 10
    assert not assignment_view(project, "nobody").mine["main"]
