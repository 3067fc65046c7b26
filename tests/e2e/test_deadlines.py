"""A 2 s `client_timeout` (or a handle's `result(timeout=2)`) ends the call within 2.25 s over
real sockets, whatever the server does: a submit whose connection is never accepted or whose
answer never comes, a status stream of nothing but keep-alives or of one byte every half
second (one of unreadable events ends at once, in a MalformedResponseError), a status poll or a result fetch that never answers, a Retry-After far
beyond the deadline.

Each case runs on both clients against a small loopback server written for it (`Misbehaving`),
which counts what reached it: the submit arrives at most once, and a request whose id the
client knew is cancelled there when the time runs out (unless it had completed). The overruns
are printed at the end (`pytest tests/e2e/test_deadlines.py -s`).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import fal_models._aiohttp  # noqa: F401  (aiohttp=True imports it: here, not in a timed call)
import pytest
from fal_models import (
    AsyncFalClient,
    FalClient,
    MalformedResponseError,
    RateLimitError,
    RequestTimeoutError,
)

KEY = "fake-id-deadlines:fake-secret-for-tests"
RID = "req-stalled"
DEADLINE = 2.0
ALLOWED = 2.25
"""The deadline plus what the time check, the cancel and a loaded machine may take."""
OUTPUT = {
    "images": [],
    "seed": 7,
    "timings": {},
    "has_nsfw_concepts": [],
    "prompt": "x",
}
GIVE_UP = 20.0
"""Seconds after which the server stops misbehaving (a broken client then fails, not hangs)."""
OVERRUNS: dict[str, float] = {}
"""Per case, seconds past the deadline the call took."""

pytestmark = pytest.mark.long


class Misbehaving(ThreadingHTTPServer):
    """fal's queue on loopback, misbehaving in one way (`how`); `seen` lists each call that
    reached it (submit, stream, status, result, cancel)."""

    daemon_threads = True

    def __init__(self, how: str) -> None:
        self.how = how
        self.stopping = threading.Event()
        self.seen: list[str] = []
        super().__init__(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join()

    def count(self, call: str) -> int:
        return self.seen.count(call)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Misbehaving

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append("submit")
        if self.server.how == "slow submit answer":
            self._stall()
        elif self.server.how == "Retry-After beyond the deadline":
            body = {"detail": "Too many requests", "error_type": "concurrent_requests_limit"}
            self._json(429, body, {"Retry-After": "3600", "X-Fal-Needs-Retry": "1"})
        else:
            self._json(200, {"request_id": RID, "status": "IN_QUEUE"})

    def do_GET(self) -> None:
        path = self.path.partition("?")[0]
        how = self.server.how
        if path.endswith("/status/stream"):
            self.server.seen.append("stream")
            self._stream()
        elif path.endswith("/status"):
            self.server.seen.append("status")
            if how == "slow status poll":
                self._stall()
            else:
                self._json(202, {"status": "IN_PROGRESS", "request_id": RID, "logs": None})
        else:
            self.server.seen.append("result")
            if how == "slow result fetch":
                self._stall()
            else:
                self._json(200, OUTPUT)

    def do_PUT(self) -> None:
        self.server.seen.append("cancel")
        self._json(202, {"status": "CANCELLATION_REQUESTED"})

    def _json(self, code: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-fal-request-id", RID)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _stall(self) -> None:
        """Never answer (until the server stops, or gives up)."""
        self.server.stopping.wait(GIVE_UP)
        self.close_connection = True

    def _stream(self) -> None:
        how = self.server.how
        if how == "slow status poll":
            self._json(404, {"detail": "Not Found"})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if how == "slow result fetch":
            done = {"status": "COMPLETED", "request_id": RID, "logs": None, "metrics": {}}
            self.wfile.write(f"data: {json.dumps(done)}\n\n".encode())
            return
        piece, every, first = {
            "status stream of pings only": (b": ping\n\n", 0.1, 0.0),
            "status stream of unreadable events": (b"data: {not json\n\n", 0.1, 0.0),
            # One byte each 0.5 s, never a whole line; offset so that no byte comes near the
            # deadline (the last before it at 1.8 s, the next at 2.3 s).
            "trickling status stream": (b":", 0.5, 0.3),
        }[how]
        give_up = time.monotonic() + GIVE_UP
        try:
            if self.server.stopping.wait(first):
                return
            while time.monotonic() < give_up:
                self.wfile.write(piece)
                self.wfile.flush()
                if self.server.stopping.wait(every):
                    return
        except OSError:
            return  # the client went away


class NeverAccepts:
    """A port whose accept queue is full: a connection to it is never established."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._filler = socket.create_connection(self._listener.getsockname())
        self.seen: list[str] = []  # nothing ever reaches an application here

    def count(self, call: str) -> int:
        return self.seen.count(call)

    def close(self) -> None:
        self._filler.close()
        self._listener.close()


class AcceptsLate:
    """A port whose accept queue is full for its first 0.8 s: a connection opens only when the
    kernel repeats its SYN (after 1 s), then the request is read and never answered. httpx's
    read timeout, counted from when the wait for the answer begins, would add to the time the
    connection took."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._filler = socket.create_connection(self._listener.getsockname())
        self.seen: list[str] = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        if self._stopping.wait(0.8):
            return
        filler, _ = self._listener.accept()
        filler.close()
        self._listener.settimeout(GIVE_UP)
        try:
            connection, _ = self._listener.accept()
        except OSError:
            return
        with connection:
            if connection.recv(65536).startswith(b"POST"):
                self.seen.append("submit")
            self._stopping.wait(GIVE_UP)

    def count(self, call: str) -> int:
        return self.seen.count(call)

    def close(self) -> None:
        self._stopping.set()
        self._filler.close()
        self._listener.close()
        self._thread.join()


Server = Misbehaving | NeverAccepts | AcceptsLate

SUBSCRIBE_CASES = [
    "connection never accepted",
    "connection accepted late, then no answer",
    "slow submit answer",
    "status stream of pings only",
    "status stream of unreadable events",
    "trickling status stream",
    "slow status poll",
    "slow result fetch",
    "Retry-After beyond the deadline",
]
SUBMIT_CASES = SUBSCRIBE_CASES[:3]
"""Where the time runs out during the submit."""
RESULT_CASES = ["status stream of pings only", "trickling status stream", "slow result fetch"]


@pytest.fixture
def make_server() -> Iterator[Any]:
    servers: list[Server] = []

    def make(how: str) -> Server:
        server: Server
        if how == "connection never accepted":
            server = NeverAccepts()
        elif how == "connection accepted late, then no answer":
            server = AcceptsLate()
        else:
            server = Misbehaving(how)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    if OVERRUNS:
        worst = max(OVERRUNS, key=lambda case: OVERRUNS[case])
        print(f"\n{DEADLINE:g} s deadline, overrun per case (s):")
        for case, overrun in sorted(OVERRUNS.items()):
            print(f"  {overrun:+.3f}  {case}")
        print(f"worst: {OVERRUNS[worst]:+.3f} s ({worst})")


def settings(server: Server) -> dict[str, Any]:
    return {"key": KEY, "queue_url": server.url, "run_url": server.url}


def timed(mode: str, case: str, server: Server, call: Any) -> tuple[BaseException, float]:
    """Run `call` (a client → value, or awaitable) on a fresh client of `mode` wired to
    `server`; the error it raised and the seconds it took."""

    async def run() -> tuple[BaseException, float]:
        started = time.monotonic()
        try:
            if mode == "sync":
                with FalClient(**kwargs) as fal:
                    call(fal)
            else:
                async with AsyncFalClient(**kwargs, aiohttp=mode == "aiohttp") as afal:
                    await call(afal)
        except Exception as exc:
            return exc, time.monotonic() - started
        raise AssertionError(f"{case}: the call returned")

    kwargs = settings(server)
    error, elapsed = asyncio.run(run())
    OVERRUNS[f"{case} ({mode})"] = elapsed - DEADLINE
    return error, elapsed


@pytest.mark.parametrize("mode", ["sync", "async", "aiohttp"])
@pytest.mark.parametrize("case", SUBSCRIBE_CASES)
def test_client_timeout_bounds_subscribe(make_server: Any, case: str, mode: str) -> None:
    server = make_server(case)
    error, elapsed = timed(
        mode,
        f"subscribe: {case}",
        server,
        lambda fal: fal.qwen_image.subscribe(prompt="x", client_timeout=DEADLINE),
    )
    assert elapsed < ALLOWED, f"{case}: {elapsed:.3f} s"
    assert server.count("submit") <= 1
    if case == "Retry-After beyond the deadline":
        # Never sent again before fal allows it: raised at once.
        assert isinstance(error, RateLimitError) and error.retry_after == 3600.0
        assert elapsed < 0.5 and server.count("submit") == 1
        return
    if case == "status stream of unreadable events":
        # Not a status: a typed error at once, naming the request, which is cancelled.
        assert isinstance(error, MalformedResponseError) and error.request_id == RID, repr(error)
        assert server.count("cancel") == 1 and server.count("submit") == 1
        return
    assert isinstance(error, RequestTimeoutError), repr(error)
    if case in SUBMIT_CASES:
        # The time ran out in the submit: no id to cancel, and the error says if fal has it.
        reached = case != "connection never accepted"
        assert error.request_id is None and error.may_have_been_enqueued == reached
        assert server.count("submit") == reached and server.count("cancel") == 0
    elif case == "slow result fetch":
        assert (error.request_id, error.completed, error.cancelled) == (RID, True, False)
        assert server.count("cancel") == 0  # it had completed: nothing to cancel
    else:
        assert (error.request_id, error.cancelled) == (RID, True)
        assert server.count("cancel") == 1 and server.count("submit") == 1


@pytest.mark.parametrize("mode", ["sync", "async", "aiohttp"])
@pytest.mark.parametrize("case", RESULT_CASES)
def test_a_handles_result_timeout_bounds_the_call(make_server: Any, case: str, mode: str) -> None:
    server = make_server(case)
    error, elapsed = timed(
        mode,
        f"handle.result: {case}",
        server,
        lambda fal: fal.qwen_image.handle(RID).result(timeout=DEADLINE),
    )
    assert elapsed < ALLOWED, f"{case}: {elapsed:.3f} s"
    assert isinstance(error, RequestTimeoutError) and error.request_id == RID
    assert server.count("cancel") == (case != "slow result fetch")
    assert server.count("submit") == 0
