"""Benchmark: merging 5 coder copies of a 2,000-document project, 20,000 annotations each.

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_merge.py                     # 5 copies x 20,000, 3 runs
    python tests/benchmarks/bench_merge.py --coders 3 --annotations 5000 --runs 5
    pytest -m benchmark tests/benchmarks/bench_merge.py        # the default sizes

The copies are made with `distribute_project` from one master (same document and codebook
uuids), then filled with random annotations (3-5 values each) by bulk inserts. Each run merges
all copies into a new file with `merge_projects` (target: median under 10 s) and then merges the
same copies again into the result (`merge_into`, which must add nothing); the time of a raw
sqlite3 file copy of all inputs is printed beside them as the floor any merge pays.
"""

from __future__ import annotations

import argparse
import random
import shutil
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
from annotator.io.imports.documents import ParsedDocument
from annotator.services.distribute import distribute_project
from annotator.services.imports.articles import import_documents
from annotator.services.merging.merge import merge_into, merge_projects
from annotator.services.projects import new_project

WORDS = (
    "government minister energy pipeline agreement parliament said on Tuesday that the deal "
    "would lower prices for households while critics warned of dependence on imports"
).split()


def build_master(path: Path, documents: int, rng: random.Random) -> None:
    parsed = []
    for number in range(documents):
        text = f"Article {number}\n" + " ".join(rng.choice(WORDS) for _ in range(450))
        parsed.append(
            (
                Path(f"{number}.txt"),
                ParsedDocument(text=text, title=f"A{number}", source_file=f"{number}.txt"),
            )
        )
    with new_project(path) as project:
        import_documents(project, parsed)


def fill_copy(path: Path, coder: str, annotations: int, rng: random.Random) -> None:
    now = datetime.now(UTC)
    with open_project(path) as project, project.writing() as session:
        texts = dict(session.execute(select(Document.id, Document.text)).all())
        coder_id = session.scalar(select(Coder.id).where(Coder.name == coder))
        variables = dict(session.execute(select(Variable.name, Variable.id)).all())
        codes = {
            name: list(session.scalars(select(Code.id).where(Code.variable_id == variable_id)))
            for name, variable_id in variables.items()
        }
        document_ids = list(texts)
        rows = []
        for _ in range(annotations):
            document = rng.choice(document_ids)
            start = rng.randrange(0, len(texts[document]) - 200)
            end = start + rng.randint(20, 180)
            rows.append(
                {
                    "uuid": uuid.uuid4(),
                    "document_id": document,
                    "coder_id": coder_id,
                    "start": start,
                    "end": end,
                    "quote": texts[document][start:end],
                    "memo": "",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        session.execute(insert(Annotation.__table__), rows)
        values = []
        for annotation_id in session.scalars(select(Annotation.id)):
            for name in ("actor", "claim", "sector"):
                values.append(
                    {
                        "annotation_id": annotation_id,
                        "variable_id": variables[name],
                        "code_id": rng.choice(codes[name]),
                        "text": None,
                    }
                )
            for code_id in rng.sample(codes["framing"], rng.randint(0, 2)):
                values.append(
                    {
                        "annotation_id": annotation_id,
                        "variable_id": variables["framing"],
                        "code_id": code_id,
                        "text": None,
                    }
                )
        session.execute(insert(AnnotationValue.__table__), values)


pytestmark = pytest.mark.benchmark


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--coders", type=int, default=5)
    parser.add_argument("--annotations", type=int, default=20_000, help="per coder copy")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        build_master(root / "study.annot", args.documents, rng)
        names = [f"coder{number}" for number in range(1, args.coders + 1)]
        made = distribute_project(root / "study.annot", names, root / "copies")
        copies = [Path(copy.path) for copy in made.copies]
        for name, path in zip(names, copies, strict=True):
            fill_copy(path, name, args.annotations, rng)
        size = sum(path.stat().st_size for path in copies) / 1e6
        print(
            f"{len(copies)} copies, {args.documents} documents, {args.annotations} "
            f"annotations each ({size:.0f} MB in all)"
        )
        timings: dict[str, list[float]] = {
            "copy": [], "merge": [], "cpu": [], "again": [], "again_cpu": []
        }  # fmt: skip
        for run in range(args.runs):
            started = time.perf_counter()
            for number, path in enumerate(copies):
                shutil.copyfile(path, root / f"floor{run}-{number}.annot")
            timings["copy"].append(time.perf_counter() - started)
            merged = root / f"merged{run}.annot"
            started, cpu = time.perf_counter(), time.process_time()
            report = merge_projects(copies, merged)
            timings["merge"].append(time.perf_counter() - started)
            timings["cpu"].append(time.process_time() - cpu)
            assert report.annotations_added == args.coders * args.annotations, report.conflicts[:3]
            with open_project(merged) as project:
                started, cpu = time.perf_counter(), time.process_time()
                again = merge_into(project, copies)
                timings["again"].append(time.perf_counter() - started)
                timings["again_cpu"].append(time.process_time() - cpu)
            assert again.annotations_added == 0 and not again.changed_anything
            print(
                f"run {run + 1}: file copy {timings['copy'][-1]:.2f}s, merge "
                f"{timings['merge'][-1]:.2f}s (CPU {timings['cpu'][-1]:.2f}s), "
                f"merge again {timings['again'][-1]:.2f}s (CPU {timings['again_cpu'][-1]:.2f}s)"
            )
        copy, merge, cpu, again, again_cpu = (
            statistics.median(timings[key])
            for key in ("copy", "merge", "cpu", "again", "again_cpu")
        )
        print(
            f"median: file copy {copy:.2f}s | merge {merge:.2f}s (CPU {cpu:.2f}s) | "
            f"merge again {again:.2f}s (CPU {again_cpu:.2f}s)"
        )
        print(f"baseline: merge took {merge / copy:.0f}x a plain file copy of the inputs")
        return [check_target("merge median", merge, 10.0, unit="s")]


def test_merge_meets_its_target(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
