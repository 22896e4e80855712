"""The demo project: real and written articles, two coders, ready for every feature."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.errors import ProjectFileError
from annotator.services.coding.annotations import list_annotations
from annotator.services.coding.statuses import statuses_of
from annotator.services.corpus.documents import document_text, list_documents
from annotator.services.demo import build_demo
from annotator.services.projects import project_info
from annotator.services.verify import verify_project


def test_demo_project(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "new" / "folder")
    assert path == tmp_path / "new" / "folder" / "demo.annot"
    assert [p.name for p in path.parent.iterdir()] == ["demo.annot"]
    with open_project(path, read_only=True) as project:
        info = project_info(project)
        documents = list_documents(project)
        annotations = list_annotations(project)
        assert verify_project(project) == []
        sputnik = next(d for d in documents if d.outlet == "Sputnik International")
        text = document_text(project, sputnik.id)
        assert text.startswith("MOSCOW (Sputnik) - Russian President Vladimir Putin")
        assert "Subscribe" not in text
        assert sputnik.published.isoformat() == "2022-06-10"
        with project.reading() as session:
            from annotator.db.models import Document

            raw = session.get(Document, sputnik.id).raw
        assert "Subscribe" in raw and "Newsfeed" in raw
        alice = statuses_of(project, "alice")
        emoji_documents = {
            d.id: document_text(project, d.id)
            for d in documents
            if any(ord(c) > 0xFFFF for c in document_text(project, d.id))
        }
    assert info.documents >= 6 and len({d.outlet for d in documents}) >= 6
    assert any(d.language == "ru" for d in documents)
    assert set(info.coders) == {"alice", "bob"}
    assert len(annotations) >= 20
    assert {a.coder for a in annotations} == {"alice", "bob"}
    assert any(a.memo for a in annotations)
    first_emoji = {
        doc_id: next(i for i, c in enumerate(text) if ord(c) > 0xFFFF)
        for doc_id, text in emoji_documents.items()
    }
    assert any(a.start > first_emoji.get(a.document_id, 10**9) for a in annotations)
    assert "done" in alice.values()


def test_demo_does_not_overwrite(tmp_path: Path) -> None:
    build_demo(tmp_path)
    with pytest.raises(ProjectFileError, match="already exists"):
        build_demo(tmp_path)
