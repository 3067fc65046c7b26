"""What can go wrong, on purpose: requests that complete with an error (Failure), faults injected
into HTTP answers (Fault), the faults armed for coming requests, and the replies both turn into."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from typing import Any, Literal, get_args

from fal_models.testing._arguments import check_flag, check_seconds, check_text, check_whole
from fal_models.testing._exchange import Reply, json_reply
from fal_models.testing._routes import Route, RouteKind

__all__ = [
    "CANCELLED",
    "CONCURRENCY_LIMITED",
    "TIMED_OUT",
    "ArmedFaults",
    "Failure",
    "Fault",
    "failure_reply",
    "fault_reply",
]

_NGINX_PAGE = (
    "<html>\r\n<head><title>{status}</title></head>\r\n<body>\r\n<center><h1>{status}</h1></center>"
    "\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
"""What fal's ingress answers before its gateway sees a request (fal-client retries on `nginx`)."""
_CONCURRENCY = "concurrent_requests_limit"


@dataclass(frozen=True)
class Failure:
    """How a request fails. `error`/`error_type` go in its COMPLETED status (None: the status
    shows no error, as for a model's 422); the result GET answers `status_code` with `body`
    (default `{"detail": error, "error_type": error_type}`) and `headers`."""

    status_code: int = 503
    error: str | None = "Runner disconnected"
    error_type: str | None = "runner_disconnected"
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_whole("status_code", self.status_code, minimum=100, maximum=599)
        check_text("error", self.error, optional=True)
        check_text("error_type", self.error_type, optional=True)
        if not isinstance(self.headers, Mapping):
            raise TypeError(f"headers must be a mapping, not {type(self.headers).__name__}")

    def response_body(self) -> Any:
        if self.body is not None:
            return self.body
        return {"detail": self.error or "Request failed", "error_type": self.error_type}


TIMED_OUT = Failure(
    504, "Request timed out", "request_timeout", headers={"X-Fal-Request-Timeout-Type": "user"}
)
CANCELLED = Failure(499, "Request was cancelled", "request_cancelled")
CONCURRENCY_LIMITED = Failure(
    429,
    "Too many concurrent requests",
    _CONCURRENCY,
    headers={"X-Fal-Needs-Retry": "1"},
)
"""A direct run beyond the account's concurrency limit (queued requests wait instead)."""


@dataclass(frozen=True)
class Fault:
    """A failure injected into the next `times` requests of a route (None: every request).

    `action`: `error` answers `status` (no `x-fal-request-id` unless `gateway`, so 502/503/504
    look like fal's ingress); `slow` answers normally after `delay`; `drop` closes the connection
    without an answer; `timeout` never answers (in-process: httpx.ReadTimeout after `delay`; on
    the server: the connection is held `delay` seconds, default 60, then closed). With `accept`
    the request is carried out first (enqueued, run, stored) and only its answer fails; a
    dropped status stream then breaks after its first event.
    """

    route: RouteKind | None
    action: Literal["error", "slow", "drop", "timeout"] = "error"
    status: int = 503
    gateway: bool = False
    retry_after: float | None = None
    body: Any = None
    delay: float = 0.0
    accept: bool = False
    times: int | None = 1
    endpoint_id: str | None = None

    def __post_init__(self) -> None:
        if self.route is not None and self.route not in get_args(RouteKind):
            raise ValueError(
                f"route must be one of {get_args(RouteKind)} or None, not {self.route!r}"
            )
        if self.action not in ("error", "slow", "drop", "timeout"):
            raise ValueError(
                f"action must be 'error', 'slow', 'drop' or 'timeout', not {self.action!r}"
            )
        check_whole("status", self.status, minimum=100, maximum=599)
        check_flag("gateway", self.gateway)
        if self.retry_after is not None:
            check_seconds("retry_after", self.retry_after)
        check_seconds("delay", self.delay)
        check_flag("accept", self.accept)
        if self.times is not None:
            check_whole("times", self.times, minimum=1)
        check_text("endpoint_id", self.endpoint_id, optional=True)

    @classmethod
    def ingress_error(
        cls, route: RouteKind | None = "submit", status: int = 503, **kw: Any
    ) -> Fault:
        """An nginx 502/503/504 from fal's ingress: the request never reached the queue."""
        return cls(route, "error", status, **kw)

    @classmethod
    def gateway_error(cls, route: RouteKind | None, status: int = 503, **kw: Any) -> Fault:
        """An error answered by fal's gateway (it carries `x-fal-request-id`)."""
        return cls(route, "error", status, gateway=True, **kw)

    @classmethod
    def rate_limited(
        cls, route: RouteKind | None = "submit", retry_after: float = 0.0, **kw: Any
    ) -> Fault:
        """fal's concurrency limit: 429, `error_type` `concurrent_requests_limit`, and
        `X-Fal-Needs-Retry: 1` (the request was turned away: send it again)."""
        return cls(route, "error", 429, gateway=True, retry_after=retry_after, **kw)

    @classmethod
    def slow(cls, route: RouteKind | None, seconds: float, **kw: Any) -> Fault:
        return cls(route, "slow", delay=seconds, **kw)

    @classmethod
    def dropped(cls, route: RouteKind | None, *, accept: bool = False, **kw: Any) -> Fault:
        return cls(route, "drop", accept=accept, **kw)

    @classmethod
    def timed_out(cls, route: RouteKind | None, *, accept: bool = True, **kw: Any) -> Fault:
        return cls(route, "timeout", accept=accept, **kw)


@dataclass
class _Armed:
    fault: Fault
    remaining: int | None


@dataclass
class _ArmedFailure:
    endpoint_id: str | None
    failure: Failure
    remaining: int


class ArmedFaults:
    """The faults and failures waiting for coming requests; each is taken by the first request
    it matches, until its count runs out. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[_Armed] = []
        self._failures: list[_ArmedFailure] = []

    def arm(self, faults: Iterable[Fault]) -> None:
        with self._lock:
            self._faults.extend(_Armed(f, f.times) for f in faults)

    def arm_failure(self, failure: Failure, endpoint_id: str | None, times: int) -> None:
        with self._lock:
            self._failures.append(_ArmedFailure(endpoint_id, failure, times))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._failures.clear()

    def take_fault(self, route: Route) -> Fault | None:
        """The fault this request meets, if any."""
        with self._lock:
            for armed in self._faults:
                fault = armed.fault
                if fault.route not in (None, route.kind):
                    continue
                if fault.endpoint_id is not None and fault.endpoint_id != route.endpoint_id:
                    continue
                if armed.remaining is not None:
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._faults.remove(armed)
                return fault
        return None

    def take_failure(self, endpoint_id: str) -> Failure | None:
        """The failure a new request of this endpoint completes with, if any."""
        with self._lock:
            for armed in self._failures:
                if armed.endpoint_id is None or armed.endpoint_id == endpoint_id:
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._failures.remove(armed)
                    return armed.failure
        return None


def failure_reply(failure: Failure, request_id: str) -> Reply:
    headers = dict(failure.headers)
    if failure.error_type:
        headers["X-Fal-Error-Type"] = failure.error_type
    return json_reply(failure.status_code, failure.response_body(), request_id, headers)


def fault_reply(fault: Fault, reply: Reply) -> Reply:
    """The answer a fault turns `reply` into (`reply` is the real one when the fault accepts)."""
    if fault.action == "slow":
        reply.delay += fault.delay
        return reply
    if fault.action in ("drop", "timeout"):
        failure: Literal["drop", "timeout"] = "drop" if fault.action == "drop" else "timeout"
        events = reply.events if failure == "drop" else None
        hold = fault.delay or (0.0 if failure == "drop" else 60.0)
        return replace(reply, failure=failure, events=events, hold=hold, delay=fault.delay)
    headers: dict[str, str] = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = f"{fault.retry_after:g}"
    if fault.gateway:
        body = fault.body
        if body is None and fault.status == 429:
            body = {"detail": "Too many concurrent requests", "error_type": _CONCURRENCY}
            headers.update({"X-Fal-Needs-Retry": "1", "X-Fal-Error-Type": _CONCURRENCY})
        elif body is None:
            body = {"detail": f"Injected error {fault.status}"}
        out = json_reply(fault.status, body, reply.request_id, headers)
    elif fault.body is None or isinstance(fault.body, str):
        try:
            status = f"{fault.status} {HTTPStatus(fault.status).phrase}"
        except ValueError:  # a status code with no standard phrase
            status = str(fault.status)
        page = fault.body if fault.body is not None else _NGINX_PAGE.format(status=status)
        out = Reply(fault.status, page.encode(), {"Content-Type": "text/html", **headers})
    else:
        data = json.dumps(fault.body).encode()
        out = Reply(fault.status, data, {"Content-Type": "application/json", **headers})
    out.request_id = reply.request_id
    out.delay = fault.delay
    return out
