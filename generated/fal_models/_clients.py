"""The sync and async HTTP clients: sending, retrying and the queue calls, nothing endpoint-specific.

Decisions (URLs, headers, retry rules, status parsing) live in _protocol and _retry; the two
classes here differ only in how they wait and send.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import Any, Literal, Self

import httpx

from fal_models._config import ClientConfig
from fal_models._exceptions import status_error
from fal_models._protocol import QueueStatus, parse_status
from fal_models._retry import RetryPolicy
from fal_models._types import Omit, omit

logger = logging.getLogger("fal_models")

TimeoutArg = float | httpx.Timeout | None | Omit
Method = Literal["GET", "POST", "PUT"]


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

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: Method,
        url: str,
        *,
        json: Any,
        params: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        timeout: TimeoutArg,
    ) -> httpx.Request:
        return http.build_request(
            method,
            url,
            json=json,
            params=params,
            headers=self._config.headers_for(url, headers),
            timeout=self._config.timeout if isinstance(timeout, Omit) else timeout,
        )

    def _policy(self, max_retries: int | None, submit: bool) -> RetryPolicy:
        retries = self._config.max_retries if max_retries is None else max_retries
        return RetryPolicy(max_retries=retries, submit=submit)


class SyncClientBase(_ClientCommon):
    """Blocking client core. Use it as a context manager, or call `close()`."""

    def __init__(
        self,
        key: str | None = None,
        *,
        run_url: str | None = None,
        queue_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._config = ClientConfig(
            key,
            run_url=run_url,
            queue_url=queue_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(limits=limits or httpx.Limits(max_connections=100))

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: Method,
        url: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutArg = omit,
        max_retries: int | None = None,
        submit: bool = False,
    ) -> httpx.Response:
        """Send with retries; raise the typed error for a final error status."""
        policy = self._policy(max_retries, submit)
        while True:
            request = self._build(
                self._http, method, url, json=json, params=params, headers=headers, timeout=timeout
            )
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                delay = policy.after_exception(exc, url)
                logger.info(
                    "retrying %s %s in %.2fs after %s", method, url, delay, type(exc).__name__
                )
                time.sleep(delay)
                continue
            if response.is_success:
                return response
            delay_or_none = policy.after_response(response)
            if delay_or_none is None:
                raise status_error(response)
            logger.info(
                "retrying %s %s in %.2fs after HTTP %d",
                method,
                url,
                delay_or_none,
                response.status_code,
            )
            response.close()
            time.sleep(delay_or_none)

    def queue_status(self, status_url: str, request_id: str, *, logs: bool = False) -> QueueStatus:
        response = self.request("GET", status_url, params={"logs": "1" if logs else "0"})
        return parse_status(response.json(), request_id)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class AsyncClientBase(_ClientCommon):
    """Asyncio client core. Use it as an async context manager, or await `close()`."""

    def __init__(
        self,
        key: str | None = None,
        *,
        run_url: str | None = None,
        queue_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._config = ClientConfig(
            key,
            run_url=run_url,
            queue_url=queue_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            limits=limits or httpx.Limits(max_connections=100)
        )

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def request(
        self,
        method: Method,
        url: str,
        *,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: TimeoutArg = omit,
        max_retries: int | None = None,
        submit: bool = False,
    ) -> httpx.Response:
        """Send with retries; raise the typed error for a final error status."""
        policy = self._policy(max_retries, submit)
        while True:
            request = self._build(
                self._http, method, url, json=json, params=params, headers=headers, timeout=timeout
            )
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                delay = policy.after_exception(exc, url)
                logger.info(
                    "retrying %s %s in %.2fs after %s", method, url, delay, type(exc).__name__
                )
                await asyncio.sleep(delay)
                continue
            if response.is_success:
                return response
            delay_or_none = policy.after_response(response)
            if delay_or_none is None:
                raise status_error(response)
            logger.info(
                "retrying %s %s in %.2fs after HTTP %d",
                method,
                url,
                delay_or_none,
                response.status_code,
            )
            await response.aclose()
            await asyncio.sleep(delay_or_none)

    async def queue_status(
        self, status_url: str, request_id: str, *, logs: bool = False
    ) -> QueueStatus:
        response = await self.request("GET", status_url, params={"logs": "1" if logs else "0"})
        return parse_status(response.json(), request_id)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
