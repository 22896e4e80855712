"""`annotator --smoke-test REPORT.json`: proves a build's GUI really works, without a person.

The real main window (offscreen is fine) creates a project in a temporary folder, imports a
bundled sample article, codes a span through the same undo command a key press uses, undoes and
redoes it, exports an XLSX, closes, and re-checks the file. A JSON report names every step with
its time and error; it goes to a file because a windowed Windows executable has no console, and
it is written (atomically) even when a step fails. No modal dialog can block the run: errors the
window would show are recorded instead.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, qVersion
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from annotator import __version__
from annotator.core.durable_files import remove_leftovers, replace_durably, temporary_path

SAMPLE_ARTICLE = "baltic-lng-deal.txt"
QUOTE = "liquefied natural gas"
CODER = "smoke-test"


def write_report(path: Path, report: dict[str, Any]) -> None:
    """Write `report` to `path` atomically (a temporary file beside it, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path.parent)
    temporary = temporary_path(path, "tmp")
    try:
        temporary.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        replace_durably(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


class SmokeTest:
    """Runs the steps in order; the first failing step ends the run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.steps: list[dict[str, Any]] = []
        self.errors: list[str] = []
        self.window: Any = None
        self.project_path = folder / "smoke.annot"

    def step(self, name: str, action: Callable[[], None]) -> bool:
        started = time.perf_counter()
        error = None
        try:
            action()
            QApplication.processEvents()
            if self.errors:
                error = "; ".join(self.errors)
        except Exception as problem:
            error = "".join(traceback.format_exception_only(problem)).strip()
            error += "\n" + "".join(traceback.format_tb(problem.__traceback__)[-3:])
        self.errors.clear()
        self.steps.append(
            {
                "name": name,
                "ok": error is None,
                "seconds": round(time.perf_counter() - started, 3),
                "error": error,
            }
        )
        return error is None

    def run(self) -> None:
        steps = [
            ("start the main window", self.start),
            ("create a project", self.create_project),
            ("import a sample article", self.import_article),
            ("code a span (undo, redo)", self.code_span),
            ("export to XLSX", self.export),
            ("close the window", self.close),
            ("verify the project file", self.verify),
        ]
        for name, action in steps:
            if not self.step(name, action):
                break

    def start(self) -> None:
        from annotator.ui.application import make_application
        from annotator.ui.main_window import MainWindow
        from annotator.ui.settings import Setting, Settings

        application = make_application()
        settings = Settings(
            QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        )
        settings.set(Setting.CODER_NAME, CODER)
        self.window = MainWindow(settings)
        self.window.show_error = lambda title, message: self.errors.append(f"{title}: {message}")
        self.window.show()
        deadline = time.monotonic() + 10
        while not self.window.isVisible() and time.monotonic() < deadline:
            application.processEvents()
        self.window.repaint()
        check(self.window.isVisible(), "the main window did not appear")

    def create_project(self) -> None:
        from annotator.services.projects import new_project

        new_project(self.project_path).close()
        check(self.window.open_path(self.project_path), "the new project did not open")

    def import_article(self) -> None:
        from annotator.resources import resource_path
        from annotator.services.imports.articles import import_paths

        article = resource_path("demo", SAMPLE_ARTICLE)
        report = import_paths(self.window.workbench.project, [article], workers=1)
        check(len(report.imported) == 1, f"import of {article}: {report.to_json()}")
        self.window.workbench.reload_documents()
        self.window.workbench.show_document(report.imported[0].id)
        check(QUOTE in self.window.article.text, "the article is not shown")

    def code_span(self) -> None:
        from annotator.core.offsets import codepoint_to_utf16
        from annotator.services.coding.annotations import list_annotations

        bench, article = self.window.workbench, self.window.article
        start = article.text.index(QUOTE)
        end = start + len(QUOTE)
        cursor = QTextCursor(article.document())
        cursor.setPosition(codepoint_to_utf16(article.text, start))
        cursor.setPosition(codepoint_to_utf16(article.text, end), QTextCursor.MoveMode.KeepAnchor)
        article.setTextCursor(cursor)
        bench.apply_code("sector", "Energy")
        (record,) = list_annotations(bench.project)
        check(
            (record.start, record.end, record.quote, record.coder) == (start, end, QUOTE, CODER),
            f"unexpected annotation {record}",
        )
        check(record.values.get("sector") == ["Energy"], f"unexpected values {record.values}")
        self.window.undo_stack.undo()
        check(not list_annotations(bench.project), "undo did not remove the annotation")
        self.window.undo_stack.redo()
        check(len(list_annotations(bench.project)) == 1, "redo did not restore the annotation")

    def export(self) -> None:
        from annotator.services.export import export_codings

        output = self.folder / "codings.xlsx"
        report = export_codings(self.window.workbench.project, output)
        check(report.segments == 1, f"export wrote {report.segments} annotations")
        check(zipfile.is_zipfile(output), f"{output} is not an XLSX workbook")

    def close(self) -> None:
        self.window.close()
        check(self.window.workbench is None, "the project is still open")

    def verify(self) -> None:
        from annotator.db.project import open_project
        from annotator.services.verify import verify_project

        with open_project(self.project_path, read_only=True) as project:
            problems = verify_project(project)
        check(not problems, f"verify: {problems}")


def check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def run_smoke_test(report_path: str | Path) -> int:
    """Run every step, write the report, return the exit status (0 only if all steps worked)."""
    report_path = Path(report_path).absolute()
    report: dict[str, Any] = {
        "ok": False,
        "frozen": bool(getattr(sys, "frozen", False)),
        "version": __version__,
        "qt": qVersion(),
        "platform": os.environ.get("QT_QPA_PLATFORM") or sys.platform,
        "steps": [],
    }
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="annotator-smoke-") as folder:
            test = SmokeTest(Path(folder))
            report["steps"] = test.steps
            try:
                test.run()
            finally:
                if test.window is not None and test.window.workbench is not None:
                    test.window.close_project()  # release the file before the folder goes
        report["ok"] = bool(test.steps) and all(step["ok"] for step in test.steps)
    except Exception as problem:  # e.g. the temporary folder could not be made or removed
        report["steps"].append(
            {"name": "smoke test", "ok": False, "seconds": 0, "error": repr(problem)}
        )
        report["ok"] = False
    report["seconds"] = round(time.perf_counter() - started, 3)
    write_report(report_path, report)
    return 0 if report["ok"] else 1
