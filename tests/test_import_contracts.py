"""The layers hold by themselves: import-linter checks the contracts in pyproject.toml.

`core < db | io < services < cli | ui < app`; Qt only in `ui`; the database library never in
`core` or `io`, and in `ui`/`cli` only through `db` and `services`. The first test runs the
contracts on the package; the others plant one forbidden import in a copy of the package and
check that the contract guarding against it reports it, so the contracts cannot pass vacuously.
A module of ours also never imports another module's private (`_name`) helpers: what two modules
share is public.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import annotator

PACKAGE = Path(annotator.__file__).resolve().parent
CONFIG = PACKAGE.parent / "pyproject.toml"
CONTRACTS = {
    contract["id"]: contract["name"]
    for contract in tomllib.loads(CONFIG.read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
}
LINT = (
    "import sys\n"
    "from importlinter.cli import lint_imports\n"
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))\n"
)


def lint_imports(package_parent: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the contracts on the `annotator` package found in `package_parent`."""
    environment = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run(
        [sys.executable, "-c", LINT, str(CONFIG)],
        cwd=cwd,  # import-linter puts the working directory on sys.path: not the repository
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def broken_contracts(output: str) -> set[str]:
    return {contract_id for contract_id, name in CONTRACTS.items() if f"{name} BROKEN" in output}


def test_the_contracts_hold(tmp_path: Path) -> None:
    result = lint_imports(PACKAGE.parent, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in output
    assert {"layers", "qt-only-in-ui", "no-database-in-core-and-io"} <= set(CONTRACTS)


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        # io taking its records from services: the cycle this contract was written against
        ("io/exports/codings_csv.py", "from annotator.services import export", "layers"),
        ("db/project.py", "import annotator.io.atomic", "layers"),  # siblings stay apart
        ("core/text.py", "from annotator.db import models", "layers"),
        ("services/export.py", "from annotator.ui import settings", "layers"),
        ("extra/__init__.py", "import annotator.core", "layers"),  # a package in no layer
        ("services/coders.py", "from PySide6.QtCore import QObject", "qt-only-in-ui"),
        ("app.py", "import PySide6", "app-reaches-qt-through-ui"),
        ("io/atomic.py", "import sqlalchemy", "no-database-in-core-and-io"),
        ("ui/settings.py", "from sqlalchemy import select", "front-ends-use-services"),
        ("errors.py", "from annotator.core import text", "shared-modules"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, module: str, planted: str, contract: str
) -> None:
    copy = tmp_path / "tree" / "annotator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as handle:
        handle.write(f"\n{planted}\n")
    result = lint_imports(copy.parent, tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-4000:]
    assert contract in broken_contracts(output), output[-4000:]


def private_imports(source: str) -> list[str]:
    """`from annotator.x import _y` lines in `source` (dunders such as __version__ are public)."""
    return [
        f"line {node.lineno}: from {node.module} import {alias.name}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("annotator")
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]


def test_private_imports_are_found() -> None:
    source = (
        "from annotator import __version__\n"
        "from annotator.io.imports.cleaning import find_date\n"
        "def later():\n"
        "    from annotator.services.coding.annotations import _records\n"
    )
    assert private_imports(source) == [
        "line 4: from annotator.services.coding.annotations import _records"
    ]


def test_no_module_imports_another_modules_private_names() -> None:
    found = {
        str(path.relative_to(PACKAGE.parent)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if (hits := private_imports(path.read_text(encoding="utf-8")))
    }
    assert found == {}
