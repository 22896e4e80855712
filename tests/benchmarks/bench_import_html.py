"""Benchmark: importing 1,000 saved news pages against trafilatura alone on the same pages.

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_import_html.py               # 1,000 pages, 3 runs
    python tests/benchmarks/bench_import_html.py --count 300 --runs 5 --serial
    pytest -m benchmark tests/benchmarks/bench_import_html.py  # the default sizes

Both sides are measured in the same run, from the same folder of generated pages (navigation,
ads, share buttons, related links, comment threads, scripts; metadata as Open Graph tags, JSON-LD
or nothing):

- `trafilatura alone`: one process reads each file and calls `trafilatura.bare_extraction` with
  the arguments Annotator uses (`annotator.io.imports.html_pages.extraction_arguments`);
- `annotator import`: `import_paths` into a new project — extraction in worker processes on all
  cores (started inside the timing; forked on Linux), language detection, duplicate check, batched
  transactions;
- `annotator import, 1 process` (with --serial): the same, parsing in the calling process.

The target: import throughput >= 80% of trafilatura alone; with several cores, above 100%.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met

WORDS = (
    "government minister energy pipeline agreement parliament said on Tuesday that the deal "
    "would lower prices for households while critics warned of dependence on imports officials "
    "economy trade sanctions summit climate bank president talks Moscow Ashgabat gas supplies "
    "corridor transport investment analysts opposition reform election budget"
).split()
OUTLETS = ("The Caspian Herald", "Daily Meridian", "Steppe Times", "Northern Courier")
NAMES = ("Lena Hoffmann", "Ivan Sidorov", "Aygul Nurova", "Tom Becker", "Maria Kuznetsova")


def sentence(rng: random.Random, low: int = 12, high: int = 28) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def make_page(rng: random.Random, number: int) -> str:
    outlet, author = rng.choice(OUTLETS), rng.choice(NAMES)
    title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + f" {number}"
    day = datetime_text = f"2022-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    slug = title.lower().replace(" ", "-")
    metadata = rng.choice(["og", "jsonld", "none"])
    head = [f"<title>{title} | {outlet}</title>", '<meta charset="utf-8">']
    if metadata == "og":
        head += [
            f'<meta property="og:title" content="{title}">',
            f'<meta property="og:site_name" content="{outlet}">',
            f'<meta name="author" content="{author}">',
            f'<meta property="article:published_time" content="{datetime_text}T10:00:00Z">',
            f'<link rel="canonical" href="https://news.example/{slug}">',
        ]
    elif metadata == "jsonld":
        head.append(
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"NewsArticle","headline":"{title}","datePublished":"{day}",'
            f'"author":{{"@type":"Person","name":"{author}"}},'
            f'"publisher":{{"@type":"Organization","name":"{outlet}"}}}}</script>'
        )
    head.append("<style>" + " ".join(f".c{i}{{margin:{i}px}}" for i in range(300)) + "</style>")
    head.append("<script>" + "var x=1;" * 800 + "</script>")
    nav = "".join(f'<li><a href="/{w}">{w.capitalize()}</a></li>' for w in WORDS[:14])
    paragraphs = "".join(
        f"<p>{' '.join(sentence(rng) for _ in range(rng.randint(2, 5)))}</p>"
        + ('<div class="ad">Advertisement</div>' if i == 2 else "")
        for i in range(rng.randint(6, 14))
    )
    related = "".join(f'<li><a href="/r{i}">{sentence(rng, 5, 9)}</a></li>' for i in range(6))
    comments = "".join(
        f'<div class="comment"><b>user{rng.randint(1, 999)}</b>: {sentence(rng, 6, 20)}</div>'
        for _ in range(rng.randint(3, 12))
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head>{"".join(head)}</head><body>'
        f'<header><nav class="menu"><ul>{nav}</ul></nav>'
        '<div class="promo">Subscribe now: 3 months for $1</div></header>'
        '<div class="ad ad-top">Advertisement</div>'
        f'<main><article><h1>{title}</h1><div class="byline">By {author} | {day}</div>'
        '<div class="share"><a>Share on Facebook</a><a>Tweet</a><a>Copy link</a></div>'
        f'<div class="body">{paragraphs}</div></article>'
        f'<aside class="related"><h3>Read more</h3><ul>{related}</ul></aside>'
        f'<section class="comments"><h3>Comments</h3>{comments}</section></main>'
        f"<footer><p>© 2022 {outlet}. All rights reserved.</p><a>Privacy policy</a></footer>"
        "</body></html>"
    )


def make_corpus(folder: Path, count: int, seed: int = 11) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        path = folder / f"{number:05}.html"
        path.write_text(make_page(rng, number), encoding="utf-8")
        paths.append(path)
    return paths


def run_trafilatura(paths: list[Path]) -> float:
    from trafilatura import bare_extraction

    from annotator.io.imports.html_pages import extraction_arguments

    arguments = extraction_arguments()
    started = time.perf_counter()
    extracted = 0
    for path in paths:
        if bare_extraction(path.read_bytes(), **arguments) is not None:
            extracted += 1
    elapsed = time.perf_counter() - started
    assert extracted == len(paths), f"trafilatura extracted {extracted} of {len(paths)}"
    return elapsed


def run_import(folder: Path, count: int, workers: int | None, run: int) -> float:
    from annotator.services.imports.articles import import_paths
    from annotator.services.projects import new_project

    with tempfile.TemporaryDirectory() as scratch:
        with new_project(Path(scratch) / f"bench{run}.annot") as project:
            started = time.perf_counter()
            report = import_paths(project, [folder], workers=workers)
            elapsed = time.perf_counter() - started
        assert len(report.imported) == count and not report.failed, report.failed[:3]
        return elapsed


pytestmark = pytest.mark.benchmark


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--serial", action="store_true", help="also time a 1-process import")
    args = parser.parse_args(argv)
    import trafilatura  # noqa: F401  (its import time is not part of either measurement)

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "pages"
        folder.mkdir()
        paths = make_corpus(folder, args.count)
        size = sum(path.stat().st_size for path in paths) / len(paths) / 1024
        print(f"{args.count} pages, {size:.0f} KB on average; {os.cpu_count()} cores")
        timings: dict[str, list[float]] = {"trafilatura alone": [], "annotator import": []}
        if args.serial:
            timings["annotator import, 1 process"] = []
        for run in range(args.runs):
            timings["trafilatura alone"].append(run_trafilatura(paths))
            timings["annotator import"].append(run_import(folder, args.count, None, run))
            if args.serial:
                timings["annotator import, 1 process"].append(
                    run_import(folder, args.count, 1, run)
                )
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in timings.items()))
        medians = {name: statistics.median(values) for name, values in timings.items()}
        baseline = medians["trafilatura alone"]
        for name, median in medians.items():
            print(
                f"{name:<30} median {median:7.2f} s  {args.count / median:7.1f} pages/s  "
                f"{baseline / median:6.0%} of trafilatura's throughput"
            )
        ratio = baseline / medians["annotator import"]
        return [
            check_target("ratio import / trafilatura throughput", ratio, 0.8, higher_is_better=True)
        ]


def test_import_html_meets_its_target(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
