"""The clients' httpx transports: httpx's own, with httpcore's connection pool kept from closing
a connection that a request is using.

httpcore 1.0.9 (the newest as of 2026-11) decides which connections to close in one thread's
pass over the pool, while other threads' requests use them: encode/httpcore#1110. A pass may
see a connection idle an instant before another thread starts a request on it, and close it
under that request. Two ways of seeing it:

- `has_expired()` reads the state (idle), then asks whether the socket is readable: if another
  thread started a request in between and its answer is arriving, the connection looks
  "closed by the server";
- a connection assigned to a queued request stays idle until that request starts on it, so a
  pass may close it as a surplus keep-alive connection or to make room for another origin.

The request then reads from a closed socket (`ReadError: [Errno 9] Bad file descriptor`), or
waits on it until its read timeout. For a queue submit, a paid POST that is never repeated once
sent, that is an error saying fal may have enqueued it (seen in this project's tests with six
threads on a pool of four).

httpcore offers no hook for this, so the pool's own pass is wrapped (not rewritten): the
connections it chose to close are filtered, and one that a request holds is put back unless it
is truly dead (idle and expired, checked in that order after the pass). The upstream fix
proposed in encode/httpcore#1111 makes the same rule. Written against httpcore's private
`_assign_requests_to_connections`, `_requests` and `PoolRequest.connection`: if a release
renames them (or httpx its transport's `_pool`), the pool is httpcore's unchanged, and
tests/runtime/test_pool.py fails.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpcore
import httpx


def _guarded(closing: list[Any], pool: Any) -> list[Any]:
    """The connections of `closing` that no request holds, or that are dead; the others are put
    back into the pool. Runs under the pool's lock, as the pass that chose them."""
    if not closing:
        return closing
    held = {id(request.connection) for request in getattr(pool, "_requests", ())}
    kept = [
        connection
        for connection in closing
        # Expiry first, idleness second: a request that starts during has_expired() (the race
        # above) is not idle afterwards.
        if id(connection) in held and not (connection.has_expired() and connection.is_idle())
    ]
    if not kept:
        return closing
    pool._connections.extend(kept)
    return [connection for connection in closing if connection not in kept]


class GuardedPool(httpcore.ConnectionPool):
    """httpcore's pool, never closing a connection that another thread's request is using."""

    def _assign_requests_to_connections(self) -> list[httpcore.ConnectionInterface]:
        return _guarded(super()._assign_requests_to_connections(), self)


class AsyncGuardedPool(httpcore.AsyncConnectionPool):
    """The same for asyncio: a pass closes its connections one `await` at a time, so a task
    may start a request on one of them in between."""

    def _assign_requests_to_connections(self) -> list[httpcore.AsyncConnectionInterface]:
        return _guarded(super()._assign_requests_to_connections(), self)


_GUARDED: dict[type, type] = {
    httpcore.ConnectionPool: GuardedPool,
    httpcore.AsyncConnectionPool: AsyncGuardedPool,
}

T = TypeVar("T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def _guard(made: T) -> T:
    # httpx has no parameter for the pool's class: the pool it made becomes the guarded one,
    # which adds no state of its own.
    pool = getattr(made, "_pool", None)
    guarded = _GUARDED.get(type(pool))
    if guarded is not None:
        pool.__class__ = guarded
    return made


def transport(limits: httpx.Limits) -> httpx.HTTPTransport:
    """httpx's transport with the guarded pool (the one httpx.Client(limits=…) would make)."""
    return _guard(httpx.HTTPTransport(limits=limits))


def async_transport(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    return _guard(httpx.AsyncHTTPTransport(limits=limits))
