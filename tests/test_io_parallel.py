"""Parsing in worker processes gives exactly what parsing in this process gives, in file order.

Plain-text files travel to the workers in runs; a worker ends a run early once its documents
reach a size budget and the parent sends the rest of the run again. These tests shrink the runs
and the budget so that every path of that machinery is taken with a handful of real files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator.io.imports import parallel
from annotator.io.imports.documents import ImportOptions
from annotator.io.imports.parallel import parse_files, parse_task


def corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for number in range(23):
        name = f"{number:02}.txt"
        if number == 5:
            content = b""  # fails: the failure must stay in its place in the order
        else:
            body = "Body of the article. " * (1 + number * 7)
            content = f"Article {number}\n{body}\n".encode()
        (folder / name).write_bytes(content)
        paths.append(folder / name)
    return paths


def summary(results) -> list[tuple[str, object]]:
    return [
        (path.name, parsed if isinstance(parsed, str) else [d.title for d in parsed])
        for path, parsed in results
    ]


@pytest.mark.parametrize("budget", [1, 400, 10**9])
def test_workers_return_every_file_in_order_whatever_the_run_budget(
    tmp_path: Path, monkeypatch, budget: int
) -> None:
    paths = corpus(tmp_path / "c")
    in_process = summary(parse_files(paths, ImportOptions(), workers=1))
    monkeypatch.setattr(parallel, "LIGHT_FILES_PER_TASK", 4)
    monkeypatch.setattr(parallel, "LIGHT_CHARS_PER_TASK", budget)
    in_workers = summary(parse_files(paths, ImportOptions(), workers=2))
    assert in_workers == in_process
    assert in_process[5] == ("05.txt", "empty file")
    assert in_process[22][1] == ["Article 22"]


def test_no_worker_outlives_the_parse(tmp_path: Path) -> None:
    import multiprocessing

    paths = corpus(tmp_path / "c")
    for _ in parse_files(paths, ImportOptions(), workers=2):
        pass
    assert multiprocessing.active_children() == []
    stopped = parse_files(paths, ImportOptions(), workers=2)
    next(stopped)
    stopped.close()  # as a cancelled import closes it
    assert multiprocessing.active_children() == []


def test_a_task_stops_after_the_file_that_passes_the_budget(tmp_path: Path) -> None:
    paths = [str(path) for path in corpus(tmp_path / "c")[:8]]
    sizes = [len(Path(path).read_text(encoding="utf-8")) for path in paths]
    results = parse_task(paths, ImportOptions(), max_chars=sum(sizes[:3]))
    assert len(results) == 4  # the fourth file passes the budget; it is the last one parsed
    assert all(isinstance(result, list) for result in results)
    assert len(parse_task(paths, ImportOptions(), max_chars=10**9)) == 8


def test_light_files_go_in_runs_and_other_files_alone(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "LIGHT_FILES_PER_TASK", 3)
    names = ["a.txt", "b.csv", "c.txt", "d.txt", "e.html", "f.txt", "g.pdf"]
    tasks = [[path.name for path in task] for task in parallel._tasks([Path(n) for n in names])]
    assert tasks == [["a.txt", "b.csv", "c.txt"], ["d.txt"], ["e.html"], ["f.txt"], ["g.pdf"]]


def test_the_fingerprint_travels_with_a_document_and_never_goes_stale() -> None:
    import dataclasses
    import pickle

    from annotator.core.text import text_sha256
    from annotator.io.imports.documents import ParsedDocument

    document = ParsedDocument(text="Газ 🙂", title="t", source_file="a.txt")
    assert document.sha256 == text_sha256("Газ 🙂")
    travelled = pickle.loads(pickle.dumps(document))
    assert vars(travelled)["sha256"] == document.sha256  # sent along, not computed again
    assert travelled == document
    changed = dataclasses.replace(travelled, text="Нефть")
    assert changed.sha256 == text_sha256("Нефть")
    assert dataclasses.replace(travelled, title="new").sha256 == document.sha256


START_METHOD = """
import sys, threading
from annotator.io.imports.parallel import start_method
print(start_method())
if "--thread" in sys.argv:
    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()
    print(start_method())
    stop.set()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers fork only on Linux")
def test_workers_fork_only_from_a_single_threaded_process() -> None:
    run = subprocess.run(
        [sys.executable, "-c", START_METHOD, "--thread"], capture_output=True, text=True, check=True
    )
    assert run.stdout.split() == ["fork", "spawn"]


FORKED_IMPORT = """
import json, sys
from pathlib import Path
from annotator.io.imports import parallel
from annotator.io.imports.documents import ImportOptions
paths = [Path(name) for name in sys.argv[1:]]
parallel.LIGHT_FILES_PER_TASK = 4
parallel.LIGHT_CHARS_PER_TASK = 400
assert parallel.start_method() == "fork"
print(json.dumps([
    [path.name, parsed if isinstance(parsed, str) else [d.title for d in parsed]]
    for path, parsed in parallel.parse_files(paths, ImportOptions(), workers=2)
]))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers fork only on Linux")
def test_forked_workers_return_every_file_in_order(tmp_path: Path) -> None:
    import json

    paths = corpus(tmp_path / "c")
    in_process = [list(item) for item in summary(parse_files(paths, ImportOptions(), workers=1))]
    run = subprocess.run(
        [sys.executable, "-c", FORKED_IMPORT, *map(str, paths)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(run.stdout) == in_process


@pytest.mark.skipif(sys.platform == "linux", reason="elsewhere workers are always spawned")
def test_workers_are_spawned_off_linux() -> None:
    assert parallel.start_method() == "spawn"


def test_a_batch_parses_each_file_as_it_would_be_parsed_alone(tmp_path: Path) -> None:
    import shutil

    from annotator.io.imports.sources import parse_batch, parse_file

    data = Path(__file__).parent / "data"
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(data / "import" / "nexis_export.txt", folder / "a-nexis.txt")  # three articles
    shutil.copy(data / "scraped" / "sputnik_seed.txt", folder / "b-seed.txt")
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-ru.txt").write_text(
        "Газовая сделка\nПрезидент России Владимир Путин и президент Туркменистана подписали "
        "в пятницу декларацию об углублении стратегического партнерства.\n",
        encoding="utf-8",
    )
    (folder / "e-short.txt").write_text("OK\n", encoding="utf-8")
    paths = sorted(folder.iterdir())
    batch = parse_batch(paths, ImportOptions())
    assert batch == [parse_file(path, ImportOptions()) for path in paths]
    languages = [[d.language for d in r] if not isinstance(r, str) else r for r in batch]
    assert languages == [["en", "en", "en"], ["en"], "empty file", ["ru"], [None]]
    assert all(vars(d)["sha256"] for r in batch if not isinstance(r, str) for d in r)


def test_a_document_that_cannot_be_finished_fails_alone(tmp_path: Path, monkeypatch) -> None:
    from annotator.io.imports import documents
    from annotator.io.imports.sources import parse_batch

    paths = corpus(tmp_path / "c")[:4]
    fingerprint = documents.text_sha256

    def refuse(text: str) -> str:
        if text.startswith("Article 2\n"):
            raise UnicodeEncodeError("utf-8", text, 0, 1, "a stand-in for a bug")
        return fingerprint(text)

    monkeypatch.setattr(documents, "text_sha256", refuse)
    results = parse_batch(paths, ImportOptions())
    assert [r if isinstance(r, str) else r[0].title for r in results[:2]] == [
        "Article 0",
        "Article 1",
    ]
    assert results[2].startswith("unexpected error: UnicodeEncodeError")
    assert results[3][0].title == "Article 3"
