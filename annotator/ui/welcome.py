"""The welcome page shown while no project is open: new, open, recent projects, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import APP_NAME, __version__
from annotator.db.location import is_server_location


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    teamRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        intro = QLabel(
            self.tr(
                "Code news articles along a codebook (actor, claim, sector, framing), "
                "blind to the other coders. Every change is saved at once."
            )
        )
        intro.setWordWrap(True)
        buttons = []
        for text, signal in (
            (self.tr("New project…"), self.newRequested),
            (self.tr("Open project…"), self.openRequested),
            (self.tr("Open team project…"), self.teamRequested),
            (self.tr("Try the demo project"), self.demoRequested),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(34)
            button.clicked.connect(signal.emit)
            buttons.append(button)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_projects")
        self.recent.itemClicked.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent_label = QLabel(self.tr("<b>Recent projects</b>"))
        column = QWidget()
        column.setMinimumWidth(480)
        column.setMaximumWidth(640)
        layout = QVBoxLayout(column)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        for button in buttons:
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(
            QLabel(self.tr("<small>Version {version}</small>").format(version=__version__))
        )
        outer = QVBoxLayout(self)
        outer.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            if is_server_location(path):  # kept without a password (window_focus.location_key)
                shown = f"{path.rsplit('/', 1)[-1]}   —   {path}"
            else:
                shown = f"{Path(path).name}   —   {Path(path).parent}"
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
