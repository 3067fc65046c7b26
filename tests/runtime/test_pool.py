"""The clients' connection pool never closes a connection that a request is using
(encode/httpcore#1110, see fal_models._pool): over real sockets, the verdict a racing pass
reaches ("expired") is given to a connection in use, and its request still completes; the rule
that picks which connections a pass may close, case by case; the clients use the guarded pool."""

from __future__ import annotations

import asyncio
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx
import pytest
from fal_models import AsyncFalClient, FalClient, _pool
from fal_models._pool import AsyncGuardedPool, GuardedPool, _guarded

LIMITS = httpx.Limits(max_connections=4)


class _Handler(socketserver.StreamRequestHandler):
    """HTTP/1.1 with keep-alive: `/slow` sends half its body, then the rest once released."""

    server: _Server

    def handle(self) -> None:
        while True:
            line = self.rfile.readline()
            if not line:
                return
            while self.rfile.readline() not in (b"\r\n", b""):
                pass  # the headers: these requests have no body
            if line.split()[1] == b"/slow":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello")
                self.wfile.flush()
                self.server.release.wait(5)
                self.wfile.write(b"world")
            else:
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            self.wfile.flush()


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    release = threading.Event()


@pytest.fixture
def server() -> Iterator[_Server]:
    with _Server(("127.0.0.1", 0), _Handler) as srv:
        srv.release = threading.Event()
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        try:
            yield srv
        finally:
            srv.release.set()
            srv.shutdown()


def _race_with_a_slow_answer(http: httpx.Client, server: _Server) -> bytes:
    """Start a request, then let a pass over the pool judge its connection expired, as the
    race does (readable while it looked idle), and read the rest of the answer."""
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    with http.stream("GET", f"{base_url}/slow") as slow:
        (connection,) = _pool_of(http)._connections
        connection.has_expired = lambda: True  # the racing pass's verdict
        assert http.get(f"{base_url}/fast").text == "ok"  # another request: a pass runs
        server.release.set()
        return slow.read()


def _pool_of(http: httpx.Client | httpx.AsyncClient) -> Any:
    transport: Any = http._transport
    return transport._pool


def test_a_connection_in_use_is_not_closed_under_its_request(server: _Server) -> None:
    with httpx.Client(transport=_pool.transport(LIMITS)) as http:
        assert _race_with_a_slow_answer(http, server) == b"helloworld"


def test_the_race_breaks_httpcores_own_pool(server: _Server) -> None:
    # The control: without the guard the same steps close the socket under the request. If an
    # httpcore release stops doing that, the guard (fal_models._pool) may be dropped.
    with httpx.Client(transport=httpx.HTTPTransport(limits=LIMITS)) as http:
        try:
            body = _race_with_a_slow_answer(http, server)
        except httpx.TransportError:
            return
    pytest.skip(f"httpcore {httpcore.__version__} kept the connection ({body!r})")


@dataclass(eq=False)
class _Connection:
    idle: bool
    expired: bool

    def is_idle(self) -> bool:
        return self.idle

    def has_expired(self) -> bool:
        return self.expired


@dataclass
class _Request:
    connection: _Connection | None


@dataclass
class _Pool:
    _requests: list[_Request]
    _connections: list[_Connection] = field(default_factory=list)


@pytest.mark.parametrize(
    ("held", "idle", "expired", "closed"),
    [
        (False, True, True, True),  # nobody's: closed as httpcore decided
        (False, True, False, True),  # a surplus keep-alive connection nobody holds
        (True, False, True, False),  # in use, judged expired by a racing pass: kept
        (True, True, False, False),  # assigned, not started, surplus or in the way: kept
        (True, True, True, True),  # assigned but dead: closed (its request is re-queued)
    ],
)
def test_which_connections_a_pass_may_close(
    held: bool, idle: bool, expired: bool, closed: bool
) -> None:
    connection, other = _Connection(idle, expired), _Connection(True, True)
    pool = _Pool([_Request(connection if held else None), _Request(None)])
    closing = _guarded([connection, other], pool)
    assert (connection in closing) is closed
    assert (connection in pool._connections) is not closed  # kept ones go back into the pool
    assert other in closing and other not in pool._connections


def test_nothing_to_close_is_left_alone() -> None:
    pool = _Pool([_Request(_Connection(False, False))])
    assert _guarded([], pool) == [] and pool._connections == []


def test_the_clients_use_the_guarded_pool() -> None:
    with FalClient(key="k") as fal:
        assert type(_pool_of(fal._driver.http)) is GuardedPool
    assert type(_pool_of(asyncio.run(_async_http()))) is AsyncGuardedPool


async def _async_http() -> Any:
    async with AsyncFalClient(key="k") as fal:
        return fal._driver.http


def test_the_guarded_pool_keeps_httpx_limits() -> None:
    with httpx.Client(transport=_pool.transport(httpx.Limits(max_connections=7))) as http:
        pool = _pool_of(http)
    assert type(pool) is GuardedPool and pool._max_connections == 7
