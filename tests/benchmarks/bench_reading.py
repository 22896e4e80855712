"""Benchmark: the reading commands on a generated project against raw SQLite doing the same (#16).

Run on demand (not part of the default test run); exits 1 (a pytest failure) on a missed target:

    python tests/benchmarks/bench_reading.py                      # 10,000 and 100,000 annotations
    python tests/benchmarks/bench_reading.py --annotations 20000 --runs 5
    ANNOTATOR_BENCH_READ_ANNOTATIONS=1000000 pytest -m benchmark tests/benchmarks/bench_reading.py

Projects come from `project_generator` (5 coders, 4 variables): for `annotations` and `verify` a
tenth as many documents as annotations, the larger with `--annotations` (or the environment
variable above); for `documents` one annotation per document, the larger with `--documents` (or
ANNOTATOR_BENCH_READ_DOCUMENTS, default 100,000 as in #16); each also at a tenth of that size,
so each figure's growth exponent can be printed:
log10(time at the larger / time at the smaller); 1 is linear. Every command and baseline runs in a
child process; its CPU time (user + system, compared since the machine is shared) and its peak
resident memory come from `getrusage(RUSAGE_CHILDREN)` of a wrapper process around it. Medians of
`--runs` runs are compared. Below ~50,000 rows the ratios measure start-up more than reading
(the command starts in ~0.08 s CPU, a bare script in ~0.03 s), so keep the larger size there or
above. Targets, at the larger size:

- `annotations --json` <= 2x one `sqlite3` JSON query (json_group_array of json_object) giving the
  same JSON (checked equal with json.loads at the smaller size);
- `documents --json` <= 2x the same for documents;
- `verify` <= 2x a bare script (stdlib sqlite3 and hashlib) doing the same checks;
- `info`, `text`, `annotations --document` and `documents` (on an empty project): <= 0.25 s CPU;
- every command's peak memory < 300 MB, and no figure grows with an exponent above 1.2.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from benchmark_targets import Verdict, check_target, exit_status, require_met
from project_generator import generate_project

from annotator.services.projects import new_project

SIZE_VARIABLE = "ANNOTATOR_BENCH_READ_ANNOTATIONS"
DOCUMENTS_VARIABLE = "ANNOTATOR_BENCH_READ_DOCUMENTS"
REPOSITORY = Path(__file__).resolve().parents[2]

# Runs argv as a child with stdout to a file (or nowhere) and prints its CPU seconds and peak KB.
WRAPPER = """
import resource, subprocess, sys
target = sys.argv[1]
with open(target if target != "-" else "/dev/null", "wb") as out:
    subprocess.run(sys.argv[2:], stdout=out, check=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""

DASHED = (
    "substr({0},1,8)||'-'||substr({0},9,4)||'-'||substr({0},13,4)||'-'||substr({0},17,4)||'-'"
    "||substr({0},21)"
)
ANNOTATIONS_QUERY = f"""
SELECT json_group_array(json(item)) FROM (
  SELECT json_object(
    'uuid', {DASHED.format("a.uuid")}, 'document', {DASHED.format("d.uuid")}, 'coder', c.name,
    'start', a.start, 'end', a."end", 'quote', a.quote,
    'values', (SELECT json_group_object(name, json(labels)) FROM (
        SELECT var.name AS name, json_group_array(coalesce(code.label, v.text, '')) AS labels
          FROM annotation_value AS v JOIN variable AS var ON var.id = v.variable_id
          LEFT JOIN code ON code.id = v.code_id
         WHERE v.annotation_id = a.id GROUP BY var.id ORDER BY var.position, var.id)),
    'memo', a.memo) AS item
  FROM annotation AS a JOIN document AS d ON d.id = a.document_id
  JOIN coder AS c ON c.id = a.coder_id
  ORDER BY a.document_id, a.start, a."end", a.id)
"""
DOCUMENTS_QUERY = f"""
SELECT json_group_array(json(item)) FROM (
  SELECT json_object('id', id, 'uuid', {DASHED.format("uuid")}, 'title', title,
    'outlet', outlet, 'published', published, 'author', author, 'url', url,
    'chars', length(text), 'sha256', sha256) AS item
  FROM document ORDER BY id)
"""
ONE_QUERY = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
sys.stdout.write(connection.execute(sys.argv[2]).fetchone()[0] + "\\n")
"""

# The checks `annotator verify` makes, written plainly on the stdlib: header bytes, SQLite's
# integrity and foreign-key checks, hashes, spans and quotes, values against their variables,
# repeated values of single-valued variables, the code tree.
BARE_VERIFY = """
import hashlib, sqlite3, sys
path = sys.argv[1]
connection = sqlite3.connect(path, isolation_level=None)
connection.execute("BEGIN")
problems = []
with open(path, "rb") as handle:
    header = handle.read(100)
if header[18] not in (1, 2) or header[19] not in (1, 2) or header[24:28] != header[92:96]:
    problems.append("header")
problems += [row for (row,) in connection.execute("PRAGMA integrity_check") if row != "ok"]
problems += list(connection.execute("PRAGMA foreign_key_check"))
annotations = connection.execute(
    'SELECT document_id, uuid, start, "end", quote FROM annotation ORDER BY document_id, id')
pending = annotations.fetchone()
for document_id, key, text, sha256 in connection.execute(
        "SELECT id, uuid, text, sha256 FROM document ORDER BY id"):
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha256:
        problems.append(key)
    while pending is not None and pending[0] <= document_id:
        _, key, start, end, quote = pending
        if pending[0] < document_id or not 0 <= start < end <= len(text) \\
                or text[start:end] != quote:
            problems.append(key)
        pending = annotations.fetchone()
variables = {row[0]: row[1:] for row in connection.execute(
    "SELECT id, kind, multiple, name FROM variable")}
code_variable = dict(connection.execute("SELECT id, variable_id FROM code"))
for variable_id, code_id, text in connection.execute(
        "SELECT variable_id, code_id, text FROM annotation_value"):
    variable = variables.get(variable_id)
    if variable is None or (variable[0] == "text") != (code_id is None) or (
            code_id is not None and code_variable.get(code_id) != variable_id):
        problems.append((variable_id, code_id, text))
for annotation_id, variable_id, count in connection.execute(
        "SELECT annotation_id, variable_id, count(*) FROM annotation_value "
        "GROUP BY annotation_id, variable_id HAVING count(*) > 1"):
    if not variables[variable_id][1]:
        problems.append(annotation_id)
codes = {row[0]: row for row in connection.execute("SELECT id, variable_id, parent_id FROM code")}
for code_id, variable_id, parent_id in codes.values():
    seen = {code_id}
    while parent_id is not None and parent_id in codes:
        if codes[parent_id][1] != variable_id or parent_id in seen:
            problems.append(code_id)
            break
        seen.add(parent_id)
        parent_id = codes[parent_id][2]
print(f"{len(problems)} problems")
"""


def annotator(*args: object) -> list[str]:
    return [sys.executable, "-m", "annotator", *map(str, args)]


def python(script: str, *args: object) -> list[str]:
    return [sys.executable, "-c", script, *map(str, args)]


def run_measured(command: list[str], output: Path | None = None) -> tuple[float, float]:
    """CPU seconds and peak MB of `command` run as a child (its stdout to `output` or nowhere)."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPOSITORY), environment.get("PYTHONPATH")])
    )
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(output or "-"), *command],
        capture_output=True, text=True, check=True, env=environment,
    )  # fmt: skip
    cpu, peak_kb = result.stdout.split()
    return float(cpu), int(peak_kb) / 1024


def median_run(command: list[str], runs: int) -> tuple[float, float]:
    measured = [run_measured(command) for _ in range(runs)]
    return statistics.median(cpu for cpu, _ in measured), max(peak for _, peak in measured)


def exponent(small: float, large: float) -> float:
    return math.log10(large / small) if small > 0 and large > 0 else math.nan


def check_same_output(ours: list[str], baseline: list[str], folder: Path, label: str) -> None:
    """The baseline must produce what the command produces (json.loads equal), or it is no
    baseline."""
    run_measured(ours, folder / "ours.json")
    run_measured(baseline, folder / "baseline.json")
    with (folder / "ours.json").open("rb") as mine, (folder / "baseline.json").open("rb") as base:
        if json.load(mine) != json.load(base):
            raise SystemExit(f"{label}: the baseline's JSON differs from the command's")


def commands(annotated: Path, documents: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Each compared command and its baseline: the document listing on a project of many
    documents, the others on a project of many annotations."""
    return {
        "annotations --json": (
            annotator("annotations", annotated, "--json"),
            python(ONE_QUERY, annotated, ANNOTATIONS_QUERY),
        ),
        "documents --json": (
            annotator("documents", documents, "--json"),
            python(ONE_QUERY, documents, DOCUMENTS_QUERY),
        ),
        "verify": (annotator("verify", annotated), python(BARE_VERIFY, annotated)),
    }


pytestmark = pytest.mark.benchmark


def measure(argv: list[str] | None = None) -> list[Verdict]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--annotations",
        type=int,
        default=int(os.environ.get(SIZE_VARIABLE, "100000")),
        help=f"annotations of the larger project (default: ${SIZE_VARIABLE} or 100000)",
    )
    parser.add_argument(
        "--documents",
        type=int,
        default=int(os.environ.get(DOCUMENTS_VARIABLE, "100000")),
        help=f"documents of the larger project for `documents` (${DOCUMENTS_VARIABLE} or 100000)",
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    verdicts: list[Verdict] = []
    medians: dict[tuple[str, int], tuple[float, float, float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="perfread-bench-") as temporary:
        folder = Path(temporary)
        projects: list[tuple[Path, Path]] = []  # (annotated, documents) at each size
        for scale in (10, 1):
            annotations = max(10, args.annotations // scale)
            documents = max(10, args.documents // scale)
            annotated = generate(folder / f"a{annotations}.annot", annotations // 10, annotations)
            listed = generate(folder / f"d{documents}.annot", documents, documents)
            projects.append((annotated, listed))
        for label, (ours, baseline) in commands(*projects[0]).items():
            if label != "verify":
                check_same_output(ours, baseline, folder, label)
        for size, pair in enumerate(projects):
            for label, (ours, baseline) in commands(*pair).items():
                ours_cpu, ours_peak = median_run(ours, args.runs)
                base_cpu, base_peak = median_run(baseline, args.runs)
                medians[label, size] = (ours_cpu, base_cpu, ours_peak, base_peak)
                print(f"{pair[label == 'documents --json'].stem:>8}  {label:<19} annotator "
                      f"{ours_cpu:6.2f} s {ours_peak:5.0f} MB | baseline {base_cpu:6.2f} s "
                      f"{base_peak:5.0f} MB | {ours_cpu / base_cpu:.2f}x")  # fmt: skip
        for label in commands(*projects[1]):
            (small_cpu, small_base, small_peak, _), (ours_cpu, base_cpu, ours_peak, _) = (
                medians[label, 0], medians[label, 1],
            )  # fmt: skip
            growth = exponent(small_cpu, ours_cpu)
            print(f"{label}: growth exponent {growth:.2f} "
                  f"(baseline {exponent(small_base, base_cpu):.2f})")  # fmt: skip
            verdicts.append(check_target(f"ratio {label} / raw SQLite", ours_cpu / base_cpu, 2.0))
            verdicts.append(check_target(f"{label} growth exponent", growth, 1.2, unit=""))
            peak = max(ours_peak, small_peak)
            verdicts.append(check_target(f"{label} peak memory", peak, 300, unit="MB"))
        verdicts += start_up(projects[1][0], folder, args.runs)
    return verdicts


def generate(path: Path, documents: int, annotations: int) -> Path:
    made = generate_project(path, documents=max(1, documents), annotations=annotations)
    print(f"generated {path.stem}: {made.documents} documents, {made.annotations} annotations, "
          f"{made.values} values in {made.seconds:.1f} s")  # fmt: skip
    return made.path


def start_up(project: Path, folder: Path, runs: int) -> list[Verdict]:
    """CPU of the reading commands where they have (almost) nothing to do: start-up."""
    empty = folder / "empty.annot"
    new_project(empty).close()
    verdicts = []
    for label, command in {
        "info": annotator("info", project),
        "text": annotator("text", project, "1"),
        "annotations --document": annotator("annotations", project, "--document", "1"),
        "documents (empty project)": annotator("documents", empty),
    }.items():
        cpu, peak = median_run(command, runs)
        print(f"start-up {label}: {cpu:.3f} s CPU, {peak:.0f} MB")
        verdicts.append(check_target(f"start-up {label}", cpu, 0.25, unit="s"))
    return verdicts


def test_reading_commands_meet_their_targets(bench_argv: list[str]) -> None:
    require_met(measure(bench_argv))


if __name__ == "__main__":
    sys.exit(exit_status(measure()))
