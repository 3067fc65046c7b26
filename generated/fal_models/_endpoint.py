"""Endpoint base classes: run, submit, subscribe and resume, typed by the endpoint's models.

Generated endpoint classes add only typed keyword arguments and docstrings, then call in here.
"""

from __future__ import annotations

import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar
from urllib.parse import quote

from fal_models._base import InputModel, OutputModel, parse_output
from fal_models._handles import AsyncRequestHandle, RequestHandle, deadline_after, maybe_await
from fal_models._protocol import QueueStatus, queue_headers, request_urls
from fal_models._types import Priority, given

if TYPE_CHECKING:
    from fal_models._clients import AsyncClientBase, SyncClientBase, TimeoutArg

InT = TypeVar("InT", bound=InputModel)
OutT = TypeVar("OutT", bound=OutputModel)

OnEnqueue = Callable[[str], object]
OnQueueUpdate = Callable[[QueueStatus], object]


class _EndpointCommon(Generic[InT, OutT]):
    endpoint_id: ClassVar[str]
    input_model: ClassVar[type[Any]]
    output_model: ClassVar[type[Any]]
    deprecated: ClassVar[str | None] = None

    def _input(self, values: dict[str, Any]) -> InT:
        if self.deprecated:
            warnings.warn(self.deprecated, DeprecationWarning, stacklevel=3)
        model: type[InT] = self.input_model
        return model.build(given(values))

    def _submit_url(self, queue_url: str, webhook_url: str | None) -> str:
        url = f"{queue_url}/{self.endpoint_id}"
        return f"{url}?fal_webhook={quote(webhook_url, safe='')}" if webhook_url else url

    def _handle_fields(self, data: Mapping[str, Any], queue_url: str) -> dict[str, Any]:
        request_id = str(data["request_id"])
        status_url, response_url, cancel_url = request_urls(queue_url, self.endpoint_id, request_id)
        return {
            "endpoint_id": self.endpoint_id,
            "request_id": request_id,
            "status_url": data.get("status_url") or status_url,
            "response_url": data.get("response_url") or response_url,
            "cancel_url": data.get("cancel_url") or cancel_url,
            "output_model": self.output_model,
        }


class SyncEndpoint(_EndpointCommon[InT, OutT]):
    """One fal endpoint on a blocking client."""

    def __init__(self, client: SyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.endpoint_id}>"

    def handle(self, request_id: str) -> RequestHandle[OutT]:
        """Resume a queued request from its id alone."""
        fields = self._handle_fields({"request_id": request_id}, self._client.queue_url)
        return RequestHandle(**fields, client=self._client)

    def _run(
        self,
        payload: InT,
        *,
        timeout: TimeoutArg,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> OutT:
        response = self._client.request(
            "POST",
            f"{self._client.run_url}/{self.endpoint_id}",
            json=payload.to_wire(),
            headers=queue_headers(start_timeout=start_timeout, hint=hint, extra=headers),
            timeout=timeout,
            max_retries=max_retries,
            submit=True,
        )
        output: OutT = parse_output(self.output_model, response.json(), strict=strict)
        output._request_id = response.headers.get("x-fal-request-id")
        return output

    def _submit(
        self,
        payload: InT,
        *,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RequestHandle[OutT]:
        response = self._client.request(
            "POST",
            self._submit_url(self._client.queue_url, webhook_url),
            json=payload.to_wire(),
            headers=queue_headers(
                start_timeout=start_timeout, priority=priority, hint=hint, extra=headers
            ),
            max_retries=max_retries,
            submit=True,
        )
        return RequestHandle(
            **self._handle_fields(response.json(), self._client.queue_url), client=self._client
        )

    def _subscribe(
        self,
        payload: InT,
        *,
        on_enqueue: OnEnqueue | None = None,
        on_queue_update: OnQueueUpdate | None = None,
        logs: bool = False,
        client_timeout: float | None = None,
        strict: bool = False,
        **submit_options: Any,
    ) -> OutT:
        if client_timeout is not None and submit_options.get("start_timeout") is None:
            submit_options["start_timeout"] = client_timeout
        deadline = deadline_after(client_timeout)
        handle = self._submit(payload, **submit_options)
        if on_enqueue is not None:
            on_enqueue(handle.request_id)
        handle.wait(logs=logs, deadline=deadline, timeout=client_timeout, on_update=on_queue_update)
        return handle.get(strict=strict)


class AsyncEndpoint(_EndpointCommon[InT, OutT]):
    """One fal endpoint on an asyncio client."""

    def __init__(self, client: AsyncClientBase) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.endpoint_id}>"

    def handle(self, request_id: str) -> AsyncRequestHandle[OutT]:
        """Resume a queued request from its id alone."""
        fields = self._handle_fields({"request_id": request_id}, self._client.queue_url)
        return AsyncRequestHandle(**fields, client=self._client)

    async def _run(
        self,
        payload: InT,
        *,
        timeout: TimeoutArg,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> OutT:
        response = await self._client.request(
            "POST",
            f"{self._client.run_url}/{self.endpoint_id}",
            json=payload.to_wire(),
            headers=queue_headers(start_timeout=start_timeout, hint=hint, extra=headers),
            timeout=timeout,
            max_retries=max_retries,
            submit=True,
        )
        output: OutT = parse_output(self.output_model, response.json(), strict=strict)
        output._request_id = response.headers.get("x-fal-request-id")
        return output

    async def _submit(
        self,
        payload: InT,
        *,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AsyncRequestHandle[OutT]:
        response = await self._client.request(
            "POST",
            self._submit_url(self._client.queue_url, webhook_url),
            json=payload.to_wire(),
            headers=queue_headers(
                start_timeout=start_timeout, priority=priority, hint=hint, extra=headers
            ),
            max_retries=max_retries,
            submit=True,
        )
        fields = self._handle_fields(response.json(), self._client.queue_url)
        return AsyncRequestHandle(**fields, client=self._client)

    async def _subscribe(
        self,
        payload: InT,
        *,
        on_enqueue: Callable[[str], object | Awaitable[object]] | None = None,
        on_queue_update: Callable[[QueueStatus], object | Awaitable[object]] | None = None,
        logs: bool = False,
        client_timeout: float | None = None,
        strict: bool = False,
        **submit_options: Any,
    ) -> OutT:
        if client_timeout is not None and submit_options.get("start_timeout") is None:
            submit_options["start_timeout"] = client_timeout
        deadline = deadline_after(client_timeout)
        handle = await self._submit(payload, **submit_options)
        if on_enqueue is not None:
            await maybe_await(on_enqueue(handle.request_id))
        await handle.wait(
            logs=logs, deadline=deadline, timeout=client_timeout, on_update=on_queue_update
        )
        return await handle.get(strict=strict)
