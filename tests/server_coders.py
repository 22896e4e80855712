"""Ten coders annotating one server project at once, each in a process of their own.

Shared by tests/test_server_concurrent_coders.py (a short run in the default suite) and
tests/benchmarks/bench_server_coders.py (1,000 annotations each). Each coder process codes
through the services the app and the command line use (`create_annotation`, and every tenth time
`code_spans`, the coding view's path) and reports the uuids the services acknowledged. Meanwhile
the parent ends every coder's connection now and then (`pg_terminate_backend`), as an
administrator or a restarting server would. Every memo is unique, so a span written twice under
two uuids would show.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DOCUMENTS = 20
TEXT = "The minister said on Tuesday that the pipeline deal would lower prices. " * 8


@dataclass(frozen=True)
class CoderRun:
    coder: str
    acknowledged: list[str]
    failures: list[str]
    seconds: float


def prepare(url: str, folder: Path) -> None:
    """A new server project with `DOCUMENTS` articles."""
    from annotator.services.imports.articles import import_paths
    from annotator.services.projects import new_project

    paths = []
    for number in range(DOCUMENTS):
        path = folder / f"article{number:02}.txt"
        path.write_text(f"Article {number}\n{TEXT}")
        paths.append(path)
    with new_project(url) as project:
        import_paths(project, paths)


def code(url: str, coder: str, count: int, seed: int) -> CoderRun:
    """One coder's session: `count` annotations, one service call each (two per bulk call)."""
    from annotator.db.project import open_project
    from annotator.errors import AnnotatorError
    from annotator.services.coding.annotations import create_annotation
    from annotator.services.coding.bulk import NewAnnotation
    from annotator.services.coding.undo import code_spans

    rng = random.Random(seed)
    acknowledged: list[str] = []
    failures: list[str] = []
    started = time.perf_counter()
    with open_project(url) as project:
        number = 0
        while number < count:
            document = rng.randint(1, DOCUMENTS)
            start = rng.randrange(0, len(TEXT) - 40)
            try:
                if number % 10 == 9 and number + 2 <= count:
                    memos = (f"{coder}-{number}", f"{coder}-{number + 1}")
                    spans = [
                        NewAnnotation(document, start, start + 12, memo=memos[0]),
                        NewAnnotation(document, start + 1, start + 30, memo=memos[1]),
                    ]
                    coded = code_spans(project, coder, spans)
                    acknowledged += [record.uuid for record in coded.records]
                    number += 2
                    continue
                record = create_annotation(
                    project, document=document, coder=coder, start=start, end=start + 20,
                    values={"sector": ["Energy"]}, memo=f"{coder}-{number}",
                )  # fmt: skip
                acknowledged.append(record.uuid)
            except AnnotatorError as error:
                failures.append(f"{coder}-{number}: {error}")
            number += 1
    return CoderRun(coder, acknowledged, failures, time.perf_counter() - started)


def _stored(cluster, database: str) -> int:
    return int(cluster.sql("SELECT count(*) FROM annotation", database))


def run_coders(
    cluster, url: str, coders: int, each: int, kill_rounds: int = 4,
    on_kill: Callable[[int], None] | None = None,
) -> list[CoderRun]:  # fmt: skip
    """Run `coders` processes of `each` annotations; end all their connections `kill_rounds`
    times, each when the stored annotations pass the next share of the total."""
    database = url.rsplit("/", 1)[1]
    context = multiprocessing.get_context("spawn")
    names = [f"coder{number:02}" for number in range(1, coders + 1)]
    with context.Pool(coders) as pool:
        pending = pool.starmap_async(
            code, [(url, name, each, number) for number, name in enumerate(names)]
        )
        total = coders * each
        for round_number in range(1, kill_rounds + 1):
            threshold = total * round_number // (kill_rounds + 1)
            while not pending.ready() and _stored(cluster, database) < threshold:
                pending.wait(0.1)
            if pending.ready():
                break
            killed = cluster.sql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                f"WHERE application_name = 'Annotator' AND datname = '{database}'"
            )
            if on_kill is not None:
                on_kill(int(killed))
        return pending.get(timeout=1800)


def problems(url: str, runs: list[CoderRun], each: int, folder: Path) -> list[str]:
    """What went wrong, if anything: a failed write, an acknowledged annotation missing, one
    stored twice (two uuids, one memo), a coder short of `each`, or a `verify` finding on the
    project copied to a file (verify reads files)."""
    from annotator.db.project import open_project
    from annotator.db.read_only import reading_connection
    from annotator.services.coding.annotations import list_annotations
    from annotator.services.project_copy import copy_project
    from annotator.services.verify import verify_connection

    found = [failure for run in runs for failure in run.failures]
    acknowledged = [uuid for run in runs for uuid in run.acknowledged]
    if len(acknowledged) != len(set(acknowledged)):
        found.append("a uuid was acknowledged twice")
    with open_project(url, read_only=True) as project:
        stored = list_annotations(project)
    missing = set(acknowledged) - {record.uuid for record in stored}
    found += [f"acknowledged but not stored: {uuid}" for uuid in sorted(missing)]
    memos = Counter(record.memo for record in stored)
    found += [f"stored {count} times: {memo}" for memo, count in memos.items() if count > 1]
    for run in runs:
        count = sum(1 for record in stored if record.coder == run.coder)
        if count != each:
            found.append(f"{run.coder} has {count} annotations, not {each}")
    archived = folder / "archived.annot"
    copy_project(url, archived)
    with reading_connection(archived) as connection:
        found += [f"verify: {problem}" for problem in verify_connection(connection, archived)]
    return found
