"""`annotator verify` finds broken rows and names each one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.services.demo import build_demo


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def corrupt(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def uuid_of_annotation(path: Path, annotation_id: int) -> str:
    raw = (
        sqlite3.connect(path)
        .execute("SELECT uuid FROM annotation WHERE id = ?", (annotation_id,))
        .fetchone()[0]
    )
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def test_sound_project_passes(demo_path: Path, run_cli) -> None:
    result = run_cli("verify", demo_path)
    assert result.exit_code == 0
    assert result.out.startswith("OK: ")


def test_each_broken_row_is_named(demo_path: Path, run_cli) -> None:
    corrupt(
        demo_path,
        "UPDATE annotation SET quote = 'tampered' WHERE id = 1",
        'UPDATE annotation SET "end" = 999999 WHERE id = 2',
        "UPDATE document SET sha256 = 'x' WHERE id = 3",
        "UPDATE annotation_value SET code_id = (SELECT id FROM code WHERE label = 'Energy') "
        "WHERE id = (SELECT min(id) FROM annotation_value WHERE variable_id = "
        "(SELECT id FROM variable WHERE name = 'claim'))",
        "INSERT INTO annotation_value (annotation_id, variable_id, code_id) SELECT 4, id, "
        "(SELECT id FROM code WHERE label = 'Prediction') FROM variable WHERE name = 'claim'",
        "UPDATE annotation SET document_id = 4242 WHERE id = 5",
    )
    result = run_cli("verify", demo_path)
    assert result.exit_code == 1
    lines = result.out.splitlines()
    broken = [line for line in lines if line.startswith("BROKEN ")]
    text = "\n".join(broken)
    assert f"annotation {uuid_of_annotation(demo_path, 1)}: quote 'tampered' differs" in text
    assert f"annotation {uuid_of_annotation(demo_path, 2)}: end 999999 is past the end" in text
    assert "document 3 (" in text and "stored hash does not match" in text
    assert "does not belong to variable 'claim'" in text
    assert f"annotation {uuid_of_annotation(demo_path, 4)}: 2 values for single-valued" in text
    assert "foreign key: table annotation" in text
    assert lines[-1].endswith("problem(s) found in " + str(demo_path) + ".")
