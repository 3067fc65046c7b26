"""The two drivers that carry out flows: `SyncDriver` by blocking, `AsyncDriver` by awaiting.

Each owns nothing but its httpx client, its sleep and its clocks, which tests may replace. Both
end a `Send` that has a deadline there, reads of its body included. Whatever an operation
raises, KeyboardInterrupt and task cancellation included, is thrown into the flow, so that it
can clean up (cancel the request it was waiting for) before the exception goes on.
`AsyncDriver` imports asyncio when it is made, so a blocking client never loads it (~10 ms).
A FalError leaves a driver without the frames of the flows that raised it (see _tracebacks).
"""

from __future__ import annotations

import contextlib
import inspect
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from fal_models._deadlines import Cutoff, Phases, past_deadline
from fal_models._exceptions import FalError
from fal_models._flow import (
    Alarm,
    Callback,
    Close,
    Emit,
    Flow,
    NextChunk,
    NextLine,
    Now,
    Op,
    Send,
    Sleep,
)
from fal_models._tracebacks import drop_internal_frames
from fal_models._types import Omit

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class _OpenStreams:
    """Streamed responses of one running flow, closed by the driver when the flow ends."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []
        self.readers: dict[int, Any] = {}
        """Per response, the line or chunk iterator its `NextLine`/`NextChunk` ops advance."""
        self.deadlines: dict[int, tuple[float, Cutoff | None]] = {}
        """Per response sent with a deadline, that deadline, which bounds every read of its body
        (and in the blocking driver, what ends a read blocked past it)."""

    def add(
        self, response: httpx.Response, deadline: tuple[float, Cutoff | None] | None = None
    ) -> httpx.Response:
        self.responses.append(response)
        if deadline is not None:
            self.deadlines[id(response)] = deadline
        return response

    def discard(self, response: httpx.Response) -> None:
        """Forget a closed response, so a long wait does not keep every answer it read."""
        self.readers.pop(id(response), None)
        self.deadlines.pop(id(response), None)
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
        "follow_redirects": (
            httpx.USE_CLIENT_DEFAULT
            if isinstance(op.follow_redirects, Omit)
            else op.follow_redirects
        ),
        "auth": None if op.anonymous else httpx.USE_CLIENT_DEFAULT,
    }


class SyncDriver:
    """Runs flows on a blocking httpx.Client (or the one a function makes on first use)."""

    def __init__(
        self,
        http: httpx.Client | Callable[[], httpx.Client],
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._http = http
        self.sleep = sleep
        self._real_sleep = sleep is time.sleep
        """A test's own sleep (its clock) is used as given, alarms or not."""
        self.clock = clock
        self.wall_clock = wall_clock

    @property
    def http(self) -> httpx.Client:
        return self._http if isinstance(self._http, httpx.Client) else self._http()

    def drive(self, flow: Flow[T]) -> T:
        """Run a flow to its result, performing each operation it asks for."""
        steps = self.iterate(flow)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                done: T = stop.value
                return done
            except FalError as exc:
                drop_internal_frames(exc)
                raise

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
                except FalError as exc:
                    drop_internal_frames(exc)
                    raise
                value, error = None, None
                if isinstance(op, Emit):
                    yield op.value
                    continue
                try:
                    value = self._perform(op, streams)
                except BaseException as exc:
                    error = exc
        finally:
            flow.close()
            for response in streams.responses:
                response.close()

    def _perform(self, op: Op, streams: _OpenStreams) -> Any:
        if isinstance(op, Send):
            return self._send(op, streams)
        if isinstance(op, NextLine):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.iter_lines()
            reader = streams.readers[id(op.response)]
            return self._read(op.response, streams, lambda: next(reader, None))
        if isinstance(op, NextChunk):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.iter_bytes(op.size)
            reader = streams.readers[id(op.response)]
            return self._read(op.response, streams, lambda: next(reader, None))
        if isinstance(op, Close):
            try:
                if op.drain and not op.response.is_stream_consumed:
                    self._read(op.response, streams, op.response.read)
            finally:
                op.response.close()
                streams.discard(op.response)
            return None
        if isinstance(op, Sleep):
            if op.alarm is None or not self._real_sleep:
                self.sleep(op.seconds)
                return None
            rung = threading.Event()
            token = op.alarm.sleeping(op.rank, rung.set)
            try:
                rung.wait(op.seconds)
            finally:
                op.alarm.awake(token)
            return None
        if isinstance(op, Now):
            return self.wall_clock() if op.wall else self.clock()
        if isinstance(op, Callback):
            return op.function(*op.args)
        raise TypeError(f"unknown operation {op!r}")

    def _send(self, op: Send, streams: _OpenStreams) -> httpx.Response:
        http = self.http
        request = _build(http, op)
        if op.deadline is None:
            response = http.send(request, stream=op.stream, **_send_options(op))
            return streams.add(response) if op.stream else response
        phases = Phases(request, op.deadline, self.clock)
        if self.clock() >= op.deadline:
            raise phases.expired()
        response = http.send(request, stream=True, **_send_options(op))
        cutoff = Cutoff(response, op.deadline - self.clock())
        if op.stream:
            return streams.add(response, (op.deadline, cutoff))
        try:
            self._within(op.deadline, cutoff, response.read)
        except BaseException:
            response.close()
            raise
        return response

    def _read(self, response: httpx.Response, streams: _OpenStreams, read: Callable[[], T]) -> T:
        """`read` from a response's body, within the deadline of the call that opened it."""
        bound = streams.deadlines.get(id(response))
        return read() if bound is None else self._within(*bound, read)

    def _within(self, deadline: float, cutoff: Cutoff | None, read: Callable[[], T]) -> T:
        if self.clock() >= deadline:
            raise past_deadline()
        try:
            value = read()
        except httpx.TransportError as exc:
            if cutoff is not None and cutoff.fired:
                raise past_deadline() from exc
            raise
        if cutoff is not None and cutoff.fired:
            raise past_deadline()
        return value


class AsyncDriver:
    """Runs flows on an httpx.AsyncClient (or the one a function makes on first use)."""

    def __init__(
        self,
        http: httpx.AsyncClient | Callable[[], httpx.AsyncClient],
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        import asyncio

        self._http = http
        self.sleep = asyncio.sleep if sleep is None else sleep
        self._real_sleep = sleep is None
        """A test's own sleep (its clock) is used as given, alarms or not."""
        self.clock = clock
        self.wall_clock = wall_clock
        self._shielded: set[asyncio.Task[httpx.Response]] = set()
        """Calls made by a flow cleaning up after its task was cancelled, kept until done."""

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http if isinstance(self._http, httpx.AsyncClient) else self._http()

    async def drive(self, flow: Flow[T]) -> T:
        """Run a flow to its result, performing each operation it asks for."""
        box: list[T] = []
        try:
            async for _ in self._steps(flow, box):
                pass
        except FalError as exc:
            drop_internal_frames(exc)
            raise
        return box[0]

    async def iterate(self, flow: Flow[Any]) -> AsyncIterator[Any]:
        """Run a flow, yielding each value it emits. Closing the iterator ends the flow (and
        releases its responses) at once, not when the garbage collector gets to it."""
        async with contextlib.aclosing(self._steps(flow, [])) as steps:
            async for value in steps:
                yield value

    async def _steps(self, flow: Flow[T], box: list[T]) -> AsyncGenerator[Any, None]:
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
                except FalError as exc:
                    drop_internal_frames(exc)
                    raise
                value, error = None, None
                if isinstance(op, Emit):
                    yield op.value
                    continue
                try:
                    value = await self._perform(op, streams)
                except BaseException as exc:
                    error = exc
        finally:
            flow.close()
            for response in streams.responses:
                await response.aclose()

    async def _perform(self, op: Op, streams: _OpenStreams) -> Any:
        if isinstance(op, Send):
            import asyncio  # loaded by __init__: a dictionary lookup

            task = asyncio.current_task()
            if task is None or not task.cancelling():
                return await self._send(op, streams)
            # The flow is cleaning up after its task was cancelled (cancelling the request it
            # waited for): the call completes even if the task is cancelled again meanwhile.
            call = asyncio.ensure_future(self._send(op, streams))
            self._shielded.add(call)
            call.add_done_callback(self._forget)
            return await asyncio.shield(call)
        if isinstance(op, NextLine):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.aiter_lines()
            reader = streams.readers[id(op.response)]
            return await self._read(op.response, streams, lambda: anext(reader, None))
        if isinstance(op, NextChunk):
            if id(op.response) not in streams.readers:
                streams.readers[id(op.response)] = op.response.aiter_bytes(op.size)
            reader = streams.readers[id(op.response)]
            return await self._read(op.response, streams, lambda: anext(reader, None))
        if isinstance(op, Close):
            try:
                if op.drain and not op.response.is_stream_consumed:
                    await self._read(op.response, streams, op.response.aread)
            finally:
                await op.response.aclose()
                streams.discard(op.response)
            return None
        if isinstance(op, Sleep):
            if op.alarm is None or not self._real_sleep:
                await self.sleep(op.seconds)
            else:
                await _sleep_or_ring(op.seconds, op.alarm, op.rank)
            return None
        if isinstance(op, Now):
            return self.wall_clock() if op.wall else self.clock()
        if isinstance(op, Callback):
            value = op.function(*op.args)
            return await value if inspect.isawaitable(value) else value
        raise TypeError(f"unknown operation {op!r}")

    async def _send(self, op: Send, streams: _OpenStreams) -> httpx.Response:
        import asyncio  # loaded by __init__: a dictionary lookup

        http = self.http
        request = _build(http, op)
        if op.deadline is None:
            response = await http.send(request, stream=op.stream, **_send_options(op))
            return streams.add(response) if op.stream else response
        phases = Phases(request, op.deadline, self.clock)
        request.extensions["trace"] = phases.atrace
        left = op.deadline - self.clock()
        if left <= 0:
            raise phases.expired()
        limit = asyncio.timeout(left)
        try:
            async with limit:
                response = await http.send(request, stream=op.stream, **_send_options(op))
        except TimeoutError as exc:
            if limit.expired():
                raise phases.expired() from exc
            raise
        return streams.add(response, (op.deadline, None)) if op.stream else response

    async def _read(
        self, response: httpx.Response, streams: _OpenStreams, read: Callable[[], Awaitable[T]]
    ) -> T:
        """Await `read()` from a response's body, within the deadline of the call that opened
        it."""
        import asyncio  # loaded by __init__: a dictionary lookup

        bound = streams.deadlines.get(id(response))
        if bound is None:
            return await read()
        deadline, _ = bound
        left = deadline - self.clock()
        if left <= 0:
            raise past_deadline()
        limit = asyncio.timeout(left)
        try:
            async with limit:
                return await read()
        except TimeoutError as exc:
            if limit.expired():
                raise past_deadline() from exc
            raise

    def _forget(self, call: asyncio.Task[httpx.Response]) -> None:
        self._shielded.discard(call)
        if not call.cancelled():
            call.exception()  # retrieved: the flow that made the call may have gone on without it


async def _sleep_or_ring(seconds: float, alarm: Alarm, rank: float) -> None:
    """Sleep `seconds`, or less if `alarm` rings first (from this event loop: the slots of an
    async client are given back by its own tasks)."""
    import asyncio

    loop = asyncio.get_running_loop()
    woken: asyncio.Future[None] = loop.create_future()

    def ring() -> None:
        if not woken.done():
            woken.set_result(None)

    timer = loop.call_later(seconds, ring)
    token = alarm.sleeping(rank, ring)
    try:
        await woken
    finally:
        timer.cancel()
        alarm.awake(token)
