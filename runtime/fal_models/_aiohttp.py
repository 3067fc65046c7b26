"""The async client's fast path (`AsyncFalClient(aiohttp=True)`, extra `fal-models[aiohttp]`):
httpx's API on aiohttp's connection pool, through httpx-aiohttp.

httpcore's async pool scans every waiting request on each connection change, so a thousand calls
in flight on one client cost seconds of CPU; aiohttp's pool does not (bench/README.md, scale).
Two things are added here because the runtime's promises depend on them: aiohttp's errors become
the httpx errors that say whether a request may have been sent (httpx-aiohttp turns every lost
connection into `httpx.ConnectTimeout`, "never sent", which would repeat a paid submit that fal
may have enqueued), and httpcore's `trace` extension learns when the request's headers went out
(the deadline of a call uses it the same way).
"""

from __future__ import annotations

import contextlib
import contextvars
import types
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient

__all__ = ["AioHttpClient"]

Trace = Callable[[str, dict[str, Any]], Awaitable[None]]
_trace: contextvars.ContextVar[Trace | None] = contextvars.ContextVar("fal_trace", default=None)
"""The `trace` extension of the request being sent in this task (aiohttp's trace callbacks run
in the task that sends the request)."""


class AioHttpClient(HttpxAiohttpClient):
    """An httpx.AsyncClient whose connections are aiohttp's (limits, proxies from the
    environment and `verify` as httpx takes them)."""

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        return _wrap(super()._init_transport(*args, **kwargs))

    def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        return _wrap(super()._init_proxy_transport(*args, **kwargs))


def _wrap(transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
    if not isinstance(transport, AiohttpTransport):
        return transport  # the caller's own transport, as given
    if transport.client is None:
        transport.client = lambda: _session(transport)
    return _Checked(transport)


def _session(transport: AiohttpTransport) -> aiohttp.ClientSession:
    """The session httpx-aiohttp would make, plus the trace of sent headers; cookies are left
    to httpx (a second jar would send them twice)."""
    limits = transport.limits
    connector = aiohttp.TCPConnector(
        limit=limits.max_connections or 0,
        keepalive_timeout=limits.keepalive_expiry,
        ssl=transport.ssl_context,
    )
    tracing = aiohttp.TraceConfig()
    tracing.on_request_headers_sent.append(_headers_sent)
    return aiohttp.ClientSession(
        connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trace_configs=[tracing]
    )


async def _headers_sent(
    session: aiohttp.ClientSession,
    context: types.SimpleNamespace,
    params: aiohttp.TraceRequestHeadersSentParams,
) -> None:
    trace = _trace.get()
    if trace is not None:
        await trace("http11.send_request_body.started", {})


class _Checked(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport with aiohttp's errors told apart: never sent, or maybe sent."""

    def __init__(self, inner: AiohttpTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        token = _trace.set(request.extensions.get("trace"))
        try:
            with _mapped(request):
                response = await self._inner.handle_async_request(request)
        finally:
            _trace.reset(token)
        response.stream = _Body(response.stream, request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Body(httpx.AsyncByteStream):
    def __init__(self, stream: Any, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._request, reading=True):
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        with _mapped(self._request, reading=True):
            await self._stream.aclose()


@contextlib.contextmanager
def _mapped(request: httpx.Request, *, reading: bool = False) -> Iterator[None]:
    """aiohttp's errors (and httpx-aiohttp's renderings of them) raised as `_as_httpx` says."""
    try:
        yield
    except (httpx.TransportError, aiohttp.ClientError) as exc:
        error = _as_httpx(exc, request, reading=reading)
        if error is exc:
            raise
        raise error from exc


def _as_httpx(
    exc: BaseException, request: httpx.Request, *, reading: bool = False
) -> httpx.TransportError:
    """The httpx error for what aiohttp saw (httpx-aiohttp keeps it as the cause); an httpx error
    that aiohttp did not cause, as it is."""
    cause = exc if isinstance(exc, aiohttp.ClientError) else exc.__cause__
    if not isinstance(cause, aiohttp.ClientError) and isinstance(exc, httpx.TransportError):
        return exc
    message = str(cause or exc)
    if not reading:
        if isinstance(cause, aiohttp.ClientConnectorError):
            return httpx.ConnectError(message, request=request)
        if isinstance(cause, aiohttp.ConnectionTimeoutError):
            # Waiting for a pooled connection or opening one: nothing was sent.
            return httpx.ConnectTimeout(message, request=request)
        if isinstance(cause, aiohttp.InvalidURL):
            return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(cause, aiohttp.ServerTimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(cause, aiohttp.ClientPayloadError):
        return httpx.ReadError(message, request=request)
    # Anything else broke the exchange once it may have begun.
    return httpx.RemoteProtocolError(message, request=request)
