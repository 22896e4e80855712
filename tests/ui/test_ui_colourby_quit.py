"""Closing the window with a large project open stays quick (5,000 documents, 20,000 spans)."""

from __future__ import annotations

import time
from pathlib import Path

from benchmark_modules import load_benchmark

from annotator.db.project import open_project
from annotator.services.verify import verify_project

bench_quit = load_benchmark("bench_quit")


def test_closing_a_5000_document_project_takes_under_a_second(make_window, tmp_path: Path):
    path = tmp_path / "big.annot"
    bench_quit.large_project(path, 5000)
    window = make_window(path)
    assert window.document_panel.progress.text() == "0 of 5000 done"
    assert len(window.article.records()) == 4

    started = time.perf_counter()
    window.close()
    closed = time.perf_counter() - started

    assert closed < 1.0, f"closing took {closed:.2f} s"
    assert window.workbench is None
    with open_project(path) as project:  # closed cleanly: the file reads back whole
        assert verify_project(project) == []
