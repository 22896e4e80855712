"""Coder copies and merging: every conflict case, untouched inputs, dry runs, undo, cancel."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.core.text import text_sha256
from annotator.db.project import open_project
from annotator.errors import InvalidInputError, ProjectFileError
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.coding.statuses import set_status, statuses_of
from annotator.services.corpus.documents import list_documents
from annotator.services.distribute import backup_copy, distribute_project, project_coder
from annotator.services.imports.articles import import_documents
from annotator.services.merging import report as kinds
from annotator.services.merging.merge import merge_into, merge_projects
from annotator.services.merging.undo import undo_merge
from annotator.services.projects import new_project, project_info
from annotator.services.verify import verify_project

TEXTS = [
    "Putin stressed that Russia's energy companies are interested in Turkmenistan.",
    "The minister said the pipeline deal would lower prices for households.",
    "Critics warned of dependence on imports, officials said on Tuesday.",
]


def make_master(path: Path) -> Path:
    with new_project(path) as project:
        import_documents(
            project,
            [(Path(f"{i}.txt"), ParsedDocument(text=t, title=f"Article {i}", source_file=f"{i}"))
             for i, t in enumerate(TEXTS)],
        )  # fmt: skip
    return path


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, Path]:
    master = make_master(tmp_path / "study.annot")
    report = distribute_project(master, ["alice", "bob"], tmp_path / "copies")
    return {copy.coder: Path(copy.path) for copy in report.copies}


def code(path: Path, coder: str, document: int, fragment: str, **values: str | list[str]) -> str:
    text = TEXTS[document - 1]
    start = text.index(fragment)
    with open_project(path) as project:
        record = create_annotation(
            project, document=document, coder=coder, start=start, end=start + len(fragment),
            values={k: v if isinstance(v, list) else [v] for k, v in values.items()},
        )  # fmt: skip
    return record.uuid


def raw(path: Path, sql: str, *parameters: object) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(sql, parameters)
    connection.close()


def annotations_of(path: Path) -> set[tuple]:
    with open_project(path, read_only=True) as project:
        return {
            (a.uuid, a.coder, a.document_uuid, a.start, a.end, a.quote,
             tuple(sorted((k, tuple(v)) for k, v in a.values.items())))
            for a in list_annotations(project)
        }  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_copies_share_uuids_and_preset_their_coder(tmp_path: Path) -> None:
    master = make_master(tmp_path / "study.annot")
    code(master, "alice", 1, "Putin", actor="Government")
    code(master, "bob", 2, "minister", actor="Government")
    before = digest(master)
    report = distribute_project(master, ["alice", "carol"], tmp_path / "out")
    assert [Path(c.path).name for c in report.copies] == ["study-alice.annot", "study-carol.annot"]
    assert digest(master) == before
    with open_project(master, read_only=True) as project:
        documents = [d.uuid for d in list_documents(project)]
    alice, carol = (Path(c.path) for c in report.copies)
    with open_project(alice, read_only=True) as project:
        assert project_coder(project).name == "alice"
        assert [a.coder for a in list_annotations(project)] == ["alice"]  # her own work only
        assert project_info(project).coders == ["alice"]
        assert [d.uuid for d in list_documents(project)] == documents
    with open_project(carol, read_only=True) as project:
        assert project_coder(project).name == "carol"
        assert list_annotations(project) == []
        assert verify_project(project) == []
    with_all = distribute_project(master, ["dan"], tmp_path / "all", with_annotations=True)
    with open_project(with_all.copies[0].path, read_only=True) as project:
        assert {a.coder for a in list_annotations(project)} == {"alice", "bob"}


def test_distribute_never_overwrites(tmp_path: Path) -> None:
    master = make_master(tmp_path / "study.annot")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "study-bob.annot").write_bytes(b"bob's work")
    with pytest.raises(ProjectFileError, match="already exists"):
        distribute_project(master, ["alice", "bob"], tmp_path / "out")
    assert not (tmp_path / "out" / "study-alice.annot").exists()
    with pytest.raises(InvalidInputError):
        distribute_project(master, ["alice", "Alice"], tmp_path / "x")


def test_merge_is_union_and_repeatable(tmp_path: Path, copies: dict[str, Path]) -> None:
    code(copies["alice"], "alice", 1, "Putin", actor="Government", framing=["Conflict", "Morality"])
    code(copies["bob"], "bob", 1, "Putin stressed", actor="Government", sector="Energy")
    with open_project(copies["bob"]) as project:
        set_status(project, 1, "bob", "done")
    hashes = {name: digest(path) for name, path in copies.items()}
    files_before = sorted(p.name for p in copies["alice"].parent.iterdir())
    merged = tmp_path / "merged.annot"
    report = merge_projects([copies["alice"], copies["bob"]], merged)
    assert {name: digest(path) for name, path in copies.items()} == hashes
    assert sorted(p.name for p in copies["alice"].parent.iterdir()) == files_before
    assert report.annotations_added == 2 and report.documents_added == 3
    assert report.inputs[1].documents_matched == 3 and report.conflicts == []
    assert annotations_of(merged) == annotations_of(copies["alice"]) | annotations_of(copies["bob"])
    with open_project(merged) as project:
        assert verify_project(project) == []
        assert statuses_of(project, "bob") == {1: "done"}
        assert project_coder(project) is None
        again = merge_into(project, [copies["alice"], copies["bob"]])
    assert again.annotations_added == 0 and again.documents_added == 0
    assert not again.changed_anything
    twice = merge_projects([merged, copies["alice"]], tmp_path / "twice.annot")
    assert twice.inputs[1].annotations_added == 0 and twice.inputs[1].annotations_present == 1
    assert annotations_of(tmp_path / "twice.annot") == annotations_of(merged)


def test_same_uuid_different_text_is_not_merged(tmp_path: Path, copies: dict[str, Path]) -> None:
    code(copies["alice"], "alice", 2, "minister", actor="Government")
    code(copies["bob"], "bob", 2, "minister", actor="Government")
    changed = TEXTS[1].replace("minister", "minister of finance")
    raw(copies["bob"], "UPDATE document SET text = ?, sha256 = ? WHERE id = 2",
        changed, text_sha256(changed))  # fmt: skip
    raw(copies["bob"], "UPDATE annotation SET quote = 'minister' WHERE document_id = 2")
    report = merge_projects([copies["alice"], copies["bob"]], tmp_path / "m.annot")
    bob = report.inputs[1]
    assert [c.kind for c in bob.conflicts] == [kinds.DOCUMENT_TEXT_DIFFERS]
    assert "not merged" in bob.conflicts[0].message
    assert bob.documents_skipped == 1 and bob.annotations_skipped == 1
    assert {a[1] for a in annotations_of(tmp_path / "m.annot")} == {"alice"}


def test_renamed_and_added_codes(tmp_path: Path, copies: dict[str, Path]) -> None:
    code(copies["alice"], "alice", 1, "Putin", sector="Energy")
    raw(copies["bob"], "UPDATE code SET label = 'Energy policy' WHERE label = 'Energy'")
    code(copies["bob"], "bob", 1, "Putin", sector="Energy policy", actor="Vladimir Putin")
    report = merge_projects([copies["alice"], copies["bob"]], tmp_path / "m.annot")
    conflicts = {c.kind: c.message for c in report.inputs[1].conflicts}
    assert set(conflicts) == {kinds.CODE_RENAMED, kinds.CODE_ADDED}
    assert "'Energy policy'" in conflicts[kinds.CODE_RENAMED]
    assert "Vladimir Putin" in conflicts[kinds.CODE_ADDED]
    merged = {a[1]: dict(a[6]) for a in annotations_of(tmp_path / "m.annot")}
    assert merged["bob"] == {"sector": ("Energy",), "actor": ("Vladimir Putin",)}


def test_same_name_different_uuid_kept_apart(tmp_path: Path) -> None:
    master = make_master(tmp_path / "study.annot")
    first, second = tmp_path / "a.annot", tmp_path / "b.annot"
    backup_copy(master, first)
    backup_copy(master, second)
    code(first, "alice", 1, "Putin", actor="Government")
    code(second, "alice", 2, "minister", actor="Government")  # another Alice, another uuid
    report = merge_projects([first, second], tmp_path / "m.annot")
    assert report.inputs[1].coders == ["alice (2)"]
    assert [c.kind for c in report.conflicts] == [kinds.CODER_NAME_TAKEN]
    assert {a[1] for a in annotations_of(tmp_path / "m.annot")} == {"alice", "alice (2)"}
    again = merge_projects([tmp_path / "m.annot", second], tmp_path / "m2.annot")
    assert again.inputs[1].conflicts == [] and again.inputs[1].annotations_added == 0
    joined = merge_projects([first, second], tmp_path / "j.annot", coders_by_name=True)
    assert joined.conflicts == []
    assert {a[1] for a in annotations_of(tmp_path / "j.annot")} == {"alice"}


def test_documents_match_by_text(tmp_path: Path) -> None:
    one, two = make_master(tmp_path / "one.annot"), make_master(tmp_path / "two.annot")
    code(two, "bob", 3, "Critics", actor="Civil society")
    report = merge_projects([one, two], tmp_path / "m.annot")
    assert report.inputs[1].documents_matched_by_text == 3 and report.documents_added == 3
    assert report.annotations_added == 1


def test_damaged_rows_are_reported_not_merged(tmp_path: Path, copies: dict[str, Path]) -> None:
    uuid = code(copies["alice"], "alice", 1, "Putin", actor="Government")
    code(copies["alice"], "alice", 3, "Critics", actor="Civil society")
    raw(copies["alice"], "UPDATE annotation SET quote = 'Putih' WHERE uuid = ?",
        uuid.replace("-", ""))  # fmt: skip
    raw(copies["alice"], "UPDATE document SET sha256 = 'x' WHERE id = 3")
    report = merge_projects([copies["alice"]], tmp_path / "m.annot")
    kinds_found = sorted(c.kind for c in report.conflicts)
    assert kinds_found == [kinds.ANNOTATION_INVALID, kinds.DOCUMENT_DAMAGED]
    assert report.annotations_added == 0 and report.documents_added == 2
    with open_project(tmp_path / "m.annot", read_only=True) as project:
        assert verify_project(project) == []


def test_changed_annotation_is_reported(tmp_path: Path, copies: dict[str, Path]) -> None:
    code(copies["alice"], "alice", 1, "Putin", actor="Government")
    merged = tmp_path / "m.annot"
    merge_projects([copies["alice"]], merged)
    raw(copies["alice"], "UPDATE annotation SET updated_at = '2030-01-01 00:00:00.000000'")
    with open_project(merged) as project:
        report = merge_into(project, [copies["alice"]])
    assert [c.kind for c in report.conflicts] == [kinds.ANNOTATION_CHANGED]
    assert report.annotations_added == 0


def test_bad_input_leaves_nothing(tmp_path: Path, copies: dict[str, Path]) -> None:
    bogus = tmp_path / "notes.annot"
    bogus.write_text("not a project")
    with pytest.raises(ProjectFileError, match=r"notes\.annot"):
        merge_projects([copies["alice"], bogus], tmp_path / "m.annot")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies", "notes.annot", "study.annot"]
    with pytest.raises(ProjectFileError, match="already exists"):
        merge_projects([copies["alice"]], copies["bob"])


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, copies: dict[str, Path]) -> None:
    code(copies["alice"], "alice", 1, "Putin", actor="Government")
    dry = merge_projects(list(copies.values()), tmp_path / "m.annot", dry_run=True)
    assert dry.dry_run and dry.annotations_added == 1 and dry.output is None
    assert not (tmp_path / "m.annot").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with open_project(copies["bob"]) as project:
        before = annotations_of(copies["bob"])
        report = merge_into(project, [copies["alice"]], dry_run=True)
        assert report.annotations_added == 1
    assert annotations_of(copies["bob"]) == before


def test_merge_into_is_one_undoable_step(tmp_path: Path, copies: dict[str, Path]) -> None:
    target = tmp_path / "target.annot"
    backup_copy(copies["alice"], target)  # the PI's earlier snapshot of alice's copy
    with open_project(target) as project:
        set_status(project, 1, "alice", "in_progress")
    code(copies["alice"], "alice", 1, "Putin", actor="Vladimir Putin")
    with open_project(copies["alice"]) as project:
        set_status(project, 1, "alice", "done")  # later than the target's: it wins
    before = digest(target)
    info_before = None
    with open_project(target) as project:
        info_before = project_info(project)
        report = merge_into(project, [copies["alice"]])
        assert report.annotations_added == 1 and report.undo.codes
        assert statuses_of(project, "alice") == {1: "done"}
        undo_merge(project, report.undo)
        after = project_info(project)
        assert (after.annotations, after.coders) == (info_before.annotations, info_before.coders)
        assert statuses_of(project, "alice") == {1: "in_progress"}
        assert verify_project(project) == []
        cancelled = merge_into(project, [copies["alice"]], should_cancel=lambda: True)
        assert cancelled.cancelled and project_info(project).annotations == 0
        with pytest.raises(ProjectFileError, match="being merged into"):
            merge_into(project, [target])
    assert before  # the file stayed a valid project throughout


def test_progress_is_reported(tmp_path: Path, copies: dict[str, Path]) -> None:
    calls: list[tuple[int, int]] = []
    merge_projects(list(copies.values()), tmp_path / "m.annot",
                   progress=lambda done, total, _name: calls.append((done, total)))  # fmt: skip
    assert calls == [(0, 2), (1, 2), (2, 2)]
