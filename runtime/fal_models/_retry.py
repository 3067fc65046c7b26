"""When a call is repeated and how long to wait first: one retry policy per kind of call.

Pure decisions, no I/O: the request loop in _request asks them after each failed attempt.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import httpx

from fal_models._defaults import DEFAULT_MAX_RETRY_WAIT

MAX_RETRY_DELAY = 30.0
"""Backoff never waits longer than this between two attempts."""
RETRYABLE_STATUS = frozenset({408, 409, 429, 502, 503, 504})
INGRESS_STATUS = frozenset({502, 503, 504})

CallKind = Literal["read", "submit", "run", "stream", "upload", "download", "platform"]


@dataclass(frozen=True)
class RetryPolicy:
    """Which failures of one kind of call are retried, and the wait between attempts."""

    statuses: frozenset[int]
    """Error statuses that are retried."""
    ingress_statuses: frozenset[int] = frozenset()
    """Error statuses retried only when fal's ingress answered (no `x-fal-request-id`): then
    fal's gateway never saw the call."""
    asked_statuses: frozenset[int] = frozenset()
    """Error statuses retried only when fal asks for it with `X-Fal-Needs-Retry: 1`, as on its
    `concurrent_requests_limit` 429: the request was turned away before it ran."""
    transport_errors: tuple[type[httpx.TransportError], ...] = (httpx.TransportError,)
    """Transport errors that are retried; any other raises at once."""
    enqueues: bool = False
    """A paid POST: once its body may have reached fal, a failure says it may have been enqueued."""
    backoff_base: float = 0.5
    """The first backoff (seconds); it doubles with each retry, jittered down by up to 25 %."""
    backoff_cap: float = MAX_RETRY_DELAY
    retry_after: bool = True
    """Whether the server's `retry-after-ms` / `Retry-After` is honoured."""
    action: str = "calling"
    """How error messages name the call (`ConnectError calling https://…`)."""
    paid_call: str = "submit"
    """How error messages name a paid POST that may have reached fal (`submit to https://…`)."""

    def retries_status(self, response: httpx.Response) -> bool:
        """Whether this error response may be retried.

        fal's `X-Fal-Needs-Retry` decides first: `0` means a repeat would fail the same way;
        `1` (as on fal's `concurrent_requests_limit` 429) asks for a repeat, which a paid POST
        gets only for its `asked_statuses` or where the table below already proves nothing was
        enqueued."""
        code = response.status_code
        needs_retry = _flag(response.headers.get("x-fal-needs-retry"))
        if needs_retry is False:
            return False
        if code == 504 and response.headers.get("x-fal-request-timeout-type") == "user":
            return False  # the caller's own start timeout expired: a repeat would expire too
        if code in self.statuses or (
            code in self.ingress_statuses and "x-fal-request-id" not in response.headers
        ):
            return True
        if needs_retry is True and code in self.asked_statuses:
            return True
        return needs_retry is True and not self.enqueues

    def retries_error(self, exc: httpx.TransportError) -> bool:
        """Whether this transport error may be retried."""
        return isinstance(exc, self.transport_errors)

    def wait(
        self,
        attempt: int,
        headers: httpx.Headers | None = None,
        now: float = 0.0,
        *,
        max_wait: float = DEFAULT_MAX_RETRY_WAIT,
        time_left: float | None = None,
    ) -> float | None:
        """Seconds to wait before retry `attempt` (1-based), or None to give up at once.

        The server's `retry-after-ms` / `Retry-After` in `headers` (`now`, epoch seconds, dates
        an HTTP-date one) is a floor: nothing is sent again before it, so a hint longer than
        `max_wait`, or than the `time_left` before the caller's deadline, gives up instead.
        Without a hint, backoff with jitter, cut to the time left (the deadline then ends the
        call)."""
        hinted = retry_after(headers, now) if self.retry_after and headers is not None else None
        if hinted is not None:
            if hinted > max_wait or (time_left is not None and hinted > time_left):
                return None
            return hinted
        base = min(self.backoff_base * 2.0 ** (attempt - 1), self.backoff_cap)
        jitter: float = random.uniform(0.75, 1.0)
        delay = base * jitter
        return delay if time_left is None else max(min(delay, time_left), 0.0)


POLICIES: Mapping[CallKind, RetryPolicy] = {
    # Idempotent queue calls: status, status stream, result, cancel.
    "read": RetryPolicy(statuses=RETRYABLE_STATUS),
    # A queue submit is a paid POST, repeated only where fal provably did not enqueue it: a
    # connection that never opened, a 429 (fal's queue turns a request away before queueing it;
    # its concurrency limit never does: submits beyond it wait IN_QUEUE), or an ingress
    # 502/503/504.
    "submit": RetryPolicy(
        statuses=frozenset({429}),
        ingress_statuses=INGRESS_STATUS,
        transport_errors=(httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout),
        enqueues=True,
    ),
    # A direct run (no queue): as a submit, but a 429 only when fal says the request was turned
    # away by the account's concurrency limit (`X-Fal-Needs-Retry: 1`); another 429 may come
    # from the app after it ran.
    "run": RetryPolicy(
        statuses=frozenset(),
        asked_statuses=frozenset({429}),
        ingress_statuses=INGRESS_STATUS,
        transport_errors=(httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout),
        enqueues=True,
        paid_call="run",
    ),
    # A streamed run (`endpoint.stream()`): as fal documents, never repeated once sent, not even
    # after an ingress error; only a connection that never opened, or fal's concurrency 429
    # with `X-Fal-Needs-Retry: 1` (turned away before it ran), is tried again.
    "stream": RetryPolicy(
        statuses=frozenset(),
        asked_statuses=frozenset({429}),
        transport_errors=(httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout),
        enqueues=True,
        paid_call="stream",
    ),
    # Storage calls (CDN token, uploads, multipart parts, the presigned fallback): a repeat at
    # worst leaves an unused file behind.
    "upload": RetryPolicy(statuses=RETRYABLE_STATUS),
    # fal's Platform API (prices, estimates, billing events): reads, and an estimate's POST that
    # changes nothing, so safe to repeat.
    "platform": RetryPolicy(statuses=RETRYABLE_STATUS),
    # Output files (fal's CDN or any URL): a plain GET, safe to repeat even after a 500.
    "download": RetryPolicy(
        statuses=frozenset({408, 429, 500, 502, 503, 504}), action="downloading"
    ),
}


def retry_after(headers: httpx.Headers, now: float) -> float | None:
    """Seconds the server asks to wait (`retry-after-ms`, else `Retry-After` in seconds or as an
    HTTP date, counted from `now`); None without a usable hint."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return max(value, 0.0)
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        value = parsed.timestamp() - now
    return max(value, 0.0) if math.isfinite(value) else None


def _flag(value: str | None) -> bool | None:
    """A yes/no header (`1`/`true`/`yes`, `0`/`false`/`no`); None when absent or neither."""
    if value is None:
        return None
    word = value.strip().lower()
    if word in ("1", "true", "yes"):
        return True
    if word in ("0", "false", "no"):
        return False
    return None
