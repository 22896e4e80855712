"""Load a benchmark script (tests/benchmarks/bench_*.py) as a module, for tests of the default run.

The default run does not collect tests/benchmarks (it is for `pytest -m benchmark`), so that folder
is not on `sys.path` there; the scripts import their shared `benchmark_targets` from beside them,
as they do when run as `python tests/benchmarks/bench_*.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


def load_benchmark(name: str) -> ModuleType:
    """The module tests/benchmarks/NAME.py (registered as NAME, as a dataclass in it needs), with
    its folder importable while it loads."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    added = str(BENCHMARKS) not in sys.path
    if added:
        sys.path.insert(0, str(BENCHMARKS))
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    finally:
        if added:
            sys.path.remove(str(BENCHMARKS))
    return module
