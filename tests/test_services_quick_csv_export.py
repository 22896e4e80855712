"""A SQLite project's codings CSV comes straight from the `sqlite3` driver: the same bytes and
report as the portable SQLAlchemy path (kept for other databases), without importing SQLAlchemy
on the command line, with honest progress, Cancel, and flat memory."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from benchmark_modules import load_benchmark

from annotator.core.vocabulary import VariableKind
from annotator.db.project import Project, open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services import export
from annotator.services.codebooks.edit import add_variable
from annotator.services.coding.annotations import create_annotation, update_annotation
from annotator.services.export import ExportReport, export_codings
from annotator.services.imports.articles import import_documents
from annotator.services.quick_csv_export import export_csv_on_driver

TEXTS = [
    "=SUM(A1) is what the minister typed; Müller said prices fall 😀 — the deal is done.",
    "-5% says the minister; critics disagree, '=1+1 writes the sceptic.",
    "An article nobody coded.",
]


@pytest.fixture
def study(project: Project) -> Path:
    """Cells a spreadsheet would run, coders whose names sort differently by case, text values in
    a variable placed first, an edited annotation, a document never coded."""
    import_documents(
        project,
        [
            (Path("a.txt"), ParsedDocument(text=TEXTS[0], title="=Headline", source_file="a",
                                           outlet="@Sputnik", published=date(2022, 6, 10))),
            (Path("b.txt"), ParsedDocument(text=TEXTS[1], title="-Second", source_file="b")),
            (Path("c.txt"), ParsedDocument(text=TEXTS[2], title="Third", source_file="c")),
        ],
    )  # fmt: skip
    add_variable(project, "+note", kind=VariableKind.TEXT, multiple=True)
    add_variable(project, "quote kind", kind=VariableKind.TEXT, position=0)
    spans = [
        (1, "bob", 0, 8), (1, "Anna", 0, 8), (1, "=evil", 0, 8), (1, "Zed", 10, 20),
        (2, "Émile", 0, 3), (2, "bob", 0, 3), (1, "bob", 40, 60), (2, "Anna", 30, 36),
    ]  # fmt: skip
    values = [
        {"framing": ["Morality", "Conflict"], "actor": ["Government"], "+note": ["+1", "-1"]},
        {},
        {"claim": ["Proposal"], "quote kind": ["=direct"]},
        {"sector": ["Energy"], "+note": ["zeta", "Alpha", "'@x"]},
        {"actor": ["Government"]},
        {"framing": ["Conflict"]},
        {},
        {"+note": ["-minus"]},
    ]
    made = [
        create_annotation(project, document=document, coder=coder, start=start, end=end,
                          values=value, memo=memo)
        for (document, coder, start, end), value, memo in zip(
            spans, values, ["=memo", "", "'-x", "a \"memo\"\nwith a newline", "@", "", "", "t"],
            strict=True)
    ]  # fmt: skip
    update_annotation(project, made[4].uuid, memo="edited later")
    return project.path


@pytest.fixture
def awkward(study: Path) -> Path:
    """`study` with what another program (or a merge) could have written: stored forms the ORM
    never writes, an empty and a repeated text value, a code of another variable."""
    connection = sqlite3.connect(study)
    with connection:  # stored forms another program could have written
        connection.execute("UPDATE annotation SET created_at = '2024-02-03 04:05:06' WHERE id = 2")
        connection.execute("UPDATE annotation SET updated_at = '2024-02-03 04:05:06.500000' "
                           "WHERE id = 3")  # fmt: skip
        connection.execute("UPDATE document SET published = '2021-W09-4' WHERE id = 2")
        note = "(SELECT id FROM variable WHERE name = '+note')"
        for text in ("", "+1"):  # an empty text and the same text twice, as a merge may leave
            connection.execute("INSERT INTO annotation_value (annotation_id, variable_id, text) "
                               f"VALUES (1, {note}, ?)", (text,))  # fmt: skip
        connection.execute(  # a code of another variable than its value's
            "INSERT INTO annotation_value (annotation_id, variable_id, code_id) VALUES "
            "(7, (SELECT id FROM variable WHERE name = 'claim'), (SELECT min(code.id) FROM code "
            "JOIN variable ON variable.id = code.variable_id WHERE variable.name = 'actor'))"
        )
    connection.close()
    return study


def both_paths(
    path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, **options: object
) -> tuple[tuple[bytes, dict], tuple[bytes, dict]]:
    """(bytes, report) of the driver's CSV and of the portable path's, for the same export."""
    results = []
    on_driver: list[Path] = []

    def counted(connection: sqlite3.Connection, output: Path, **kwargs: Any) -> ExportReport:
        on_driver.append(output)
        return export_csv_on_driver(connection, output, **kwargs)

    monkeypatch.setattr(export, "export_csv_on_driver", counted)
    for name in ("driver", "portable"):
        output = folder / f"{name}.csv"
        with monkeypatch.context() as patched, open_project(path, read_only=True) as project:
            if name == "portable":  # as on a database that is not SQLite
                patched.setattr(export, "sqlite_driver", lambda _session: None)
            report = export_codings(project, output, **options).to_json()
        report["path"] = None
        results.append((output.read_bytes(), report))
    assert on_driver == [folder / "driver.csv"]  # each path ran once
    return results[0], results[1]


@pytest.mark.parametrize(
    "options",
    [{}, {"exact_text": True}, {"coders": ["ANNA", "=evil"]}, {"coders": ["émile"]}],
    ids=["safe", "exact", "two-coders", "one-coder"],
)
def test_the_driver_writes_the_portable_paths_bytes_and_report(
    awkward: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict
) -> None:
    (driver, driver_report), (portable, portable_report) = both_paths(
        awkward, tmp_path, monkeypatch, **options
    )
    assert driver == portable
    assert driver_report == portable_report
    if not options:
        rows = list(csv.reader(io.StringIO(driver.decode("utf-8-sig"), newline="")))
        assert len(rows) == 1 + 18 == 1 + driver_report["rows"]  # 17 values, 1 span without
        assert driver_report["prefixed_cells"] > 10


def test_small_batches_and_a_forgetful_memo_change_nothing(
    awkward: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.services.quick_csv_export.ANNOTATIONS_PER_BATCH", 2)
    monkeypatch.setattr("annotator.services.quick_csv_export.MAX_KEPT_VALUE_KEYS", 1)
    (driver, driver_report), (portable, portable_report) = both_paths(
        awkward, tmp_path, monkeypatch
    )
    assert (driver, driver_report) == (portable, portable_report)


def test_a_project_without_coders_writes_the_header_only(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (driver, report), (portable, _) = both_paths(project.path, tmp_path, monkeypatch)
    assert driver == portable
    assert driver.decode("utf-8-sig").count("\r\n") == 1
    assert (report["segments"], report["rows"]) == (0, 0)


def test_progress_counts_annotations_up_to_the_total_and_cancel_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("annotator.services.quick_csv_export.ANNOTATIONS_PER_BATCH", 7)
    path = tmp_path / "p.annot"
    generator = load_benchmark("write_bench_projects")
    generator.add_annotations(path, generator.make_project(path, 10), ["alice", "bob"], 25)
    calls: list[tuple[int, int]] = []
    with open_project(path, read_only=True) as project:
        report = export_codings(project, tmp_path / "all.csv", progress=lambda *c: calls.append(c))
        assert report.rows > report.segments == 50
        assert calls[-1] == (50, 50)
        assert all(done <= total == 50 for done, total in calls)
        assert [done for done, _ in calls] == sorted(done for done, _ in calls)
        asked = []

        def cancel_on_the_third_batch() -> bool:
            asked.append(1)
            return len(asked) == 3

        cancelled = export_codings(
            project, tmp_path / "never.csv", should_cancel=cancel_on_the_third_batch
        )
    assert cancelled.cancelled and not (tmp_path / "never.csv").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["all.csv", "p.annot"]


def test_the_command_line_writes_the_services_bytes_without_importing_sqlalchemy(
    study: Path, tmp_path: Path, run_cli
) -> None:
    expected = tmp_path / "service.csv"
    with open_project(study, read_only=True) as project:
        report = export_codings(project, expected, coders=["bob", "anna"]).to_json()
    output = tmp_path / "cli.csv"
    script = (
        "import sys\nfrom annotator.app import main\n"
        f"status = main(['export', {str(study)!r}, '-o', {str(output)!r}, '--coders', "
        "'bob,anna', '--json'])\n"
        "print(status, sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    *printed, last = result.stdout.splitlines()
    assert last == "0 []"
    assert output.read_bytes() == expected.read_bytes()
    assert json.loads("\n".join(printed)) == {**report, "path": str(output)}
    with open_project(study, read_only=True) as project:
        everyone = export_codings(project, expected)
    plain = run_cli("export", study, "-o", output)
    assert plain.exit_code == 0
    assert output.read_bytes() == expected.read_bytes()
    assert plain.out.splitlines() == [
        f"Wrote {output}: 8 annotations by bob, Anna, =evil, Zed, Émile in 3 documents "
        f"({everyone.rows} rows).",
        f"{everyone.prefixed_cells} cells starting with = + - @, a tab or a line break have "
        "a leading ' so spreadsheets show them as text (--exact-text: as stored).",
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--coders", "zoe"], "no coder 'zoe' in this project (coders: "),
        (["--context", "-1"], "the context length cannot be negative"),
    ],
)
def test_command_line_refusals_are_one_line_and_status_2(
    awkward: Path, tmp_path: Path, run_cli, arguments: list[str], message: str
) -> None:
    result = run_cli("export", awkward, "-o", tmp_path / "x.csv", *arguments)
    assert result.exit_code == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()


def test_command_line_refuses_a_missing_folder_and_a_file_that_is_no_project(
    awkward: Path, tmp_path: Path, run_cli
) -> None:
    missing = run_cli("export", awkward, "-o", tmp_path / "nowhere" / "x.csv")
    assert (missing.exit_code, missing.out) == (2, "")
    assert "does not exist" in missing.err
    text = tmp_path / "notes.annot"
    text.write_text("not a project", encoding="utf-8")
    refused = run_cli("export", text, "-o", tmp_path / "x.csv")
    assert refused.exit_code == 2 and str(text) in refused.err
    assert not (tmp_path / "x.csv").exists()


PEAK_MEMORY = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-m", "annotator", *sys.argv[1:]], stdout=subprocess.DEVNULL,
               check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def test_the_command_line_csv_runs_in_flat_memory(tmp_path: Path) -> None:
    """Ten times the annotations may not cost more than a few megabytes more (the rows are
    written a batch at a time; value keys are remembered, not rows)."""
    generator = load_benchmark("write_bench_projects")
    peaks = []
    for documents in (200, 2_000):
        path = tmp_path / f"p{documents}.annot"
        made = generator.make_project(path, documents, words=40)
        generator.add_annotations(path, made, ["alice", "bob", "carol", "dan"], documents * 5)
        result = subprocess.run(
            [sys.executable, "-c", PEAK_MEMORY, "export", str(path), "-o", str(tmp_path / "o.csv")],
            capture_output=True, text=True, timeout=300, check=True,
        )  # fmt: skip
        peaks.append(int(result.stdout))
    assert peaks[1] - peaks[0] < 8_000, f"{peaks[1] - peaks[0]} KB more for 36,000 more annotations"
