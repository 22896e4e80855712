"""Parsing many files on all cores: worker processes that import only `annotator.io`.

Extraction (trafilatura, pypdf, python-docx) is CPU-bound pure Python, so threads would not help;
processes do. Workers start with the "spawn" method (safe with Qt and SQLite in the parent, and
the same on every platform), parse one file per task and send back finished `ParsedDocument`s.
Results come back in the files' order, with at most `WINDOW_PER_WORKER` files per worker in
flight, so memory stays bounded however large the batch. Each worker caps its own address space
(`WORKER_MEMORY_LIMIT`, where the platform allows) so a file that defeats every other limit fails
alone, as a worker that crashed: its file is retried once in a fresh worker, then reported.
Small batches are parsed in the calling process: starting workers costs about a second.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from annotator.io.documents import ImportOptions, ParsedDocument
from annotator.io.limits import MB
from annotator.io.sources import parse_file

PARALLEL_MIN_FILES = 32  # of formats worth a worker; plain text and CSV parse in microseconds
LIGHT_SUFFIXES = frozenset({".txt", ".csv"})
WINDOW_PER_WORKER = 8
WORKER_MEMORY_LIMIT = 4096 * MB
MAX_WORKERS = 8

Parsed = list[ParsedDocument] | str


def default_workers(paths: Sequence[Path]) -> int:
    """How many processes to use: 1 (in-process) unless many files need real extraction."""
    heavy = sum(1 for path in paths if path.suffix.lower() not in LIGHT_SUFFIXES)
    if heavy < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS, heavy))


def _prepare_worker() -> None:
    """One thread per worker (the processes already use every core), and a memory cap."""
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
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


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_prepare_worker,
    )


def parse_files(
    paths: Sequence[Path],
    options: ImportOptions,
    *,
    workers: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Iterator[tuple[Path, Parsed]]:
    """(path, documents or reason) for every path, in order; stops early when cancelled."""
    count = default_workers(paths) if workers is None else max(1, workers)
    if count == 1:
        for path in paths:
            if should_cancel is not None and should_cancel():
                return
            yield path, parse_file(path, options)
        return
    yield from _parse_in_pool(paths, options, count, should_cancel)


def _parse_in_pool(
    paths: Sequence[Path],
    options: ImportOptions,
    workers: int,
    should_cancel: Callable[[], bool] | None,
) -> Iterator[tuple[Path, Parsed]]:
    pool = _pool(workers)
    in_flight: deque[tuple[Path, Future[Parsed]]] = deque()
    upcoming = iter(paths)
    try:
        while True:
            while len(in_flight) < workers * WINDOW_PER_WORKER:
                path = next(upcoming, None)
                if path is None:
                    break
                in_flight.append((path, pool.submit(parse_file, path, options)))
            if not in_flight:
                return
            if should_cancel is not None and should_cancel():
                return
            path, future = in_flight.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                result = _parse_alone(path, options)
                pool = _pool(workers)  # resubmit what was in flight with the broken pool
                in_flight = deque(
                    (waiting, pool.submit(parse_file, waiting, options)) for waiting, _ in in_flight
                )
            yield path, result
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _parse_alone(path: Path, options: ImportOptions) -> Parsed:
    """Retry a file whose worker died, in a worker of its own; a second crash is its fault."""
    with _pool(1) as pool:
        try:
            return pool.submit(parse_file, path, options).result()
        except BrokenProcessPool:
            return "the reader crashed on this file (out of memory or a damaged file)"
