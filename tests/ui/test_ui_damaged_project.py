"""Trying to open a damaged project file leaves the project that was open open and usable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.services.corpus.documents import list_documents

TEXT = "The minister said gas prices will rise. Gas exports to Turkey fell."


def shown_project(window) -> Path | None:
    """The file of the project the window shows (None on the welcome page)."""
    return window.workbench.project.path if window.workbench is not None else None


def damage_table(path: Path, table: str) -> Path:
    """A copy of `path` whose `table` b-tree root page is overwritten: the header still says
    SQLite and Annotator, and SQLite reports "database disk image is malformed" on first read."""
    copy = path.with_name(f"damaged-{path.name}")
    shutil.copy(path, copy)
    with sqlite3.connect(copy) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    connection.close()
    data = bytearray(copy.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    copy.write_bytes(bytes(data))
    return copy


def test_a_damaged_project_is_refused_and_the_open_one_stays(make_window, articles_project, qtbot):
    good = articles_project(TEXT, "Farmers protest on Monday.", name="good.annot")
    other = articles_project("Coal mines close.", name="other.annot")
    window = make_window(good)
    window.document_panel.select_document(2)
    for table in ("document", "variable"):  # read by the document list, by the codebook
        damaged = damage_table(other, table)
        assert not window.open_path(damaged)
        assert window.last_error.startswith(str(damaged))
        assert "malformed" in window.last_error
        assert shown_project(window) == good and window.pages.currentIndex() == 1
        assert window.workbench.document_id == 2
        assert [row.title for row in window.document_panel.model.all_rows()] == [
            "Article 1",
            "Article 2",
        ]
        assert window.codebook_panel.isVisible() or window.codebook_dock.isVisible()
    # still usable: code a span and take it back with Ctrl+Z
    window.document_panel.select_document(1)
    window.article.select_span(4, 12)
    window.codebook_panel.codeClicked.emit("sector", "Energy")
    project = window.workbench.project
    assert len(list_documents(project)) == 2
    assert window.undo_stack.count() == 1
    qtbot.keyClick(window.article, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == 0
