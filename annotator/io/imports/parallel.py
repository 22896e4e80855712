"""Parsing many files on all cores: worker processes that import only `annotator.io`.

Extraction (trafilatura, pypdf, python-docx) and the cleaning and language detection of plain text
are CPU-bound pure Python, so threads would not help; processes do. Workers start with the "spawn"
method (safe with Qt and SQLite in the parent, and the same on every platform), or on Linux, in a
process with a single thread (the command line), with "fork", which starts them in milliseconds
instead of a few tenths of a second; they send back finished `ParsedDocument`s. A task is one heavy
file, or a run of up to `LIGHT_FILES_PER_TASK` plain-text/CSV files, since a task's round trip
costs more than parsing a small text file; a worker ends a run early once its documents hold
`LIGHT_CHARS_PER_TASK` characters and the rest of the run is sent again, so a run of large files
stays small without the parent asking every file's size. Results come back in the files' order,
with at most `WINDOW_PER_WORKER` tasks per worker in flight, so memory stays bounded however large
the batch. Each worker caps its own address space (`WORKER_MEMORY_LIMIT`, where the platform
allows) so a file that defeats every other limit fails alone, as a worker that crashed: the files
of that task are retried one by one in a fresh worker, then reported. Small batches are parsed in
the calling process: starting a worker costs a few tenths of a second.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from annotator.io.imports.documents import ImportOptions
from annotator.io.imports.limits import MB
from annotator.io.imports.sources import Parsed, StrPath, parse_batch, parse_file

PARALLEL_MIN_FILES = 32  # of formats that take milliseconds each (HTML, PDF, Word)
# Plain text and CSV take ~0.15 ms a file to clean and classify, so workers only pay off for
# large batches: measured on 2 cores, importing 10,000 text files took 1.8 s in-process and 1.1 s
# with two forked workers (spawned ones cost ~0.3 s more to start, as in the GUI).
PARALLEL_MIN_LIGHT_FILES = 5000
PARALLEL_MIN_CORES_FOR_LIGHT = 2
LIGHT_SUFFIXES = (".txt", ".csv")
LIGHT_FILES_PER_TASK = 64
LIGHT_CHARS_PER_TASK = 4 * MB
WINDOW_PER_WORKER = 8
WORKER_MEMORY_LIMIT = 4096 * MB
MAX_WORKERS = 8

P = TypeVar("P", bound="str | os.PathLike[str]")  # paths come back as they were given


def _is_light(path: StrPath) -> bool:
    return os.fspath(path).lower().endswith(LIGHT_SUFFIXES)  # asked twice per file: kept cheap


def default_workers(paths: Sequence[StrPath]) -> int:
    """How many processes to use: 1 (in-process) unless many files need real extraction."""
    cores = os.cpu_count() or 1
    heavy = sum(1 for path in paths if not _is_light(path))
    many_light = (
        len(paths) - heavy >= PARALLEL_MIN_LIGHT_FILES and cores >= PARALLEL_MIN_CORES_FOR_LIGHT
    )
    if heavy < PARALLEL_MIN_FILES and not many_light:
        return 1
    return max(1, min(cores, MAX_WORKERS))


def _tasks(paths: Sequence[P]) -> Iterator[list[P]]:
    """The files grouped into tasks: each heavy file alone, light files in runs."""
    run: list[P] = []
    for path in paths:
        if not _is_light(path):
            if run:
                yield run
                run = []
            yield [path]
            continue
        run.append(path)
        if len(run) >= LIGHT_FILES_PER_TASK:
            yield run
            run = []
    if run:
        yield run


def parse_task(paths: list[str], options: ImportOptions, max_chars: int) -> list[Parsed]:
    """A worker's task: each file's documents or the reason it cannot be imported, in order.

    Stops after the file that brings the documents past `max_chars` characters, so fewer
    results than paths may come back; the caller sends the remaining paths again."""
    return parse_batch(paths, options, max_chars)


def _prepare_worker() -> None:
    """One thread per worker (the processes already use every core), and a memory cap."""
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    gc.freeze()  # a forked worker: what it inherited is never collected here, so never scanned
    gc.enable()  # ... and the importer paused the collector; readers may need it
    _limit_memory()


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the readers' own limits still apply
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = (
            WORKER_MEMORY_LIMIT
            if hard == resource.RLIM_INFINITY
            else min(hard, WORKER_MEMORY_LIMIT)
        )
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def start_method() -> str:
    """How to start workers: "fork" where it is safe, else "spawn".

    Fork only on Linux and from a process that runs a single thread, as the command line does:
    forking a process with other threads (the GUI's) can deadlock the child, macOS's system
    libraries are not fork-safe, and Windows cannot fork."""
    if sys.platform != "linux":
        return "spawn"
    for _attempt in range(3):  # a thread just joined (a previous pool's) takes a moment to go
        try:
            threads = len(os.listdir("/proc/self/task"))  # also threads Python did not start
        except OSError:
            return "spawn"
        if threads == 1:
            return "fork"
        time.sleep(0.002)
    return "spawn"


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(start_method()),
        initializer=_prepare_worker,
    )


def parse_files(
    paths: Sequence[P],
    options: ImportOptions,
    *,
    workers: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Generator[tuple[P, Parsed], None, None]:
    """(path, documents or reason) for every path, in order; stops early when cancelled."""
    count = default_workers(paths) if workers is None else max(1, workers)
    if count == 1:
        for task in _tasks(paths):
            while task:
                if should_cancel is not None and should_cancel():
                    return
                results = parse_batch(task, options, LIGHT_CHARS_PER_TASK)
                yield from zip(task, results, strict=False)
                task = task[len(results) :]
        return
    yield from _parse_in_pool(paths, options, count, should_cancel)


def _parse_in_pool(
    paths: Sequence[P],
    options: ImportOptions,
    workers: int,
    should_cancel: Callable[[], bool] | None,
) -> Iterator[tuple[P, Parsed]]:
    pool = _pool(workers)
    in_flight: deque[tuple[list[P], Future[list[Parsed]]]] = deque()
    upcoming = _tasks(paths)
    try:
        while True:
            while len(in_flight) < workers * WINDOW_PER_WORKER:
                task = next(upcoming, None)
                if task is None:
                    break
                in_flight.append((task, _submit(pool, task, options)))
            if not in_flight:
                return
            if should_cancel is not None and should_cancel():
                return
            task, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                _close(pool)
                results = [_parse_alone(path, options) for path in task]
                pool = _pool(workers)  # resubmit what was in flight with the broken pool
                in_flight = deque(
                    (waiting, _submit(pool, waiting, options)) for waiting, _ in in_flight
                )
            if len(results) < len(task):  # the worker stopped early: the rest goes first
                rest = task[len(results) :]
                in_flight.appendleft((rest, _submit(pool, rest, options)))
            yield from zip(task, results, strict=False)
    finally:
        _close(pool)


def _close(pool: ProcessPoolExecutor) -> None:
    """Stop the workers and wait for them: queued tasks are dropped, a running one finishes.

    Not `wait=False`: a pool left to wind down alone can miss the interpreter's exit (a race in
    `concurrent.futures`), and its workers then live on, asleep, after Annotator has quit."""
    pool.shutdown(wait=True, cancel_futures=True)


def _submit(
    pool: ProcessPoolExecutor, task: Sequence[StrPath], options: ImportOptions
) -> Future[list[Parsed]]:
    names = [os.fspath(path) for path in task]  # a str pickles faster than a Path
    return pool.submit(parse_task, names, options, LIGHT_CHARS_PER_TASK)


def _parse_alone(path: StrPath, options: ImportOptions) -> Parsed:
    """Retry a file whose worker died, in a worker of its own; a second crash is its fault."""
    with _pool(1) as pool:
        try:
            return pool.submit(parse_file, path, options).result()
        except BrokenProcessPool:
            return "the reader crashed on this file (out of memory or a damaged file)"
