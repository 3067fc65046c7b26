"""Ending an HTTP call at its deadline, for the drivers: httpx's timeouts bound each wait on its
own (a connect, each write, each read), so a server that answers slowly phase after phase, or
trickles its body a byte at a time, outlasts any of them."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

import httpx

__all__ = ["Cutoff", "Phases", "past_deadline"]


class Phases:
    """One request with a deadline, followed through httpcore's `trace` extension: whether any
    of it was sent yet, and each phase's timeouts cut to the time left as the phase begins
    (httpx's timeouts bound each wait on its own: a connect, then a write, then a wait for the
    answer could add up to several times the time left)."""

    def __init__(self, request: httpx.Request, deadline: float, clock: Callable[[], float]):
        self.sent = False
        self._deadline = deadline
        self._clock = clock
        timeouts = request.extensions.get("timeout")
        self._timeouts: dict[str, float | None] = timeouts if isinstance(timeouts, dict) else {}
        self._limits = dict(self._timeouts)
        request.extensions["trace"] = self.trace

    def trace(self, event: str, info: object) -> None:
        if not event.endswith(".started") or "response_closed" in event:
            return
        if "send_request_body" in event or "receive_response" in event:
            self.sent = True  # the request's headers, at least, are on the wire
        left = self._deadline - self._clock()
        if left <= 0:
            raise self.expired()
        for name, limit in self._limits.items():
            self._timeouts[name] = left if limit is None else min(limit, left)

    async def atrace(self, event: str, info: object) -> None:
        self.trace(event, info)

    def expired(self) -> httpx.TimeoutException:
        if self.sent:
            return httpx.ReadTimeout("the call's deadline passed after its request was sent")
        return httpx.ConnectTimeout("the call's deadline passed before its request was sent")


def past_deadline() -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the call's deadline passed while reading its answer")


class Cutoff:
    """Ends the body of a response at its deadline (blocking driver): a timer shuts the socket
    down, so that a read blocked on a stalled or trickling server returns at once. It is
    disarmed when the body closes, before the connection can go back to the pool."""

    def __init__(self, response: httpx.Response, seconds: float) -> None:
        self.fired = False
        self._armed = True
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        network = response.extensions.get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
        if isinstance(sock, socket.socket) and isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _Disarming(response.stream, self)
            self._timer = threading.Timer(max(seconds, 0.0), self._fire, (sock,))
            self._timer.daemon = True
            self._timer.start()

    def _fire(self, sock: socket.socket) -> None:
        with self._lock:
            if not self._armed:
                return
            self.fired = True
            with contextlib.suppress(OSError):
                # The plain socket's shutdown, even under TLS: ssl.SSLSocket.shutdown would also
                # drop the TLS state that the blocked read is using.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def disarm(self) -> None:
        with self._lock:
            self._armed = False
        if self._timer is not None:
            self._timer.cancel()


class _Disarming(httpx.SyncByteStream):
    """A response body that disarms its cutoff before it is closed."""

    def __init__(self, stream: httpx.SyncByteStream, cutoff: Cutoff) -> None:
        self._stream = stream
        self._cutoff = cutoff

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        self._cutoff.disarm()
        self._stream.close()
