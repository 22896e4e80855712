"""Schema 0002 adds coding assignments; a project written by the release before it still opens.

`tests/data/project-schema-0001.annot` was written by Annotator at schema 0001 (three documents,
alice coded "Putin stressed" in the first, bob "gas prices" in the second)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from annotator.db import SCHEMA_REVISION
from annotator.db.project import open_project

DATA = Path(__file__).parent / "data"


def test_a_schema_0001_project_is_backed_up_upgraded_and_keeps_its_work(tmp_path: Path) -> None:
    path = tmp_path / "study.annot"
    shutil.copyfile(DATA / "project-schema-0001.annot", path)
    open_project(path).close()

    backups = list(tmp_path.glob("study.backup-schema-0001-*.annot"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT count(*) FROM annotation").fetchone() == (2,)
    finally:
        backup.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_REVISION,
        )
        assert SCHEMA_REVISION != "0001"
        quotes = connection.execute(
            "SELECT coder.name, annotation.quote FROM annotation JOIN coder"
            " ON coder.id = annotation.coder_id ORDER BY coder.name"
        ).fetchall()
        assert quotes == [("alice", "Putin stressed"), ("bob", "gas prices")]
        assert connection.execute("SELECT count(*) FROM document").fetchone() == (3,)
        assert connection.execute("SELECT count(*) FROM assignment_set").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM assignment").fetchone() == (0,)
    finally:
        connection.close()
    open_project(path).close()  # current now: no second backup
    assert len(list(tmp_path.glob("study.backup-schema-*.annot"))) == 1
