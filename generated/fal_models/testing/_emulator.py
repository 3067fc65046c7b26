"""What a test drives: the Emulator (configuration, inspection, the in-process front end and
clients) and EmulatorServer, the same emulator on a loopback port."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Self

import httpx

from fal_models._client import AsyncFalClient, FalClient
from fal_models._defaults import (
    DEFAULT_API_URL,
    DEFAULT_CDN_URL,
    DEFAULT_QUEUE_URL,
    DEFAULT_REST_URL,
    DEFAULT_RUN_URL,
)
from fal_models.testing._arguments import (
    check_amount,
    check_flag,
    check_seconds,
    check_strings,
    check_text,
    check_whole,
)
from fal_models.testing._billing import Price
from fal_models.testing._core import EmulatorCore
from fal_models.testing._endpoints import EndpointModels
from fal_models.testing._faults import Failure, Fault
from fal_models.testing._queue import DEFAULT_LOG_MESSAGES, QueuedRequest
from fal_models.testing._realtime import RealtimeServer
from fal_models.testing._records import EmulatedRequest, LoggedRequest
from fal_models.testing._routes import FAL_BASES, Bases, RouteKind
from fal_models.testing._server import LoopbackServer
from fal_models.testing._synthesis import example_input, synthesize_output
from fal_models.testing._transports import AsyncTransport, Transport

_FAL_HOSTS = {
    "run_url": DEFAULT_RUN_URL,
    "queue_url": DEFAULT_QUEUE_URL,
    "rest_url": DEFAULT_REST_URL,
    "cdn_url": DEFAULT_CDN_URL,
    "api_url": DEFAULT_API_URL,
}
"""The hosts the in-process transport answers for, given to its clients explicitly."""

__all__ = ["DEFAULT_KEY", "Emulator", "EmulatorServer"]

DEFAULT_KEY = "emulator-key"
"""The key `Emulator.client()` and `EmulatorServer.client()` send (any `Key ...` is accepted)."""


class Emulator(EmulatorCore):
    """fal's queue, run, storage and webhook protocol, in memory and thread-safe.

    Each request waits `queue_time` seconds IN_QUEUE, then runs `run_time` seconds IN_PROGRESS
    (`math.inf` holds it until `complete()`); states follow the clock, nothing runs in the
    background but webhook deliveries. Reach it through `transport()` / `async_transport()`
    (httpx, in-process, on fal's real hosts), `client()` / `async_client()`, or `serve()`.

    `concurrency_limit`: fal's account concurrency limit (fal's default is 2, up to 40; None,
    the default here, is unlimited). At most that many requests run at once: queued submits
    beyond it are never refused but wait IN_QUEUE, first come first served, with their queue
    positions; a direct `run` or `stream` beyond it is answered 429 `concurrent_requests_limit`
    with `X-Fal-Needs-Retry: 1`, as fal does. Every key counts as one account.

    Webhooks are delivered only to loopback URLs (127.0.0.1, ::1, localhost) unless
    `allow_external_webhooks`, or a `webhook_transport` is given (it decides where they go);
    a refused delivery is recorded in `webhooks` with its reason and is never attempted.
    """

    def __init__(
        self,
        *,
        endpoints: Iterable[str] | None = None,
        queue_time: float = 0.0,
        run_time: float = 0.05,
        require_auth: bool = True,
        ping_interval: float = 1.0,
        log_messages: Sequence[str] = DEFAULT_LOG_MESSAGES,
        webhook_transport: httpx.BaseTransport | None = None,
        webhook_attempts: int = 3,
        allow_external_webhooks: bool = False,
        concurrency_limit: int | None = None,
    ) -> None:
        if concurrency_limit is not None:
            check_whole("concurrency_limit", concurrency_limit, minimum=1)
        if endpoints is not None:
            endpoints = check_strings("endpoints", endpoints)
        check_seconds("queue_time", queue_time, infinite=True)
        check_seconds("run_time", run_time, infinite=True)
        check_flag("require_auth", require_auth)
        check_seconds("ping_interval", ping_interval, zero=False)
        log_messages = check_strings("log_messages", log_messages)
        if webhook_transport is not None and not isinstance(webhook_transport, httpx.BaseTransport):
            kind = type(webhook_transport).__name__
            raise TypeError(f"webhook_transport must be an httpx.BaseTransport, not {kind}")
        check_whole("webhook_attempts", webhook_attempts, minimum=1)
        check_flag("allow_external_webhooks", allow_external_webhooks)
        super().__init__(
            EndpointModels(endpoints),
            queue_time=queue_time,
            run_time=run_time,
            require_auth=require_auth,
            ping_interval=ping_interval,
            log_messages=log_messages,
            webhook_transport=webhook_transport,
            webhook_attempts=webhook_attempts,
            allow_external_webhooks=allow_external_webhooks,
            concurrency_limit=concurrency_limit,
        )
        self._servers: list[EmulatorServer] = []

    def __repr__(self) -> str:
        return f"Emulator(endpoints={len(self._models)}, requests={len(self._requests)})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every server started by `serve()` and the webhook sender."""
        for server in list(self._servers):
            server.close()
        self._webhook_sender.close()

    # -- configuration ---------------------------------------------------------------------------

    @property
    def endpoint_ids(self) -> tuple[str, ...]:
        return tuple(self._models)

    def set_timing(
        self, endpoint_id: str, *, queue_time: float | None = None, run_time: float | None = None
    ) -> None:
        """Timing of one endpoint's future requests (None keeps the emulator's default)."""
        self._check_endpoint(endpoint_id)
        for name, value in (("queue_time", queue_time), ("run_time", run_time)):
            if value is not None:
                check_seconds(name, value, infinite=True)
        with self._lock:
            self._timing[endpoint_id] = (queue_time, run_time)

    def set_output(
        self,
        endpoint_id: str,
        output: Mapping[str, Any] | Callable[[dict[str, Any]], Any] | None,
    ) -> None:
        """Answer this endpoint with `output`, or `output(input)` (which may raise: the request
        then fails with a 500). Not validated, so it can break the output model on purpose.
        None goes back to synthesized outputs."""
        self._check_endpoint(endpoint_id)
        if output is not None and not isinstance(output, Mapping) and not callable(output):
            raise TypeError(
                f"output must be a mapping, a callable or None, not {type(output).__name__}"
            )
        with self._lock:
            if output is None:
                self._outputs.pop(endpoint_id, None)
            else:
                self._outputs[endpoint_id] = output

    def set_price(
        self,
        endpoint_id: str,
        unit_price: float,
        *,
        unit: str = "image",
        currency: str = "USD",
        units: float = 1.0,
    ) -> None:
        """Price this endpoint at `unit_price` per `unit` (Platform API pricing and estimates),
        and bill `units` for each of its runs and results (`X-Fal-Billable-Units`, billing
        events). Unset, an endpoint costs 0.01 USD per image, one image a call."""
        self._check_endpoint(endpoint_id)
        check_amount("unit_price", unit_price)
        check_amount("units", units)
        check_text("unit", unit)
        check_text("currency", currency)
        self._billing.set_price(endpoint_id, Price(float(unit_price), unit, currency, float(units)))

    def set_billing_access(self, allowed: bool) -> None:
        """False answers billing events with fal's 403 for a key without admin scope."""
        check_flag("allowed", allowed)
        self._billing.allow_billing_events = allowed

    def inject(self, *faults: Fault) -> None:
        """Arm faults; each request takes the first armed fault matching its route."""
        for fault in faults:
            if not isinstance(fault, Fault):
                raise TypeError(f"inject() takes Fault objects, not {type(fault).__name__}")
            if fault.endpoint_id is not None:
                self._check_endpoint(fault.endpoint_id)
        self._faults.arm(faults)

    def clear_faults(self) -> None:
        self._faults.clear()

    def fail_request(self, request_id: str, failure: Failure | None = None) -> None:
        """Make a queued request fail (default: runner disconnected, 503) when it completes."""
        _check_failure(failure)
        with self._lock:
            self._get(request_id).failure = failure or Failure()

    def fail_next(
        self, failure: Failure | None = None, *, endpoint_id: str | None = None, times: int = 1
    ) -> None:
        """Make the next `times` submitted or run requests (of one endpoint, or any) fail."""
        if isinstance(failure, str) and endpoint_id is None:
            raise TypeError(
                f"fail_next() takes a Failure first, not the str {failure!r}: to fail one "
                f"endpoint's requests, pass fail_next(endpoint_id={failure!r})"
            )
        _check_failure(failure)
        if endpoint_id is not None:
            self._check_endpoint(endpoint_id)
        check_whole("times", times, minimum=1)
        self._faults.arm_failure(failure or Failure(), endpoint_id, times)

    def complete(self, request_id: str) -> None:
        """Finish a request now (its remaining logs included), whatever its timing."""
        with self._lock:
            req = self._get(request_id)
            now = self._now()
            if req.state(now) != "COMPLETED":
                req.starts, req.ends = min(req.starts, now), now
                req.log_times = [min(t, now) for t in req.log_times]
                if self._slots is not None:
                    self._slots.forget(req)
                self._webhook_sender.schedule(req)

    # -- inspection ------------------------------------------------------------------------------

    def submissions(self, endpoint_id: str | None = None) -> list[LoggedRequest]:
        """Submits that enqueued a request (not those answered with an injected error)."""
        if endpoint_id is not None:
            self._check_endpoint(endpoint_id)
        return self._logged("submit", endpoint_id, enqueued=True)

    def runs(self, endpoint_id: str | None = None) -> list[LoggedRequest]:
        if endpoint_id is not None:
            self._check_endpoint(endpoint_id)
        return self._logged("run", endpoint_id)

    def streams(self, endpoint_id: str | None = None) -> list[LoggedRequest]:
        """Streamed runs (`POST {run}/{id}/stream`), answered or not."""
        if endpoint_id is not None:
            self._check_endpoint(endpoint_id)
        return self._logged("run_stream", endpoint_id)

    def _logged(
        self, kind: RouteKind, endpoint_id: str | None, *, enqueued: bool = False
    ) -> list[LoggedRequest]:
        with self._lock:
            return [
                e
                for e in self.log
                if e.route == kind
                and (endpoint_id is None or e.endpoint_id == endpoint_id)
                and (not enqueued or e.request_id is not None)
            ]

    def request(self, request_id: str) -> EmulatedRequest:
        with self._lock:
            return self._get(request_id).snapshot(self._now())

    def requests(self, endpoint_id: str | None = None) -> list[EmulatedRequest]:
        if endpoint_id is not None:
            self._check_endpoint(endpoint_id)
        with self._lock:
            now = self._now()
            return [
                r.snapshot(now)
                for r in self._requests.values()
                if endpoint_id is None or r.endpoint_id == endpoint_id
            ]

    def output_for(self, endpoint_id: str, input: Mapping[str, Any] | None = None) -> Any:
        """A synthesized output of the endpoint, its files served by this emulator's CDN."""
        self._check_endpoint(endpoint_id)
        if input is not None and not isinstance(input, Mapping):
            raise TypeError(f"input must be a mapping or None, not {type(input).__name__}")
        return synthesize_output(
            self._models[endpoint_id][1], input or {}, lambda m: self._storage.host(m, FAL_BASES)
        )

    def example_input(self, endpoint_id: str) -> dict[str, Any]:
        self._check_endpoint(endpoint_id)
        return example_input(self._models[endpoint_id][0])

    def stored_file(self, url: str) -> bytes | None:
        """The bytes served at a file URL (uploaded or generated), if any."""
        check_text("url", url)
        return self._storage.read(url)

    @property
    def jwks_url(self) -> str:
        return f"{DEFAULT_REST_URL}/.well-known/jwks.json"

    def wait_for_webhooks(self, timeout: float = 5.0) -> bool:
        """Wait until every scheduled webhook has been delivered (or given up); False on timeout."""
        check_seconds("timeout", timeout)
        return self._webhook_sender.flush(timeout)

    # -- front ends ------------------------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering for fal.run, queue.fal.run, rest.fal.ai and v3.fal.media
        (and, on any other host, the `/run`, `/queue`, `/rest`, `/cdn` prefixes of `serve()`).
        File outputs point at v3.fal.media: read them through it too, e.g.
        `image.read(http_client=httpx.Client(transport=emulator.transport()))`, or use `serve()`."""
        return Transport(self._handle)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """`transport()` for httpx.AsyncClient; waits are `asyncio.sleep`s."""
        return AsyncTransport(self._handle)

    def client(self, key: str = DEFAULT_KEY, **settings: Any) -> FalClient:
        """A FalClient on the in-process transport (fal's default hosts, whatever the
        environment's FAL_RUN_HOST or FAL_MODELS_*_URL say)."""
        http = httpx.Client(transport=self.transport())
        return FalClient(key, http_client=http, **{**_FAL_HOSTS, **settings})

    def async_client(self, key: str = DEFAULT_KEY, **settings: Any) -> AsyncFalClient:
        http = httpx.AsyncClient(transport=self.async_transport())
        return AsyncFalClient(key, http_client=http, **{**_FAL_HOSTS, **settings})

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Serve every front on one port, in background threads, until `close()` (or the end of
        a `with` block). See EmulatorServer for the URL layout."""
        check_text("host", host)
        check_whole("port", port, minimum=0, maximum=65535)
        server = EmulatorServer(self, host, port)
        with self._lock:
            self._servers.append(server)
        return server

    # -- lookups ---------------------------------------------------------------------------------

    def _check_endpoint(self, endpoint_id: str) -> None:
        check_text("endpoint_id", endpoint_id)
        if endpoint_id not in self._models:
            raise KeyError(f"endpoint {endpoint_id!r} is not emulated")

    def _get(self, request_id: str) -> QueuedRequest:
        check_text("request_id", request_id)
        try:
            return self._requests[request_id]
        except KeyError:
            raise KeyError(f"unknown request {request_id!r}") from None


def _check_failure(failure: object) -> None:
    if failure is not None and not isinstance(failure, Failure):
        raise TypeError(f"failure must be a Failure or None, not {type(failure).__name__}")


class EmulatorServer:
    """An Emulator on one loopback port: every front under its own path prefix, so one base URL
    serves them all and the URLs the server hands out (status, result, files) come back to it.

        run    {url}/run    POST /{endpoint id}
        queue  {url}/queue  POST /{endpoint id}, GET|PUT /{owner}/{alias}/requests/{id}[/...]
        rest   {url}/rest   /storage/auth/token, /storage/upload/initiate, /.well-known/jwks.json,
                            /tokens/ (realtime tokens)
        cdn    {url}/cdn    /files/upload[/multipart], file downloads, presigned uploads

    Realtime WebSockets (`/{endpoint id}/realtime`) are served on a port of their own,
    `realtime.url` (with websockets and msgpack installed).

    Threaded (one thread per connection, HTTP/1.1 keep-alive, chunked status streams).
    """

    def __init__(self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0) -> None:
        self.emulator = emulator
        self._httpd = LoopbackServer((host, port), emulator._handle)
        self.url: str = self._httpd.url
        self._httpd.start()
        self._closed = False
        self.realtime: RealtimeServer | None = None
        """The realtime WebSockets, on their own port (None without websockets installed)."""
        if importlib.util.find_spec("websockets") and importlib.util.find_spec("msgpack"):
            bases = Bases(self.run_url, self.queue_url, self.rest_url, self.cdn_url)
            self.realtime = RealtimeServer(emulator, bases, host)

    def __repr__(self) -> str:
        return f"EmulatorServer({self.url!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def port(self) -> int:
        return self._httpd.port

    @property
    def run_url(self) -> str:
        return f"{self.url}/run"

    @property
    def queue_url(self) -> str:
        return f"{self.url}/queue"

    @property
    def rest_url(self) -> str:
        return f"{self.url}/rest"

    @property
    def cdn_url(self) -> str:
        return f"{self.url}/cdn"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/v1"

    @property
    def jwks_url(self) -> str:
        return f"{self.rest_url}/.well-known/jwks.json"

    def client_settings(self) -> dict[str, str]:
        """The FalClient / AsyncFalClient keyword arguments that point them here."""
        settings = {
            "run_url": self.run_url,
            "queue_url": self.queue_url,
            "rest_url": self.rest_url,
            "cdn_url": self.cdn_url,
            "api_url": self.api_url,
        }
        if self.realtime is not None:
            settings["realtime_url"] = self.realtime.url
        return settings

    def fal_client_constants(self) -> dict[str, str]:
        """Module constants of the official `fal_client.client` (1.0.x) that point it here;
        patch them before creating its clients (its hosts are otherwise fixed `https://`)."""
        constants = {
            "RUN_URL_FORMAT": f"{self.run_url}/",
            "QUEUE_URL_FORMAT": f"{self.queue_url}/",
            "REST_URL": self.rest_url,
            "CDN_URL": self.cdn_url,
        }
        if self.realtime is not None:
            constants["REALTIME_URL_FORMAT"] = f"{self.realtime.url}/"
        return constants

    def client(self, key: str = DEFAULT_KEY, **settings: Any) -> FalClient:
        """A FalClient pointed at this server; close it (or use it in a `with` block)."""
        return FalClient(key, **{**self.client_settings(), **settings})

    def async_client(self, key: str = DEFAULT_KEY, **settings: Any) -> AsyncFalClient:
        return AsyncFalClient(key, **{**self.client_settings(), **settings})

    def close(self) -> None:
        """Stop serving: waiting streams end, open connections are closed, threads joined."""
        if self._closed:
            return
        self._closed = True
        self._httpd.stop()
        if self.realtime is not None:
            self.realtime.stop()
        with self.emulator._lock:
            if self in self.emulator._servers:
                self.emulator._servers.remove(self)
