"""Reading the documents of a project: the list with metadata, one document, its exact text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from annotator.db.models import Document
from annotator.db.project import Project
from annotator.services.references import find_document


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    uuid: str
    title: str
    outlet: str | None
    published: date | None
    author: str | None
    url: str | None
    language: str | None
    source_file: str | None
    chars: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "url": self.url,
            "chars": self.chars,
            "sha256": self.sha256,
        }


_COLUMNS = (
    Document.id,
    Document.uuid,
    Document.title,
    Document.outlet,
    Document.published,
    Document.author,
    Document.url,
    Document.language,
    Document.source_file,
    func.length(Document.text),  # SQLite and PostgreSQL both count characters, not bytes
    Document.sha256,
)


def _record(row: Any) -> DocumentRecord:
    values = list(row)
    values[1] = str(values[1])
    return DocumentRecord(*values)


def list_documents(project: Project) -> list[DocumentRecord]:
    """Every document's metadata (not its text), in import order."""
    with project.reading() as session:
        return [_record(row) for row in session.execute(select(*_COLUMNS).order_by(Document.id))]


def get_document(project: Project, reference: int | str) -> DocumentRecord:
    with project.reading() as session:
        document_id = find_document(session, reference).id
        row = session.execute(select(*_COLUMNS).where(Document.id == document_id)).one()
        return _record(row)


def document_text(project: Project, reference: int | str) -> str:
    """The stored text, exactly: the string every offset indexes into."""
    with project.reading() as session:
        return find_document(session, reference).text
