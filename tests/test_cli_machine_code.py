"""`annotator machine-code` against an OpenAI-compatible fake server on 127.0.0.1: what is
stored, rejected and counted, retries, the cache, the dry run, the privacy confirmation, the
API key kept secret, --max-cost. No test reaches the internet."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.db.project import open_project
from annotator.io.imports.documents import ParsedDocument
from annotator.services import machine
from annotator.services.coding.annotations import list_annotations
from annotator.services.coding.statuses import statuses_of
from annotator.services.imports.articles import import_documents
from annotator.services.machine import client as client_module
from annotator.services.machine.suggestions import document_suggestions, list_machine_coders
from annotator.services.projects import new_project
from tests.machine_fake_server import FakeChatServer, Reply, annotations, span

assert machine  # the package is importable headless

PUTIN = (
    "Putin stressed that Russia's energy companies are interested in Turkmenistan. "
    "Gas prices rose sharply."
)
MINISTER = "The minister said the pipeline deal would lower prices for households."
CRITICS = "Critics warned of dependence on imports, officials said on Tuesday."
TEXTS = (PUTIN, MINISTER, CRITICS)
HEAD = "Head of state or government"


def make_project(path: Path, texts: tuple[str, ...] = TEXTS) -> Path:
    with new_project(path) as project:
        import_documents(
            project,
            [(Path(f"{i}.txt"), ParsedDocument(text=t, title=f"Article {i}", source_file=f"{i}"))
             for i, t in enumerate(texts, start=1)],
        )  # fmt: skip
    return path


def good_answer(text: str) -> str:
    """A correct, simple answer: the first three words, coded Energy."""
    quote = " ".join(text.split()[:3])
    return annotations(span(quote, 0, len(quote), sector=["Energy"]))


def always(content_for=good_answer):
    return lambda text, attempt: Reply(content_for(text))


@pytest.fixture
def study(tmp_path: Path) -> Path:
    return make_project(tmp_path / "study.annot")


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "FIRST_WAIT", 0.01)


def machine_code(run_cli, study: Path, server: FakeChatServer, *extra: object):
    return run_cli(
        "machine-code", study, "--endpoint", server.url, "--model", "fake-7b", "--seed", "7", *extra
    )


def test_checked_spans_are_stored_with_provenance_and_rejections_counted(run_cli, study) -> None:
    mixed = annotations(
        span("Putin stressed", 0, 14, actor=[HEAD], claim=["support or endorsement"]),
        span(
            "Gas prices", 75, 85, sector=["Energy"], framing=["Conflict", "Economic consequences"]
        ),
        span("Putin resigned", 0, 14, actor=[HEAD]),
        span("energy companies", 29, 45, sector=["Space travel"]),
        span("Turkmenistan", 64, 76, tone=["positive"]),
        span("Putin stressed", 0, 14, claim=["Proposal", "Prediction"]),
        {"quote": "Gas", "start": "x"},
    )

    def script(text: str, attempt: int) -> Reply:
        return Reply(mixed if text == PUTIN else annotations(), usage=(1000, 50))

    with FakeChatServer(script).running() as server:
        result = machine_code(run_cli, study, server, "--json")
    assert result.exit_code == 0, result.err
    summary = json.loads(result.out)
    assert summary["documents"] == {
        "selected": 3, "coded": 3, "sent": 3, "from_cache": 0, "already_coded": 0,
        "answer_rejected": 0, "left": 0,
    }  # fmt: skip
    assert summary["spans"] == {
        "stored": 2,
        "reanchored": 1,
        "rejected": {
            "invented_quote": 1, "malformed_span": 1, "too_many_codes": 1, "unknown_code": 1,
            "unknown_variable": 1,
        },
    }  # fmt: skip
    assert summary["tokens"]["prompt"] == 3000 and summary["tokens"]["completion"] == 150
    with open_project(study) as project:
        stored = list_annotations(project, coder="fake-7b")
        assert [(a.start, a.end, a.quote, a.values) for a in stored] == [
            (0, 14, "Putin stressed", {"actor": [HEAD], "claim": ["Support or endorsement"]}),
            (78, 88, "Gas prices",
             {"sector": ["Energy"], "framing": ["Conflict", "Economic consequences"]}),
        ]  # fmt: skip
        assert [coder.name for coder in list_machine_coders(project)] == ["fake-7b"]
        assert statuses_of(project, "fake-7b") == {1: "done", 2: "done", 3: "done"}
        from annotator.services.machine.provenance import list_machine_runs

        (run_record,) = list_machine_runs(project, "fake-7b")
        assert (run_record.model, run_record.seed, run_record.annotations) == ("fake-7b", 7, 2)
        assert run_record.variables == ("actor", "claim", "sector", "framing")
        assert run_record.summary["documents"]["coded"] == 3
        suggestion = document_suggestions(project, 1)[0]
        assert (suggestion.model, suggestion.endpoint_host) == ("fake-7b", server.url[7:-3])
    connection = sqlite3.connect(study)
    try:
        run = connection.execute(
            "SELECT model, endpoint_host, prompt_version, length(prompt_hash), temperature, seed,"
            " prompt_tokens, completion_tokens, finished_at IS NOT NULL FROM machine_run"
        ).fetchall()
        assert run == [("fake-7b", server.url[7:-3], "1", 64, 0.0, 7, 3000, 150, 1)]
        raw = connection.execute("SELECT response_text FROM machine_response").fetchall()
        assert (mixed,) in raw and len(raw) == 3
    finally:
        connection.close()
    sent = server.requests[0].body
    assert sent["model"] == "fake-7b" and sent["temperature"] == 0 and sent["seed"] == 7
    assert sent["response_format"]["type"] == "json_schema"
    schema = sent["response_format"]["json_schema"]["schema"]
    codes = schema["properties"]["annotations"]["items"]["properties"]["codes"]
    assert set(codes["properties"]) == {"actor", "claim", "sector", "framing"}
    assert "Energy" in codes["properties"]["sector"]["items"]["enum"]
    system = sent["messages"][0]["content"]
    assert "'Energy'" in system and "Do not use when:" in system and "Definition:" in system
    assert [request.text for request in server.requests] == list(TEXTS)  # the text as stored


def test_a_malformed_answer_is_rejected_whole_and_asked_again(run_cli, study) -> None:
    replies = {1: Reply("{not json"), 2: Reply(good_answer(MINISTER))}

    def script(text: str, attempt: int) -> Reply:
        return replies[attempt] if text == MINISTER else Reply(good_answer(text))

    with FakeChatServer(script).running() as server:
        first = machine_code(run_cli, study, server, "--json")
        assert first.exit_code == 1
        summary = json.loads(first.out)
        assert summary["documents"]["answer_rejected"] == 1
        assert summary["documents"]["left"] == 1
        assert summary["spans"]["rejected"] == {"malformed_answer": 1}
        with open_project(study) as project:
            assert list_annotations(project, document=2) == []
        second = machine_code(run_cli, study, server, "--json")
    assert second.exit_code == 0, second.err
    assert json.loads(second.out)["documents"]["already_coded"] == 2
    assert server.asked(MINISTER) == 2 and server.asked(PUTIN) == 1
    with open_project(study) as project:
        assert [a.quote for a in list_annotations(project, document=2)] == ["The minister said"]


def test_a_second_run_sends_nothing_and_the_cache_serves_another_coder(run_cli, study) -> None:
    with FakeChatServer(always()).running() as server:
        first = machine_code(run_cli, study, server)
        assert first.exit_code == 0
        assert "[2/3] document 2 (Article 2) answered: 1 spans stored, 120 tokens" in first.err
        assert "Documents: 3 selected, 3 coded (3 sent, 0 from the cache)" in first.out
        assert len(server.requests) == 3
        again = machine_code(run_cli, study, server, "--json")
        assert "[1/3] document 1 (Article 1): already coded" in again.err
        assert json.loads(again.out)["documents"]["already_coded"] == 3
        other = machine_code(run_cli, study, server, "--coder", "fake-again", "--json")
        assert json.loads(other.out)["documents"]["from_cache"] == 3
        assert len(server.requests) == 3  # nothing sent twice
        changed = machine_code(run_cli, study, server, "--temperature", "0.5", "--json")
        assert json.loads(changed.out)["documents"]["sent"] == 3  # another prompt: asked anew
    with open_project(study) as project:
        assert len(list_annotations(project, coder="fake-7b")) == 3  # replaced, not doubled
        assert len(list_annotations(project, coder="fake-again")) == 3


@pytest.mark.parametrize(
    ("first", "said"),
    [
        (Reply(status=429, headers={"Retry-After": "0"}, error="slow down"), "HTTP 429: slow down"),
        (Reply(status=500, error="overloaded"), "HTTP 500: overloaded"),
        (Reply(good_answer(MINISTER), delay=3), "no answer within 0.5 s"),
    ],
    ids=["429", "500", "timeout"],
)
def test_rate_limits_errors_and_timeouts_are_retried(run_cli, study, first, said) -> None:
    def script(text: str, attempt: int) -> Reply:
        return first if text == MINISTER and attempt == 1 else Reply(good_answer(text))

    with FakeChatServer(script).running() as server:
        result = machine_code(run_cli, study, server, "--timeout", "0.5")
    assert result.exit_code == 0, result.err
    assert said in result.err and "trying again" in result.err
    assert server.asked(MINISTER) == 2
    with open_project(study) as project:
        assert len(list_annotations(project, coder="fake-7b")) == 3


def test_retry_after_is_honoured_and_capped() -> None:
    waits: list[float] = []
    replies = iter([Reply(status=429, headers={"Retry-After": "7"}),
                    Reply(status=503, headers={"Retry-After": "86400"}),
                    Reply(status=502), Reply("{}")])  # fmt: skip
    with FakeChatServer(lambda text, attempt: next(replies)).running() as server:
        chat = client_module.ChatClient(server.url, "m", sleep=waits.append)
        answer = chat.complete({"model": "m", "messages": [{"role": "user", "content": "x"}]})
    assert answer.content == "{}"
    assert waits == [7.0, client_module.MAX_WAIT, 0.04]  # the third: doubled backoff, no header


def test_the_dry_run_prints_the_request_and_the_estimate_and_sends_nothing(run_cli, study) -> None:
    before = study.read_bytes()
    with FakeChatServer(always()).running() as server:
        result = machine_code(run_cli, study, server, "--dry-run", "--documents", "2,3")
        as_json = machine_code(run_cli, study, server, "--dry-run", "--json")
    assert result.exit_code == 0, result.err
    assert server.requests == []
    assert json.dumps(MINISTER)[1:-1] in result.out and "Definition:" in result.out
    assert "Estimated tokens:" in result.out and "for 2 documents to send" in result.out
    report = json.loads(as_json.out)
    assert report["request"]["messages"][1]["content"] == PUTIN
    assert report["documents"]["to_send"] == 3
    assert report["estimated_tokens"] > 3 * len(report["request"]["messages"][0]["content"]) // 4
    assert study.read_bytes() == before


def test_a_non_local_endpoint_needs_yes_and_the_key_stays_secret(
    run_cli, study, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services.machine import coding

    secret = "sk-test-3f9a1c77d2"
    monkeypatch.setenv("FAKE_KEY", secret)
    monkeypatch.setattr(client_module, "is_local_endpoint", lambda endpoint: False)
    monkeypatch.setattr(coding, "is_local_endpoint", lambda endpoint: False)
    with FakeChatServer(always()).running() as server:
        refused = machine_code(run_cli, study, server, "--api-key-env", "FAKE_KEY")
        assert refused.exit_code == 2
        assert "will be sent to 127.0.0.1" in refused.err and "--yes" in refused.err
        assert server.requests == []
        result = machine_code(run_cli, study, server, "--api-key-env", "FAKE_KEY", "--yes")
        again = machine_code(run_cli, study, server, "--api-key-env", "FAKE_KEY")
    assert again.exit_code == 0 and "leave" not in again.err  # nothing left to send
    assert result.exit_code == 0, result.err
    assert "leave the machine" in result.err
    assert {r.headers["Authorization"] for r in server.requests} == {f"Bearer {secret}"}
    assert secret not in refused.out + refused.err + result.out + result.err
    assert secret.encode() not in study.read_bytes()


def test_a_refused_key_is_one_line_without_the_key(run_cli, study, monkeypatch) -> None:
    secret = "sk-refused-998877"
    monkeypatch.setenv("FAKE_KEY", secret)
    refusal = Reply(status=401, error=f"Incorrect API key provided: {secret}")
    with FakeChatServer(lambda text, attempt: refusal).running() as server:
        result = machine_code(run_cli, study, server, "--api-key-env", "FAKE_KEY")
    assert result.exit_code == 2
    assert "refused the request (HTTP 401" in result.err and "check the API key" in result.err
    assert secret not in result.err + result.out and len(result.err.splitlines()) == 1
    with open_project(study) as project:
        assert list_machine_coders(project) == []  # nothing changed


def test_an_unset_key_variable_and_a_server_that_is_not_running_change_nothing(
    run_cli, study
) -> None:
    import socket

    unset = run_cli("machine-code", study, "--model", "m", "--api-key-env", "NO_SUCH_VAR_MC21")
    assert unset.exit_code == 2 and "NO_SUCH_VAR_MC21" in unset.err
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    down = run_cli(
        "machine-code", study, "--model", "m", "--endpoint", f"http://127.0.0.1:{port}/v1"
    )
    assert down.exit_code == 2
    assert f"127.0.0.1:{port} did not answer after 5 attempts: cannot connect" in down.err
    assert "Traceback" not in down.err
    with open_project(study) as project:
        assert list_machine_coders(project) == []


def test_max_cost_stops_before_the_estimate_would_exceed_it(run_cli, study) -> None:
    with FakeChatServer(always()).running() as server:
        plan = json.loads(machine_code(run_cli, study, server, "--dry-run", "--json").out)
        per_document = plan["estimated_tokens"] // 3
        result = machine_code(run_cli, study, server, "--max-cost", per_document + 50, "--json")
    assert result.exit_code == 1
    summary = json.loads(result.out)
    assert summary["stopped"] == "max_cost"
    assert summary["documents"]["coded"] == 1 and summary["documents"]["left"] == 2
    assert summary["tokens"]["counted_for_max_cost"] == 120  # as the server counted them
    assert len(server.requests) == 1


def test_selection_variables_and_a_person_as_coder(run_cli, study) -> None:
    from annotator.services.coding.annotations import create_annotation

    with FakeChatServer(always()).running() as server:
        result = machine_code(
            run_cli, study, server, "--documents", "2", "--variables", "sector", "--json"
        )
        assert result.exit_code == 0, result.err
        assert [r.text for r in server.requests] == [MINISTER]
        schema = server.requests[0].body["response_format"]["json_schema"]["schema"]
        codes = schema["properties"]["annotations"]["items"]["properties"]["codes"]
        assert list(codes["properties"]) == ["sector"]
        with open_project(study) as project:
            create_annotation(project, document=1, coder="alice", start=0, end=5)
        person = machine_code(run_cli, study, server, "--coder", "Alice")
        unknown = machine_code(run_cli, study, server, "--variables", "tone")
    assert person.exit_code == 2 and "is a person" in person.err
    assert unknown.exit_code == 2 and "no variable 'tone'" in unknown.err
    assert len(server.requests) == 1


def test_a_killed_run_resumes_without_sending_answered_documents_again(run_cli, tmp_path) -> None:
    import os
    import subprocess
    import sys

    texts = tuple(f"Article {n}: the minister spoke about gas prices." for n in range(1, 6))
    study = make_project(tmp_path / "study.annot", texts)

    def script(text: str, attempt: int) -> Reply:
        return Reply(hang=True) if text == texts[2] else Reply(good_answer(text))

    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    with FakeChatServer(script).running() as server:
        process = subprocess.Popen(
            [sys.executable, "-m", "annotator", "machine-code", str(study),
             "--endpoint", server.url, "--model", "fake-7b", "--seed", "7"],
            env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            server.wait_for(lambda: server.asked(texts[2]) == 1)
        finally:
            process.kill()
            process.wait(30)
    assert [r.text for r in server.requests] == list(texts[:3])
    with open_project(study) as project:
        assert {a.document_id for a in list_annotations(project, coder="fake-7b")} == {1, 2}

    with FakeChatServer(always()).running() as server:
        result = machine_code(run_cli, study, server, "--json")
    assert result.exit_code == 0, result.err
    assert [r.text for r in server.requests] == list(texts[2:])
    summary = json.loads(result.out)["documents"]
    assert (summary["already_coded"], summary["sent"], summary["left"]) == (2, 3, 0)


@pytest.mark.parametrize(
    ("endpoint", "local", "host"),
    [
        ("http://localhost:11434/v1", True, "localhost:11434"),
        ("http://127.0.0.53:8000/v1", True, "127.0.0.53:8000"),
        ("http://[::1]:8080/v1", True, "[::1]:8080"),
        ("https://user:sk-secret@api.example.org/v1?key=sk-secret", False, "api.example.org"),
        ("http://192.168.1.20:11434/v1", False, "192.168.1.20:11434"),
        ("http://0.0.0.0:11434/v1", False, "0.0.0.0:11434"),
    ],
)
def test_only_loopback_endpoints_are_local_and_hosts_show_no_secrets(
    endpoint: str, local: bool, host: str
) -> None:
    assert client_module.is_local_endpoint(endpoint) is local
    assert client_module.endpoint_host(endpoint) == host


def test_the_codings_workbook_carries_the_machine_provenance(run_cli, study, tmp_path) -> None:
    from openpyxl import load_workbook

    long_answer = annotations(span("Putin stressed", 0, 14, sector=["Energy"]),
                              span("x" * 40_000, 0, 1, sector=["Energy"]))  # fmt: skip

    def script(text: str, attempt: int) -> Reply:
        return Reply(long_answer if text == PUTIN else good_answer(text), usage=(500, 40))

    with FakeChatServer(script).running() as server:
        assert machine_code(run_cli, study, server).exit_code == 0
    output = tmp_path / "codings.xlsx"
    assert run_cli("export", study, "-o", output).exit_code == 0
    workbook = load_workbook(output, read_only=True)
    try:
        runs = list(workbook["Machine runs"].values)
        links = list(workbook["Machine annotations"].values)
        responses = list(workbook["Machine responses"].values)
        segments = list(workbook["Segments"].values)
    finally:
        workbook.close()
    run = dict(zip(runs[0], runs[1], strict=True))
    assert run["model"] == "fake-7b" and run["endpoint host"] == server.url[7:-3]
    assert (run["prompt version"], run["seed"], run["temperature"]) == ("1", 7, 0)
    assert (run["prompt tokens"], run["completion tokens"], run["annotations"]) == (1500, 120, 3)
    assert len(run["prompt hash"]) == 64 and run["codebook version"]
    machine_uuids = {row[0] for row in links[1:]}
    uuid_column = segments[0].index("annotation uuid")
    assert machine_uuids == {row[uuid_column] for row in segments[1:]}
    assert {row[3] for row in links[1:]} == {run["run uuid"]}
    texts = [row[-1] for row in responses[1:]]
    assert len(texts) == 3 and all(len(text) <= 32_767 for text in texts)
    assert texts[0].endswith("the full answer is in the project]")


def test_a_project_without_machine_coders_exports_no_machine_sheets(run_cli, study, tmp_path):
    from openpyxl import load_workbook

    output = tmp_path / "codings.xlsx"
    assert run_cli("export", study, "-o", output).exit_code == 0
    workbook = load_workbook(output, read_only=True)
    try:
        assert not any(name.startswith("Machine") for name in workbook.sheetnames)
    finally:
        workbook.close()


def test_a_hosted_endpoints_key_comes_from_the_keyring_if_installed(
    run_cli, study, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    from annotator.services.machine import coding

    secret = "sk-from-keyring-5521"
    asked: list[tuple[str, str]] = []
    keyring = types.ModuleType("keyring")
    keyring.get_password = lambda service, user: asked.append((service, user)) or secret
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    monkeypatch.setattr(client_module, "is_local_endpoint", lambda endpoint: False)
    monkeypatch.setattr(coding, "is_local_endpoint", lambda endpoint: False)
    with FakeChatServer(always()).running() as server:
        result = machine_code(run_cli, study, server, "--yes")
    assert result.exit_code == 0, result.err
    assert asked == [("annotator", server.url[7:-3])]
    assert {r.headers["Authorization"] for r in server.requests} == {f"Bearer {secret}"}
    assert secret not in result.out + result.err
    assert secret.encode() not in study.read_bytes()


def test_info_marks_the_machine_coders(run_cli, study) -> None:
    with FakeChatServer(always()).running() as server:
        assert machine_code(run_cli, study, server).exit_code == 0
    assert json.loads(run_cli("info", study, "--json").out)["machine_coders"] == ["fake-7b"]
    assert "Coders:      fake-7b (machine)" in run_cli("info", study).out
    with open_project(study) as project:
        from annotator.services.projects import project_info

        assert project_info(project).machine_coders == ["fake-7b"]


def test_ctrl_c_stops_the_run_keeps_what_was_answered_and_closes_its_record(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys

    texts = tuple(f"Article {n}: officials discussed gas prices." for n in range(1, 5))
    study = make_project(tmp_path / "study.annot", texts)

    def script(text: str, attempt: int) -> Reply:
        return Reply(hang=True) if text == texts[1] else Reply(good_answer(text))

    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    with FakeChatServer(script).running() as server:
        process = subprocess.Popen(
            [sys.executable, "-m", "annotator", "machine-code", str(study),
             "--endpoint", server.url, "--model", "fake-7b"],
            env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            server.wait_for(lambda: server.asked(texts[1]) == 1)
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 130
    assert "interrupted; what was answered is stored, run again to resume" in err
    assert "Traceback" not in err
    connection = sqlite3.connect(study)
    try:
        summary, finished = connection.execute(
            "SELECT summary, finished_at FROM machine_run"
        ).fetchone()
    finally:
        connection.close()
    assert finished is not None
    assert json.loads(summary)["stopped"] == "cancelled"
    assert json.loads(summary)["documents"]["coded"] == 1


def test_people_cannot_code_under_a_machine_coders_name(run_cli, study) -> None:
    with FakeChatServer(always()).running() as server:
        assert machine_code(run_cli, study, server).exit_code == 0
    result = run_cli(
        "annotate", study, "--coder", "FAKE-7B", "--document", 1, "--start", 0, "--end", 5
    )
    assert result.exit_code == 2
    assert "'fake-7b' is a machine coder" in result.err
    with open_project(study) as project:
        assert len(list_annotations(project, coder="fake-7b")) == 3
