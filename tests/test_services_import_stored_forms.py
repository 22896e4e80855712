"""The importer writes SQLite's stored forms itself (for speed); they must be the ORM's, exactly.

A document imported through `import_documents` and the same document added through the ORM are
compared column by column as SQLite holds them, and read back through the ORM.
"""

from __future__ import annotations

import datetime
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select

from annotator.db.base import utc_now
from annotator.db.models import Document
from annotator.io.imports.documents import ParsedDocument
from annotator.services.imports.articles import import_documents

COLUMNS = (
    "uuid", "sha256", "title", "outlet", "author", "published", "url", "language",
    "source_file", "text", "raw", "extra",
)  # fmt: skip

PARSED = ParsedDocument(
    text="Газпром и «Туркменгаз» подписали соглашение 🙂\nSecond line.",
    title="Gas deal ‘signed’",
    source_file="статья.txt",
    outlet="Вечерний вестник",
    author="Jane Doe",
    published=datetime.date(999, 1, 2),
    url="https://example.org/a?b=1&c=2",
    language="ru",
    raw="raw text\r\nwith boilerplate",
    extra={"encoding": "cp1251", "section": "Экономика", "tags": [1, "two", None], "n": 1.5},
)


def stored(path: Path, document_id: int) -> dict[str, object]:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            f"SELECT {', '.join(COLUMNS)}, imported_at FROM document WHERE id = ?", (document_id,)
        ).fetchone()
    return dict(zip((*COLUMNS, "imported_at"), row, strict=True))


def test_imported_rows_are_stored_as_the_orm_stores_them(project) -> None:
    report = import_documents(project, [(Path("статья.txt"), PARSED)])
    (imported,) = report.imported
    mine = stored(project.path, imported.id)
    with project.writing() as session:
        imported_row = session.get(Document, imported.id)
        assert imported_row is not None
        values = {name: getattr(imported_row, name) for name in (*COLUMNS, "imported_at")}
        session.delete(imported_row)  # uuid and text are unique: the ORM's twin comes after
        session.flush()
        twin = Document(**values)
        session.add(twin)
        session.flush()
        twin_id = twin.id
    orm = stored(project.path, twin_id)
    assert mine == orm
    assert isinstance(mine["imported_at"], str) and mine["published"] == "0999-01-02"


def test_imported_rows_read_back_as_typed_values(project) -> None:
    before = utc_now()
    (imported,) = import_documents(project, [(Path("статья.txt"), PARSED)]).imported
    with project.reading() as session:
        row = session.scalars(select(Document).where(Document.id == imported.id)).one()
        assert row.uuid == uuid.UUID(imported.uuid) and row.uuid.version == 4
        assert (row.title, row.outlet, row.author, row.url) == (
            PARSED.title, PARSED.outlet, PARSED.author, PARSED.url
        )  # fmt: skip
        assert row.published == PARSED.published and row.extra == PARSED.extra
        assert row.raw == PARSED.raw and row.text == PARSED.text and row.language == "ru"
        assert before <= row.imported_at <= utc_now()


def test_recurring_extras_are_stored_each_as_its_own_json(project) -> None:
    import json

    extras = [
        {"encoding": "utf-8"},
        {"encoding": "cp1251"},
        {"encoding": "utf-8"},
        {"section": "x", "encoding": "utf-8"},
        {"encoding": "utf-8", "section": "x"},
        {"encoding": "utf-8", "pages": 2},
    ]
    documents = [
        (
            Path(f"{n}.txt"),
            ParsedDocument(text=f"Text {n}", title=f"T{n}", source_file=f"{n}.txt", extra=extra),
        )
        for n, extra in enumerate(extras)
    ]
    report = import_documents(project, documents)
    stored_extras = [stored(project.path, item.id)["extra"] for item in report.imported]
    assert stored_extras == [json.dumps(extra) for extra in extras]


def test_ids_are_found_by_uuid_when_the_new_rows_are_not_consecutive(project) -> None:
    # A trigger slips a row in between: the reported ids must still be each document's own.
    with sqlite3.connect(project.path) as connection:
        connection.execute(
            "CREATE TRIGGER slip AFTER INSERT ON document WHEN NEW.title = 'Beta' BEGIN "
            "INSERT INTO document (uuid, sha256, title, text, extra, imported_at) VALUES "
            "('0000000000004000800000000000abcd', 'x', 'slipped', 'slipped', '{}', "
            "'2024-01-01 00:00:00.000000'); END"
        )
    documents = [
        (Path(f"{title}.txt"), ParsedDocument(text=f"{title} text", title=title, source_file="f"))
        for title in ("Alpha", "Beta", "Gamma")
    ]
    report = import_documents(project, documents)
    with sqlite3.connect(project.path) as connection:
        titles = dict(connection.execute("SELECT id, title FROM document"))
    assert [titles[item.id] for item in report.imported] == ["Alpha", "Beta", "Gamma"]
    assert sorted(titles.values()) == ["Alpha", "Beta", "Gamma", "slipped"]
