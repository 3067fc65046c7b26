"""The sync and async clients: they carry out the protocol flows of _flow, _queue and _uploads.

Every protocol decision lives in those flows; the two classes here differ only in how they
send, read, sleep and call back (blocking or awaiting).
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from os import PathLike
from pathlib import Path
from typing import IO, Any, Self, TypeVar, Unpack

import httpx

from fal_models import _uploads
from fal_models._config import ClientConfig, ClientSettings
from fal_models._flow import Callback, Close, Emit, Flow, NextLine, Op, Send, Sleep

T = TypeVar("T")


class _ClientCommon:
    _config: ClientConfig

    def __repr__(self) -> str:
        return f"{type(self).__name__}(run_url={self._config.run_url!r}, queue_url={self._config.queue_url!r})"

    @property
    def run_url(self) -> str:
        return self._config.run_url

    @property
    def queue_url(self) -> str:
        return self._config.queue_url

    @property
    def config(self) -> ClientConfig:
        return self._config


class _OpenStreams:
    """Streamed responses of one running flow, closed by the client when the flow ends."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []
        self.lines: dict[int, Any] = {}

    def add(self, response: httpx.Response) -> httpx.Response:
        self.responses.append(response)
        return response


def _build(http: httpx.Client | httpx.AsyncClient, op: Send) -> httpx.Request:
    return http.build_request(
        op.method,
        op.url,
        json=op.json,
        content=op.content,
        params=op.params,
        headers=op.headers,
        timeout=op.timeout,
    )


class SyncClientBase(_ClientCommon):
    """Blocking client core. Use it as a context manager, or call `close()`."""

    def __init__(
        self,
        key: str | None = None,
        *,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._config = ClientConfig(key, **settings)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(limits=limits or httpx.Limits(max_connections=100))
        self._sleep: Callable[[float], None] = time.sleep

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upload(
        self,
        data: bytes | IO[bytes],
        content_type: str | None = None,
        file_name: str | None = None,
        *,
        expires_in: int | None = None,
    ) -> str:
        """Upload bytes to fal storage and return their URL (usable in any file input).
        The content type is guessed from the data when not given."""
        file = _uploads.local_file(data, content_type, file_name)
        return self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

    def upload_file(self, path: str | PathLike[str], *, expires_in: int | None = None) -> str:
        """Upload a local file (large ones in parts, read from disk) and return its URL."""
        file = _uploads.local_file(Path(path))
        return self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

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
            response = self._http.send(_build(self._http, op), stream=op.stream)
            return streams.add(response) if op.stream else response
        if isinstance(op, NextLine):
            if id(op.response) not in streams.lines:
                streams.lines[id(op.response)] = op.response.iter_lines()
            return next(streams.lines[id(op.response)], None)
        if isinstance(op, Close):
            if not op.response.is_stream_consumed:
                op.response.read()
            op.response.close()
            return None
        if isinstance(op, Sleep):
            self._sleep(op.seconds)
            return None
        if isinstance(op, Callback):
            return op.function(*op.args)
        raise TypeError(f"unknown operation {op!r}")


class AsyncClientBase(_ClientCommon):
    """Asyncio client core. Use it as an async context manager, or await `close()`."""

    def __init__(
        self,
        key: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        **settings: Unpack[ClientSettings],
    ) -> None:
        self._config = ClientConfig(key, **settings)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            limits=limits or httpx.Limits(max_connections=100)
        )
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def upload(
        self,
        data: bytes | IO[bytes],
        content_type: str | None = None,
        file_name: str | None = None,
        *,
        expires_in: int | None = None,
    ) -> str:
        """Upload bytes to fal storage and return their URL (usable in any file input).
        The content type is guessed from the data when not given."""
        file = _uploads.local_file(data, content_type, file_name)
        return await self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

    async def upload_file(self, path: str | PathLike[str], *, expires_in: int | None = None) -> str:
        """Upload a local file (large ones in parts, read from disk) and return its URL."""
        file = _uploads.local_file(Path(path))
        return await self.drive(_uploads.upload(self._config, file, expires_in=expires_in))

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
            response = await self._http.send(_build(self._http, op), stream=op.stream)
            return streams.add(response) if op.stream else response
        if isinstance(op, NextLine):
            if id(op.response) not in streams.lines:
                streams.lines[id(op.response)] = op.response.aiter_lines()
            return await anext(streams.lines[id(op.response)], None)
        if isinstance(op, Close):
            if not op.response.is_stream_consumed:
                await op.response.aread()
            await op.response.aclose()
            return None
        if isinstance(op, Sleep):
            await self._sleep(op.seconds)
            return None
        if isinstance(op, Callback):
            value = op.function(*op.args)
            return await value if inspect.isawaitable(value) else value
        raise TypeError(f"unknown operation {op!r}")
