"""The app on a project on a PostgreSQL server: File ▸ Open Team Project…, other coders' work
showing live (LISTEN/NOTIFY), and an outage that pauses editing and heals by itself.

Every wait is on a condition with a timeout (qtbot.waitUntil), never a fixed sleep."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from conftest import utf16
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from annotator.core.vocabulary import CodingStatus
from annotator.db.project import open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services.codebooks.edit import create_code
from annotator.services.coding.annotations import create_annotation, list_annotations
from annotator.services.coding.statuses import set_status
from annotator.services.imports.articles import import_documents
from annotator.services.projects import new_project
from annotator.ui.actions import ActionId
from annotator.ui.main_window import MainWindow
from annotator.ui.project import team_project
from annotator.ui.project.server_link import GATHER_MS
from annotator.ui.project.team_project import TeamProjectDialog
from annotator.ui.settings import Setting

TEXT = "Putin stressed that Russia's major energy companies are interested in Turkmenistan."
OTHER = "Ankara said little about the pipeline."
LIVE_MS = 3000  # "within about a second", with room for a slow machine


def _documents(*texts: str) -> list[tuple[Path, ParsedDocument]]:
    return [
        (Path(f"a{n}.txt"), ParsedDocument(text, f"Article {n}", f"a{n}.txt", "Daily"))
        for n, text in enumerate(texts, start=1)
    ]


@pytest.fixture
def team_url(server_url: str) -> str:
    """A server project with two articles; its URL (superuser, password included)."""
    with new_project(server_url) as project:
        import_documents(project, _documents(TEXT, OTHER))
    return server_url


def select(window: MainWindow, start: int, end: int) -> None:
    text = window.article.text
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    window.article.setFocus()


def _without_password(url: str) -> str:
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"


# -- File ▸ Open Team Project… --


def test_a_pasted_url_fills_the_dialog_and_drops_its_password(qtbot) -> None:
    dialog = TeamProjectDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.buttons()[0]
    assert not open_button.isEnabled()  # no server, no database yet
    dialog.host.setText("postgresql://carol:s3cret@db.example.org:6543/study")
    assert (dialog.host.text(), dialog.port.value()) == ("db.example.org", 6543)
    assert (dialog.database.text(), dialog.user.text()) == ("study", "carol")
    assert open_button.isEnabled()
    location = dialog.location()
    assert str(location) == "postgresql://carol@db.example.org:6543/study"
    assert location.url.password is None


def test_open_team_project_asks_for_the_password_and_keeps_it_out_of_the_settings(
    make_window, team_url: str, postgres_cluster, ui_settings, tmp_path: Path, monkeypatch, qtbot
) -> None:
    password = postgres_cluster.password
    prompts: list[tuple[str, QLineEdit.EchoMode]] = []

    def type_password(_parent, _title, label, echo, *_args, **_kwargs):
        prompts.append((label, echo))
        return ("wrong", True) if len(prompts) == 1 else (password, True)

    monkeypatch.setattr(team_project.QInputDialog, "getText", type_password)
    window = make_window()

    def fill_in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TeamProjectDialog)
        dialog.host.setText(_without_password(team_url))  # as the lead mailed it
        dialog.buttons.buttons()[0].click()

    QTimer.singleShot(0, fill_in_the_dialog)
    window.actions[ActionId.OPEN_TEAM_PROJECT].trigger()

    assert window.workbench is not None, window.last_error
    assert window.workbench.project.on_server
    assert window.document_panel.model.document_count() == 2
    assert window.article.text == TEXT
    database = team_url.rsplit("/", 1)[1]
    assert window.windowTitle().startswith(f"{database} — alice")
    assert [echo for _label, echo in prompts] == [QLineEdit.EchoMode.Password] * 2
    assert "did not accept" in prompts[1][0]  # the wrong one was said to be wrong
    window.document_panel.select_document(2)
    window.close_project()
    ui_settings.sync()
    assert ui_settings.get(Setting.RECENT_PROJECTS)[0] == _without_password(team_url)
    assert password not in (tmp_path / "settings.ini").read_text()
    # the recent list reopens it (the password asked again), at the place the coder left
    prompts.clear()
    assert window.welcome.recent.count() == 1
    assert database in window.welcome.recent.item(0).text()
    assert window.open_path(ui_settings.get(Setting.RECENT_PROJECTS)[0]), window.last_error
    assert len(prompts) == 2 and window.workbench.project.on_server
    assert window.article.text == OTHER


def test_cancelling_the_password_prompt_opens_nothing(
    make_window, team_url: str, monkeypatch
) -> None:
    monkeypatch.setattr(team_project.QInputDialog, "getText", lambda *_a, **_k: ("", False))
    window = make_window()
    assert not window.open_path(_without_password(team_url))
    assert window.workbench is None and window.last_error == ""


# -- live updates --


def test_other_coders_work_shows_within_a_second(make_window, team_url: str, qtbot) -> None:
    window = make_window(team_url)
    window.external_changes.timer.stop()  # only the notifications may bring the news
    other = open_project(team_url)
    try:
        set_status(other, 1, "alice", "done")  # alice, on her laptop, marked it done
        qtbot.waitUntil(
            lambda: window.document_panel.model.find(1).status is CodingStatus.DONE,
            timeout=LIVE_MS,
        )
        assert window.statusBar().currentMessage() == (
            "Others changed this project on the server; the window shows their changes."
        )
        import_documents(other, _documents("A third article about gas prices."))
        qtbot.waitUntil(lambda: window.document_panel.model.document_count() == 3, timeout=LIVE_MS)
        create_code(other, "actor", "Erdogan")  # the lead edits the codebook
        qtbot.waitUntil(
            lambda: "Erdogan" in [c.label for c in window.workbench.index.variable("actor").codes],
            timeout=LIVE_MS,
        )
        # blind coding: bob's span is counted as hidden, never shown
        create_annotation(other, document=1, coder="bob", start=0, end=5)
        qtbot.waitUntil(lambda: "1 span" in window.hidden_label.text(), timeout=LIVE_MS)
        assert window.article.records() == []
    finally:
        other.close()


def test_the_windows_own_edits_are_not_reread(make_window, team_url: str, qtbot) -> None:
    window = make_window(team_url)
    refreshes = window.external_changes.refreshes
    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")  # actor: Government
    assert [r.quote for r in window.article.records()] == ["Putin"]
    other = open_project(team_url)
    try:
        set_status(other, 2, "bob", "done")  # someone else's commit, after ours
        qtbot.waitUntil(lambda: window.external_changes.refreshes > refreshes, timeout=LIVE_MS)
        assert window.external_changes.refreshes == refreshes + 1  # bob's only, not ours
        window.undo_stack.undo()  # undo stays the coder's own
        assert list_annotations(other, document=1) == []
    finally:
        other.close()


# -- outages --


def _editing_on(window: MainWindow) -> bool:
    return window.actions[ActionId.CODE_SELECTION].isEnabled()


def test_a_lost_server_pauses_editing_and_it_comes_back_by_itself(
    make_window, team_url: str, postgres_cluster, qtbot
) -> None:
    window = make_window(team_url)
    select(window, 0, 5)
    qtbot.keyClick(window.article, "g")
    assert window.actions[ActionId.UNDO].isEnabled()
    postgres_cluster.stop()
    try:
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=LIVE_MS)
        assert "Connection to the server lost — reconnecting…" in window.connection_banner.text()
        assert not _editing_on(window)
        assert not window.actions[ActionId.UNDO].isEnabled()
        assert not window.actions[ActionId.MARK_DONE].isEnabled()
        assert window.article.text == TEXT  # what it shows stays readable
        assert [r.quote for r in window.article.records()] == ["Putin"]
        select(window, 6, 14)
        qtbot.keyClick(window.article, "s")  # a code key while offline: refused, said why
        assert "editing is paused" in window.statusBar().currentMessage()
        assert window.last_error == ""
    finally:
        postgres_cluster.start()
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=10_000)
    assert _editing_on(window) and window.actions[ActionId.UNDO].isEnabled()
    assert window.statusBar().currentMessage() == (
        "Connected to the server again; editing is back on."
    )
    select(window, 6, 14)
    qtbot.keyClick(window.article, "s")  # claim: Support
    with open_project(team_url) as other:
        quotes = sorted(a.quote for a in list_annotations(other, document=1))
    assert quotes == ["Putin", "stressed"]


def test_a_write_that_failed_is_named_to_the_coder(
    make_window, team_url: str, postgres_cluster, qtbot
) -> None:
    window = make_window(team_url)
    select(window, 0, 5)
    postgres_cluster.stop()  # the window has not heard yet: no events ran since
    try:
        qtbot.keyClick(window.article, "g")
        assert window.last_error.startswith("Your change was not saved: Code span “Putin”.")
        assert window.connection_banner.isVisible() and not _editing_on(window)
        assert window.article.records() == []  # nothing shown that is not saved
    finally:
        postgres_cluster.start()
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=10_000)
    with open_project(team_url) as other:
        assert list_annotations(other, document=1) == []


# -- background work on a server project --


def test_background_jobs_reopen_the_project_with_the_typed_password(
    make_window, team_url: str, postgres_cluster, tmp_path: Path, monkeypatch, qtbot
) -> None:
    from PySide6.QtWidgets import QDialog

    from annotator.ui.imports.preview import ImportPreviewDialog

    asked: list[str] = []

    def type_password(_parent, _title, label, *_args, **_kwargs):
        asked.append(label)
        return postgres_cluster.password, True

    monkeypatch.setattr(team_project.QInputDialog, "getText", type_password)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = make_window(_without_password(team_url))
    article = tmp_path / "pipeline.txt"
    article.write_text("Pipeline talks\n\nThe two ministers discussed the pipeline.\n")
    window.file_tools.articles.import_paths([article])  # read and stored on worker threads
    qtbot.waitUntil(lambda: window.document_panel.model.document_count() == 3, timeout=10_000)
    window.file_tools.articles.summary.close()
    assert len(asked) == 1 and window.last_error == ""  # asked once, at opening


def test_coder_copies_of_a_team_project_are_refused_with_a_reason(
    make_window, team_url: str, postgres_cluster, monkeypatch
) -> None:
    from annotator.ui.coders import workflows

    shown: list[str] = []
    monkeypatch.setattr(
        workflows.QMessageBox, "information", lambda _w, _t, text: shown.append(text)
    )
    window = make_window(team_url)
    window.actions[ActionId.CREATE_CODER_COPIES].trigger()
    assert len(shown) == 1 and "annotator copy postgresql://" in shown[0]
    assert postgres_cluster.password not in shown[0]


# -- a team project reached like a file: at start-up, and handed over by another launch --


def test_a_bare_start_reopens_the_last_team_project(
    make_window, team_url: str, ui_settings, qtbot
) -> None:
    from annotator.ui.application import launch

    window = make_window(team_url)
    window.document_panel.select_document(2)
    window.close()
    assert ui_settings.get(Setting.REOPEN_PROJECT) == _without_password(team_url)
    ui_settings.set(Setting.REOPEN_PROJECT, team_url)  # as if libpq's places gave the password
    again = launch([], ui_settings).first
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.workbench is not None, timeout=10_000)
    assert again.workbench.project.on_server and again.article.text == OTHER
    again.close()


def test_another_launch_hands_over_a_team_project_url(
    make_window, team_url: str, ui_settings, qtbot
) -> None:
    from annotator.ui.single_instance import request_for
    from annotator.ui.windows import Windows

    request = request_for([team_url])
    assert request.paths == (team_url,)  # a URL is not made into a path
    window = make_window()
    windows = Windows(ui_settings, window)
    database = team_url.rsplit("/", 1)[1]
    assert windows.accept(request) == f"Opening {database} in the running Annotator window."
    qtbot.waitUntil(lambda: window.workbench is not None, timeout=10_000)
    assert window.workbench.project.on_server
    assert windows.window_with(_without_password(team_url)) is window  # one project, one window


def test_a_burst_of_other_coders_commits_brings_one_refresh(
    make_window, team_url: str, qtbot
) -> None:
    window = make_window(team_url)
    window.external_changes.timer.stop()
    refreshes = window.external_changes.refreshes
    other = open_project(team_url)

    took: list[float] = []

    def bob_codes() -> None:  # twenty spans in quick succession, while the window runs
        started = time.monotonic()
        for start in range(0, 80, 4):
            create_annotation(other, document=1, coder="bob", start=start, end=start + 3)
        took.append(time.monotonic() - started)

    bob = threading.Thread(target=bob_codes)
    try:
        bob.start()
        qtbot.waitUntil(lambda: "20 spans" in window.hidden_label.text(), timeout=LIVE_MS)
        bob.join()
        # one refresh per gathering interval at most (plus the last), not one per span
        most = int(took[0] * 1000 / GATHER_MS) + 2
        assert window.external_changes.refreshes - refreshes <= min(most, 19)
    finally:
        bob.join()
        other.close()


def test_a_silent_network_drop_is_noticed_and_survived(
    make_window, team_url: str, postgres_cluster, monkeypatch, qtbot
) -> None:
    from silent_network import SilentNetwork

    from annotator.db import notifications

    monkeypatch.setattr(notifications, "HEARTBEAT_S", 0.5)  # notice sooner than a real app
    monkeypatch.setattr(notifications, "ANSWER_S", 1.0)
    network = SilentNetwork(postgres_cluster.port)
    try:
        window = make_window(network.url(team_url))
        network.cut.set()  # no error, no closed connection: silence
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=10_000)
        assert not _editing_on(window) and window.article.text == TEXT
        window.document_panel.select_document(2)  # nothing to read it from: TEXT stays
        assert window.article.text == TEXT and window.workbench.document_id == 1
        assert "once it is back" in window.statusBar().currentMessage()
        network.cut.clear()
        qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=15_000)
        counter = window.workbench.project.change_counter()
        select(window, 0, 5)
        qtbot.keyClick(window.article, "g")  # through the new pool: still the window's own
        assert window.last_error == ""
        with open_project(team_url) as other:
            assert [a.quote for a in list_annotations(other, document=1)] == ["Putin"]
            set_status(other, 2, "bob", "done")
        qtbot.waitUntil(lambda: window.workbench.project.change_counter() > counter)
        assert window.workbench.project.change_counter() == counter + 1  # bob's, not ours
    finally:
        network.cut.clear()
        network.close()


def test_closing_a_window_cut_off_from_its_server_does_not_wait_on_the_network(
    make_window, team_url: str, postgres_cluster, monkeypatch, qtbot
) -> None:
    from silent_network import SilentNetwork

    from annotator.db import notifications

    monkeypatch.setattr(notifications, "HEARTBEAT_S", 0.5)
    monkeypatch.setattr(notifications, "ANSWER_S", 1.0)
    network = SilentNetwork(postgres_cluster.port)
    try:
        window = make_window(network.url(team_url))
        network.cut.set()
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=10_000)
        started = time.monotonic()
        window.close_project()
        assert time.monotonic() - started < 3  # not the 10 s of a dead connection's timeout
        assert window.workbench is None and not window.connection_banner.isVisible()
    finally:
        network.cut.clear()
        network.close()


def test_files_made_from_a_team_project_are_suggested_in_the_working_folder(
    make_window, team_url: str, tmp_path: Path, monkeypatch, qtbot
) -> None:
    from annotator.ui.coders.export_dialog import ExportDialog

    monkeypatch.chdir(tmp_path)
    window = make_window(team_url)
    dialog = ExportDialog(window.workbench.project.path, [], window)
    qtbot.addWidget(dialog)
    database = team_url.rsplit("/", 1)[1]
    assert Path(dialog.output.text()).parent == tmp_path
    assert Path(dialog.output.text()).name.startswith(f"{database}-codings.")


def test_project_commands_stay_off_on_the_welcome_page(make_window, team_url: str) -> None:
    project_commands = (ActionId.IMPORT_ARTICLES, ActionId.EDIT_CODEBOOK, ActionId.ASSIGN_DOCUMENTS)
    window = make_window()
    assert not any(window.actions[a].isEnabled() for a in project_commands)
    assert window.actions[ActionId.MERGE_PROJECTS].isEnabled()  # makes a new file: no project
    assert window.open_path(team_url), window.last_error
    assert all(window.actions[a].isEnabled() for a in project_commands)
    window.close_project()
    assert not any(window.actions[a].isEnabled() for a in project_commands)
