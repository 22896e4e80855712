"""An unexpected error in a slot is logged and shown in a dialog with "Copy details"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

from annotator.ui import crash_dialog
from annotator.ui.application import _setup_logging


class Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_the_dialog_and_is_logged(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    log_path = _setup_logging()
    assert log_path is not None and tmp_path in log_path.parents
    shown: list[crash_dialog.CrashDialog] = []

    def fake_exec(dialog: crash_dialog.CrashDialog) -> int:
        shown.append(dialog)
        dialog.copy_button.click()
        return 0

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", crash_dialog.make_excepthook(log_path))

    def broken_slot() -> None:
        raise ValueError("the codebook vanished")

    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    emitter.fired.emit()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)

    (dialog,) = shown
    assert "the codebook vanished" in dialog.details and "broken_slot" in dialog.details
    assert str(log_path) in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "the codebook vanished" in QApplication.clipboard().text()
    for handler in crash_dialog.log.handlers:
        handler.flush()
    assert "ValueError: the codebook vanished" in Path(log_path).read_text("utf-8")
