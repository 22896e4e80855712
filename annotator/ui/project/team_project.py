"""File ▸ Open Team Project…: where a lab's shared project lives on its PostgreSQL server.

The dialog asks for the server, port, database and user name (a pasted `postgresql://` URL fills
them all); never for a password up front. The password comes from libpq's own places
(`~/.pgpass`, `PGPASSWORD`, a service file) and, only when the server asks for one that those did
not give, from a prompt that does not echo it (`open_location`). It is kept in memory, in the
project's `ServerLocation`, while the project is open — never written to the settings: the
recent-projects list and the remembered places keep the URL's `str()`, which has no password.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.db.location import ProjectLocation, ServerLocation, parse_location, server_location
from annotator.db.project import Project, open_project
from annotator.db.server_faults import needs_password
from annotator.errors import AnnotatorError, ProjectFileError

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

DEFAULT_PORT = 5432


class TeamProjectDialog(QDialog):
    """Server, port, database and user of a team project; `location()` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_project_dialog")
        self.setWindowTitle(self.tr("Open team project"))
        intro = QLabel(
            self.tr(
                "Open a project your lab keeps on a PostgreSQL server. Ask your lead for the "
                "server's name, the database and your user name. Your password is read from "
                "~/.pgpass, PGPASSWORD or a service file; otherwise Annotator asks for it and "
                "keeps it only while the project is open."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("db.example.org, or paste a postgresql:// URL"))
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("server_database")
        self.user = QLineEdit()
        self.user.setObjectName("server_user")
        self.user.setPlaceholderText(self.tr("your login on the server"))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for field in (self.host, self.database):
            field.textChanged.connect(self._update)
        self.host.textChanged.connect(self._take_url)
        self._update()

    def _take_url(self, text: str) -> None:
        """A pasted `postgresql://user@host:port/db` fills the fields (its password is dropped:
        the prompt or libpq's places give it)."""
        if "://" not in text:
            return
        try:
            location = parse_location(text)
        except AnnotatorError:
            return
        if not isinstance(location, ServerLocation):
            return
        url = location.url
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        if url.username:
            self.user.setText(url.username)

    def _update(self) -> None:
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ready)

    def location(self) -> ServerLocation:
        return server_location(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip() or None,
        )


def ask_password(parent: QWidget | None, location: ServerLocation, wrong: bool) -> str | None:
    """The password, typed without echo; None when the user cancels."""
    user = location.url.username or getpass.getuser()  # libpq's default user
    prompt = (
        QCoreApplication.translate(
            "TeamProject",
            "The server did not accept the password. Password of {user} for {location}:",
        )
        if wrong
        else QCoreApplication.translate(
            "TeamProject", "The server asks for the password of {user} for {location}:"
        )
    ).format(user=user, location=location)
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TeamProject", "Password"),
        prompt,
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


def open_location(parent: QWidget | None, location: ProjectLocation) -> Project | None:
    """Open a project file, or a server project — asking for the password when the server wants
    one libpq's places did not give; None when the user cancels the prompt."""
    if not isinstance(location, ServerLocation):
        return open_project(Path(location))
    attempt, asked = location, False
    while True:
        try:
            return open_project(attempt)
        except ProjectFileError as error:
            if not needs_password(error):
                raise
        password = ask_password(parent, location, wrong=asked)
        if password is None:
            return None
        attempt, asked = ServerLocation(location.url.set(password=password)), True


def open_team_project(window: MainWindow) -> bool:
    """File ▸ Open Team Project…: ask where, then open it in `window` like a file."""
    dialog = TeamProjectDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return window.open_path(dialog.location())
