"""Analysis ▸ Machine Coding… in the real window, against a fake OpenAI-compatible server on the
loopback interface: the estimate before running, the run in the background with its summary and
the new suggestions in the article, Cancel keeping what was answered, and the privacy
confirmation and API key of an endpoint that is not this computer."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.services.machine import client as client_module
from annotator.services.machine import coding as coding_module
from annotator.services.machine.suggestions import document_suggestions
from annotator.ui.actions import ActionId
from annotator.ui.machine import coding_dialog
from annotator.ui.machine.coding_dialog import MachineCodingDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import Setting
from tests.machine_fake_server import FakeChatServer, Reply, annotations, span

TEXTS = (
    "Putin stressed that Russia's energy companies are interested in Turkmenistan.",
    "The minister said the pipeline deal would lower prices for households.",
    "Critics warned of dependence on imports, officials said on Tuesday.",
)


def good_answer(text: str) -> str:
    quote = " ".join(text.split()[:3])
    return annotations(span(quote, 0, len(quote), sector=["Energy"]))


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "FIRST_WAIT", 0.01)


def open_dialog(window: MainWindow, server: FakeChatServer) -> MachineCodingDialog:
    window.actions[ActionId.MACHINE_CODING].trigger()
    dialog = window.machine.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.endpoint.text() == "http://localhost:11434/v1"  # a local Ollama by default
    assert not dialog.run_button.isEnabled()  # no model named yet
    dialog.endpoint.setText(server.url)
    dialog.model.setText("fake-7b")
    return dialog


def run_to_end(qtbot, dialog: MachineCodingDialog) -> None:
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.result.text() != "", timeout=30000)


def test_a_run_shows_its_estimate_codes_in_the_background_and_the_suggestions_appear(
    make_window, ui_settings, articles_project, qtbot
):
    path = articles_project(*TEXTS)
    ui_settings.set(Setting.SHOW_MACHINE_SUGGESTIONS, True)
    window = make_window(path)
    with FakeChatServer(lambda text, attempt: Reply(good_answer(text))).running() as server:
        dialog = open_dialog(window, server)
        assert dialog.estimate.text().startswith("3 documents to send, 0 answered from the cache")
        assert "tokens" in dialog.estimate.text()
        assert "is this computer: the article texts stay on it" in dialog.privacy.text()
        assert server.requests == []  # planning sends nothing
        run_to_end(qtbot, dialog)
    assert len(server.requests) == 3
    assert dialog.result.text().splitlines()[0] == "Coded 3 of 3 documents as fake-7b."
    assert "0 left" in dialog.result.text()
    with open_project(path) as project:
        assert [s.annotation.quote for s in document_suggestions(project, 1)] == [
            "Putin stressed that"
        ]
    assert [(m.start, m.end) for m in window.article.suggestion_marks.marks] == [(0, 19)]
    assert dialog.estimate.text().startswith("0 documents to send, 0 answered from the cache, 3")
    dialog.close()
    again = window.machine.open_dialog()  # a new dialog remembers the endpoint and model
    assert again is not dialog
    assert (again.endpoint.text(), again.model.text()) == (server.url, "fake-7b")


def test_cancel_keeps_what_was_answered_and_a_second_run_resumes(
    make_window, articles_project, qtbot
):
    path = articles_project(*TEXTS)
    window = make_window(path)

    def script(text: str, attempt: int) -> Reply:
        hang = text == TEXTS[1] and attempt == 1  # the second document waits for the test
        return Reply(good_answer(text), hang=hang)

    with FakeChatServer(script).running() as server:
        dialog = open_dialog(window, server)
        dialog.run_button.click()
        server.wait_for(lambda: server.asked(TEXTS[1]) >= 1)
        dialog.job.cancel()
        server.release.set()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=30000)
        assert server.asked(TEXTS[2]) == 0
        assert "Stopped: cancelled. Run again to resume." in dialog.result.text()
        assert "1 left" in dialog.result.text()
        assert dialog.estimate.text().startswith("1 document to send")
        run_to_end(qtbot, dialog)  # resumes: only the third is sent
        assert server.asked(TEXTS[2]) == 1 and server.asked(TEXTS[0]) == 1
    assert "2 already coded" in dialog.result.text() and "0 left" in dialog.result.text()


def test_another_computer_needs_a_confirmation_and_the_key_is_never_shown_or_stored(
    make_window, articles_project, ui_settings, qtbot, monkeypatch, tmp_path: Path
):
    secret = "sk-test-9c1d0e55aa"
    path = articles_project(*TEXTS)
    window = make_window(path)
    for module in (client_module, coding_module, coding_dialog):
        monkeypatch.setattr(module, "is_local_endpoint", lambda endpoint: False)
    asked: list[bool] = []
    with FakeChatServer(lambda text, attempt: Reply(good_answer(text))).running() as server:
        dialog = open_dialog(window, server)
        dialog.key_variable.setText("ANNOTATOR_TEST_KEY")
        assert "will be sent to 127.0.0.1" in dialog.privacy.text()
        monkeypatch.delenv("ANNOTATOR_TEST_KEY", raising=False)
        dialog.run_button.click()
        assert dialog.result.text() == (
            "the environment variable ANNOTATOR_TEST_KEY (API key) is not set"
        )
        monkeypatch.setenv("ANNOTATOR_TEST_KEY", secret)
        monkeypatch.setattr(dialog, "confirm_leaving", lambda: asked.append(False) or False)
        dialog.run_button.click()
        assert asked == [False] and dialog.result.text() == "Nothing was sent."
        assert server.requests == []
        monkeypatch.setattr(dialog, "confirm_leaving", lambda: asked.append(True) or True)
        run_to_end(qtbot, dialog)
    assert asked == [False, True] and len(server.requests) == 3
    assert {r.headers["Authorization"] for r in server.requests} == {f"Bearer {secret}"}
    ui_settings.sync()
    shown = " ".join(label.text() for label in (dialog.estimate, dialog.privacy, dialog.result))
    assert secret not in shown
    assert not any(secret in p.read_text(errors="ignore") for p in tmp_path.glob("*.ini"))
    assert secret.encode() not in path.read_bytes()


def test_without_a_variable_a_hosted_endpoints_key_comes_from_the_keyring(
    make_window, articles_project, qtbot, monkeypatch
):
    import sys
    import types

    secret = "sk-from-keyring-7788"
    asked: list[tuple[str, str]] = []
    keyring = types.ModuleType("keyring")
    keyring.get_password = lambda service, user: asked.append((service, user)) or secret
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    for module in (client_module, coding_module, coding_dialog):
        monkeypatch.setattr(module, "is_local_endpoint", lambda endpoint: False)
    window = make_window(articles_project(*TEXTS))
    with FakeChatServer(lambda text, attempt: Reply(good_answer(text))).running() as server:
        dialog = open_dialog(window, server)
        monkeypatch.setattr(dialog, "confirm_leaving", lambda: True)
        run_to_end(qtbot, dialog)
    assert asked == [("annotator", server.url[len("http://") : -len("/v1")])]
    assert {r.headers["Authorization"] for r in server.requests} == {f"Bearer {secret}"}
    assert secret not in dialog.result.text()
