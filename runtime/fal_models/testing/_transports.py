"""The emulator as httpx transports: requests to fal's hosts answered in-process, with no
socket; injected drops and timeouts raise what httpx raises for the real thing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import httpx

from fal_models.testing._exchange import MAX_DELAY, Handle, Incoming, Reply

__all__ = ["AsyncTransport", "Transport"]


def _incoming(request: httpx.Request, body: bytes) -> Incoming:
    url = request.url
    return Incoming(
        method=request.method,
        scheme=url.scheme,
        netloc=url.netloc.decode("ascii"),
        path=url.path,
        query=dict(url.params),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=body,
    )


def _response(
    request: httpx.Request,
    reply: Reply,
    stream: httpx.SyncByteStream | httpx.AsyncByteStream | None,
) -> httpx.Response:
    if stream is None:
        return httpx.Response(
            reply.status, headers=reply.headers, content=reply.body, request=request
        )
    return httpx.Response(reply.status, headers=reply.headers, stream=stream, request=request)


def _disconnected(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    )


def _cut(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body (incomplete chunked read)",
        request=request,
    )


class _SyncEvents(httpx.SyncByteStream):
    def __init__(self, events: Iterator[bytes | float], request: httpx.Request, cut: bool) -> None:
        self._events, self._request, self._cut = events, request, cut

    def __iter__(self) -> Iterator[bytes]:
        for item in self._events:
            if isinstance(item, float):
                time.sleep(item)
                continue
            yield item
            if self._cut:
                raise _cut(self._request)

    def close(self) -> None:
        close = getattr(self._events, "close", None)
        if close is not None:
            close()


class _AsyncEvents(httpx.AsyncByteStream):
    def __init__(self, events: Iterator[bytes | float], request: httpx.Request, cut: bool) -> None:
        self._events, self._request, self._cut = events, request, cut

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for item in self._events:
            if isinstance(item, float):
                await asyncio.sleep(item)
                continue
            yield item
            if self._cut:
                raise _cut(self._request)

    async def aclose(self) -> None:
        close = getattr(self._events, "close", None)
        if close is not None:
            close()


class Transport(httpx.BaseTransport):
    """Every request answered by `handle`; waits are `time.sleep`s."""

    def __init__(self, handle: Handle) -> None:
        self._handle = handle

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._handle(_incoming(request, request.read()))
        if reply.delay:
            time.sleep(min(reply.delay, MAX_DELAY))
        if reply.failure == "timeout":
            raise httpx.ReadTimeout("timed out (injected by the fal emulator)", request=request)
        if reply.failure == "drop" and reply.events is None:
            raise _disconnected(request)
        stream = None
        if reply.events is not None:
            stream = _SyncEvents(reply.events, request, cut=reply.failure == "drop")
        return _response(request, reply, stream)


class AsyncTransport(httpx.AsyncBaseTransport):
    """`Transport` for httpx.AsyncClient; waits are `asyncio.sleep`s."""

    def __init__(self, handle: Handle) -> None:
        self._handle = handle

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._handle(_incoming(request, await request.aread()))
        if reply.delay:
            await asyncio.sleep(min(reply.delay, MAX_DELAY))
        if reply.failure == "timeout":
            raise httpx.ReadTimeout("timed out (injected by the fal emulator)", request=request)
        if reply.failure == "drop" and reply.events is None:
            raise _disconnected(request)
        stream = None
        if reply.events is not None:
            stream = _AsyncEvents(reply.events, request, cut=reply.failure == "drop")
        return _response(request, reply, stream)
