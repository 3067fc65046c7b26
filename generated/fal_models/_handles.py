"""Request handles: a queued request, followed by its id until its typed result arrives."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Iterator
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
        deadline = None if timeout is None else time.monotonic() + timeout
        for status in self.iter_events():
            if isinstance(status, Completed):
                self._check_failed(status)
                break
            if deadline is not None and time.monotonic() >= deadline:
                self.cancel_quietly()
                raise RequestTimeoutError(self.request_id, timeout or 0.0)
        return self.get(strict=strict)

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
        deadline = None if timeout is None else time.monotonic() + timeout
        async for status in self.iter_events():
            if isinstance(status, Completed):
                self._check_failed(status)
                break
            if deadline is not None and time.monotonic() >= deadline:
                await self.cancel_quietly()
                raise RequestTimeoutError(self.request_id, timeout or 0.0)
        return await self.get(strict=strict)

    async def get(self, *, strict: bool = False) -> OutT:
        """Fetch the result of a completed request without waiting."""
        response = await self.client.request("GET", self.response_url)
        return self._parse(response.json(), strict)

    async def cancel(self) -> None:
        await self.client.request("PUT", self.cancel_url)

    async def cancel_quietly(self) -> None:
        with contextlib.suppress(Exception):
            await self.cancel()
