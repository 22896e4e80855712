"""Schema 0003 adds machine coders (coder kinds, runs, cached responses, suggestion decisions);
a project written before it still opens, is backed up, and its coders stay people."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from annotator.db.project import open_project
from annotator.services.coders import list_coders

DATA = Path(__file__).parent / "data"


def test_an_older_project_is_upgraded_to_machine_coders_and_its_coders_are_people(
    tmp_path: Path,
) -> None:
    path = tmp_path / "study.annot"
    shutil.copyfile(DATA / "project-schema-0001.annot", path)
    with open_project(path) as project:
        coders = list_coders(project)
    assert [(coder.name, coder.kind) for coder in coders] == [("alice", "human"), ("bob", "human")]
    assert len(list(tmp_path.glob("study.backup-schema-0001-*.annot"))) == 1
    connection = sqlite3.connect(path)
    try:
        for table in ("machine_run", "machine_response", "machine_annotation",
                      "suggestion_decision"):  # fmt: skip
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert connection.execute("SELECT DISTINCT kind FROM coder").fetchall() == [("human",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
