"""Talks to an OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp, vLLM, hosted
services) with nothing but the standard library.

Rate limits (429), server errors (5xx), timeouts and dropped connections are retried with
exponential backoff, honouring a `Retry-After` header, each wait capped at `MAX_WAIT` seconds.
Errors name the endpoint's host, never the full URL (which might carry a key in its query) and
never the key. A refused key, a wrong path or an unknown model are the user's to fix: an
`EndpointError` with one sentence, not retried.
"""

from __future__ import annotations

import ipaddress
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from annotator.errors import AnnotatorError, InvalidInputError

DEFAULT_ENDPOINT = "http://localhost:11434/v1"  # Ollama's OpenAI-compatible API
RETRIED_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
FIRST_WAIT = 1.0  # seconds before the first retry; doubled each time
MAX_WAIT = 60.0  # no single wait is longer, whatever Retry-After says
ATTEMPTS = 5


class EndpointError(AnnotatorError):
    """The endpoint cannot be used as configured (refused key, wrong URL, unknown model)."""


class EndpointUnavailable(AnnotatorError):
    """The endpoint did not answer usefully after every retry."""


@dataclass(frozen=True)
class ChatAnswer:
    content: str
    prompt_tokens: int | None
    completion_tokens: int | None


def endpoint_host(endpoint: str) -> str:
    """The host (and port) of an endpoint URL: what provenance and messages show of it."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            "--endpoint must be an http(s) URL such as http://localhost:11434/v1"
        )
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


def is_local_endpoint(endpoint: str) -> bool:
    """Whether requests stay on this machine: localhost, 127.0.0.0/8 or ::1."""
    host = (urlsplit(endpoint).hostname or "").rstrip(".").casefold()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


@dataclass
class ChatClient:
    endpoint: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 300.0
    attempts: int = ATTEMPTS
    sleep: Callable[[float], None] = time.sleep
    on_retry: Callable[[str, float], None] | None = None  # (why, seconds) before each wait

    @property
    def host(self) -> str:
        return endpoint_host(self.endpoint)

    @property
    def url(self) -> str:
        return self.endpoint.rstrip("/") + "/chat/completions"

    def _request(self, body: dict[str, Any]) -> urllib.request.Request:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        return urllib.request.Request(self.url, data=data, headers=headers, method="POST")

    def complete(self, body: dict[str, Any]) -> ChatAnswer:
        """Send one chat-completions request; retries as the module docstring says."""
        wait = FIRST_WAIT
        for attempt in range(1, self.attempts + 1):
            try:
                with urllib.request.urlopen(self._request(body), timeout=self.timeout) as reply:
                    return self._answer(reply.read())
            except urllib.error.HTTPError as error:
                detail = self._hide_key(_error_detail(error))
                if error.code not in RETRIED_STATUSES:
                    raise self._refusal(error.code, detail) from None
                why = f"HTTP {error.code}{detail}"
                delay = _retry_after(error.headers)
            except TimeoutError:
                why, delay = f"no answer within {self.timeout:g} s", None
            except urllib.error.URLError as error:
                reason = error.reason
                if isinstance(reason, TimeoutError):
                    why = f"no answer within {self.timeout:g} s"
                else:
                    why = f"cannot connect ({getattr(reason, 'strerror', None) or reason})"
                delay = None
            except (ConnectionError, OSError) as error:
                why, delay = f"connection failed ({error.strerror or error})", None
            if attempt == self.attempts:
                raise EndpointUnavailable(
                    f"{self.host} did not answer after {self.attempts} attempts: {why}"
                )
            seconds = min(MAX_WAIT, wait if delay is None else delay)
            if self.on_retry is not None:
                self.on_retry(why, seconds)
            self.sleep(seconds)
            wait = min(MAX_WAIT, wait * 2)
        raise AssertionError("unreachable")

    def _hide_key(self, text: str) -> str:
        return text.replace(self.api_key, "[key]") if self.api_key else text

    def _refusal(self, status: int, detail: str) -> EndpointError:
        if status in (401, 403):
            return EndpointError(
                f"{self.host} refused the request (HTTP {status}{detail}); check the API key"
            )
        if status == 404:
            return EndpointError(
                f"{self.host} has no chat-completions endpoint at this URL or no model "
                f"{self.model!r} (HTTP 404{detail}); check --endpoint and --model"
            )
        return EndpointError(f"{self.host} rejected the request (HTTP {status}{detail})")

    def _answer(self, payload: bytes) -> ChatAnswer:
        try:
            reply = json.loads(payload)
            content = reply["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise EndpointError(
                f"{self.host} did not answer as a chat-completions endpoint does; check --endpoint"
            ) from None
        usage = reply.get("usage") if isinstance(reply.get("usage"), dict) else {}
        return ChatAnswer(
            content if isinstance(content, str) else json.dumps(content),
            _count(usage.get("prompt_tokens")),
            _count(usage.get("completion_tokens")),
        )


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _error_detail(error: urllib.error.HTTPError) -> str:
    """The server's own short reason (OpenAI-style {"error": {"message": ...}}), if any."""
    try:
        body = json.loads(error.read(4096) or b"{}")
    except (ValueError, OSError):
        return ""
    message = body.get("error") if isinstance(body, dict) else None
    if isinstance(message, dict):
        message = message.get("message")
    if not isinstance(message, str) or not message.strip():
        return ""
    return f": {' '.join(message.split())[:200]}"
