"""Guards against PySide6 6.12.0's reference leak on methods that return nothing.

That release drops a reference to `None` on every call of a void method; after a few thousand
calls the interpreter aborts (`none_dealloc`). pyproject.toml pins PySide6 below 6.12; this test
makes 20,000 such calls in a child process and fails if it dies.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication([])
editor = QPlainTextEdit()
holder = QObject()
before = sys.getrefcount(None)
for index in range(20_000):
    holder.setObjectName("x")        # void method
    editor.setReadOnly(index % 2 == 0)  # void method on a widget
    editor.clear()
print("survived", sys.getrefcount(None) - before)
"""


def test_twenty_thousand_void_calls_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"Qt process died: {result.returncode} {result.stderr[-500:]}"
    assert result.stdout.startswith("survived")
    leaked = int(result.stdout.split()[1])
    assert leaked < 1000, f"None's reference count grew by {leaked}"


def test_installed_pyside_is_below_the_broken_release() -> None:
    import PySide6

    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12)
