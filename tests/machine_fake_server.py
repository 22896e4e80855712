"""An OpenAI-compatible chat-completions server on the loopback interface, for the machine-coding
tests: it answers each request as a script says (canned content, an HTTP status with headers, a
delay, or no answer until released) and records what it was sent. Nothing leaves the machine."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str | None = None  # the message content of a 200 answer
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow model)
    hang: bool = False  # answer nothing until `FakeChatServer.release` is set
    usage: tuple[int, int] | None = (100, 20)  # prompt, completion tokens; None: not reported
    error: str = ""  # an OpenAI-style error message with a non-200 status


Script = Callable[[str, int], Reply]  # (document text, how many times it was asked) -> Reply


@dataclass
class Received:
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def text(self) -> str:
        return self.body["messages"][-1]["content"]


class FakeChatServer:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[Received] = []
        self.arrived = threading.Condition()
        self.release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def asked(self, fragment: str) -> int:
        """How many requests carried a document containing `fragment`."""
        return sum(fragment in request.text for request in self.requests)

    def wait_for(self, condition: Callable[[], bool], timeout: float = 60.0) -> None:
        with self.arrived:
            if not self.arrived.wait_for(condition, timeout):
                raise AssertionError("the fake server was not asked what the test waited for")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length))
                if self.path != "/v1/chat/completions":
                    self._send(404, {"error": {"message": "not found"}})
                    return
                received = Received(body, dict(self.headers.items()))
                with server.arrived:
                    asked = sum(r.text == received.text for r in server.requests)
                    server.requests.append(received)
                    server.arrived.notify_all()
                reply = server.script(received.text, asked + 1)
                if reply.hang:
                    server.release.wait(120)
                    return
                if reply.delay:
                    server.release.wait(reply.delay)
                if reply.status != 200:
                    self._send(reply.status, {"error": {"message": reply.error}}, reply.headers)
                    return
                answer: dict[str, Any] = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion",
                    "model": body.get("model"),
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": reply.content},
                            "finish_reason": "stop",
                        }
                    ],
                }
                if reply.usage is not None:
                    answer["usage"] = {
                        "prompt_tokens": reply.usage[0],
                        "completion_tokens": reply.usage[1],
                        "total_tokens": sum(reply.usage),
                    }
                self._send(200, answer, reply.headers)

            def _send(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
                payload = json.dumps(data).encode("utf-8")
                try:
                    self.send_response(status)
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (a timeout): nothing to answer
                    pass

        return Handler

    @contextmanager
    def running(self) -> Iterator[FakeChatServer]:
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.release.set()
            self._server.shutdown()
            self._server.server_close()
            thread.join(10)


def annotations(*spans: dict[str, Any]) -> str:
    """The message content of an answer holding these spans."""
    return json.dumps({"annotations": list(spans)})


def span(quote: str, start: int, end: int, **codes: list[str]) -> dict[str, Any]:
    return {"quote": quote, "start": start, "end": end, "codes": codes}
