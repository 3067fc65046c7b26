"""What the emulator records for a test's assertions: each HTTP request it received, each queued
request as it stands, each webhook delivery attempt. Keys never appear in them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fal_models.testing._faults import Failure, Fault
from fal_models.testing._routes import RouteKind

__all__ = ["EmulatedRequest", "LoggedRequest", "State", "WebhookDelivery", "redacted"]

State = Literal["IN_QUEUE", "IN_PROGRESS", "COMPLETED"]


@dataclass(frozen=True)
class LoggedRequest:
    """One HTTP request the emulator received. `status_code` is None when no answer was sent
    (a dropped or timed-out fault); `request_id` names the fal request it concerned (for a
    submit: the one it enqueued, so None means nothing was enqueued)."""

    method: str
    url: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    json: Any
    size: int
    route: RouteKind | None
    endpoint_id: str | None
    request_id: str | None
    status_code: int | None
    fault: Fault | None
    time: float


@dataclass(frozen=True)
class EmulatedRequest:
    """A queued request as it stands: its input and, once COMPLETED, its output or failure."""

    request_id: str
    endpoint_id: str
    status: State
    input: Any
    headers: Mapping[str, str]
    webhook_url: str | None
    output: Any
    failure: Failure | None


@dataclass(frozen=True)
class WebhookDelivery:
    """One attempt to deliver a webhook: the receiver's status code, or the connection error."""

    request_id: str
    url: str
    attempt: int
    headers: Mapping[str, str]
    body: bytes
    status_code: int | None
    error: str | None
    signed: bool


def redacted(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers as recorded: the Authorization scheme kept, the key itself replaced."""
    out = dict(headers)
    if "authorization" in out:
        scheme = out["authorization"].partition(" ")[0]
        out["authorization"] = f"{scheme} <redacted>"
    return out
