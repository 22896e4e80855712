"""`Project.change_counter()`: moves when another program commits, not for own writes."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import text

from annotator.services.projects import new_project


def test_another_connections_commit_moves_the_counter(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    with new_project(path) as project:
        before = project.change_counter()
        assert project.change_counter() == before  # nothing happened: the same value
        other = sqlite3.connect(path)
        other.execute("UPDATE variable SET description = 'changed elsewhere'")
        other.commit()
        other.close()
        after = project.change_counter()
        assert after != before
        assert project.change_counter() == after


def test_own_writes_on_the_same_thread_leave_the_counter_alone(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    with new_project(path) as project:
        with project.writing() as session:
            session.execute(text("UPDATE variable SET description = 'mine'"))
        before = project.change_counter()
        with project.writing() as session:
            session.execute(text("UPDATE variable SET description = 'mine again'"))
        assert project.change_counter() == before


def test_a_write_from_another_thread_counts_as_another_program(tmp_path: Path) -> None:
    """Background jobs write on their own thread (their own connection): the window re-reads
    after them itself, and a watcher seeing them would only re-read once more."""
    path = tmp_path / "study.annot"
    with new_project(path) as project:
        before = project.change_counter()

        def write() -> None:
            with project.writing() as session:
                session.execute(text("UPDATE variable SET description = 'from a worker'"))

        worker = threading.Thread(target=write)
        worker.start()
        worker.join()
        assert project.change_counter() != before
