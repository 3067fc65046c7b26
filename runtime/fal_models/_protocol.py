"""fal's queue and run protocol without I/O: URLs, headers, status parsing and retry rules.

Both clients call into this module and differ only in how they send requests and sleep.
"""

from __future__ import annotations

import email.utils
import json
import random
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

DEFAULT_RUN_URL = "https://fal.run"
DEFAULT_QUEUE_URL = "https://queue.fal.run"
DEFAULT_REST_URL = "https://rest.fal.ai"
DEFAULT_CDN_URL = "https://v3.fal.media"
DEFAULT_INLINE_FILE_LIMIT = 1024 * 1024
"""Local files up to this size (bytes) are sent inline as data URIs; larger ones are uploaded."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
MAX_RETRY_DELAY = 30.0
MAX_RETRY_AFTER = 120.0
_LEGACY_ID = re.compile(r"^([0-9]+)-([a-zA-Z0-9-]+)$")
_NAMESPACES = ("workflows", "comfy")

RETRYABLE_STATUS = frozenset({408, 409, 429, 502, 503, 504})
INGRESS_STATUS = frozenset({502, 503, 504})


def app_base(endpoint_id: str) -> str:
    """`[namespace/]owner/alias` of an endpoint id: queue status/result/cancel drop the sub-path."""
    if "/" not in endpoint_id:
        match = _LEGACY_ID.match(endpoint_id)
        if not match:
            raise ValueError(f"invalid endpoint id {endpoint_id!r}: expected owner/alias[/path]")
        return f"{match.group(1)}/{match.group(2)}"
    parts = endpoint_id.split("/")
    if parts[0] in _NAMESPACES:
        if len(parts) < 3:
            raise ValueError(
                f"invalid endpoint id {endpoint_id!r}: expected {parts[0]}/owner/alias"
            )
        return "/".join(parts[:3])
    return "/".join(parts[:2])


def request_urls(queue_url: str, endpoint_id: str, request_id: str) -> tuple[str, str, str]:
    """(status_url, response_url, cancel_url) for resuming a request from its id."""
    base = f"{queue_url.rstrip('/')}/{app_base(endpoint_id)}/requests/{request_id}"
    return f"{base}/status", base, f"{base}/cancel"


def queue_headers(
    *,
    start_timeout: float | None = None,
    priority: Literal["normal", "low"] | None = None,
    hint: str | None = None,
    no_retry: bool | None = None,
    store_io: bool | None = None,
    media_expires_in: int | None = None,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """fal's platform headers for a submit or run; explicit arguments override `extra`."""
    headers = dict(extra or {})
    if start_timeout is not None:
        if start_timeout <= 1:
            raise ValueError("start_timeout must be more than 1 second")
        headers["X-Fal-Request-Timeout"] = str(float(start_timeout))
    if priority is not None:
        if priority not in ("normal", "low"):
            raise ValueError("priority must be 'normal' or 'low'")
        headers["X-Fal-Queue-Priority"] = priority
    if hint is not None:
        headers["X-Fal-Runner-Hint"] = hint
    if no_retry:
        headers["X-Fal-No-Retry"] = "1"
    if store_io is False:
        headers["X-Fal-Store-IO"] = "0"
    if media_expires_in is not None:
        if media_expires_in <= 0:
            raise ValueError("media_expires_in must be a positive number of seconds")
        headers["X-Fal-Object-Lifecycle-Preference"] = lifecycle_preference(media_expires_in)
    return headers


def lifecycle_preference(expires_in: int) -> str:
    """The value of fal's object-lifecycle headers: how long generated or uploaded media live."""
    return json.dumps({"expiration_duration_seconds": int(expires_in)})


# -- queue status --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    """One log line of a running request; fal may omit any field."""

    message: str
    level: str | None = None
    source: str | None = None
    timestamp: str | None = None
    labels: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> LogEntry:
        return cls(
            message=str(data.get("message", "")),
            level=data.get("level"),
            source=data.get("source"),
            timestamp=data.get("timestamp"),
            labels=data.get("labels") or {},
        )


@dataclass(frozen=True)
class Queued:
    """Waiting in fal's queue; `position` requests are ahead (0-based)."""

    request_id: str
    position: int


@dataclass(frozen=True)
class InProgress:
    """Running; `logs` is None unless logs were requested."""

    request_id: str
    logs: list[LogEntry] | None


@dataclass(frozen=True)
class Completed:
    """Finished. A completed request may still have failed: see `error` / `error_type`."""

    request_id: str
    logs: list[LogEntry] | None
    metrics: Mapping[str, Any]
    error: str | None = None
    error_type: str | None = None


QueueStatus = Queued | InProgress | Completed


def parse_status(data: Mapping[str, Any], request_id: str) -> QueueStatus:
    """A status body → typed status. Liberal: missing logs/position/metrics are tolerated."""
    status = data.get("status")
    rid = str(data.get("request_id") or request_id)
    logs_raw = data.get("logs")
    logs = (
        [LogEntry.from_wire(e) for e in logs_raw if isinstance(e, Mapping)]
        if isinstance(logs_raw, list)
        else None
    )
    if status == "IN_QUEUE":
        return Queued(rid, int(data.get("queue_position") or 0))
    if status == "IN_PROGRESS":
        return InProgress(rid, logs)
    if status == "COMPLETED":
        return Completed(
            rid, logs, data.get("metrics") or {}, data.get("error"), data.get("error_type")
        )
    raise ValueError(f"unknown queue status {status!r} for request {rid}")


# -- retries -------------------------------------------------------------------------------------


def is_ingress_error(response: httpx.Response) -> bool:
    """A 502/503/504 from fal's ingress, before its gateway saw the request (no request id)."""
    return response.status_code in INGRESS_STATUS and "x-fal-request-id" not in response.headers


def should_retry(response: httpx.Response, *, submit: bool) -> bool:
    """Whether an error response may be retried. A submit is a paid POST: only when fal provably
    did not enqueue it (429, or an ingress 502/503/504 without `x-fal-request-id`)."""
    code = response.status_code
    if code == 504 and response.headers.get("x-fal-request-timeout-type") == "user":
        return False
    if submit:
        return code == 429 or is_ingress_error(response)
    return code in RETRYABLE_STATUS


def retry_delay(
    attempt: int, response: httpx.Response | None, *, now: float | None = None
) -> float:
    """Seconds to wait before retry `attempt` (1-based): the server's hint, else backoff + jitter."""
    hinted = _retry_after(response, now) if response is not None else None
    if hinted is not None:
        return hinted
    base = min(0.5 * 2.0 ** (attempt - 1), MAX_RETRY_DELAY)
    jitter: float = random.uniform(0.75, 1.0)
    return base * jitter


def _retry_after(response: httpx.Response, now: float | None) -> float | None:
    headers = response.headers
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = -1
        if 0 <= value <= MAX_RETRY_AFTER:
            return value
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
        value = parsed.timestamp() - (now if now is not None else time.time())
    return max(value, 0.0) if value <= MAX_RETRY_AFTER else None


def poll_interval(attempt: int) -> float:
    """Polling grows from 0.05 s to 1 s so short jobs return fast and long ones stay cheap."""
    return float(min(0.05 * 1.5**attempt, 1.0))
