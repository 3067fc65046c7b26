"""What `endpoint.stream()` returns: the events of one streamed run as they arrive, then its
typed output. Nothing is sent before the first event is asked for."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import Any, Generic, Self, TypeVar

from fal_models._base import OutputModel
from fal_models._streaming import StreamState

__all__ = ["AsyncEndpointStream", "EndpointStream"]

OutT = TypeVar("OutT", bound=OutputModel)
Event = dict[str, Any]


class _StreamCommon(Generic[OutT]):
    _state: StreamState[OutT]

    @property
    def request_id(self) -> str | None:
        """fal's id of the request (`x-fal-request-id`), once its answer arrived."""
        return self._state.request_id

    @property
    def output(self) -> OutT | None:
        """The final event parsed into the endpoint's output model, once the stream ended
        (None before, and for a stream closed early)."""
        return self._state.output

    def _final(self) -> OutT:
        if self._state.output is None:
            raise ValueError("the stream was closed before its final event")
        return self._state.output


class EndpointStream(_StreamCommon[OutT]):
    """The events of a streamed run (blocking). Iterate for each event (a dict); `output` is
    the typed final one. Use it as a context manager, or `close()` it, to release the
    connection when stopping early (breaking out of a `for` loop over it closes it too)."""

    def __init__(self, steps: Generator[Event, None, Any], state: StreamState[OutT]) -> None:
        self._steps = steps
        self._state = state

    def __iter__(self) -> Iterator[Event]:
        try:
            yield from self._steps
        finally:
            self.close()

    def done(self) -> OutT:
        """Read the remaining events and return the typed output."""
        for _ in self._steps:
            pass
        return self._final()

    def close(self) -> None:
        """Stop the stream and release its connection (nothing happens once it ended)."""
        self._steps.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncEndpointStream(_StreamCommon[OutT]):
    """The events of a streamed run (asyncio). `async for` each event (a dict); `output` is the
    typed final one. Use it as an async context manager, or `await aclose()`, to release the
    connection when stopping early."""

    def __init__(self, steps: AsyncIterator[Event], state: StreamState[OutT]) -> None:
        self._steps = steps
        self._state = state

    async def __aiter__(self) -> AsyncGenerator[Event, None]:
        try:
            async for event in self._steps:
                yield event
        finally:
            await self.aclose()

    async def done(self) -> OutT:
        """Read the remaining events and return the typed output."""
        async for _ in self._steps:
            pass
        return self._final()

    async def aclose(self) -> None:
        """Stop the stream and release its connection (nothing happens once it ended)."""
        close = getattr(self._steps, "aclose", None)
        if close is not None:
            await close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
