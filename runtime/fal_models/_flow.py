"""Protocol flows written once, as generators of I/O operations that both clients carry out.

A flow never touches the network or the clock: it yields an operation (`Send`, `Sleep`, …) and
receives its result. `SyncClientBase.drive` performs operations by blocking, `AsyncClientBase.drive`
by awaiting, so the sync and async clients share every protocol decision and differ only in I/O.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import httpx

from fal_models._config import ClientConfig
from fal_models._exceptions import status_error
from fal_models._retry import RetryPolicy
from fal_models._types import Omit, omit

logger = logging.getLogger("fal_models")

T = TypeVar("T")
Method = Literal["GET", "POST", "PUT"]
TimeoutArg = float | httpx.Timeout | None | Omit


@dataclass(frozen=True, slots=True)
class Send:
    """Send one HTTP request. With `stream`, the body is left unread for `NextLine`/`Close`."""

    method: Method
    url: str
    headers: Mapping[str, str]
    timeout: float | httpx.Timeout | None
    json: Any = None
    content: bytes | None = None
    params: Mapping[str, str] | None = None
    stream: bool = False


@dataclass(frozen=True, slots=True)
class NextLine:
    """The next line of a streamed response body, or None at its end."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Close:
    """Read the rest of a streamed response (so errors can show its body) and release it."""

    response: httpx.Response


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Callback:
    """Call a user callback; the async client awaits it when it returns an awaitable."""

    function: Callable[..., object]
    args: tuple[Any, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Emit:
    """Hand a value to the caller iterating over the flow (`iter_events`)."""

    value: Any


Op = Send | NextLine | Close | Sleep | Callback | Emit
Flow = Generator[Op, Any, T]


@dataclass(frozen=True)
class CallOptions:
    """Per-call overrides of the client's settings."""

    timeout: TimeoutArg = omit
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None


NO_OVERRIDES = CallOptions()


def request(
    config: ClientConfig,
    method: Method,
    url: str,
    *,
    json: Any = None,
    content: bytes | None = None,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    options: CallOptions = NO_OVERRIDES,
    submit: bool = False,
    stream: bool = False,
    authorization: str | None = None,
) -> Flow[httpx.Response]:
    """One logical call with retries; raises the typed error for a final error status.

    `submit` marks a paid POST, which is repeated only where fal provably did not enqueue it.
    `authorization` replaces the fal key for this call (fal's CDN takes its own upload token).
    """
    retries = config.max_retries if options.max_retries is None else options.max_retries
    policy = RetryPolicy(max_retries=retries, submit=submit)
    timeout = config.timeout if isinstance(options.timeout, Omit) else options.timeout
    final_headers = config.headers_for(url, {**(options.headers or {}), **(headers or {})})
    if authorization is not None:
        final_headers["Authorization"] = authorization
    while True:
        send = Send(
            method,
            url,
            final_headers,
            timeout,
            json=json,
            content=content,
            params=params,
            stream=stream,
        )
        try:
            response: httpx.Response = yield send
        except httpx.TransportError as exc:
            delay = policy.after_exception(exc, url)
            logger.info("retrying %s %s in %.2fs after %s", method, url, delay, type(exc).__name__)
            yield Sleep(delay)
            continue
        if response.is_success:
            return response
        if stream:
            yield Close(response)
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
        yield Sleep(delay_or_none)
