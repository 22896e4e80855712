"""Benchmark: exporting 100,000 annotations to XLSX against raw openpyxl write-only writing.

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_export.py                 # 100,000 annotations, 3 runs
    python tests/benchmarks/bench_export.py --annotations 20000 --runs 5
    pytest -m benchmark tests/benchmarks/bench_export.py    # the default sizes

Both sides are measured in the same run and their medians compared (target: export <= 1.5x):

- `openpyxl raw`: a write-only workbook receiving exactly the cells of every sheet the export
  writes, already computed in memory, appended as plain values (no styles, no formula-safety);
- `annotator export`: `annotator.services.export.export_codings` from the project file: reading
  the database, context, formula-safe cells, header styles, widths, frozen panes, autofilters.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from sqlalchemy import insert, select

from annotator.db.models import Annotation, AnnotationValue, Code, Coder, Document, Variable
from annotator.db.project import open_project
from annotator.io.exports import codings_xlsx
from annotator.services.export import collect_codings, export_codings
from annotator.services.projects import new_project

WORDS = (
    "government minister energy pipeline agreement parliament said on Tuesday that the deal "
    "would lower prices for households while critics warned of dependence on imports"
).split()


def build(path: Path, annotations: int, per_document: int = 20, seed: int = 3) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    documents = max(1, annotations // per_document)
    texts = [" ".join(rng.choice(WORDS) for _ in range(450)) for _ in range(documents)]
    with new_project(path) as project, project.writing() as session:
        session.execute(
            insert(Document.__table__),
            [{"uuid": uuid.uuid4(), "sha256": f"{i:064x}", "title": f"Article {i}",
              "outlet": "Outlet", "published": now.date(), "text": text, "extra": {},
              "imported_at": now} for i, text in enumerate(texts)],
        )  # fmt: skip
        ids = list(session.scalars(select(Document.id).order_by(Document.id)))
        coders = []
        for name in ("alice", "bob"):
            row = {"uuid": uuid.uuid4(), "name": name, "colour": "#000000", "created_at": now}
            session.execute(insert(Coder.__table__), [row])
            coders.append(session.scalar(select(Coder.id).where(Coder.name == name)))
        codes: dict[str, list[int]] = {}
        for variable_id, name in session.execute(select(Variable.id, Variable.name)):
            codes[name] = list(
                session.scalars(select(Code.id).where(Code.variable_id == variable_id))
            )
        variables = dict(session.execute(select(Variable.name, Variable.id)).all())
        rows = []
        for number in range(annotations):
            document = number // per_document
            start = rng.randrange(0, len(texts[document]) - 200)
            end = start + rng.randint(20, 180)
            memo = rng.choice(["", "", "=looks like a formula", "lead"])
            rows.append({"uuid": uuid.uuid4(), "document_id": ids[document],
                         "coder_id": coders[number % 2], "start": start, "end": end,
                         "quote": texts[document][start:end], "memo": memo,
                         "created_at": now, "updated_at": now})  # fmt: skip
        session.execute(insert(Annotation.__table__), rows)
        annotation_ids = list(session.scalars(select(Annotation.id).order_by(Annotation.id)))
        values = []
        for annotation_id in annotation_ids:
            for name in ("actor", "claim", "sector"):
                values.append({"annotation_id": annotation_id, "variable_id": variables[name],
                               "code_id": rng.choice(codes[name]), "text": None})  # fmt: skip
            for code_id in rng.sample(codes["framing"], 2):
                values.append({"annotation_id": annotation_id, "variable_id": variables["framing"],
                               "code_id": code_id, "text": None})  # fmt: skip
        session.execute(insert(AnnotationValue.__table__), values)


def sheets_in_memory(path: Path) -> list[tuple[str, list[list]]]:
    with open_project(path, read_only=True) as project:
        data = collect_codings(project)
    sheets = [("Segments", [codings_xlsx.segment_header(data), *codings_xlsx.segment_rows(data)])]
    for title, maker in (
        ("Documents", codings_xlsx._document_rows),
        ("Coders", codings_xlsx._coder_rows),
        ("Codebook", codings_xlsx.codebook_rows),
        ("Code counts", codings_xlsx._count_rows),
    ):
        header, rows = maker(data)
        sheets.append((title, [header, *rows]))
    return sheets


def raw_openpyxl(sheets: list[tuple[str, list[list]]], target: Path) -> float:
    from openpyxl import Workbook

    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(target)
    return time.perf_counter() - started


def annotator_export(project_path: Path, target: Path) -> float:
    with open_project(project_path, read_only=True) as project:
        started = time.perf_counter()
        export_codings(project, target)
        return time.perf_counter() - started


pytestmark = pytest.mark.benchmark


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        project = root / "study.annot"
        build(project, args.annotations)
        sheets = sheets_in_memory(project)
        cells = sum(len(row) for _title, rows in sheets for row in rows)
        print(f"{args.annotations} annotations; {cells} cells in {len(sheets)} sheets")
        timings: dict[str, list[float]] = {"raw": [], "export": []}
        for run in range(args.runs):
            timings["raw"].append(raw_openpyxl(sheets, root / f"raw{run}.xlsx"))
            timings["export"].append(annotator_export(project, root / f"export{run}.xlsx"))
            print(f"run {run + 1}: openpyxl raw {timings['raw'][-1]:.2f}s, "
                  f"annotator export {timings['export'][-1]:.2f}s")  # fmt: skip
        raw, export = (statistics.median(timings[name]) for name in ("raw", "export"))
        print(f"median: openpyxl raw {raw:.2f}s | annotator export {export:.2f}s")
        return [check_target("ratio annotator export / openpyxl raw", export / raw, 1.5)]


def test_export_meets_its_target(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
