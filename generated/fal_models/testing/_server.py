"""The emulator's HTTP server on a loopback port: threaded (one thread per connection), HTTP/1.1
keep-alive, chunked status streams; injected drops and timeouts break real connections."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from fal_models._redaction import REDACTED
from fal_models.testing._exchange import MAX_DELAY, Handle, Incoming

__all__ = ["LoopbackServer"]

logger = logging.getLogger("fal_models.testing")


class LoopbackServer(ThreadingHTTPServer):
    """Answers every request with `handle`, from background threads between `start()` and
    `stop()`; open connections are tracked so that `stop()` closes them, waiting streams too."""

    daemon_threads = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], handle: Handle) -> None:
        self.answer = handle
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        super().__init__(address, _Handler)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.server_address[0]!s}:{self.port}"

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fal-emulator-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving: waiting streams end, open connections are closed, threads joined."""
        self.stopping.set()
        self.shutdown()
        with self.connections_lock:
            connections = list(self.connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()
        if self._thread is not None:
            self._thread.join()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # small writes (headers, SSE events) must not wait for ACKs
    server: LoopbackServer

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        message = format % args
        split = urlsplit(self.path)
        if split.query:  # a webhook URL's secret, percent-encoded where the log filter misses it
            message = message.replace(self.path, f"{split.path}?{REDACTED}")
        logger.debug("%s %s", self.address_string(), message)

    def _serve(self) -> None:
        split = urlsplit(self.path)
        address = self.server.server_address
        incoming = Incoming(
            method=self.command,
            scheme="http",
            netloc=self.headers.get("Host") or f"{address[0]!s}:{address[1]}",
            path=unquote(split.path),
            query=dict(parse_qsl(split.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
        )
        reply = self.server.answer(incoming)
        stopping = self.server.stopping
        if reply.failure == "timeout":
            # Never answer: the client's own read timeout is what the fault exercises.
            stopping.wait(reply.hold)
            self.close_connection = True
            return
        if reply.delay and stopping.wait(min(reply.delay, MAX_DELAY)):
            self.close_connection = True
            return
        if reply.failure == "drop" and reply.events is None:
            self.close_connection = True
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.events is None:
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for item in reply.events:
                if isinstance(item, float):
                    if stopping.wait(item):
                        self.close_connection = True
                        return
                    continue
                self.wfile.write(b"%x\r\n%s\r\n" % (len(item), item))
                if reply.failure == "drop":
                    self.close_connection = True
                    return
            self.wfile.write(b"0\r\n\r\n")
        finally:
            close = getattr(reply.events, "close", None)
            if close is not None:
                close()

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""
