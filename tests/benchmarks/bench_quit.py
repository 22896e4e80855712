"""Benchmark: quitting with a large project open (5,000 documents, 20,000 annotations).

Prints medians for closing the window in the process (saving settings, closing the project, the
undo stack and the views), against opening the same project in the same run (the baseline), and
for the app's quit to the end of its process (`python -m annotator big.annot` quits right after
its first paint through the start-up probe). Targets: close < 1 s and at most half the open time;
quit to process end < 1.5 s. Exits 1 (a pytest failure) when a median misses its target:

    python tests/benchmarks/bench_quit.py
    python tests/benchmarks/bench_quit.py --runs 3 --documents 10000
    pytest -m benchmark tests/benchmarks/bench_quit.py
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from annotator.core.text import text_sha256
from annotator.io.imports.documents import ParsedDocument
from annotator.services.coding.bulk import NewAnnotation, create_annotations
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting, Settings

pytestmark = pytest.mark.benchmark

TEXT = " ".join(["The minister said gas prices will rise as exports to Turkey fell."] * 45)
VALUES = (
    {"actor": ["Government"], "claim": ["Proposal"]},
    {"sector": ["Energy"]},
    {"framing": ["Conflict", "Morality"]},
    {"actor": ["Business and industry"], "claim": ["Criticism or rejection"]},
)


def large_project(path: Path, documents: int = 5000) -> None:
    """A project of `documents` ~3 KB articles with 4 annotations each, in about a second.

    The first document and its spans go through the services (so every row is what the app
    writes); the rest are copies made by plain SQL, each with its own uuid and hash."""
    with new_project(path) as project:
        import_documents(project, [(Path("1.txt"), ParsedDocument(TEXT, "Doc 1", "1.txt"))])
        create_annotations(
            project,
            "alice",
            [NewAnnotation(1, n * 40, n * 40 + 30, values) for n, values in enumerate(VALUES)],
        )
    spans = len(VALUES)
    connection = sqlite3.connect(path)
    connection.create_function("text_sha256", 1, text_sha256, deterministic=True)
    try:
        with connection:
            connection.execute(
                "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO document (id, sha256, title, outlet, author, published, url, "
                "language, source_file, text, raw, extra, imported_at, uuid) "
                "SELECT i, text_sha256(text || ' ' || i), 'Doc ' || i, outlet, author, published, "
                "url, language, i || '.txt', text || ' ' || i, raw, extra, imported_at, "
                "lower(hex(randomblob(16))) FROM n, document WHERE document.id = 1",
                (documents,),
            )
            connection.execute(
                'INSERT INTO annotation (id, document_id, coder_id, start, "end", quote, memo, '
                "created_at, updated_at, uuid) SELECT (d.id - 1) * ? + a.id, d.id, a.coder_id, "
                'a.start, a."end", a.quote, a.memo, a.created_at, a.updated_at, '
                "lower(hex(randomblob(16))) FROM document d, annotation a "
                "WHERE d.id > 1 AND a.document_id = 1",
                (spans,),
            )
            connection.execute(
                "INSERT INTO annotation_value (annotation_id, variable_id, code_id, text) "
                "SELECT (d.id - 1) * ? + v.annotation_id, v.variable_id, v.code_id, v.text "
                "FROM document d, annotation_value v WHERE d.id > 1 AND v.annotation_id <= ?",
                (spans, spans),
            )
    finally:
        connection.close()


def _window(folder: Path) -> MainWindow:
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(Setting.CODER_NAME, "alice")
    shown = MainWindow(settings)
    shown.resize(1400, 900)
    shown.show()
    return shown


def open_and_close(folder: Path, path: Path, application: QApplication) -> tuple[float, float]:
    """Seconds to open `path` in a new window (to a filled list), then to close and delete it."""
    window = _window(folder)
    started = time.perf_counter()
    assert window.open_path(path), window.last_error
    application.processEvents()
    opened = time.perf_counter() - started
    assert window.document_panel.model.rowCount() > 0
    started = time.perf_counter()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    application.processEvents()
    return opened, time.perf_counter() - started


def quit_to_exit(folder: Path, path: Path) -> float:
    """Seconds from the app's quit (right after its first paint) to the end of its process."""
    report = folder / "painted.json"
    report.unlink(missing_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ANNOTATOR_BENCHMARK_PAINTED=str(report),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_STATE_HOME=str(folder / "state"),
    )
    process = subprocess.run(
        [sys.executable, "-m", "annotator", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    ended = time.time()
    assert process.returncode == 0 and report.exists(), process.returncode
    return ended - report.stat().st_mtime


def bench_quit(
    folder: Path, application: QApplication, runs: int | None = None, documents: int = 5000
) -> list[Verdict]:
    runs = runs or 5
    path = folder / "big.annot"
    started = time.perf_counter()
    large_project(path, documents)
    print(f"built {documents:,} documents / {documents * len(VALUES):,} annotations "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    opens, closes = [], []
    for _ in range(runs):
        opened, closed = open_and_close(folder, path, application)
        opens.append(opened)
        closes.append(closed)
    quits = [quit_to_exit(folder, path) for _ in range(runs)]
    open_s, close_s, quit_s = (statistics.median(x) for x in (opens, closes, quits))
    print(f"open (baseline): median {open_s * 1000:.0f} ms; close: median {close_s * 1000:.1f} ms;"
          f" quit to process end: median {quit_s * 1000:.0f} ms (n={runs})")  # fmt: skip
    return [
        check_target("close the window", close_s, 1.0, unit="s"),
        check_target("close / open of the same project", close_s / open_s, 0.5),
        check_target("quit to the end of the process", quit_s, 1.5, unit="s"),
    ]


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--documents", type=int, default=5000)
    options = parser.parse_args(argv)
    application = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="annotator-bench-quit-") as folder:
        return bench_quit(Path(folder), application, options.runs, options.documents)


def test_quit_meets_its_targets(qapp, tmp_path: Path, bench_runs: int | None) -> None:
    require_met(bench_quit(tmp_path, qapp, bench_runs))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
