"""An edit survives the app being killed outright (SIGKILL) a moment after it was made."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.services.coding.annotations import list_annotations

APP_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from annotator.ui.application import start
    from annotator.ui.settings import Setting, Settings

    project, ini = sys.argv[1], sys.argv[2]
    app = QApplication([])
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.set(Setting.CODER_NAME, "alice")
    window = start([], settings)
    assert window.open_path(project), window.last_error
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(4)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    QTest.keyClick(window.article, "e")
    print("CODED", flush=True)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_edit_survives_sigkill(articles_project, tmp_path: Path) -> None:
    path = articles_project("The minister said gas prices will rise.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, str(path), str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == "CODED", process.stderr.read() if process.poll() else line
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    with open_project(path) as project:
        (record,) = list_annotations(project)
    assert (record.start, record.end, record.quote) == (4, 12, "minister")
    assert record.values == {"sector": ["Energy"]}
