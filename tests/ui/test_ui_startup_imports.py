"""Start-up stays light: the window opens on the demo without loading importer or export libraries.

Run in a fresh interpreter, since the test process itself has imported everything by now.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("trafilatura", "openpyxl", "pypdf", "docx", "fasttext", "lxml", "numpy", "krippendorff")

SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from annotator.ui.application import start
from annotator.ui.settings import Setting, Settings
app = QApplication([])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
settings.set(Setting.CODER_NAME, "alice")
window = start(["--demo"], settings)
def painted():
    window.repaint()
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2].split(",")))
    print(json.dumps({"opened": window.workbench is not None, "heavy": heavy}), flush=True)
    app.quit()
QTimer.singleShot(0, lambda: QTimer.singleShot(0, painted))
app.exec()
"""


def test_the_demo_opens_without_importer_libraries(tmp_path: Path) -> None:
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data")
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini"), ",".join(HEAVY)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"opened": True, "heavy": []}
