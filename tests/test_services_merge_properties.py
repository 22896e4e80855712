"""Property: merging random coder copies yields exactly the union of their annotations, once."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.db.project import open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.distribute import distribute_project
from annotator.services.imports.articles import import_documents
from annotator.services.merging.merge import merge_into, merge_projects
from annotator.services.projects import new_project
from annotator.services.verify import verify_project

TEXTS = [
    "Putin stressed that Russia's major energy companies are interested in Turkmenistan.",
    "Путин заявил: «Газпром» готов. Café prices 👍🏽 rose 🔥 again.",
    "=SUM(A1) is not a formula; -5% says the minister, +3 says @critics.",
]
CLAIMS = ["Proposal", "Criticism or rejection", "Support or endorsement", "Prediction"]
FRAMES = ["Conflict", "Human interest", "Economic consequences", "Morality", "Responsibility"]
ACTORS = ["Government", "Vladimir Putin", "Gazprom", "Civil society"]  # two are new, open list


@st.composite
def annotations(draw: st.DrawFn) -> dict:
    document = draw(st.integers(0, len(TEXTS) - 1))
    length = len(TEXTS[document])
    start = draw(st.integers(0, length - 1))
    end = draw(st.integers(start + 1, min(length, start + 40)))
    values: dict[str, list[str]] = {}
    if draw(st.booleans()):
        values["claim"] = [draw(st.sampled_from(CLAIMS))]
    frames = draw(st.lists(st.sampled_from(FRAMES), max_size=3, unique=True))
    if frames:
        values["framing"] = frames
    if draw(st.booleans()):
        values["actor"] = [draw(st.sampled_from(ACTORS))]
    memo = draw(st.sampled_from(["", "lead", "=looks like a formula", "-minus"]))
    return {"document": document, "start": start, "end": end, "values": values, "memo": memo}


copies_strategy = st.lists(st.lists(annotations(), max_size=6), min_size=1, max_size=3)


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("master") / "study.annot"
    with new_project(path) as project:
        import_documents(
            project,
            [
                (Path(f"{i}.txt"), ParsedDocument(text=t, title=f"A{i}", source_file=f"{i}"))
                for i, t in enumerate(TEXTS)
            ],
        )
    return path


def snapshot(path: Path) -> set[tuple]:
    with open_project(path, read_only=True) as project:
        return {
            (
                a.uuid, a.coder, a.document_uuid, a.start, a.end, a.quote, a.memo,
                tuple(sorted((name, tuple(sorted(v))) for name, v in a.values.items())),
            )
            for a in list_annotations(project)
        }  # fmt: skip


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(work=copies_strategy)
def test_merge_holds_exactly_the_union(master: Path, work: list[list[dict]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        coders = [f"coder{number}" for number in range(len(work))]
        report = distribute_project(master, coders, root / "copies")
        paths = [Path(copy.path) for copy in report.copies]
        for coder, path, items in zip(coders, paths, work, strict=True):
            with open_project(path) as project:
                for item in items:
                    create_annotation(
                        project, document=item["document"] + 1, coder=coder,
                        start=item["start"], end=item["end"], values=item["values"],
                        memo=item["memo"],
                    )  # fmt: skip
        expected: set[tuple] = set()
        for path in paths:
            expected |= snapshot(path)
        merged = root / "merged.annot"
        merge_report = merge_projects(paths, merged)
        assert merge_report.annotations_added == sum(len(items) for items in work)
        assert snapshot(merged) == expected
        with open_project(merged) as project:
            assert verify_project(project) == []
            again = merge_into(project, paths)
            assert again.annotations_added == 0 and not again.changed_anything
            assert again.conflicts == []
        assert snapshot(merged) == expected
