"""Queue statuses: what fal says about a queued request (queued, running, completed, or a state
this client does not know yet), typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fal_models._exceptions import excerpt


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
        labels = data.get("labels")
        return cls(
            message=_text(data.get("message")) or "",
            level=_text(data.get("level")),
            source=_text(data.get("source")),
            timestamp=_text(data.get("timestamp")),
            labels=labels if isinstance(labels, Mapping) else {},
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


@dataclass(frozen=True)
class UnknownStatus:
    """A state this client does not know (`status` is fal's name for it; `raw` the whole body).

    fal may add states; waiting treats one as not finished yet and goes on until COMPLETED (or
    `client_timeout`), since fal reports every end of a request, failures and cancellations
    included, as COMPLETED."""

    request_id: str
    status: str
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


QueueStatus = Queued | InProgress | Completed | UnknownStatus


def parse_status(data: Any, request_id: str) -> QueueStatus:
    """A status body → typed status. Liberal where a field is only informative (missing or
    unusable logs, position, metrics are tolerated); a body that is not an object with a
    `status` string raises ValueError."""
    if not isinstance(data, Mapping):
        raise ValueError("a status must be a JSON object")
    status = data.get("status")
    if not isinstance(status, str) or not status:
        raise ValueError("no 'status'" if status is None else "'status' is not a string")
    rid = _text(data.get("request_id")) or request_id
    logs_raw = data.get("logs")
    logs = (
        [LogEntry.from_wire(e) for e in logs_raw if isinstance(e, Mapping)]
        if isinstance(logs_raw, list)
        else None
    )
    if status == "IN_QUEUE":
        return Queued(rid, _position(data.get("queue_position")))
    if status == "IN_PROGRESS":
        return InProgress(rid, logs)
    if status == "COMPLETED":
        metrics = data.get("metrics")
        return Completed(
            rid,
            logs,
            metrics if isinstance(metrics, Mapping) else {},
            _error(data.get("error")),
            _text(data.get("error_type")),
        )
    return UnknownStatus(rid, status, data)


def _text(value: Any) -> str | None:
    """A string field as a string: numbers are written out, anything else is missing."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _error(value: Any) -> str | None:
    """fal's `error`: a message, or None when the request did not fail. An error that is not
    a string still means a failure."""
    if value is None or value is False or value == "":
        return None
    return value if isinstance(value, str) else excerpt(repr(value))


def _position(value: Any) -> int:
    """A queue position; one fal did not give, or gave unusable (`"soon"`, -1, 2.5), is 0."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19:
        return int(value)
    if isinstance(value, int) and value >= 0:
        return value
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    return 0
