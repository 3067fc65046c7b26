"""The two drivers that carry out flows: `SyncDriver` by blocking, `AsyncDriver` by awaiting.

Each owns nothing but its httpx client, its sleep and its clocks, which tests may replace.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, TypeVar

import httpx

from fal_models._flow import Callback, Close, Emit, Flow, NextChunk, NextLine, Now, Op, Send, Sleep
from fal_models._types import Omit

T = TypeVar("T")


class _OpenStreams:
    """Streamed responses of one running flow, closed by the driver when the flow ends."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []
        self.readers: dict[int, Any] = {}
        """Per response, the line or chunk iterator its `NextLine`/`NextChunk` ops advance."""

    def add(self, response: httpx.Response) -> httpx.Response:
        self.responses.append(response)
        return response

    def discard(self, response: httpx.Response) -> None:
        """Forget a closed response, so a long wait does not keep every answer it read."""
        self.readers.pop(id(response), None)
        self.responses = [r for r in self.responses if r is not response]


def _build(http: httpx.Client | httpx.AsyncClient, op: Send) -> httpx.Request:
    request = http.build_request(
        op.method,
        op.url,
        json=op.json,
        content=op.content,
        params=op.params,
        headers=op.headers,
        timeout=httpx.USE_CLIENT_DEFAULT if isinstance(op.timeout, Omit) else op.timeout,
    )
    if op.anonymous and "authorization" not in httpx.Headers(op.headers):
        # A key the caller configured as a default header on their own client stays home.
        request.headers.pop("Authorization", None)
    return request


def _send_options(op: Send) -> dict[str, Any]:
    return {
        "stream": op.stream,
        "follow_redirects": (
            httpx.USE_CLIENT_DEFAULT
            if isinstance(op.follow_redirects, Omit)
            else op.follow_redirects
        ),
        "auth": None if op.anonymous else httpx.USE_CLIENT_DEFAULT,
    }


class SyncDriver:
    """Runs flows on a blocking httpx.Client."""

    def __init__(
        self,
        http: httpx.Client,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.http = http
        self.sleep = sleep
        self.clock = clock
        self.wall_clock = wall_clock

    def drive(self, flow: Flow[T]) -> T:
        """Run a flow to its result, performing each operation it asks for."""
        steps = self.iterate(flow)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                done: T = stop.value
                return done

    def iterate(self, flow: Flow[T]) -> Generator[Any, None, T]:
        """Run a flow, yielding each value it emits; returns the flow's result."""
        streams = _OpenStreams()
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    op = flow.throw(error) if error is not None else flow.send(value)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                value, error = None, None
                if isinstance(op, Emit):
                    yield op.value
                    continue
                try:
                    value = self._perform(op, streams)
                except Exception as exc:
                    error = exc
        finally:
            flow.close()
            for response in streams.responses:
                response.close()

    def _perform(self, op: Op, streams: _OpenStreams) -> Any:
        if isinstance(op, Send):
            response = self.http.send(_build(self.http, op), **_send_options(op))
            return streams.add(response) if op.stream else response
        if isinstance(op, NextLine):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.iter_lines()
            return next(streams.readers[id(op.response)], None)
        if isinstance(op, NextChunk):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.iter_bytes(op.size)
            return next(streams.readers[id(op.response)], None)
        if isinstance(op, Close):
            try:
                if op.drain and not op.response.is_stream_consumed:
                    op.response.read()
            finally:
                op.response.close()
                streams.discard(op.response)
            return None
        if isinstance(op, Sleep):
            self.sleep(op.seconds)
            return None
        if isinstance(op, Now):
            return self.wall_clock() if op.wall else self.clock()
        if isinstance(op, Callback):
            return op.function(*op.args)
        raise TypeError(f"unknown operation {op!r}")


class AsyncDriver:
    """Runs flows on an httpx.AsyncClient."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.http = http
        self.sleep = sleep
        self.clock = clock
        self.wall_clock = wall_clock

    async def drive(self, flow: Flow[T]) -> T:
        """Run a flow to its result, performing each operation it asks for."""
        box: list[T] = []
        async for _ in self._steps(flow, box):
            pass
        return box[0]

    async def iterate(self, flow: Flow[Any]) -> AsyncIterator[Any]:
        """Run a flow, yielding each value it emits."""
        async for value in self._steps(flow, []):
            yield value

    async def _steps(self, flow: Flow[T], box: list[T]) -> AsyncIterator[Any]:
        streams = _OpenStreams()
        value: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    op = flow.throw(error) if error is not None else flow.send(value)
                except StopIteration as stop:
                    box.append(stop.value)
                    return
                value, error = None, None
                if isinstance(op, Emit):
                    yield op.value
                    continue
                try:
                    value = await self._perform(op, streams)
                except Exception as exc:
                    error = exc
        finally:
            flow.close()
            for response in streams.responses:
                await response.aclose()

    async def _perform(self, op: Op, streams: _OpenStreams) -> Any:
        if isinstance(op, Send):
            response = await self.http.send(_build(self.http, op), **_send_options(op))
            return streams.add(response) if op.stream else response
        if isinstance(op, NextLine):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.aiter_lines()
            return await anext(streams.readers[id(op.response)], None)
        if isinstance(op, NextChunk):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.aiter_bytes(op.size)
            return await anext(streams.readers[id(op.response)], None)
        if isinstance(op, Close):
            try:
                if op.drain and not op.response.is_stream_consumed:
                    await op.response.aread()
            finally:
                await op.response.aclose()
                streams.discard(op.response)
            return None
        if isinstance(op, Sleep):
            await self.sleep(op.seconds)
            return None
        if isinstance(op, Now):
            return self.wall_clock() if op.wall else self.clock()
        if isinstance(op, Callback):
            value = op.function(*op.args)
            return await value if inspect.isawaitable(value) else value
        raise TypeError(f"unknown operation {op!r}")
