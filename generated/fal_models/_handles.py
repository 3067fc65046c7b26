"""Request handles: a queued request, followed by its id until its typed result arrives."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from fal_models import _queue
from fal_models._base import OutputModel
from fal_models._options import check_seconds
from fal_models._queue import RequestRef, Waiter
from fal_models._status import Completed, QueueStatus

if TYPE_CHECKING:
    from fal_models._clients import AsyncClientBase, SyncClientBase

OutT = TypeVar("OutT", bound=OutputModel)


@dataclass(frozen=True)
class RequestHandle(RequestRef[OutT]):
    """A queued request (blocking). Keep `request_id`: `endpoint.handle(id)` resumes it later."""

    client: SyncClientBase = field(repr=False, compare=False, kw_only=True)

    def status(self, *, logs: bool = False) -> QueueStatus:
        """The current status. With `logs`, fal sends the entries of a recent time window, so
        a poll may repeat or skip some; `iter_events(logs=True)` hands out each entry once."""
        return self.client.drive(_queue.status(self.client.config, self, logs=logs))

    def iter_events(self, *, logs: bool = False) -> Iterator[QueueStatus]:
        """Each status until (and including) Completed, from the status stream (or polling).
        Each log entry appears once, in the status that brought it."""
        waiter = Waiter(self.client.config, self, logs=logs, emit=True)
        return self.client.iterate(waiter.events())

    def wait(
        self,
        *,
        timeout: float | None = None,
        logs: bool = False,
        on_update: Callable[[QueueStatus], object] | None = None,
    ) -> Completed:
        """Wait for completion. After `timeout` seconds, cancel the request and raise
        RequestTimeoutError; a request that completed with an error raises RequestFailedError."""
        if timeout is not None:
            check_seconds("timeout", timeout)
        return self.client.drive(
            _queue.wait(self.client.config, self, timeout=timeout, logs=logs, on_update=on_update)
        )

    def result(self, *, timeout: float | None = None, strict: bool = False) -> OutT:
        """Wait for completion and return the typed output. `timeout` (seconds) bounds the whole
        call, the fetch of the output included: then the request is cancelled (unless it
        completed) and RequestTimeoutError raised."""
        if timeout is not None:
            check_seconds("timeout", timeout)
        return self.client.drive(
            _queue.wait_result(self.client.config, self, timeout=timeout, strict=strict)
        )

    def get(self, *, strict: bool = False) -> OutT:
        """Fetch the result of a completed request without waiting."""
        return self.client.drive(_queue.result(self.client.config, self, strict=strict))

    def cancel(self) -> None:
        """Ask fal to cancel the request (raises BadRequestError if it already completed)."""
        self.client.drive(_queue.cancel(self.client.config, self))


@dataclass(frozen=True)
class AsyncRequestHandle(RequestRef[OutT]):
    """A queued request (asyncio). Keep `request_id`: `endpoint.handle(id)` resumes it later."""

    client: AsyncClientBase = field(repr=False, compare=False, kw_only=True)

    async def status(self, *, logs: bool = False) -> QueueStatus:
        """The current status. With `logs`, fal sends the entries of a recent time window, so
        a poll may repeat or skip some; `iter_events(logs=True)` hands out each entry once."""
        return await self.client.drive(_queue.status(self.client.config, self, logs=logs))

    def iter_events(self, *, logs: bool = False) -> AsyncIterator[QueueStatus]:
        """Each status until (and including) Completed, from the status stream (or polling).
        Each log entry appears once, in the status that brought it."""
        waiter = Waiter(self.client.config, self, logs=logs, emit=True)
        return self.client.iterate(waiter.events())

    async def wait(
        self,
        *,
        timeout: float | None = None,
        logs: bool = False,
        on_update: Callable[[QueueStatus], object | Awaitable[object]] | None = None,
    ) -> Completed:
        """Wait for completion. After `timeout` seconds, cancel the request and raise
        RequestTimeoutError; a request that completed with an error raises RequestFailedError."""
        if timeout is not None:
            check_seconds("timeout", timeout)
        return await self.client.drive(
            _queue.wait(self.client.config, self, timeout=timeout, logs=logs, on_update=on_update)
        )

    async def result(self, *, timeout: float | None = None, strict: bool = False) -> OutT:
        """Wait for completion and return the typed output. `timeout` (seconds) bounds the whole
        call, the fetch of the output included: then the request is cancelled (unless it
        completed) and RequestTimeoutError raised."""
        if timeout is not None:
            check_seconds("timeout", timeout)
        return await self.client.drive(
            _queue.wait_result(self.client.config, self, timeout=timeout, strict=strict)
        )

    async def get(self, *, strict: bool = False) -> OutT:
        """Fetch the result of a completed request without waiting."""
        return await self.client.drive(_queue.result(self.client.config, self, strict=strict))

    async def cancel(self) -> None:
        """Ask fal to cancel the request (raises BadRequestError if it already completed)."""
        await self.client.drive(_queue.cancel(self.client.config, self))
