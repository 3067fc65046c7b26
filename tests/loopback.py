"""A purpose-built HTTP server on loopback, for tests whose behaviour depends on the wire.

Each request is answered by the test's own function, which may answer anything a hostile or
broken server could: a body that is not JSON, a Content-Length the body never reaches, a
gigabyte generated lazily, a redirect to itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    """What the server writes back. `body` may be an iterable of chunks (generated lazily);
    `length` is the Content-Length announced (default: the body's, when it is bytes; none
    for an iterable, whose end is then the connection's close). A body shorter than the length
    announced is a body cut short: the connection closes after it."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    length: int | None = -1

    def announced(self) -> int | None:
        if self.length != -1:
            return self.length
        return len(self.body) if isinstance(self.body, bytes) else None


Handler = Callable[[Request], Reply]


class Loopback:
    """`with Loopback(handler) as server:` serves on http://127.0.0.1:<port>; `server.requests`
    keeps what arrived (bodies included)."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Request] = []
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = Request(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query)),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                outer.requests.append(request)
                reply = outer.handler(request)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                announced = reply.announced()
                if announced is not None:
                    self.send_header("Content-Length", str(announced))
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                chunks: Iterable[bytes] = (
                    [reply.body] if isinstance(reply.body, bytes) else reply.body
                )
                try:
                    for chunk in chunks:
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: what these tests are about

            do_GET = do_POST = do_PUT = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Loopback:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


def zeros(total: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """`total` zero bytes, generated a chunk at a time (never held whole)."""
    block = bytes(chunk)
    sent = 0
    while sent < total:
        size = min(chunk, total - sent)
        yield block if size == chunk else block[:size]
        sent += size
