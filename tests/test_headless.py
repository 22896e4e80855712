"""Only `annotator/ui/` may import Qt; the command line starts without heavy libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import annotator

PACKAGE = Path(annotator.__file__).resolve().parent
HEADLESS_PACKAGES = ("core", "db", "services", "io", "cli")

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is blocked in the headless core")
        return None
sys.meta_path.insert(0, BlockQt())
"""


def headless_modules() -> list[str]:
    names = ["annotator", "annotator.app", "annotator.errors", "annotator.resources"]
    for package in HEADLESS_PACKAGES:
        for path in sorted((PACKAGE / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            relative = path.relative_to(PACKAGE.parent).with_suffix("")
            parts = list(relative.parts)
            if parts[-1] == "__init__":
                parts.pop()
            names.append(".".join(parts))
    return names


def test_core_imports_with_qt_blocked() -> None:
    modules = headless_modules()
    assert len(modules) > 20
    script = (
        BLOCK_QT
        + "import importlib\n"
        + "".join(f"importlib.import_module({name!r})\n" for name in modules)
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_cli_runs_with_qt_blocked(tmp_path: Path) -> None:
    script = BLOCK_QT + (
        f"import sys\nfrom annotator.app import main\nsys.exit(main(['demo', {str(tmp_path)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "demo.annot").is_file()


def test_start_up_does_not_import_heavy_libraries() -> None:
    script = (
        "import sys\nimport annotator.app, annotator.cli\n"
        "heavy = [m for m in ('openpyxl', 'trafilatura', 'pypdf', 'scipy', 'krippendorff',"
        " 'numpy', 'alembic', 'charset_normalizer', 'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
