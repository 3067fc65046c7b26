"""Queue statuses: what fal says about a queued request (queued, running, completed), typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


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
