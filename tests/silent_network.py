"""A TCP relay to the test server that can fall silent like a dropped network.

While `cut`, nothing passes either way and new connections get no answer, yet nothing is closed:
the app sees what a pulled cable or a sleeping Wi-Fi gives it — silence, not an error. When
healed, what waited passes on and new connections go through again.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading

TICK_S = 0.05


class SilentNetwork:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut = threading.Event()
        self._closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(TICK_S)
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self._listener]
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def url(self, url: str) -> str:
        """`url` with its port replaced by the relay's."""
        return url.replace(f":{self.target_port}/", f":{self.port}/")

    def _accept(self) -> None:
        while not self._closed.is_set():
            if self.cut.is_set():  # new connections wait unanswered in the backlog
                self._closed.wait(TICK_S)
                continue
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self._sockets += [client, upstream]
            for source, target in ((client, upstream), (upstream, client)):
                thread = threading.Thread(target=self._pump, args=(source, target), daemon=True)
                self._threads.append(thread)
                thread.start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        while not self._closed.is_set():
            if self.cut.is_set():
                self._closed.wait(TICK_S)
                continue
            try:
                ready, _, _ = select.select([source], [], [], TICK_S)
                if not ready:
                    continue
                data = source.recv(65536)
                if not data:
                    break
                target.sendall(data)
            except OSError:
                break
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._closed.set()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()
        for thread in self._threads:
            thread.join(timeout=2)
