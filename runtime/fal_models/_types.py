"""Small shared types: the `omit` sentinel for arguments not given, and the call options."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict

import httpx

if TYPE_CHECKING:
    from fal_models._budget import Budget
    from fal_models._status import QueueStatus

__all__ = [
    "AsyncSubscribeOptions",
    "Omit",
    "Priority",
    "RequestOptions",
    "RunOptions",
    "StreamOptions",
    "SubmitOptions",
    "SubscribeOptions",
    "omit",
]

Priority = Literal["normal", "low"]


class Omit:
    """Marks an argument as not given: it is not sent, so fal's own default applies."""

    _instance: Omit | None = None

    def __new__(cls) -> Omit:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()


def given(values: dict[str, Any]) -> dict[str, Any]:
    """`values` without the arguments that were not given."""
    return {k: v for k, v in values.items() if v is not omit}


class RequestOptions(TypedDict, total=False):
    """Options of every call that sends an input: per-call HTTP settings and fal's platform
    headers. Each is optional; what is not given is not sent."""

    headers: Mapping[str, str]
    """Extra HTTP headers for this call."""
    timeout: float | httpx.Timeout | None
    """HTTP timeout of each request of this call (seconds or httpx.Timeout)."""
    max_retries: int
    """Override the client's retry count for this call."""
    start_timeout: float
    """Server-side deadline (seconds, > 1) for the request to start running."""
    hint: str
    """Runner hint, to route the request to a runner that is already warm for it."""
    store_io: bool
    """False asks fal not to store the request's input and output payloads."""
    media_expires_in: int
    """Seconds fal keeps the media this request generates."""
    budget: Budget
    """Spend from this budget (instead of the client's): the call's estimate is reserved before
    it is submitted (BudgetExceededError when it does not fit), its actual cost settled after."""


class RunOptions(RequestOptions, total=False):
    """Options of `run()`."""

    strict: bool
    """Reject unknown output fields and enum values (ResponseValidationError)."""


class SubmitOptions(RequestOptions, total=False):
    """Options of `submit()`."""

    webhook_url: str
    """fal POSTs the result here when done (see fal_models.webhooks)."""
    priority: Priority
    """Queue priority, "normal" or "low"."""
    no_retry: bool
    """True asks fal not to retry the request server-side after a runner failure."""


class SubscribeOptions(SubmitOptions, total=False):
    """Options of `subscribe()` on the blocking client."""

    on_enqueue: Callable[[str], object]
    """Called with the request id as soon as fal accepted the request."""
    on_queue_update: Callable[[QueueStatus], object]
    """Called with each queue status while waiting; each log entry arrives once."""
    logs: bool
    """Ask fal for the request's logs in the status updates."""
    client_timeout: float
    """Give up after this many seconds, the uploads, the submit, every wait and retry and the
    fetch of the output included: cancel the request (unless `cancel_on_abandon` is False) and
    raise RequestTimeoutError. Unless `start_timeout` is given, it is also sent as the start
    timeout (when over 1 s)."""
    cancel_on_abandon: bool
    """True (the default): once fal has the request, a wait that ends without its output
    (`client_timeout`, an error, KeyboardInterrupt, task cancellation) cancels it. False leaves
    it running, to resume later from its id (on the exception's note and in a warning log)."""
    strict: bool
    """Reject unknown output fields and enum values (ResponseValidationError)."""


class AsyncSubscribeOptions(SubmitOptions, total=False):
    """Options of `subscribe()` on the asyncio client: callbacks may be coroutine functions."""

    on_enqueue: Callable[[str], object | Awaitable[object]]
    """Called with the request id as soon as fal accepted the request."""
    on_queue_update: Callable[[QueueStatus], object | Awaitable[object]]
    """Called with each queue status while waiting; each log entry arrives once."""
    logs: bool
    """Ask fal for the request's logs in the status updates."""
    client_timeout: float
    """Give up after this many seconds, the uploads, the submit, every wait and retry and the
    fetch of the output included: cancel the request (unless `cancel_on_abandon` is False) and
    raise RequestTimeoutError. Unless `start_timeout` is given, it is also sent as the start
    timeout (when over 1 s)."""
    cancel_on_abandon: bool
    """True (the default): once fal has the request, a wait that ends without its output
    (`client_timeout`, an error, KeyboardInterrupt, task cancellation) cancels it. False leaves
    it running, to resume later from its id (on the exception's note and in a warning log)."""
    strict: bool
    """Reject unknown output fields and enum values (ResponseValidationError)."""


class StreamOptions(TypedDict, total=False):
    """Options of `stream()`. A streamed run uses no queue (so no `hint`, `priority`,
    `start_timeout` or webhook) and is never repeated once sent."""

    path: str
    """The sub-path streamed from, after the endpoint id (default "/stream")."""
    headers: Mapping[str, str]
    """Extra HTTP headers for this call."""
    timeout: float | httpx.Timeout | None
    """HTTP timeout of each wait of this call (seconds or httpx.Timeout): the longest gap
    between two events, for reads."""
    client_timeout: float
    """Give up after this many seconds (the uploads of local files, the request and every event
    included): the connection is closed and RequestTimeoutError raised."""
    store_io: bool
    """False asks fal not to store the request's input and output payloads."""
    strict: bool
    """Reject unknown fields and enum values in the final output (ResponseValidationError)."""
