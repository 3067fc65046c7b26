"""Request handles: a queued request, followed by its id until its typed result arrives."""

from __future__ import annotations

import contextlib
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from fal_models._base import OutputModel, parse_output
from fal_models._exceptions import RequestFailedError, RequestTimeoutError
from fal_models._protocol import Completed, QueueStatus, poll_interval

if TYPE_CHECKING:
    from fal_models._clients import AsyncClientBase, SyncClientBase

OutT = TypeVar("OutT", bound=OutputModel)


@dataclass(frozen=True)
class _HandleFields(Generic[OutT]):
    endpoint_id: str
    request_id: str
    status_url: str
    response_url: str
    cancel_url: str
    output_model: type[OutT] = field(repr=False)

    def _parse(self, body: Any, strict: bool) -> OutT:
        output = parse_output(self.output_model, body, strict=strict)
        output._request_id = self.request_id
        return output

    def _check_failed(self, status: Completed) -> None:
        if status.error:
            raise RequestFailedError(self.request_id, status.error, status.error_type)


@dataclass(frozen=True)
class RequestHandle(_HandleFields[OutT]):
    """A queued request (blocking). Keep `request_id`: `endpoint.handle(id)` resumes it later."""

    client: SyncClientBase = field(repr=False, compare=False, kw_only=True)

    def status(self, *, logs: bool = False) -> QueueStatus:
        return self.client.queue_status(self.status_url, self.request_id, logs=logs)

    def iter_events(self, *, logs: bool = False) -> Iterator[QueueStatus]:
        """Each status until (and including) Completed, polling with growing intervals."""
        attempt = 0
        while True:
            status = self.status(logs=logs)
            yield status
            if isinstance(status, Completed):
                return
            self.client.sleep(poll_interval(attempt))
            attempt += 1

    def result(self, *, timeout: float | None = None, strict: bool = False) -> OutT:
        """Wait for completion and return the typed output. `timeout` bounds the wait (seconds)."""
        self.wait(deadline=deadline_after(timeout), timeout=timeout)
        return self.get(strict=strict)

    def wait(
        self,
        *,
        logs: bool = False,
        deadline: float | None = None,
        timeout: float | None = None,
        on_update: Callable[[QueueStatus], object] | None = None,
    ) -> None:
        """Follow the request until it completes; past `deadline` (monotonic) cancel it and
        raise RequestTimeoutError. A request that completed with an error raises."""
        for status in self.iter_events(logs=logs):
            if on_update is not None:
                on_update(status)
            if isinstance(status, Completed):
                self._check_failed(status)
                return
            if deadline is not None and time.monotonic() >= deadline:
                self.cancel_quietly()
                raise RequestTimeoutError(self.request_id, timeout or 0.0)

    def get(self, *, strict: bool = False) -> OutT:
        """Fetch the result of a completed request without waiting."""
        response = self.client.request("GET", self.response_url)
        return self._parse(response.json(), strict)

    def cancel(self) -> None:
        self.client.request("PUT", self.cancel_url)

    def cancel_quietly(self) -> None:
        with contextlib.suppress(Exception):
            self.cancel()


@dataclass(frozen=True)
class AsyncRequestHandle(_HandleFields[OutT]):
    """A queued request (asyncio). Keep `request_id`: `endpoint.handle(id)` resumes it later."""

    client: AsyncClientBase = field(repr=False, compare=False, kw_only=True)

    async def status(self, *, logs: bool = False) -> QueueStatus:
        return await self.client.queue_status(self.status_url, self.request_id, logs=logs)

    async def iter_events(self, *, logs: bool = False) -> AsyncIterator[QueueStatus]:
        """Each status until (and including) Completed, polling with growing intervals."""
        attempt = 0
        while True:
            status = await self.status(logs=logs)
            yield status
            if isinstance(status, Completed):
                return
            await self.client.sleep(poll_interval(attempt))
            attempt += 1

    async def result(self, *, timeout: float | None = None, strict: bool = False) -> OutT:
        """Wait for completion and return the typed output. `timeout` bounds the wait (seconds)."""
        await self.wait(deadline=deadline_after(timeout), timeout=timeout)
        return await self.get(strict=strict)

    async def wait(
        self,
        *,
        logs: bool = False,
        deadline: float | None = None,
        timeout: float | None = None,
        on_update: Callable[[QueueStatus], object | Awaitable[object]] | None = None,
    ) -> None:
        """Follow the request until it completes; past `deadline` (monotonic) cancel it and
        raise RequestTimeoutError. A request that completed with an error raises."""
        async for status in self.iter_events(logs=logs):
            if on_update is not None:
                await maybe_await(on_update(status))
            if isinstance(status, Completed):
                self._check_failed(status)
                return
            if deadline is not None and time.monotonic() >= deadline:
                await self.cancel_quietly()
                raise RequestTimeoutError(self.request_id, timeout or 0.0)

    async def get(self, *, strict: bool = False) -> OutT:
        """Fetch the result of a completed request without waiting."""
        response = await self.client.request("GET", self.response_url)
        return self._parse(response.json(), strict)

    async def cancel(self) -> None:
        await self.client.request("PUT", self.cancel_url)

    async def cancel_quietly(self) -> None:
        with contextlib.suppress(Exception):
            await self.cancel()


def deadline_after(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


async def maybe_await(value: object) -> None:
    """Callbacks of the async client may be plain functions or coroutines."""
    if inspect.isawaitable(value):
        await value
